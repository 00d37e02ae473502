package demo_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/dict"
	"github.com/entente/entente/dict/builtin"
	"github.com/entente/entente/document"
	"github.com/entente/entente/examples/demo"
	"github.com/entente/entente/internal/sharedtest"
	"github.com/entente/entente/pipeline"
)

// sidecar is the metadata every article must carry, and nothing else.
type sidecar struct {
	Published string `json:"published"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Language  string `json:"language"`
	Title     string `json:"title"`
}

// articles returns the names of the corpus's articles without extension.
func articles(t *testing.T) []string {
	t.Helper()
	txt, err := fs.Glob(demo.FS(), "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range txt {
		names = append(names, strings.TrimSuffix(f, ".txt"))
	}
	return names
}

func TestMetadata(t *testing.T) {
	fsys := demo.FS()
	names := articles(t)
	if len(names) < 24 {
		t.Fatalf("%d articles, want at least 24", len(names))
	}
	metas, err := fs.Glob(fsys, "*.meta.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(metas) != len(names) {
		t.Errorf("%d sidecars for %d articles", len(metas), len(names))
	}
	urls := map[string]string{}
	offsets := map[int]bool{}
	sources := map[string]bool{}
	first, last := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, name := range names {
		text, err := fs.ReadFile(fsys, name+".txt")
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(text) || bytes.ContainsAny(text, "\r\t") {
			t.Errorf("%s.txt: not clean UTF-8 text with LF line ends", name)
		}
		if n := len(strings.Fields(string(text))); n < 150 || n > 450 {
			t.Errorf("%s.txt: %d words, want 150 to 450", name, n)
		}
		raw, err := fs.ReadFile(fsys, name+".meta.json")
		if err != nil {
			t.Errorf("%s: no sidecar: %v", name, err)
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		var m sidecar
		if err := dec.Decode(&m); err != nil {
			t.Errorf("%s.meta.json: %v", name, err)
			continue
		}
		pub, err := time.Parse(time.RFC3339, m.Published)
		if err != nil {
			t.Errorf("%s.meta.json: published %q is not RFC 3339: %v", name, m.Published, err)
		} else if pub.Before(first) || !pub.Before(last) {
			t.Errorf("%s.meta.json: published %s, want a time in 2023 or 2024", name, m.Published)
		}
		_, off := pub.Zone()
		offsets[off] = true
		u, err := url.Parse(m.URL)
		if err != nil || u.Scheme != "https" || u.Host != "example.org" || len(u.Path) < 2 {
			t.Errorf("%s.meta.json: url %q, want an https://example.org/… address", name, m.URL)
		}
		if prev, ok := urls[m.URL]; ok {
			t.Errorf("%s and %s share the url %s", prev, name, m.URL)
		}
		urls[m.URL] = name
		if m.Source == "" || m.Language != "en" || m.Title == "" {
			t.Errorf("%s.meta.json: source %q, language %q, title %q", name, m.Source, m.Language, m.Title)
		}
		sources[strings.SplitN(m.Source, " (", 2)[0]] = true
	}
	if len(offsets) < 4 {
		t.Errorf("publication times use %d UTC offsets, want at least 4", len(offsets))
	}
	if len(sources) < 5 {
		t.Errorf("%d outlets, want at least 5", len(sources))
	}
}

// TestRead reads the corpus as `entente demo` will: through the document
// package, sidecars applied.
func TestRead(t *testing.T) {
	n := 0
	err := document.ReadFS(context.Background(), demo.FS(), ".", document.Options{}, func(d document.Document, err error) error {
		if err != nil {
			t.Error(err)
			return nil
		}
		n++
		if d.Published.IsZero() || d.Source == "" || d.URL == "" || d.Language != "en" || d.Format != document.FormatText {
			t.Errorf("%s: metadata not applied: %+v", d.ID, d)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != len(articles(t)) {
		t.Errorf("read %d documents, want %d", n, len(articles(t)))
	}
}

// TestEvents codes the corpus with the built-in dictionaries. The coder
// is not tuned to these articles; the test keeps the share of articles
// that yield events from falling.
func TestEvents(t *testing.T) {
	set, err := dict.LoadFS(context.Background(), builtin.FS(), "builtin")
	if err != nil {
		t.Fatal(err)
	}
	c, err := coder.New(set, coder.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(c)
	var docs, withEvents, events, sentences int
	err = document.ReadFS(context.Background(), demo.FS(), ".", document.Options{}, func(d document.Document, err error) error {
		if err != nil {
			return err
		}
		r := p.Process(d)
		docs++
		events += len(r.Events)
		sentences += r.Sentences
		if len(r.Events) > 0 {
			withEvents++
		}
		for _, e := range r.Events {
			if s := e.Sentence; d.Text[s.Start:s.End] != s.Text {
				t.Errorf("%s: event sentence %d-%d does not point into the text", d.ID, s.Start, s.End)
			}
		}
		t.Logf("%-42s %3d sentences %3d events", d.ID, r.Sentences, len(r.Events))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d of %d articles yield events; %d events from %d sentences", withEvents, docs, events, sentences)
	if withEvents*10 < docs*9 {
		t.Errorf("%d of %d articles yield events, want at least 90%%", withEvents, docs)
	}
}

// TestOwnWords checks that no run of eight words in the corpus also
// appears in the seed stories of ../shared: the articles are written
// afresh, not adapted from them.
func TestOwnWords(t *testing.T) {
	dir := sharedtest.Dir(t, "seeds")
	seeds, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	const n = 8
	seen := map[string]string{}
	for _, f := range seeds {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range shingles(string(b), n) {
			seen[s] = filepath.Base(f)
		}
	}
	for _, name := range articles(t) {
		b, err := fs.ReadFile(demo.FS(), name+".txt")
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range shingles(string(b), n) {
			if f, ok := seen[s]; ok {
				t.Errorf("%s.txt shares %q with the seed %s", name, s, f)
			}
		}
	}
}

// shingles returns every run of n words of text, lower-cased and with
// punctuation and quote styles ignored.
func shingles(text string, n int) []string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	var out []string
	for i := 0; i+n <= len(words); i++ {
		out = append(out, strings.Join(words[i:i+n], " "))
	}
	return out
}
