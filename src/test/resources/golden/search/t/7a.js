rostrumSearch.terms("z",{"zero":"hXwL","zielinski":"SyL","zwart":"hYvbKxDCyD"});
