package document

import (
	"context"
	"errors"
	"github.com/entente/entente/internal/sharedtest"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// result is one call of emit.
type result struct {
	doc Document
	err error
}

func readAllDocs(t *testing.T, name string, opt Options) []result {
	t.Helper()
	var out []result
	err := Read(context.Background(), name, opt, func(d Document, err error) error {
		out = append(out, result{d, err})
		return nil
	})
	if err != nil {
		t.Fatalf("Read(%q): %v", name, err)
	}
	return out
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestReadSingle(t *testing.T) {
	tests := []struct {
		name    string
		want    Document // Text is checked against the file unless Format is HTML
		wantErr string   // substring of the error; "" for none
	}{
		{
			name: "visit.txt",
			want: Document{ID: "visit.txt", Format: FormatText, Source: "Baltic Wire",
				URL: "https://example.org/news/grid-link", Language: "en",
				Published: date("2024-03-05T09:30:00+02:00")},
		},
		{
			name: "dated.txt",
			want: Document{ID: "dated.txt", Format: FormatText, Source: "Example Daily",
				Published: date("2023-11-20T00:00:00Z")},
		},
		{name: "summit.txt", want: Document{ID: "summit.txt", Format: FormatText}},
		{name: "crlf.txt", want: Document{ID: "crlf.txt", Format: FormatText}},
		{name: "latin1.txt", want: Document{ID: "latin1.txt", Format: FormatText, InvalidUTF8: true}},
		{name: "empty.txt", wantErr: "testdata/empty.txt: empty document"},
		{name: "blank.txt", wantErr: "testdata/blank.txt: empty document"},
		{name: "nul.txt", wantErr: "testdata/nul.txt: binary file, not text"},
		{name: "badmeta.txt", wantErr: "sidecar testdata/badmeta.meta.json: invalid JSON"},
		{
			name: "article.html",
			want: Document{ID: "article.html", Format: FormatHTML,
				Title:     "Canada and Mexico open talks on critical minerals",
				Source:    "Northern Ledger",
				URL:       "https://example.org/world/minerals-talks",
				Language:  "en",
				Published: date("2024-05-14T00:00:00Z")},
		},
		{name: "visit.meta.json"}, // a sidecar named on its own is skipped
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join("testdata", tt.name)
			got := readAllDocs(t, path, Options{})
			if tt.want.ID == "" && tt.wantErr == "" {
				if len(got) != 0 {
					t.Fatalf("got %d documents, want none", len(got))
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d documents, want 1", len(got))
			}
			doc, err := got[0].doc, got[0].err
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
				}
				var de *Error
				if !errors.As(err, &de) || de.Path != path {
					t.Errorf("error %v is not an *Error for %s", err, path)
				}
				if doc.ID != tt.name || doc.Path != path {
					t.Errorf("failed document = %q %q, want its ID and Path", doc.ID, doc.Path)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			want.Path = path
			if want.Format == FormatHTML {
				if !strings.HasPrefix(doc.Text, "Canada and Mexico open talks on critical minerals\n\nCanada and Mexico began formal talks") ||
					strings.Contains(doc.Text, "<") || strings.Contains(doc.Text, "Privacy") {
					t.Errorf("HTML text = %q", doc.Text)
				}
			} else {
				b, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if doc.Text != string(b) {
					t.Errorf("Text = %q, want the file's bytes %q", doc.Text, b)
				}
			}
			want.Text = doc.Text
			if !want.Published.Equal(doc.Published) {
				t.Errorf("Published = %v, want %v", doc.Published, want.Published)
			}
			want.Published = doc.Published
			if doc != want {
				t.Errorf("got  %+v\nwant %+v", doc, want)
			}
		})
	}
}

func TestReadPublishedKeepsOffset(t *testing.T) {
	got := readAllDocs(t, "testdata/visit.txt", Options{})
	if _, off := got[0].doc.Published.Zone(); off != 2*3600 {
		t.Errorf("offset = %d, want +02:00 kept", off)
	}
}

func TestReadJSONL(t *testing.T) {
	type want struct {
		id, text, title string
		line            int
		published       string
		err             string
	}
	wants := []want{
		{id: "a1", line: 1, text: "Japan and the Philippines signed a reciprocal access agreement.", title: "Pact signed", published: "2024-07-08T10:00:00Z"},
		{id: "a2", line: 2, text: "Norway pledged more aid to Ukraine.", published: "2024-02-24T00:00:00Z"},
		{id: "docs.jsonl:4", line: 4, text: "The Arab League called an emergency summit.", published: "2024-06-19T20:00:00Z"},
		{id: "42", line: 5, text: "Peru recalled its ambassador from Mexico."},
		{id: "docs.jsonl:6", line: 6, err: "docs.jsonl:6: invalid JSON"},
		{id: "no-text", line: 7, err: `docs.jsonl:7: missing "text"`},
		{id: "num-text", line: 8, err: `docs.jsonl:8: field "text": want a string, got number`},
		{id: "bad-date", line: 9, err: `docs.jsonl:9: field "published": unrecognised date "next Tuesday"`},
		{id: "empty-text", line: 10, err: "docs.jsonl:10: empty document"},
		{id: "docs.jsonl:11", line: 11, err: "docs.jsonl:11: want a JSON object, got array"},
		{id: "crlf", line: 12, text: "Senegal opened a consulate in Rabat."},
	}
	got := readAllDocs(t, "testdata/docs.jsonl", Options{})
	if len(got) != len(wants) {
		t.Fatalf("got %d results, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		d, err := got[i].doc, got[i].err
		if d.ID != w.id || d.Line != w.line || d.Path != "testdata/docs.jsonl" || d.Format != FormatJSONL {
			t.Errorf("%d: ID, Line, Path, Format = %q %d %q %v, want %q %d", i, d.ID, d.Line, d.Path, d.Format, w.id, w.line)
		}
		if w.err != "" {
			if err == nil || !strings.Contains(err.Error(), w.err) {
				t.Errorf("%d: error = %v, want one containing %q", i, err, w.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%d: %v", i, err)
			continue
		}
		if d.Text != w.text || d.Title != w.title {
			t.Errorf("%d: Text, Title = %q %q, want %q %q", i, d.Text, d.Title, w.text, w.title)
		}
		var wp time.Time
		if w.published != "" {
			wp = date(w.published)
		}
		if !d.Published.Equal(wp) {
			t.Errorf("%d: Published = %v, want %v", i, d.Published, wp)
		}
	}
	if d := got[0].doc; d.Source != "Pacific Desk" || d.URL != "https://example.org/a1" || d.Language != "en" {
		t.Errorf("metadata of a1 = %+v", d)
	}
}

func TestReadDir(t *testing.T) {
	got := readAllDocs(t, "testdata/corpus", Options{})
	var ids []string
	for _, r := range got {
		if r.err != nil {
			t.Errorf("%s: %v", r.doc.Path, r.err)
		}
		ids = append(ids, r.doc.ID)
	}
	want := "a.txt b1 b2 c.html d.txt"
	if strings.Join(ids, " ") != want {
		t.Errorf("IDs = %v, want %s", ids, want)
	}
	if d := got[0].doc; d.Source != "Iberia Post" || !d.Published.Equal(date("2022-04-07T00:00:00Z")) {
		t.Errorf("sidecar not applied in a directory: %+v", d)
	}
	if p := got[4].doc.Path; p != filepath.Join("testdata", "corpus", "sub", "d.txt") {
		t.Errorf("Path = %q", p)
	}
}

func TestReadDirBadFiles(t *testing.T) {
	// testdata itself holds bad documents: each is an error of its own and
	// the rest are read.
	got := readAllDocs(t, "testdata", Options{})
	var ok, bad int
	for _, r := range got {
		if r.err != nil {
			bad++
		} else {
			ok++
		}
	}
	if bad < 5 || ok < 10 {
		t.Errorf("got %d documents and %d errors", ok, bad)
	}
}

func TestReadMissing(t *testing.T) {
	err := Read(context.Background(), "testdata/no-such-file.txt", Options{}, func(Document, error) error {
		t.Error("emit called")
		return nil
	})
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "testdata/no-such-file.txt") {
		t.Errorf("error = %v, want a not-exist error naming the file", err)
	}
}

func TestReadTooLarge(t *testing.T) {
	opt := Options{MaxBytes: 40}
	got := readAllDocs(t, "testdata/visit.txt", opt)
	if len(got) != 1 || !errors.Is(got[0].err, ErrTooLarge) ||
		!strings.Contains(got[0].err.Error(), "over the 40-byte limit") {
		t.Fatalf("got %+v, want a too-large error", got)
	}

	got = readAllDocs(t, "testdata/docs.jsonl", Options{MaxBytes: 84})
	var large, read int
	for _, r := range got {
		switch {
		case errors.Is(r.err, ErrTooLarge):
			large++
		case r.err == nil:
			read++
		}
	}
	// Lines 1, 9 and 12 (with its CR) are over 84 bytes; 2, 4 and 5 are
	// read.
	if large != 3 || read != 3 {
		t.Errorf("got %d too large, %d read; want 3 and 3", large, read)
	}

	// A stream of unknown size is cut at the limit.
	err := ReadFrom(context.Background(), "-", strings.NewReader(strings.Repeat("Talks resumed. ", 10)), FormatText, opt,
		func(d Document, err error) error {
			if !errors.Is(err, ErrTooLarge) || d.ID != "stdin" {
				t.Errorf("got %q, %v; want a too-large error for stdin", d.ID, err)
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
}

func TestReadFromSniff(t *testing.T) {
	tests := []struct {
		in     string
		format Format
		ids    string
	}{
		{"\n  {\"id\": \"x\", \"text\": \"Iceland joined the talks.\"}\n{\"text\": \"Malta abstained.\"}\n", FormatJSONL, "x stdin:3"},
		{"\xef\xbb\xbfMalta abstained in the vote.", FormatText, "stdin"},
		{"\xef\xbb\xbf{\"text\": \"Malta abstained.\"}", FormatJSONL, "stdin:1"},
		{"  <html><body><p>Mongolia and Kazakhstan signed a rail agreement.</p></body></html>", FormatHTML, "stdin"},
		{"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><description>Oman hosted talks.</description></item></channel></rss>", FormatFeed, "stdin#1"},
	}
	for _, tt := range tests {
		var ids []string
		err := ReadFrom(context.Background(), "-", strings.NewReader(tt.in), FormatAuto, Options{}, func(d Document, err error) error {
			if err != nil {
				t.Errorf("%q: %v", tt.in, err)
			}
			if d.Format != tt.format {
				t.Errorf("%q: Format = %v, want %v", tt.in, d.Format, tt.format)
			}
			ids = append(ids, d.ID)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(ids, " ") != tt.ids {
			t.Errorf("%q: IDs = %v, want %s", tt.in, ids, tt.ids)
		}
	}
}

func TestPublishedOverride(t *testing.T) {
	override := date("2020-01-01T00:00:00Z")
	opt := Options{PublishedOverride: override}
	for _, name := range []string{"testdata/visit.txt", "testdata/docs.jsonl", "testdata/article.html"} {
		for _, r := range readAllDocs(t, name, opt) {
			if r.err == nil && !r.doc.Published.Equal(override) {
				t.Errorf("%s %s: Published = %v, want the override", name, r.doc.ID, r.doc.Published)
			}
			if r.doc.ID == "bad-date" && r.err != nil {
				t.Errorf("a bad date must not matter under an override: %v", r.err)
			}
		}
	}
}

func TestEmitErrorStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), "testdata/corpus", Options{}, func(Document, error) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Errorf("Read = %v after %d calls, want emit's error after 2", err, n)
	}
}

func TestContextCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Read(ctx, "testdata/docs.jsonl", Options{}, func(Document, error) error {
		t.Error("emit called")
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Read = %v, want context.Canceled", err)
	}
}

func TestParsePublished(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339; "" for an error
	}{
		{"2024-06-19T20:00:00Z", "2024-06-19T20:00:00Z"},
		{"2024-06-19T20:00:00.123+09:00", "2024-06-19T20:00:00.123+09:00"},
		{"2024-06-19T20:00:00+0000", "2024-06-19T20:00:00Z"},
		{"2024-06-19T20:00:00", "2024-06-19T20:00:00Z"},
		{"2024-06-19 20:00:00", "2024-06-19T20:00:00Z"},
		{"2024-06-19 20:00", "2024-06-19T20:00:00Z"},
		{" 2024-06-19 ", "2024-06-19T00:00:00Z"},
		{"20240619", "2024-06-19T00:00:00Z"},
		{"20240619200000", "2024-06-19T20:00:00Z"},
		{"2024/06/19", "2024-06-19T00:00:00Z"},
		{"June 19, 2024", "2024-06-19T00:00:00Z"},
		{"Jun 19, 2024", "2024-06-19T00:00:00Z"},
		{"19 June 2024", "2024-06-19T00:00:00Z"},
		{"Wed, 19 Jun 2024 20:00:00 GMT", "2024-06-19T20:00:00Z"},
		{"Wed, 19 Jun 2024 20:00:00 +0300", "2024-06-19T20:00:00+03:00"},
		{"Wed, 9 Jun 2024 20:00:00 +0300", "2024-06-09T20:00:00+03:00"},
		{"Wed, 19 Jun 2024 20:00:00 EST", ""},
		{"", ""},
		{"yesterday", ""},
		{"2024-13-40", ""},
		{"19/06/2024", ""},
	}
	for _, tt := range tests {
		got, err := ParsePublished(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("ParsePublished(%q) = %v, want an error", tt.in, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParsePublished(%q): %v", tt.in, err)
			continue
		}
		want, _ := time.Parse(time.RFC3339Nano, tt.want)
		if !got.Equal(want) || got.Format(time.RFC3339Nano) != tt.want {
			t.Errorf("ParsePublished(%q) = %s, want %s", tt.in, got.Format(time.RFC3339Nano), tt.want)
		}
	}
}

func TestParseDateJSON(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339; "zero" for none; "" for an error
	}{
		{``, "zero"},
		{`null`, "zero"},
		{`""`, "zero"},
		{`"2024-06-19"`, "2024-06-19T00:00:00Z"},
		{`1718827200`, "2024-06-19T20:00:00Z"},
		{`1718827200500`, "2024-06-19T20:00:00.5Z"},
		{`1e300`, ""},
		{`true`, ""},
		{`{"y": 2024}`, ""},
		{`"soon"`, ""},
	}
	for _, tt := range tests {
		got, err := parseDateJSON([]byte(tt.in))
		switch {
		case tt.want == "":
			if err == nil {
				t.Errorf("parseDateJSON(%s) = %v, want an error", tt.in, got)
			}
		case err != nil:
			t.Errorf("parseDateJSON(%s): %v", tt.in, err)
		case tt.want == "zero":
			if !got.IsZero() {
				t.Errorf("parseDateJSON(%s) = %v, want zero", tt.in, got)
			}
		case got.Format(time.RFC3339Nano) != tt.want:
			t.Errorf("parseDateJSON(%s) = %s, want %s", tt.in, got.Format(time.RFC3339Nano), tt.want)
		}
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want Format
	}{
		{"", FormatText},
		{"   \n\t", FormatText},
		{`{"text": "x"}`, FormatJSONL},
		{"\r\n {", FormatJSONL},
		{"\xef\xbb\xbf{", FormatJSONL},
		{"<!DOCTYPE html>", FormatHTML},
		{"\xef\xbb\xbf <p>", FormatHTML},
		{"Kyiv, June 19 -", FormatText},
		{"\xef\xbb", FormatText},
		{"\xefX{", FormatText},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestCheckText(t *testing.T) {
	tests := []struct {
		in      string
		invalid bool
		err     error
	}{
		{"Talks ended.", false, nil},
		{"Caf\xe9 talks.", true, nil},
		{"\xef\xbb\xbfTalks.\x1a", false, nil},
		{"", false, ErrEmpty},
		{" \n\xef\xbb\xbf\u00a0", false, ErrEmpty},
		{"Talks\x00", false, ErrBinary},
		{"\xff\xfeT\x00a\x00", false, ErrBinary},
		{"\x01\x02\x03 some words around the controls", false, ErrBinary},
	}
	for _, tt := range tests {
		invalid, err := checkText(tt.in)
		if invalid != tt.invalid || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("checkText(%q) = %v, %v; want %v, %v", tt.in, invalid, err, tt.invalid, tt.err)
		}
	}
}

func TestFormatOf(t *testing.T) {
	tests := map[string]Format{
		"-":                            FormatAuto,
		"a.txt":                        FormatText,
		"a":                            FormatText,
		"a.md":                         FormatText,
		"b.JSONL":                      FormatJSONL,
		"b.ndjson":                     FormatJSONL,
		"c.htm":                        FormatHTML,
		"dir/c.html":                   FormatHTML,
		"a.meta.json":                  FormatText,
		"archive.json":                 FormatText,
		"news.rss":                     FormatFeed,
		"news.Atom":                    FormatFeed,
		"feed.xml":                     FormatFeed,
		"crawl.warc":                   FormatWARC,
		"crawl.WARC.GZ":                FormatWARC,
		"notes.gz":                     FormatText,
		"https://example.org/feed.xml": FormatAuto,
	}
	for in, want := range tests {
		if got := FormatOf(in); got != want {
			t.Errorf("FormatOf(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestArticleText(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"<p>One  two\n three.</p><p>Four.</p>", "One two three.\n\nFour."},
		{"<h2>Head</h2><p>A <b>bold</b> move.<br>Next line.</p>", "Head\n\nA bold move.\nNext line."},
		{"<ul><li>Oslo</li><li>Bern</li></ul><p>After.</p>", "Oslo\nBern\n\nAfter."},
		{"<table><tr><td>Iran</td><td>12</td></tr><tr><td>Iraq</td><td>7</td></tr></table>", "Iran 12\nIraq 7"},
		{"<pre>a\n  b</pre>", "a\n  b"},
		{"<p> </p>", ""},
	}
	for _, tt := range tests {
		n, err := parseFragment(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := articleText(n); got != tt.want {
			t.Errorf("articleText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// repoRoot walks up from the package directory to the module root.
func repoRoot(t testing.TB) string {
	t.Helper()
	root, err := sharedtest.Root()
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func TestSeeds(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("seed documents not available at %s: %v", dir, err)
	}
	got := readAllDocs(t, dir, Options{})
	if len(got) < 2 {
		t.Fatalf("got %d documents from %s, want at least 2", len(got), dir)
	}
	for _, r := range got {
		if r.err != nil {
			t.Errorf("%v", r.err)
			continue
		}
		d := r.doc
		b, err := os.ReadFile(d.Path)
		if err != nil {
			t.Fatal(err)
		}
		if d.Text != string(b) || d.ID != filepath.Base(d.Path) || !strings.HasSuffix(d.ID, ".txt") {
			t.Errorf("%s: text or ID does not match the file", d.Path)
		}
		if d.Published.IsZero() || d.Source == "" || d.Language == "" {
			t.Errorf("%s: sidecar metadata missing: %+v", d.ID, d)
		}
		if d.InvalidUTF8 {
			t.Errorf("%s: marked invalid UTF-8", d.ID)
		}
	}
	if d := got[0].doc; d.ID == "000_019a319f6763018d.txt" && !d.Published.Equal(date("2024-06-19T20:00:00Z")) {
		t.Errorf("%s: Published = %v", d.ID, d.Published)
	}
}

func parseFragment(s string) (*html.Node, error) {
	return html.Parse(strings.NewReader(s))
}

func TestReadHTMLCharset(t *testing.T) {
	got := readAllDocs(t, "testdata/cp1252.html", Options{})
	if len(got) != 1 || got[0].err != nil {
		t.Fatalf("got %+v", got)
	}
	d := got[0].doc
	if d.InvalidUTF8 || !strings.Contains(d.Text, "Le Maroc et le Sénégal ont signé un accord de pêche à Dakar") {
		t.Errorf("text not decoded from windows-1252: %q", d.Text)
	}
	if d.Title != "Accord de pêche" {
		t.Errorf("Title = %q", d.Title)
	}
}

func TestReadHTMLSidecar(t *testing.T) {
	dir := t.TempDir()
	page, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "page.htm")
	side := `{"source": "Ledger Weekly", "published": "2024-05-15T06:00:00Z", "unknown": [1, 2]}`
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "page.meta.json"), []byte(side), 0o644); err != nil {
		t.Fatal(err)
	}
	got := readAllDocs(t, path, Options{})
	if len(got) != 1 || got[0].err != nil {
		t.Fatalf("got %+v", got)
	}
	d := got[0].doc
	if d.Source != "Ledger Weekly" || !d.Published.Equal(date("2024-05-15T06:00:00Z")) {
		t.Errorf("sidecar did not take precedence: %q %v", d.Source, d.Published)
	}
	if d.Title != "Canada and Mexico open talks on critical minerals" {
		t.Errorf("Title = %q, want the page's", d.Title)
	}
}
