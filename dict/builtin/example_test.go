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
	// countries.actors.txt
	// igos.actors.txt
	// media.actors.txt
	// regions.actors.txt
}
