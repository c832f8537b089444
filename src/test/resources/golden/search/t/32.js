rostrumSearch.terms("2",{"2":"IrYhUqDCsD","20":"hUuTBsb","2007":"kA6Y","2016":"AmMI2YFqTkBmaeoQ","2019":"hCuT","2020":"hNqY","2023":"IuI","2024":"Aoc"});
