rostrumSearch.terms("a",{"aber":"Foa","absurd":"EoRBmS","angegeben":"ImT","anna":"FrK","aufbringen":"CwA"});
