rostrumSearch.debates(0,[[2,2020,[1],[]],[3,2019,[0],[0]]]);
