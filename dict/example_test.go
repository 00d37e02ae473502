package dict_test

import (
	"fmt"
	"strings"

	"github.com/entente/entente/dict"
)

func ExampleReadActors() {
	const src = `# An invented leader with dated roles
QUEEN_MIRELLE_OSTRAVA_
+QUEEN_MIRELLE
	[ARDELI 19880101-20050314]
	[ARDGOV 20050315-20190630]
	[ARDELI]
`
	actors, _, _, problems, err := dict.ReadActors(strings.NewReader(src), "ardenia.actors.txt")
	if err != nil {
		panic(err)
	}
	for _, d := range []dict.Date{20000101, 20100101, 20230101} {
		code, _ := actors[0].CodeAt(d)
		fmt.Println(d, code)
	}
	fmt.Println(len(problems), "problems")
	// Output:
	// 20000101 ARDELI
	// 20100101 ARDGOV
	// 20230101 ARDELI
	// 0 problems
}

func ExampleReadAgents() {
	const src = `!PERSON! = MAN, WOMAN
HARBOR_MASTER [~GOVHBR]
FERRY!PERSON! [~BUS]
ALMS_SOCIETY {} [NGO~]
`
	agents, _, _ := dict.ReadAgents(strings.NewReader(src), "ardenia.agents.txt")
	for _, a := range agents {
		var names []string
		for _, n := range a.Names {
			names = append(names, n.String())
		}
		fmt.Println(strings.Join(names, " "), a.Code, a.Before)
	}
	// Output:
	// HARBOR_MASTER_ HARBOR_MASTERS_ GOVHBR false
	// FERRYMAN_ FERRYWOMAN_ BUS false
	// ALMS_SOCIETY_ NGO true
}
