rostrumSearch.terms("a",{"aber":"Foa","absurd":"EoRBmS","angegeb":"ImT","anna":"FrK","aufbring":"CwA"});
