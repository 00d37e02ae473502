package ontology

import (
	"bufio"
	"github.com/entente/entente/internal/sharedtest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sourceDir returns ../shared/eval/ontology relative to the repository root
// (the nearest directory above the working directory holding go.mod), or
// skips the test when the shared originals are not there.
func sourceDir(t *testing.T) string {
	t.Helper()
	return sharedtest.Dir(t, "eval", "ontology")
}

// readTSV returns the rows of a tab-separated file without its header row.
func readTSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for first := true; sc.Scan(); first = false {
		if !first && sc.Text() != "" {
			rows = append(rows, strings.Split(sc.Text(), "\t"))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return rows
}

func TestAgreesWithGDELT(t *testing.T) {
	src := sourceDir(t)

	// cameo_codes_goldstein_quad.tsv: code level root description goldstein quad_class quad_name
	merged := readTSV(t, filepath.Join(src, "cameo", "cameo_codes_goldstein_quad.tsv"))
	seen := map[string]bool{}
	for _, r := range merged {
		if len(r) < 6 {
			t.Fatalf("merged TSV row %q: too few fields", r)
		}
		code := r[0]
		seen[code] = true
		info, ok := Lookup(code)
		if !ok || info.Fallback {
			t.Errorf("%s: in the GDELT table, missing from ours", code)
			continue
		}
		if g, err := strconv.ParseFloat(r[4], 64); err != nil || g != info.Goldstein {
			t.Errorf("%s: Goldstein %v, GDELT merged TSV says %s", code, info.Goldstein, r[4])
		}
		if q, err := strconv.Atoi(r[5]); err != nil || q != info.Quad {
			t.Errorf("%s: quad %d, GDELT merged TSV says %s", code, info.Quad, r[5])
		}
	}
	for _, c := range Codes() {
		if !seen[c] {
			t.Errorf("%s: in our table, not in the GDELT table", c)
		}
	}

	// CAMEO.goldsteinscale.txt: code goldstein (GDELT's own file)
	for _, r := range readTSV(t, filepath.Join(src, "cameo", "CAMEO.goldsteinscale.txt")) {
		if len(r) < 2 {
			t.Fatalf("Goldstein file row %q: too few fields", r)
		}
		info, ok := Lookup(r[0])
		if !ok || info.Fallback {
			t.Errorf("%s: in GDELT's Goldstein file, missing from ours", r[0])
			continue
		}
		if g, err := strconv.ParseFloat(strings.TrimSpace(r[1]), 64); err != nil || g != info.Goldstein {
			t.Errorf("%s: Goldstein %v, GDELT's Goldstein file says %s", r[0], info.Goldstein, r[1])
		}
	}
}

// mappingLine matches "CODE: TYPE, mode, context # comment"; mode and
// context may be blank or missing.
var mappingLine = regexp.MustCompile(`^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?`)

// manualDepartures are the codes where the table follows the PLOVER
// manual's category definitions rather than CAMEO2PLOVER-2021 (README.md,
// "Choices where the sources disagree").
var manualDepartures = map[string]struct{ typ, mode string }{
	"0813": {"CONCEDE", ""},         // lifting a curfew is a verbal concession
	"0814": {"CONCEDE", ""},         // so is ending a state of emergency
	"0831": {"RETREAT", "resign"},   // resignations of officials are RETREAT
	"163":  {"SANCTION", ""},        // "impose embargo, boycott, or sanctions"
	"192":  {"ASSAULT", ""},         // occupations carried out are ASSAULT
	"116":  {"SANCTION", "convict"}, // finding guilty moved from DISAPPROVE to SANCTION
}

func TestAgreesWithCAMEO2PLOVER(t *testing.T) {
	src := sourceDir(t)
	path := filepath.Join(src, "plover", "CAMEO2PLOVER-2021.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	type entry struct{ typ, mode string }
	// A code may appear more than once: the file heads root 08 both
	// CONCEDE and RETREAT.
	mapping := map[string][]entry{}
	for _, line := range strings.Split(string(data), "\n") {
		m := mappingLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		typ, mode := CurrentPlover(m[2], strings.TrimSpace(m[3]))
		mapping[m[1]] = append(mapping[m[1]], entry{typ, mode})
	}
	if len(mapping) < 250 {
		t.Fatalf("parsed only %d codes from %s; has its format changed?", len(mapping), path)
	}
	for _, c := range Codes() {
		info, _ := Lookup(c)
		if d, ok := manualDepartures[c]; ok {
			if info.PloverType != d.typ || info.PloverMode != d.mode {
				t.Errorf("%s: PLOVER %s/%s, the manual's reading is %s/%s", c, info.PloverType, info.PloverMode, d.typ, d.mode)
			}
			if m := mapping[c]; len(m) > 0 && m[0].typ == d.typ {
				t.Errorf("%s: listed as a departure, but the mapping agrees (%s)", c, d.typ)
			}
			continue
		}
		want, ok := mapping[c]
		if !ok {
			if info.PloverType != "" || info.PloverMode != "" {
				t.Errorf("%s: PLOVER %s/%s, the mapping has no entry", c, info.PloverType, info.PloverMode)
			}
			continue
		}
		if info.PloverType != want[0].typ || info.PloverMode != want[0].mode {
			t.Errorf("%s: PLOVER %s/%s, the mapping says %s/%s", c, info.PloverType, info.PloverMode, want[0].typ, want[0].mode)
		}
	}
	// Codes the mapping knows but GDELT does not (1213, 1214) must still
	// reach the right PLOVER type through their parent.
	for c, want := range mapping {
		info, ok := Lookup(c)
		if !ok {
			t.Errorf("%s: in the mapping, unknown to Lookup", c)
			continue
		}
		if info.Fallback && info.PloverType != want[0].typ {
			t.Errorf("%s: falls back to %s with PLOVER type %s, the mapping says %s", c, info.Code, info.PloverType, want[0].typ)
		}
	}
}
