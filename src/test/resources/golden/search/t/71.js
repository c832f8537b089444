rostrumSearch.terms("q",{"quarantin":"ibwL","question":"ArUBjcFqQCmCJlILnABkSCkSDnLInDBkYamDEmLQlbPmTWnANtYMlTBvQCkKEnDMlI","quit":"jGrT","quot":"iFsTPtT","quota":"kMoSGtL"});
