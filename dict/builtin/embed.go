// Package builtin holds entente's own dictionaries, embedded in the binary:
// states, international organisations, news media and world regions, as
// TABARI/PETRARCH actor files that package dict reads like any other.
//
// The files were written for entente from public facts (names, ISO codes,
// capitals, dates of office). README.md beside this file gives their
// conventions and the choices made for ambiguous words.
package builtin

import (
	"embed"
	"io/fs"
	"slices"
)

// files holds every dictionary of the package. The pattern takes any
// ".txt" file so that a new dictionary dropped here ("x.agents.txt") is
// embedded without touching this file.
//
//go:embed *.txt
var files embed.FS

// FS returns the built-in dictionaries as a read-only file system. The
// files sit at its root under names that tell their kind the way package
// dict expects ("countries.actors.txt").
func FS() fs.FS { return files }

// Names returns the names of the files in FS, in lexical order.
func Names() []string {
	// The pattern is a constant, so Glob cannot fail.
	names, _ := fs.Glob(files, "*.txt")
	slices.Sort(names)
	return names
}
