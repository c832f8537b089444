rostrumSearch.terms("a",{"a":"AtU","absurde":"EoBBmS","angegeben":"ImT","anna":"FrS","ans":"DvI","aufbringen":"CwQ","aujourd":"ErB","autour":"DqA"});
