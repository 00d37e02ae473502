package dict

import (
	"context"
	"errors"
	"github.com/entente/entente/internal/sharedtest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestKindOf(t *testing.T) {
	for name, want := range map[string]kind{
		"Phoenix.Countries.actors.txt":          kindActors,
		"PETR.Validate.actors.txt":              kindActors,
		"TABARI.Demo.actors":                    kindActors,
		"Phoenix.agents.txt":                    kindAgents,
		"Validate.agents":                       kindAgents,
		"Phoenix.discards.txt":                  kindDiscards,
		"Phoenix.IssueCoding.txt":               kindIssues,
		"CAMEO.2.0.txt":                         kindVerbs,
		"CAMEO.verbpatterns.150430.txt":         kindVerbs,
		"PETR.Validate.verbs.txt":               kindVerbs,
		"CAMEO.091003.master.verbs":             kindVerbs,
		"Validate.options":                      kindOptions,
		"dir/Validate.project":                  kindProject,
		"Phoenix.prepositions.txt":              kindUnknown,
		"CAMEO.eventcodes.txt":                  kindUnknown,
		"PETR.Internal.Coding.Ontology.txt":     kindUnknown,
		"actors_test.go":                        kindUnknown,
		"README.md":                             kindUnknown,
		"issues.json":                           kindUnknown,
		"my.ACTORS":                             kindActors,
		"PETR.Validate.discards.txt":            kindDiscards,
		"Phoenix.MilNonState.actors.150101.txt": kindActors,
		"my_agents.txt":                         kindAgents,
		"factory.txt":                           kindUnknown,
		"adverbs.txt":                           kindUnknown,
		"Ardenia.issues.txt":                    kindIssues,
	} {
		if got := kindOf(name); got != want {
			t.Errorf("kindOf(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestLoadDirPetrarch(t *testing.T) {
	s, err := LoadDir(context.Background(), filepath.Join("testdata", "petrarch"))
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, f := range s.Files {
		files = append(files, filepath.Base(f))
	}
	want := []string{"Ardenia.actors.txt", "Ardenia.agents.txt", "Ardenia.discards.txt", "Ardenia.issues.txt", "Ardenia.verbs.txt"}
	if !reflect.DeepEqual(files, want) {
		t.Errorf("files %v, want %v", files, want)
	}
	if len(s.Actors) != 5 || len(s.Agents) != 8 || len(s.Discards) != 3 || len(s.Issues) != 12 {
		t.Errorf("read %d actors, %d agents, %d discards, %d issues; want 5, 8, 3, 12",
			len(s.Actors), len(s.Agents), len(s.Discards), len(s.Issues))
	}
	// Problems come grouped by file, in file order.
	var last string
	for _, p := range s.Problems {
		if p.File < last {
			t.Errorf("problems out of file order: %v", s.Problems)
			break
		}
		last = p.File
	}
	if len(s.Problems) != 5 {
		t.Errorf("%d problems, want 5: %v", len(s.Problems), s.Problems)
	}
}

func TestLoadDirProject(t *testing.T) {
	s, err := LoadDir(context.Background(), filepath.Join("testdata", "tabari"))
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, f := range s.Files {
		files = append(files, filepath.Base(f))
	}
	// The project decides: Unlisted.actors is not read.
	want := []string{"Ardenia.project", "Ardenia.actors", "Ardenia.verbs", "Ardenia.agents"}
	if !reflect.DeepEqual(files, want) {
		t.Errorf("files %v, want %v", files, want)
	}
	if len(s.Options) != 1 || filepath.Base(s.Options[0]) != "Ardenia.options" {
		t.Errorf("options %v", s.Options)
	}
	var names []string
	for _, a := range s.Actors {
		names = append(names, showPhrases(a.Names))
	}
	if want := []string{"ASHFORD", "BELLWIN*", "CORVAL* ISLES*"}; !reflect.DeepEqual(names, want) {
		t.Errorf("actors %q, want %q (CRLF file, TABARI stems)", names, want)
	}
	if len(s.Agents) != 3 || !s.Agents[2].Before || len(s.Agents[1].Names) != 1 {
		t.Errorf("agents %+v", s.Agents)
	}
	if len(s.Problems) != 0 {
		t.Errorf("problems %v", s.Problems)
	}
}

func TestLoadFiles(t *testing.T) {
	ctx := context.Background()
	p := func(parts ...string) string { return filepath.Join(append([]string{"testdata"}, parts...)...) }

	s, err := LoadFiles(ctx, p("petrarch", "Ardenia.agents.txt"), p("tabari", "Ardenia.project"), p("petrarch", "Ardenia.agents.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Files) != 5 || len(s.Agents) != 8+3 || len(s.Actors) != 3 {
		t.Errorf("files %v: %d agents, %d actors", s.Files, len(s.Agents), len(s.Actors))
	}

	s, err = LoadFiles(ctx, p("sniff", "mystery.dat"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Agents) != 2 {
		t.Errorf("sniffed file gave %d agents, want 2", len(s.Agents))
	}

	s, err = LoadFiles(ctx, p("tabari", "Ardenia.options"), p("petrarch"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Options) != 1 || len(s.Actors) != 5 {
		t.Errorf("options %v, %d actors", s.Options, len(s.Actors))
	}

	for _, bad := range []string{p("sniff", "plain.dat"), p("no", "such.actors")} {
		if _, err := LoadFiles(ctx, bad); err == nil {
			t.Errorf("LoadFiles(%s) gave no error", bad)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	ctx := context.Background()
	if _, err := LoadFiles(ctx, write("empty.project", "<coder> X\n")); err == nil {
		t.Error("a project without dictionaries loaded")
	}
	if _, err := LoadFiles(ctx, write("missing.project", "<actorsfile> gone.actors\n")); err == nil {
		t.Error("a project naming a missing file loaded")
	}
	if _, err := LoadDir(ctx, filepath.Join(dir, "nope")); err == nil {
		t.Error("a missing directory loaded")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := LoadFiles(cancelled, write("x.actors", "A [A]\n")); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled load gave %v", err)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want kind
	}{
		{"<ISSUE CATEGORY=\"X\">\nfoo [X]\n", kindIssues},
		{"--- CONSULT [040] ---\nPARLEY\n- * WITH + [042]\n", kindVerbs},
		{"!P! = A, B\nX!P! [~GOV]\n", kindAgents},
		{"ARDENIA [ARD]\n+ARDENIAN\n\t[ARDGOV >20010101]\n", kindActors},
		{"<NOUN>\nBEES\n</NOUN>\n", kindActors},
		{"YEARS LATER\nMONTHS AGO\n", kindUnknown},
		{"", kindUnknown},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("sniff(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// sharedEval returns the path of ../shared/eval beside the repository
// root (found by walking up to go.mod), or skips the test.
func sharedEval(tb testing.TB) string {
	tb.Helper()
	return sharedtest.Dir(tb, "eval")
}

// TestLoadReal loads the Phoenix dictionaries and the dictionaries of the
// PETRARCH and TABARI validation suites.
func TestLoadReal(t *testing.T) {
	eval := sharedEval(t)
	ctx := context.Background()

	t.Run("phoenix", func(t *testing.T) {
		s, err := LoadDir(ctx, filepath.Join(eval, "dictionaries", "phoenix"))
		if err != nil {
			t.Fatal(err)
		}
		logProblems(t, s)
		atLeast(t, "actors", len(s.Actors), 27000)
		atLeast(t, "agents", len(s.Agents), 2200)
		atLeast(t, "discards", len(s.Discards), 500)
		atLeast(t, "issues", len(s.Issues), 4500)
		if len(s.Problems) > 100 {
			t.Errorf("%d problems; the Phoenix files hold about 40 malformed lines", len(s.Problems))
		}
		perFile := map[string]int{}
		for _, p := range s.Problems {
			perFile[filepath.Base(p.File)]++
		}
		for f, max := range map[string]int{
			"Phoenix.Countries.actors.txt":     20,
			"Phoenix.International.actors.txt": 10,
			"Phoenix.MilNonState.actors.txt":   0,
			"Phoenix.agents.txt":               2,
			"Phoenix.discards.txt":             0,
			"Phoenix.IssueCoding.txt":          25,
		} {
			if perFile[f] > max {
				t.Errorf("%s: %d problems, want at most %d", f, perFile[f], max)
			}
		}

		actors := actorIndex(s)
		for _, c := range []struct {
			name string
			date Date
			want string
		}{
			{"AFGHANISTAN", 20100101, "AFG"},
			{"KABUL", 0, "AFG"},
			{"HAMID_KARZAI", 20050101, "AFGGOV"},
			{"MOHAMMAD_ZAHIR_SHAH", 19500101, "AFGGOV"},
			{"MOHAMMAD_ZAHIR_SHAH", 19320101, "AFGELI"},
			// Name variants on consecutive lines share the blocks below.
			{"SECRETARY_BREZHNEV", 19700101, "RUSGOV"},
			{"LEONID_BREZHNEV", 19500101, "RUSELI"},
			{"BAN_KI-MOON", 20100101, "IGOUNO"},
			{"KOFI_ANNAN", 20000101, "IGOUNO"},
			{"KOFI_ANNAN", 20100101, "ELI"},
		} {
			a := actors[c.name]
			if a == nil {
				t.Errorf("actor %s not found", c.name)
				continue
			}
			if got, ok := a.CodeAt(c.date); !ok || got != c.want {
				t.Errorf("%s.CodeAt(%d) = %q, want %q (codes %s)", c.name, c.date, got, c.want, showCodes(a.Codes))
			}
		}
		agents := map[string]*Agent{}
		for i := range s.Agents {
			for _, n := range s.Agents[i].Names {
				agents[showPhrase(n)] = &s.Agents[i]
			}
		}
		for name, code := range map[string]string{"FARMERS": "AGR", "CATTLEMEN": "AGR", "BUSINESSWOMAN": "BUS"} {
			if a := agents[name]; a == nil || a.Code != code {
				t.Errorf("agent %s: %+v, want code %s", name, a, code)
			}
		}
	})

	t.Run("petrarch-unittest", func(t *testing.T) {
		s, err := LoadDir(ctx, filepath.Join(eval, "event-coding", "petrarch-unittest-dicts"))
		if err != nil {
			t.Fatal(err)
		}
		logProblems(t, s)
		atLeast(t, "actors", len(s.Actors), 120)
		atLeast(t, "agents", len(s.Agents), 85)
		atLeast(t, "discards", len(s.Discards), 9)
		problemsOutside(t, s, "verbs")
		actors := actorIndex(s)
		for _, c := range []struct {
			name string
			date Date
			want string
		}{
			{"SAM_GAMGEE", 20100110, "ORCHOB"},
			{"SAM_GAMGEE", 20100113, "HOBMIL"},
			{"SAM_GAMGEE", 20070101, "HOBCIV"},
			{"SAM_GAMGEE", 20140101, "HOBELI"},
			{"SLINKER", 19940101, "HOB"},
			{"SMEAGOL", 19970101, "HOBGOV"},
			{"SMEAGOL", 20000101, "HOBREB"},
		} {
			a := actors[c.name]
			if a == nil {
				t.Errorf("actor %s not found", c.name)
				continue
			}
			if got, ok := a.CodeAt(c.date); !ok || got != c.want {
				t.Errorf("%s.CodeAt(%d) = %q, want %q", c.name, c.date, got, c.want)
			}
		}
		agents := map[string]*Agent{}
		for i := range s.Agents {
			for _, n := range s.Agents[i].Names {
				agents[showPhrase(n)] = &s.Agents[i]
			}
		}
		for name, code := range map[string]string{
			"CONGRESSWOMEN":                 "LEG",
			"CONGRESSES":                    "LEG",
			"MINISTRIES_OF_SILLY_WALKS":     "GOV",
			"GOLDEN_GEESE":                  "GGS",
			"ATTORNEYS_GENERAL":             "GOV",
			"HUMAN_RIGHTS_ORGANIZATIONS":    "NGO",
			"FUNDAMENTALIST_JIHADI":         "MOSREB",
			"PARLIAMENTARY_OPPOSITION":      "OPP",
			"SECURITY_SERVICES":             "GOV",
			"NON-GOVERNMENTAL_ORGANISATION": "NGO",
		} {
			if a := agents[name]; a == nil || a.Code != code {
				t.Errorf("agent %s: %+v, want code %s", name, a, code)
			}
		}
		for _, none := range []string{"POLICES", "FUNDAMENTALIST_JIHADIS", "CONGRESSMANS"} {
			if agents[none] != nil {
				t.Errorf("agent %s should not be generated", none)
			}
		}
	})

	t.Run("tabari-validate", func(t *testing.T) {
		s, err := LoadDir(ctx, filepath.Join(eval, "event-coding", "tabari-validate-dicts"))
		if err != nil {
			t.Fatal(err)
		}
		logProblems(t, s)
		atLeast(t, "actors", len(s.Actors), 115)
		atLeast(t, "agents", len(s.Agents), 85)
		if len(s.Nouns) != 8 || len(s.Adjectives) != 5 {
			t.Errorf("%d nouns, %d adjectives; want 8, 5", len(s.Nouns), len(s.Adjectives))
		}
		if len(s.Options) != 1 {
			t.Errorf("options %v", s.Options)
		}
		problemsOutside(t, s, "verbs")
		actors := actorIndex(s)
		for _, c := range []struct {
			name string
			date Date
			want string
		}{
			{"ALBRIGHT*", 20000101, "USAGOV"},
			{"ALBRIGHT*", 20020101, "---"},
			{"ALBRJGHT*", 20011213, "USAGOV"},
			{"AXNOR*", 19900101, "AR1"},
			{"AXNOR*", 19950101, "AR2"},
			{"ARGENTIN*", 0, "ARG"},
			{"AL_GORE*", 0, "AGR"},
			{"AL* GORE*", 0, "TEN"},
			{"ZIMBABWE*", 19700101, "RHO"},
			{"ZIMBABWE*", 19900101, "ZBW"},
		} {
			a := actors[c.name]
			if a == nil {
				t.Errorf("actor %s not found", c.name)
				continue
			}
			if got, ok := a.CodeAt(c.date); !ok || got != c.want {
				t.Errorf("%s.CodeAt(%d) = %q, want %q", c.name, c.date, got, c.want)
			}
		}
		for _, a := range s.Agents {
			if showPhrase(a.Names[0]) == "HUMAN_RIGHTS_BODY" && (!a.Before || a.Code != "NGO") {
				t.Errorf("HUMAN_RIGHTS_BODY_ read as %+v", a)
			}
		}
	})
}

func actorIndex(s *Set) map[string]*Actor {
	m := map[string]*Actor{}
	for i := range s.Actors {
		for _, n := range s.Actors[i].Names {
			if k := showPhrase(n); m[k] == nil {
				m[k] = &s.Actors[i]
			}
		}
	}
	return m
}

func atLeast(t *testing.T, what string, got, min int) {
	t.Helper()
	if got < min {
		t.Errorf("%d %s, want at least %d", got, what, min)
	}
}

func logProblems(t *testing.T, s *Set) {
	t.Helper()
	t.Logf("%d actors, %d agents, %d verbs, %d discards, %d issues, %d problems",
		len(s.Actors), len(s.Agents), len(s.Verbs), len(s.Discards), len(s.Issues), len(s.Problems))
	for _, p := range s.Problems {
		t.Log(p)
	}
}

// problemsOutside fails on problems in files other than those whose name
// contains one of skip (their readers are tested elsewhere).
func problemsOutside(t *testing.T, s *Set, skip ...string) {
	t.Helper()
outer:
	for _, p := range s.Problems {
		for _, k := range skip {
			if strings.Contains(strings.ToLower(filepath.Base(p.File)), k) {
				continue outer
			}
		}
		t.Errorf("unexpected problem %v", p)
	}
}

func BenchmarkLoadPhoenix(b *testing.B) {
	dir := filepath.Join(sharedEval(b), "dictionaries", "phoenix")
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadDir(ctx, dir); err != nil {
			b.Fatal(err)
		}
	}
}
