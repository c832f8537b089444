rostrumSearch.terms("2",{"2":"GrYhUqDCsD","20":"hSuTBsb","2007":"je7A","2016":"AmUG3AFqTkBnCeoQ","2019":"hAuT","2020":"hLrA","2023":"GuI","2024":"Aoc"});
