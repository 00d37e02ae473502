package ontology_test

import (
	"fmt"

	"github.com/entente/entente/ontology"
)

func ExampleLookup() {
	for _, code := range []string{"042", "0431", "190", "903"} {
		info, ok := ontology.Lookup(code)
		if !ok {
			fmt.Printf("%s: not a CAMEO code\n", code)
			continue
		}
		fmt.Printf("%s: %s (entry %s, fallback %v) goldstein %.1f, %s, PLOVER %s/%s\n",
			code, info.Name, info.Code, info.Fallback, info.Goldstein,
			ontology.QuadName(info.Quad), info.PloverType, info.PloverMode)
	}
	// Output:
	// 042: make a visit (entry 042, fallback false) goldstein 1.9, verbal cooperation, PLOVER CONSULT/visit
	// 0431: host a visit (entry 043, fallback true) goldstein 2.8, verbal cooperation, PLOVER CONSULT/visit
	// 190: conventional force (general) (entry 190, fallback false) goldstein -10.0, material conflict, PLOVER ASSAULT/
	// 903: not a CAMEO code
}

func ExampleRoot() {
	fmt.Println(ontology.Root("1056"), ontology.Root("0431"), ontology.Root("174K") == "")
	// Output: 10 04 true
}
