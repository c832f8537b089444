rostrumSearch.debates(0,[[2,2020,[0],[]],[3,2019,[1],[0]]]);
