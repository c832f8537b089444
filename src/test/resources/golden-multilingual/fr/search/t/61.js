rostrumSearch.terms("a",{"a":"AtU","absurd":"EoBBmS","an":"DvI","angegeben":"ImT","anna":"FrS","aufbringen":"CwQ","aujourd":"ErB","autour":"DqA"});
