// Package sharedtest locates shared/, the folder of gold sets, third-party
// dictionaries and corpora that lives beside the repository (../shared from
// its root) and that tests and benchmarks read. The product never needs it;
// tests that do skip with a clear message when it is absent.
package sharedtest

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// Root returns the repository root: the nearest directory above the working
// directory that holds go.mod.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Find returns the path of rel inside ../shared, and false when the
// repository root or that path cannot be found.
func Find(rel ...string) (string, bool) {
	root, err := Root()
	if err != nil {
		return "", false
	}
	p := filepath.Join(append([]string{filepath.Dir(root), "shared"}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		return "", false
	}
	return p, true
}

// Dir returns the path of rel inside ../shared, or skips tb saying what is
// missing.
func Dir(tb testing.TB, rel ...string) string {
	tb.Helper()
	p, ok := Find(rel...)
	if !ok {
		tb.Skipf("%s not found beside the repository (../shared is not checked out here): skipping", filepath.Join(append([]string{"shared"}, rel...)...))
	}
	return p
}
