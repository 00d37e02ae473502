package timex

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/document"
	"github.com/entente/entente/segment"
)

// sharedDir returns ../shared beside the repository root (the folder
// with go.mod), or skips the test when it is not there.
func sharedDir(t *testing.T) string { return sharedDirTB(t) }

func sharedDirTB(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test: cannot find ../shared")
		}
		dir = parent
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared data not found at %s (it sits beside the repository in CI)", shared)
	}
	return shared
}

// fold turns curly quotes and dashes into ASCII, as the gold's matching
// rules say, and returns for each byte of the result its offset in s.
func fold(s string) (string, []int) {
	var b strings.Builder
	var at []int
	for i, r := range s {
		switch r {
		case '’', '‘':
			r = '\''
		case '“', '”':
			r = '"'
		case '–', '—':
			r = '-'
		}
		n := b.Len()
		b.WriteRune(r)
		for k := n; k < b.Len(); k++ {
			at = append(at, i)
		}
	}
	return b.String(), append(at, len(s))
}

// TestSeedDates checks every gold event of the seed documents that has a
// date: in the sentence holding its evidence, the date of the event's
// verb (the governing expression, else the document's date) must start
// with the gold date or one of its alternatives.
func TestSeedDates(t *testing.T) {
	shared := sharedDir(t)
	b, err := os.ReadFile(filepath.Join(shared, "gold", "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Documents []struct {
			File   string
			Events []struct {
				ID       string
				Required bool
				Evidence string
				Date     string
				DateAlt  []string `json:"date_alt"`
			}
		}
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, gd := range gold.Documents {
		var d document.Document
		err := document.Read(t.Context(), filepath.Join(shared, gd.File), document.Options{},
			func(doc document.Document, err error) error {
				d = doc
				return err
			})
		if err != nil {
			t.Fatal(err)
		}
		seg := segment.Segment(d.Text)
		var datelines []string
		for _, s := range seg.Sentences {
			if !s.Dateline.Empty() {
				datelines = append(datelines, s.Dateline.Text(d.Text))
			}
		}
		a := DocumentTime(d.Published, datelines, d.Text)
		r := NewResolver(a)
		type sent struct {
			text string
			tx   []Timex
		}
		var sents []sent
		for _, s := range seg.Sentences {
			text := s.Text(d.Text)
			sents = append(sents, sent{text, r.Sentence(text)})
		}
		for _, ev := range gd.Events {
			if ev.Date == "" {
				continue
			}
			checked++
			found := false
			for _, s := range sents {
				fs, at := fold(s.text)
				fe, _ := fold(ev.Evidence)
				i := strings.Index(fs, fe)
				if i < 0 {
					continue
				}
				found = true
				vs, ve := eventVerb(fs[i:i+len(fe)], at[i:])
				date, ok := EventDate(s.text, s.tx, vs, ve, a)
				wants := append([]string{ev.Date}, ev.DateAlt...)
				match := false
				for _, w := range wants {
					if ok && strings.HasPrefix(date.Value, w) {
						match = true
					}
				}
				if !match {
					t.Errorf("%s %s: date %+v, want %v (sentence %q)", gd.File, ev.ID, date, wants, s.text)
				}
				break
			}
			if !found {
				t.Errorf("%s %s: evidence %q not in any sentence", gd.File, ev.ID, ev.Evidence)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no dated gold event checked")
	}
	t.Logf("%d dated gold events checked", checked)
}

// eventVerb returns the bytes, in the sentence, of the verb of an
// evidence text (at maps its bytes to the sentence's): its first word
// that reads as a verb, else its first word. It stands in for the coder,
// which gives the pipeline the verb's span.
func eventVerb(evidence string, at []int) (int, int) {
	pos := 0
	first := [2]int{-1, -1}
	for _, w := range strings.Fields(evidence) {
		i := strings.Index(evidence[pos:], w) + pos
		pos = i + len(w)
		if first[0] < 0 {
			first = [2]int{at[i], at[pos]}
		}
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if pastIrregular[lw] || isPastEd(lw) || baseVerbs[lw] || strings.HasSuffix(lw, "ing") && len(lw) > 5 {
			return at[i], at[pos]
		}
	}
	return first[0], first[1]
}

// corpusSentences returns the sentences of ../shared's VOA corpus, or
// skips.
func corpusSentences(tb testing.TB) []string {
	tb.Helper()
	shared := sharedDirTB(tb)
	f, err := os.Open(filepath.Join(shared, "eval", "corpora", "voa-dev.jsonl"))
	if err != nil {
		tb.Skipf("VOA corpus not found: %v", err)
	}
	defer f.Close()
	var out []string
	dec := json.NewDecoder(f)
	for {
		var rec struct{ Text string }
		if err := dec.Decode(&rec); err != nil {
			break
		}
		for _, s := range segment.Segment(rec.Text).Sentences {
			out = append(out, s.Text(rec.Text))
		}
	}
	if len(out) == 0 {
		tb.Skip("VOA corpus is empty")
	}
	return out
}
