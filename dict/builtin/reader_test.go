package builtin_test

import (
	"bufio"
	"io/fs"
	"strings"
	"testing"

	"github.com/entente/entente/dict"
	"github.com/entente/entente/dict/builtin"
)

// TestReadActors loads every built-in actors file with the reader the
// coder uses and expects no problem and every line accounted for.
func TestReadActors(t *testing.T) {
	for _, name := range builtin.Names() {
		if !strings.HasSuffix(name, ".actors.txt") {
			continue
		}
		data, err := fs.ReadFile(builtin.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		actors, nouns, adjectives, problems, err := dict.ReadActors(strings.NewReader(string(data)), name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, p := range problems {
			t.Errorf("%s", p)
		}
		if len(nouns)+len(adjectives) > 0 {
			t.Errorf("%s: %d nouns and %d adjectives, want none", name, len(nouns), len(adjectives))
		}
		// Every line that is not a comment is a name: a record's primary
		// name or a '+' synonym.
		var records, names int
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() {
			s := sc.Text()
			switch {
			case s == "" || s[0] == '#' || s[0] == ' ' || s[0] == '\t':
			case s[0] == '+':
				names++
			default:
				records++
				names++
			}
		}
		got := 0
		for _, a := range actors {
			got += len(a.Names)
		}
		if len(actors) != records || got != names {
			t.Errorf("%s: read %d actors with %d names, want %d with %d", name, len(actors), got, records, names)
		}
	}
}

// TestDatedCode checks that a dated block reaches the coder's model: the
// Blue House stopped being the seat of South Korea's presidency in 2022.
func TestDatedCode(t *testing.T) {
	data, err := fs.ReadFile(builtin.FS(), "countries.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	actors, _, _, _, err := dict.ReadActors(strings.NewReader(string(data)), "countries.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range actors {
		if a.Names[0].String() != "BLUE_HOUSE_" {
			continue
		}
		if c, ok := a.CodeAt(20200101); !ok || c != "KORGOV" {
			t.Errorf("Blue House in 2020: %q %v, want KORGOV", c, ok)
		}
		if c, ok := a.CodeAt(20230101); ok {
			t.Errorf("Blue House in 2023: %q, want no code", c)
		}
		return
	}
	t.Error("no BLUE_HOUSE_ record")
}
