// Package ontology maps CAMEO event codes to what later stages report about
// them: the Goldstein conflict–cooperation score, the quad class, the PLOVER
// event type and mode, and a short label.
//
// The table is embedded in the binary (cameo.tsv), parsed once on first use
// and read-only afterwards, so every function here is safe for concurrent
// use. README.md in this directory says where the facts come from.
package ontology

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Quad classes, as GDELT assigns them to CAMEO roots.
const (
	VerbalCooperation   = 1
	MaterialCooperation = 2
	VerbalConflict      = 3
	MaterialConflict    = 4
)

// Info is what the ontology knows about one CAMEO code.
type Info struct {
	// Code is the code whose entry was used: the code asked for, or its
	// three-digit parent when Fallback is set.
	Code string
	// Name is a short label for the event type, e.g. "make a visit".
	Name string
	// Goldstein is the score on the Goldstein scale, -10 (most conflictual)
	// to +10 (most cooperative).
	Goldstein float64
	// Quad is one of VerbalCooperation, MaterialCooperation,
	// VerbalConflict or MaterialConflict.
	Quad int
	// PloverType is the PLOVER event type under its 2023 name, e.g. "CONSULT".
	// It is empty for the roots 01 and 02, which the CAMEO→PLOVER mapping
	// leaves out.
	PloverType string
	// PloverMode is the PLOVER mode, e.g. "visit"; often empty.
	PloverMode string
	// Fallback reports that the four-digit code asked for is not in the
	// table and the entry of its three-digit parent was returned instead.
	Fallback bool
}

//go:embed cameo.tsv
var cameoTSV []byte

type table struct {
	byCode map[string]Info
	codes  []string // sorted
}

// load parses the embedded table once. A malformed table is a build defect,
// caught by the package tests, so it panics rather than returning an error.
var load = sync.OnceValue(func() *table {
	t, err := parse(cameoTSV)
	if err != nil {
		panic(fmt.Sprintf("ontology: embedded cameo.tsv: %v", err))
	}
	return t
})

var header = []string{"code", "goldstein", "quad", "plover_type", "plover_mode", "name"}

// parse reads the table format: '#' comment lines and blank lines are
// ignored, then a header row, then one tab-separated row per code.
func parse(data []byte) (*table, error) {
	t := &table{byCode: make(map[string]Info)}
	sawHeader := false
	for i, line := range strings.Split(string(data), "\n") {
		lineNo := i + 1
		// A checkout with CRLF line endings must still parse.
		line = strings.TrimSuffix(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != len(header) {
			return nil, fmt.Errorf("line %d: %d fields, want %d", lineNo, len(f), len(header))
		}
		if !sawHeader {
			if !slices.Equal(f, header) {
				return nil, fmt.Errorf("line %d: header %q, want %q", lineNo, f, header)
			}
			sawHeader = true
			continue
		}
		info, err := parseRow(f)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", lineNo, err)
		}
		if _, dup := t.byCode[info.Code]; dup {
			return nil, fmt.Errorf("line %d: duplicate code %s", lineNo, info.Code)
		}
		t.byCode[info.Code] = info
		t.codes = append(t.codes, info.Code)
	}
	if !sawHeader {
		return nil, fmt.Errorf("no header row")
	}
	// Every code's ancestors must be present: Root and the four-digit
	// fallback depend on it.
	for _, c := range t.codes {
		for n := 2; n < len(c); n++ {
			if _, ok := t.byCode[c[:n]]; !ok {
				return nil, fmt.Errorf("code %s: parent %s missing", c, c[:n])
			}
		}
	}
	slices.Sort(t.codes)
	return t, nil
}

func parseRow(f []string) (Info, error) {
	code := f[0]
	if len(code) < 2 || len(code) > 4 || !allDigits(code) {
		return Info{}, fmt.Errorf("code %q: want 2 to 4 digits", code)
	}
	g, err := strconv.ParseFloat(f[1], 64)
	if err != nil || g < -10 || g > 10 {
		return Info{}, fmt.Errorf("code %s: goldstein %q: want a number in [-10, 10]", code, f[1])
	}
	q, err := strconv.Atoi(f[2])
	if err != nil || q < VerbalCooperation || q > MaterialConflict {
		return Info{}, fmt.Errorf("code %s: quad %q: want 1 to 4", code, f[2])
	}
	if f[5] == "" {
		return Info{}, fmt.Errorf("code %s: empty name", code)
	}
	return Info{Code: code, Goldstein: g, Quad: q, PloverType: f[3], PloverMode: f[4], Name: f[5]}, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Lookup returns what the ontology knows about a CAMEO event code such as
// "04", "042" or "0431". A four-digit code missing from the table but whose
// three-digit parent is known yields the parent's entry with Fallback set.
// Anything else that is not a CAMEO code — including WEIS-era codes such as
// "903" or "174K" — yields ok == false.
func Lookup(code string) (Info, bool) {
	t := load()
	if info, ok := t.byCode[code]; ok {
		return info, true
	}
	if len(code) == 4 && allDigits(code) {
		if info, ok := t.byCode[code[:3]]; ok {
			info.Fallback = true
			return info, true
		}
	}
	return Info{}, false
}

// Root returns the two-digit root of a CAMEO code ("04" for "0431"), or ""
// if Lookup does not know the code.
func Root(code string) string {
	info, ok := Lookup(code)
	if !ok {
		return ""
	}
	return info.Code[:2]
}

// Codes returns every code in the table, two-, three- and four-digit, in
// sorted order, which lists each code right after its parent.
func Codes() []string {
	return slices.Clone(load().codes)
}

// QuadName returns the English name of a quad class, e.g. "verbal
// cooperation", or "" if q is not one of the four classes.
func QuadName(q int) string {
	switch q {
	case VerbalCooperation:
		return "verbal cooperation"
	case MaterialCooperation:
		return "material cooperation"
	case VerbalConflict:
		return "verbal conflict"
	case MaterialConflict:
		return "material conflict"
	}
	return ""
}

// CurrentPlover translates a PLOVER type and mode written under the names
// used before the 2023 manual (as in the PLOVER v0.5b1 gold standard) to the
// current names: DEMAND becomes REQUEST, DISAPPROVE and INVESTIGATE become
// ACCUSE with mode "disapprove" or "investigate", and FIGHT becomes ASSAULT.
// Current names pass through unchanged.
func CurrentPlover(typ, mode string) (string, string) {
	switch typ {
	case "DEMAND":
		return "REQUEST", mode
	case "DISAPPROVE":
		return "ACCUSE", "disapprove"
	case "INVESTIGATE":
		return "ACCUSE", "investigate"
	case "FIGHT":
		return "ASSAULT", mode
	}
	return typ, mode
}
