rostrumSearch.terms("z",{"zero":"hVwT","zielinski":"QyL","zwart":"hWvbKxDCyD"});
