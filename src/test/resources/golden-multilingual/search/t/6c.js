rostrumSearch.terms("l",{"leserdebatten":"Asc"});
