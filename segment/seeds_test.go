package segment

import (
	"encoding/json"
	"github.com/entente/entente/internal/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir returns ../shared beside the repository root (the directory
// holding go.mod), or "" when there is none.
func sharedDir(t *testing.T) string {
	p, _ := sharedtest.Find("gold", "seeds.gold.json")
	if p == "" {
		return ""
	}
	return filepath.Dir(filepath.Dir(p))
}

type seedGold struct {
	Documents []struct {
		File            string   `json:"file"`
		Boilerplate     []string `json:"boilerplate"`
		Headings        []string `json:"headings"`
		NoEventEvidence []string `json:"no_event_evidence"`
		Events          []struct {
			Evidence string `json:"evidence"`
		} `json:"events"`
		Facts []struct {
			Evidence string `json:"evidence"`
		} `json:"facts"`
		Relations []struct {
			Evidence string `json:"evidence"`
		} `json:"relations"`
	} `json:"documents"`
}

// TestSeeds checks the seed documents against the gold's segmentation
// rules: boilerplate lines are dropped, headings stand alone, and every
// piece of evidence lies inside one kept sentence.
func TestSeeds(t *testing.T) {
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("../shared/gold/seeds.gold.json not found beside the repository root; seed checks skipped")
	}
	b, err := os.ReadFile(filepath.Join(shared, "gold", "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold seedGold
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatalf("parse gold: %v", err)
	}
	if len(gold.Documents) == 0 {
		t.Fatal("gold has no documents")
	}
	for _, doc := range gold.Documents {
		t.Run(filepath.Base(doc.File), func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(shared, doc.File))
			if err != nil {
				t.Fatal(err)
			}
			text := string(raw)
			r := Segment(text)
			checkResult(t, text, r)
			for _, s := range r.Sentences {
				t.Logf("%d %-7s %q", s.Paragraph, s.Kind, s.Text(text))
			}
			for _, d := range r.Dropped {
				t.Logf("dropped (%s) %q", d.Reason, d.Text(text))
			}

			for _, bp := range doc.Boilerplate {
				found := false
				for _, at := range lineStarts(text, bp) {
					found = true
					if !droppedAt(r, at, at+len(bp)) {
						t.Errorf("boilerplate %q at %d not dropped", bp, at)
					}
					for _, s := range r.Sentences {
						if s.Start < at+len(bp) && at < s.End {
							t.Errorf("boilerplate %q is in sentence %q", bp, s.Text(text))
						}
					}
				}
				if !found {
					t.Errorf("boilerplate %q not found at a line start", bp)
				}
			}

			for _, h := range doc.Headings {
				found := false
				for _, at := range lineStarts(text, h) {
					found = true
					ok := false
					for _, s := range r.Sentences {
						if s.Start == at && s.End == at+len(h) && s.Kind == Heading {
							ok = true
						}
					}
					if !ok {
						t.Errorf("heading %q at %d is not a unit of its own", h, at)
					}
				}
				if !found {
					t.Errorf("heading %q not found at a line start", h)
				}
			}

			var evidence []string
			for _, e := range doc.Events {
				evidence = append(evidence, e.Evidence)
			}
			for _, f := range doc.Facts {
				evidence = append(evidence, f.Evidence)
			}
			for _, rel := range doc.Relations {
				evidence = append(evidence, rel.Evidence)
			}
			evidence = append(evidence, doc.NoEventEvidence...)
			for _, ev := range evidence {
				if ev == "" {
					continue
				}
				ok := false
				for _, s := range r.Sentences {
					if s.Kind != Heading && strings.Contains(foldASCII(s.Text(text)), foldASCII(ev)) {
						ok = true
						break
					}
				}
				if !ok {
					t.Errorf("evidence %q is in no single sentence", ev)
				}
			}
		})
	}
}

// lineStarts returns the offsets where s occurs at the start of a line
// of text.
func lineStarts(text, s string) []int {
	var out []int
	for i := 0; ; {
		k := strings.Index(text[i:], s)
		if k < 0 {
			return out
		}
		at := i + k
		if at == 0 || text[at-1] == '\n' || text[at-1] == '\r' {
			out = append(out, at)
		}
		i = at + 1
	}
}

func droppedAt(r Result, start, end int) bool {
	for _, d := range r.Dropped {
		if d.Start <= start && end <= d.End {
			return true
		}
	}
	return false
}

// foldASCII folds curly quotes and dashes to ASCII, as the gold's
// matching rules say.
var foldASCII = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-").Replace
