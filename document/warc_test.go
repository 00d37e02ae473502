package document

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
)

// warcRec is one record of an archive built for a test.
type warcRec struct {
	typ, id, target, date, ctype, block string
}

// bytes lays the record out as WARC 1.1 does.
func (r warcRec) bytes() []byte {
	var b bytes.Buffer
	b.WriteString("WARC/1.1\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", r.typ)
	if r.id != "" {
		fmt.Fprintf(&b, "WARC-Record-ID: <%s>\r\n", r.id)
	}
	date := r.date
	if date == "" {
		date = "2024-06-20T08:15:00Z"
	}
	fmt.Fprintf(&b, "WARC-Date: %s\r\n", date)
	if r.target != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.target)
	}
	if r.ctype != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", r.ctype)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s\r\n\r\n", len(r.block), r.block)
	return b.Bytes()
}

// warcFile joins records into an archive, each record its own gzip
// member when gz is set, as .warc.gz files are written.
func warcFile(t testing.TB, gz bool, recs ...warcRec) []byte {
	t.Helper()
	var out bytes.Buffer
	for _, r := range recs {
		if !gz {
			out.Write(r.bytes())
			continue
		}
		zw := gzip.NewWriter(&out)
		if _, err := zw.Write(r.bytes()); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out.Bytes()
}

// httpResponse is the block of a response record.
func httpResponse(status string, body string, headers ...string) string {
	var b strings.Builder
	b.WriteString("HTTP/1.1 " + status + "\r\n")
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("\r\n" + body)
	return b.String()
}

func chunked(s string, size int) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(size, len(s))
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, s[:n])
		s = s[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

func gzipped(t testing.TB, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

const (
	smallPage = "<html><body><p>Mongolia and Kazakhstan signed a rail agreement.</p></body></html>"
	otherPage = "<html><body><p>Laos and Cambodia agreed to reopen a river crossing.</p></body></html>"
)

// testArchive is an archive with every kind of record the reader meets.
func testArchive(t testing.TB, gz bool) []byte {
	t.Helper()
	article, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	html := "Content-Type: text/html; charset=utf-8"
	return warcFile(t, gz,
		warcRec{typ: "warcinfo", id: "urn:uuid:00000000-0000-4000-8000-000000000000", ctype: "application/warc-fields",
			block: "software: test\r\nformat: WARC File Format 1.1\r\n"},
		warcRec{typ: "request", id: "urn:uuid:00000000-0000-4000-8000-000000000001", target: "https://example.org/world/minerals-talks",
			ctype: "application/http; msgtype=request", block: "GET /world/minerals-talks HTTP/1.1\r\nHost: example.org\r\n\r\n"},
		warcRec{typ: "response", id: "urn:uuid:00000000-0000-4000-8000-000000000002", target: "https://example.org/world/minerals-talks",
			ctype: "application/http; msgtype=response",
			block: httpResponse("200 OK", string(article), html, fmt.Sprintf("Content-Length: %d", len(article)))},
		warcRec{typ: "response", id: "urn:uuid:00000000-0000-4000-8000-000000000003", target: "https://example.org/rail", date: "2024-06-21T05:00:00Z",
			ctype: "application/http; msgtype=response",
			block: httpResponse("200 OK", chunked(gzipped(t, smallPage), 16), html, "Transfer-Encoding: chunked", "Content-Encoding: gzip")},
		warcRec{typ: "response", id: "urn:uuid:00000000-0000-4000-8000-000000000004", target: "https://example.org/missing",
			ctype: "application/http; msgtype=response", block: httpResponse("404 Not Found", "<html><body>gone</body></html>", html)},
		warcRec{typ: "response", id: "urn:uuid:00000000-0000-4000-8000-000000000005", target: "https://example.org/logo.png",
			ctype: "application/http; msgtype=response", block: httpResponse("200 OK", "\x89PNG\r\n\x1a\n", "Content-Type: image/png")},
		warcRec{typ: "revisit", id: "urn:uuid:00000000-0000-4000-8000-000000000006", target: "https://example.org/world/minerals-talks",
			ctype: "application/http; msgtype=response", block: httpResponse("200 OK", "", html)},
		warcRec{typ: "resource", id: "urn:uuid:00000000-0000-4000-8000-000000000007", target: "file:///pages/river.html",
			ctype: "text/html", block: otherPage},
		warcRec{typ: "metadata", id: "urn:uuid:00000000-0000-4000-8000-000000000008", target: "https://example.org/rail",
			ctype: "application/warc-fields", block: "via: https://example.org/\r\n"},
		// Stored de-chunked under a chunked header, as some tools do.
		warcRec{typ: "response", id: "urn:uuid:00000000-0000-4000-8000-000000000009", target: "https://example.org/river",
			ctype: "application/http; msgtype=response", block: httpResponse("200 OK", otherPage, html, "Transfer-Encoding: chunked")},
		warcRec{typ: "response", id: "urn:uuid:00000000-0000-4000-8000-00000000000a", target: "https://example.org/blank",
			ctype: "application/http; msgtype=response", block: httpResponse("200 OK", "", html)},
		warcRec{typ: "response", target: "https://example.org/brotli",
			ctype: "application/http; msgtype=response", block: httpResponse("200 OK", "\x1b\x03", html, "Content-Encoding: br")},
	)
}

func TestReadWARC(t *testing.T) {
	type want struct {
		id, url, published, text, err string
		record                        int
	}
	wants := []want{
		{id: "urn:uuid:00000000-0000-4000-8000-000000000002", record: 3, url: "https://example.org/world/minerals-talks",
			published: "2024-05-14T00:00:00Z", text: "Canada and Mexico began formal talks"},
		{id: "urn:uuid:00000000-0000-4000-8000-000000000003", record: 4, url: "https://example.org/rail",
			published: "2024-06-21T05:00:00Z", text: "Mongolia and Kazakhstan signed a rail agreement."},
		{id: "urn:uuid:00000000-0000-4000-8000-000000000007", record: 8, url: "file:///pages/river.html",
			published: "2024-06-20T08:15:00Z", text: "Laos and Cambodia agreed to reopen a river crossing."},
		{id: "urn:uuid:00000000-0000-4000-8000-000000000009", record: 10, url: "https://example.org/river",
			published: "2024-06-20T08:15:00Z", text: "Laos and Cambodia agreed to reopen a river crossing."},
		{id: "urn:uuid:00000000-0000-4000-8000-00000000000a", record: 11, err: "archive.warc#11: empty document"},
		{id: "archive.warc#12", record: 12, err: `archive.warc#12: content encoding "br" is not supported`},
	}
	wantSkips := map[string]int{
		"warcinfo record": 1, "request record": 1, "response status 404": 1, "response image/png": 1,
		"revisit record": 1, "metadata record": 1,
	}
	for _, gz := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			data := testArchive(t, gz)
			skips := map[string]int{}
			opt := Options{Skipped: func(s Skip) {
				if s.Path != "archive.warc" {
					t.Errorf("skip names %q", s.Path)
				}
				skips[s.Reason] += s.Count
			}}
			var got []result
			// Sniffed, as from standard input.
			err := ReadFrom(context.Background(), "archive.warc", bytes.NewReader(data), FormatAuto, opt, func(d Document, err error) error {
				got = append(got, result{d, err})
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(wants) {
				for _, r := range got {
					t.Logf("%s %v", r.doc.ID, r.err)
				}
				t.Fatalf("got %d documents, want %d", len(got), len(wants))
			}
			for i, w := range wants {
				d, err := got[i].doc, got[i].err
				if d.ID != w.id || d.Record != w.record || d.Format != FormatWARC || d.Path != "archive.warc" {
					t.Errorf("%d: ID, Record, Format, Path = %q %d %v %q; want %q %d", i, d.ID, d.Record, d.Format, d.Path, w.id, w.record)
				}
				if w.err != "" {
					var e *Error
					if err == nil || !strings.Contains(err.Error(), w.err) || !errors.As(err, &e) || e.Record != w.record {
						t.Errorf("%d: error %v, want one containing %q", i, err, w.err)
					}
					continue
				}
				if err != nil {
					t.Errorf("%d: %v", i, err)
					continue
				}
				if !strings.Contains(d.Text, w.text) || d.URL != w.url || !d.Published.Equal(date(w.published)) {
					t.Errorf("%d: got %q %q %v; want text with %q, %q, %s", i, d.Text, d.URL, d.Published, w.text, w.url, w.published)
				}
			}
			if fmt.Sprint(skips) != fmt.Sprint(wantSkips) {
				t.Errorf("skipped %v, want %v", skips, wantSkips)
			}
		})
	}
}

func TestReadWARCDamaged(t *testing.T) {
	good := func(name string) warcRec {
		return warcRec{typ: "resource", id: "urn:test:" + name, target: "https://example.org/" + name, ctype: "text/html", block: smallPage}
	}
	var data []byte
	data = append(data, good("a").bytes()...)
	// A header line that is not a field.
	data = append(data, []byte("WARC/1.1\r\nthis line is not a field\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n")...)
	data = append(data, good("b").bytes()...)
	// Cut short: the block is shorter than its Content-Length says.
	last := good("c").bytes()
	data = append(data, last[:len(last)-40]...)

	var ids []string
	var errs []string
	err := ReadFrom(context.Background(), "damaged.warc", bytes.NewReader(data), FormatWARC, Options{}, func(d Document, err error) error {
		if err != nil {
			errs = append(errs, err.Error())
			return nil
		}
		ids = append(ids, d.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(ids, " ") != "urn:test:a urn:test:b" {
		t.Errorf("documents %v, want a and b", ids)
	}
	want := []string{"read damaged.warc#2: record without a WARC-Type", "read damaged.warc#4: truncated record: 45 of its 81 bytes"}
	if fmt.Sprint(errs) != fmt.Sprint(want) {
		t.Errorf("errors %q, want %q", errs, want)
	}
}

func TestReadWARCFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"crawl.warc", "crawl.warc.gz"} {
		path := dir + "/" + name
		if err := os.WriteFile(path, testArchive(t, strings.HasSuffix(name, ".gz")), 0o644); err != nil {
			t.Fatal(err)
		}
		got := readAllDocs(t, path, Options{})
		if len(got) != 6 || got[0].doc.ID != "urn:uuid:00000000-0000-4000-8000-000000000002" || got[0].err != nil {
			t.Errorf("%s: got %d documents, first %+v", name, len(got), got[0])
		}
	}
	// A directory takes archives too.
	if got := readAllDocs(t, dir, Options{}); len(got) != 12 {
		t.Errorf("directory: got %d documents, want 12", len(got))
	}
}

func TestReadWARCLimits(t *testing.T) {
	data := testArchive(t, false)
	var tooLarge int
	err := ReadFrom(context.Background(), "a.warc", bytes.NewReader(data), FormatWARC, Options{MaxBytes: 200}, func(d Document, err error) error {
		if errors.Is(err, ErrTooLarge) {
			tooLarge++
		}
		return nil
	})
	if err != nil || tooLarge != 1 {
		t.Errorf("ReadFrom = %v with %d too-large pages, want the article alone too large", err, tooLarge)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err = ReadFrom(ctx, "a.warc", bytes.NewReader(data), FormatWARC, Options{}, func(Document, error) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("ReadFrom = %v after %d documents, want context.Canceled after 1", err, n)
	}
}

func TestSniffArchive(t *testing.T) {
	plain := testArchive(t, false)
	gz := testArchive(t, true)
	tests := []struct {
		in   []byte
		want Format
	}{
		{plain, FormatWARC},
		{gz, FormatWARC},
		{[]byte(gzipped(t, "just some text")), FormatText},
		{[]byte("WAR"), FormatText},
		{[]byte("WARNING: not an archive"), FormatText},
	}
	for _, tt := range tests {
		if got := Sniff(tt.in); got != tt.want {
			t.Errorf("Sniff(%.12q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func BenchmarkReadWARC(b *testing.B) {
	for _, gz := range []bool{false, true} {
		data := testArchive(b, gz)
		b.Run(fmt.Sprintf("gzip=%v", gz), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				err := ReadFrom(context.Background(), "a.warc", bytes.NewReader(data), FormatWARC, Options{}, func(Document, error) error { return nil })
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
