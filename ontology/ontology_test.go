package ontology

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		code string
		want Info
	}{
		{"04", Info{Code: "04", Goldstein: 1.0, Quad: VerbalCooperation, PloverType: "CONSULT", Name: "consult"}},
		{"042", Info{Code: "042", Goldstein: 1.9, Quad: VerbalCooperation, PloverType: "CONSULT", PloverMode: "visit", Name: "make a visit"}},
		{"043", Info{Code: "043", Goldstein: 2.8, Quad: VerbalCooperation, PloverType: "CONSULT", PloverMode: "visit", Name: "host a visit"}},
		{"057", Info{Code: "057", Goldstein: 8.0, Quad: VerbalCooperation, PloverType: "SUPPORT", Name: "sign formal agreement"}},
		// The CAMEO→PLOVER mapping has no entries for roots 01 and 02.
		{"010", Info{Code: "010", Goldstein: 0.0, Quad: VerbalCooperation, Name: "statement (general)"}},
		{"0211", Info{Code: "0211", Goldstein: 3.4, Quad: VerbalCooperation, Name: "ask for economic cooperation"}},
		{"0431", Info{Code: "043", Goldstein: 2.8, Quad: VerbalCooperation, PloverType: "CONSULT", PloverMode: "visit", Name: "host a visit", Fallback: true}},
		{"061", Info{Code: "061", Goldstein: 6.4, Quad: MaterialCooperation, PloverType: "COOPERATE", Name: "economic cooperation"}},
		{"0871", Info{Code: "0871", Goldstein: 9.0, Quad: MaterialCooperation, PloverType: "RETREAT", PloverMode: "ceasefire", Name: "declare ceasefire"}},
		// GDELT puts root 09 in material cooperation, not verbal conflict.
		{"090", Info{Code: "090", Goldstein: -2.0, Quad: MaterialCooperation, PloverType: "ACCUSE", PloverMode: "investigate", Name: "investigate (general)"}},
		// GDELT's eventcodes file runs 1056 and 106 together; both are codes.
		{"1056", Info{Code: "1056", Goldstein: -5.0, Quad: VerbalConflict, PloverType: "REQUEST", PloverMode: "yield", Name: "demand military de-escalation"}},
		{"106", Info{Code: "106", Goldstein: -5.0, Quad: VerbalConflict, PloverType: "REQUEST", PloverMode: "meet", Name: "demand talks"}},
		{"111", Info{Code: "111", Goldstein: -2.0, Quad: VerbalConflict, PloverType: "ACCUSE", PloverMode: "disapprove", Name: "criticize or denounce"}},
		// GDELT puts root 14 in verbal conflict, not material conflict.
		{"141", Info{Code: "141", Goldstein: -6.5, Quad: VerbalConflict, PloverType: "PROTEST", PloverMode: "demo", Name: "demonstrate or rally"}},
		// The PLOVER manual, not CAMEO2PLOVER-2021, places sanctions under SANCTION.
		{"163", Info{Code: "163", Goldstein: -8.0, Quad: MaterialConflict, PloverType: "SANCTION", PloverMode: "", Name: "impose sanctions or embargo"}},
		{"173", Info{Code: "173", Goldstein: -5.0, Quad: MaterialConflict, PloverType: "COERCE", PloverMode: "arrest", Name: "arrest, detain or charge"}},
		{"190", Info{Code: "190", Goldstein: -10.0, Quad: MaterialConflict, PloverType: "ASSAULT", PloverMode: "", Name: "conventional force (general)"}},
		{"2042", Info{Code: "2042", Goldstein: -10.0, Quad: MaterialConflict, PloverType: "ASSAULT", PloverMode: "unconventional", Name: "nuclear detonation"}},
	}
	for _, tt := range tests {
		got, ok := Lookup(tt.code)
		if !ok {
			t.Errorf("Lookup(%q): not found", tt.code)
			continue
		}
		if got != tt.want {
			t.Errorf("Lookup(%q) = %+v, want %+v", tt.code, got, tt.want)
		}
	}
}

func TestLookupUnknown(t *testing.T) {
	// WEIS-era codes and junk from the coder's test suites, plus near misses
	// around real codes.
	for _, code := range []string{
		"", "0", "1", "00", "21", "99", "000", "903", "109", "174K", "sdf", "---",
		"0999", "9999", "04311", " 042", "042 ", "04a", "04a1", "０４２",
	} {
		if info, ok := Lookup(code); ok {
			t.Errorf("Lookup(%q) = %+v, want not found", code, info)
		}
		if r := Root(code); r != "" {
			t.Errorf("Root(%q) = %q, want \"\"", code, r)
		}
	}
}

func TestRoot(t *testing.T) {
	for code, want := range map[string]string{
		"04": "04", "042": "04", "0431": "04", "1056": "10", "106": "10", "2042": "20", "1939": "19",
	} {
		if got := Root(code); got != want {
			t.Errorf("Root(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestCodes(t *testing.T) {
	codes := Codes()
	if len(codes) != 311 {
		t.Errorf("len(Codes()) = %d, want 311", len(codes))
	}
	if !slices.IsSorted(codes) {
		t.Error("Codes() not sorted")
	}
	roots := 0
	for _, c := range codes {
		info, ok := Lookup(c)
		if !ok || info.Fallback || info.Code != c {
			t.Errorf("Lookup(%q) = %+v, %v; want its own entry", c, info, ok)
		}
		if len(c) == 2 {
			roots++
		}
		if n := len(strings.Fields(info.Name)); n > 6 {
			t.Errorf("%s: name %q has %d words, want a short label", c, info.Name, n)
		}
		// Quad is a property of the root.
		if r, _ := Lookup(Root(c)); r.Quad != info.Quad {
			t.Errorf("%s: quad %d, root %s has %d", c, info.Quad, r.Code, r.Quad)
		}
	}
	if roots != 20 {
		t.Errorf("%d roots, want 20", roots)
	}
	codes[0] = "mutated"
	if Codes()[0] == "mutated" {
		t.Error("Codes() shares its slice with the table")
	}
}

func TestConcurrentLookup(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, c := range []string{"042", "0431", "190", "903"} {
				Lookup(c)
			}
		})
	}
	wg.Wait()
}

func TestQuadName(t *testing.T) {
	for q, want := range map[int]string{
		0: "", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict", 5: "",
	} {
		if got := QuadName(q); got != want {
			t.Errorf("QuadName(%d) = %q, want %q", q, got, want)
		}
	}
}

func TestCurrentPlover(t *testing.T) {
	tests := []struct{ typ, mode, wantTyp, wantMode string }{
		{"DEMAND", "", "REQUEST", ""},
		{"DISAPPROVE", "", "ACCUSE", "disapprove"},
		{"INVESTIGATE", "", "ACCUSE", "investigate"},
		{"FIGHT", "heavy-weapons", "ASSAULT", "heavy-weapons"},
		{"CONSULT", "visit", "CONSULT", "visit"},
		{"ACCUSE", "allege", "ACCUSE", "allege"},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		typ, mode := CurrentPlover(tt.typ, tt.mode)
		if typ != tt.wantTyp || mode != tt.wantMode {
			t.Errorf("CurrentPlover(%q, %q) = %q, %q; want %q, %q", tt.typ, tt.mode, typ, mode, tt.wantTyp, tt.wantMode)
		}
	}
}

func TestTableUsesCurrentPloverNames(t *testing.T) {
	for _, c := range Codes() {
		info, _ := Lookup(c)
		if typ, mode := CurrentPlover(info.PloverType, info.PloverMode); typ != info.PloverType || mode != info.PloverMode {
			t.Errorf("%s: PLOVER %s/%s is a pre-2023 name", c, info.PloverType, info.PloverMode)
		}
	}
}

func TestParseErrors(t *testing.T) {
	const hdr = "code\tgoldstein\tquad\tplover_type\tplover_mode\tname\n"
	tests := []struct{ name, data, wantErr string }{
		{"empty", "", "no header"},
		{"comments only", "# nothing\n\n", "no header"},
		{"bad header", "code\tscore\tquad\tplover_type\tplover_mode\tname\n", "header"},
		{"short row", hdr + "04\t1.0\t1\n", "3 fields"},
		{"bad code", hdr + "4x\t1.0\t1\t\t\tconsult\n", "digits"},
		{"long code", hdr + "04311\t1.0\t1\t\t\tconsult\n", "digits"},
		{"bad score", hdr + "04\tone\t1\t\t\tconsult\n", "goldstein"},
		{"score range", hdr + "04\t11\t1\t\t\tconsult\n", "goldstein"},
		{"bad quad", hdr + "04\t1.0\t5\t\t\tconsult\n", "quad"},
		{"no name", hdr + "04\t1.0\t1\t\t\t\n", "name"},
		{"duplicate", hdr + "04\t1.0\t1\t\t\tconsult\n04\t1.0\t1\t\t\tconsult\n", "duplicate"},
		{"orphan", hdr + "04\t1.0\t1\t\t\tconsult\n0431\t1.0\t1\t\t\tx\n", "parent 043 missing"},
	}
	for _, tt := range tests {
		_, err := parse([]byte(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%s: parse error %v, want one containing %q", tt.name, err, tt.wantErr)
		}
	}
}

func TestParseCRLF(t *testing.T) {
	data := strings.ReplaceAll(string(cameoTSV), "\n", "\r\n")
	tab, err := parse([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(tab.codes), len(Codes()); got != want {
		t.Errorf("CRLF table has %d codes, want %d", got, want)
	}
}

func BenchmarkLookup(b *testing.B) {
	codes := []string{"042", "0431", "190", "1056", "903", "057", "1712", "sdf"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Lookup(codes[i%len(codes)])
		i++
	}
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"04", "042", "0431", "1056", "106", "903", "174K", "sdf", "", "2042", "0999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		info, ok := Lookup(code)
		root := Root(code)
		if !ok {
			if info != (Info{}) || root != "" {
				t.Fatalf("Lookup(%q) not found but returned %+v, root %q", code, info, root)
			}
			return
		}
		if info.Quad < VerbalCooperation || info.Quad > MaterialConflict || info.Name == "" {
			t.Fatalf("Lookup(%q) = %+v: bad entry", code, info)
		}
		if info.Fallback {
			if len(code) != 4 || info.Code != code[:3] {
				t.Fatalf("Lookup(%q) fell back to %q", code, info.Code)
			}
		} else if info.Code != code {
			t.Fatalf("Lookup(%q) returned entry %q", code, info.Code)
		}
		if root != code[:2] {
			t.Fatalf("Root(%q) = %q", code, root)
		}
	})
}
