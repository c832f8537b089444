rostrumSearch.terms("q",{"quarantin":"idwL","question":"ArUDjcFqQCmCJlILnABkKCkSDnLInDBkYamDEmLQlbPmTWnANtQMlTBvQCkKEnDMlA","quit":"jIrL","quot":"iHsLPtT","quota":"kOoKGtL"});
