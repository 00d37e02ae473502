package sanctions_test

import (
	"fmt"

	"github.com/entente/entente/sanctions"
)

func ExampleIndex_Screen() {
	entries := []sanctions.Entry{
		{List: "demo", ID: "1", Type: sanctions.Person, Names: []sanctions.Name{
			{Text: "PETROVSKY, Aleksandr Ivanovich", Kind: sanctions.Primary, Surname: "PETROVSKY"},
			{Text: "SASHA", Kind: sanctions.Weak},
		}},
		{List: "demo", ID: "2", Type: sanctions.Entity, Names: []sanctions.Name{
			{Text: "NORTHWIND TRADING OAO", Kind: sanctions.Primary},
		}},
	}
	ix := sanctions.NewIndex(entries, sanctions.Options{})
	for _, name := range []string{"Alexander Petrovsky", "Northwind Trading JSC", "Sasha"} {
		for _, c := range ix.Screen(sanctions.Query{Name: name}) {
			fmt.Printf("%s: %s/%s match=%v\n  %s\n", name, c.Entry.List, c.Entry.ID, c.Match, c.Explanation)
		}
	}
	// Output:
	// Alexander Petrovsky: demo/1 match=true
	//   petrovsky, alexander~aleksandr (vowels differ) in primary name "PETROVSKY, Aleksandr Ivanovich" (not in the query: ivanovich); query covered 95%, name 83%; score 0.90 >= 0.82
	// Northwind Trading JSC: demo/2 match=true
	//   northwind, trading in primary name "NORTHWIND TRADING OAO"; query covered 100%, name 100%; score 1.00 >= 0.82
	// Sasha: demo/1 match=false
	//   sasha in weak alias name "SASHA"; query covered 100%, name 100%; weak alias: never matches alone
}
