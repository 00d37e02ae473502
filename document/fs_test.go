package document

import (
	"context"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

func TestReadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"news/a.txt":            {Data: []byte("Chile and Peru signed a fisheries accord.")},
		"news/a.meta.json":      {Data: []byte(`{"published": "2024-03-12T08:30:00+01:00", "source": "Harbour Wire"}`)},
		"news/b.html":           {Data: []byte("<html><body><p>Mongolia and Kazakhstan signed a rail agreement.</p></body></html>")},
		"news/c.jsonl":          {Data: []byte(`{"id": "c1", "text": "Laos thanked Cambodia."}` + "\n")},
		"news/d.meta.json":      {Data: []byte(`{"source": "a sidecar without its document"}`)},
		"news/bad.txt":          {Data: []byte("")},
		"news/bad.meta.json":    {Data: []byte(`{`)},
		"news/.hidden/e.txt":    {Data: []byte("Hidden text.")},
		"news/feeds/wire.rss":   {Data: []byte(`<rss version="2.0"><channel><title>W</title><item><guid>w1</guid><description>Oman hosted talks.</description></item></channel></rss>`)},
		"news/notes.md":         {Data: []byte("not read")},
		"elsewhere/outside.txt": {Data: []byte("Not under news.")},
	}
	got := readAllFS(t, fsys, "news")
	var ids []string
	for _, r := range got {
		ids = append(ids, r.doc.ID)
	}
	if want := "a.txt b.html bad.txt c1 w1"; strings.Join(ids, " ") != want {
		t.Fatalf("IDs %v, want %s", ids, want)
	}
	if d := got[0].doc; d.Source != "Harbour Wire" || !d.Published.Equal(date("2024-03-12T08:30:00+01:00")) || d.Path != "news/a.txt" {
		t.Errorf("sidecar not applied from the FS: %+v", d)
	}
	if err := got[2].err; err == nil || !strings.Contains(err.Error(), "news/bad.txt") {
		t.Errorf("bad.txt: error %v", err)
	}
	for i, r := range got {
		if i != 2 && r.err != nil {
			t.Errorf("%s: %v", r.doc.ID, r.err)
		}
	}
	if got := readAllFS(t, fsys, "news/a.txt"); len(got) != 1 || got[0].doc.Source != "Harbour Wire" {
		t.Errorf("one file: %+v", got)
	}
	err := ReadFS(context.Background(), fsys, "news/missing.txt", Options{}, func(Document, error) error { return nil })
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func readAllFS(t *testing.T, fsys fs.FS, name string) []result {
	t.Helper()
	var out []result
	err := ReadFS(context.Background(), fsys, name, Options{}, func(d Document, err error) error {
		out = append(out, result{d, err})
		return nil
	})
	if err != nil {
		t.Fatalf("ReadFS(%q): %v", name, err)
	}
	return out
}
