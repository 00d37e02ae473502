package builtin_test

import (
	"fmt"

	"github.com/entente/entente/dict/builtin"
)

func ExampleNames() {
	for _, name := range builtin.Names() {
		fmt.Println(name)
	}
	// Output:
	// agents.txt
	// countries.actors.txt
	// discards.txt
	// igos.actors.txt
	// leaders.actors.txt
	// media.actors.txt
	// organizations.actors.txt
	// regions.actors.txt
	// verbs.txt
	// world-leaders.actors.txt
}
