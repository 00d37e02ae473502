package document

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"
)

// addFiles adds the files matching pattern to the seed corpus, cut to at
// most limit bytes: short seeds keep minimisation of new inputs quick.
func addFiles(f *testing.F, pattern string, limit int) {
	f.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b[:min(len(b), limit)])
	}
}

func FuzzReadJSONL(f *testing.F) {
	addFiles(f, "testdata/*.jsonl", 4096)
	addFiles(f, "testdata/corpus/*.jsonl", 4096)
	f.Add([]byte(`{"id": 7, "text": "Laos and Thailand met.", "date": 1718827200}`))
	f.Add([]byte("{\"text\": \"a\\u0000b\"}\r\n\n{\"text\": \"\\ud800\"}"))
	f.Add([]byte(`{"text": "x", "published": "Wed, 19 Jun 2024 20:00:00 GMT", "title": null}` + "\n{"))
	f.Fuzz(func(t *testing.T, data []byte) {
		const limit = 256
		lines := bytes.Count(data, []byte("\n")) + 1
		last := 0
		err := ReadFrom(context.Background(), "f.jsonl", bytes.NewReader(data), FormatJSONL, Options{MaxBytes: limit},
			func(d Document, err error) error {
				if d.Line <= last || d.Line > lines {
					t.Fatalf("line %d after %d, of %d lines", d.Line, last, lines)
				}
				last = d.Line
				if d.ID == "" || d.Path != "f.jsonl" || d.Format != FormatJSONL {
					t.Fatalf("bad identity: %+v", d)
				}
				if err != nil {
					var e *Error
					if !errors.As(err, &e) || e.Path != "f.jsonl" || e.Line != d.Line {
						t.Fatalf("error %v does not name f.jsonl:%d", err, d.Line)
					}
					if d.Text != "" {
						t.Fatalf("failed document has text %q", d.Text)
					}
					return nil
				}
				if isBlank(d.Text) || strings.IndexByte(d.Text, 0) >= 0 || len(d.Text) > limit {
					t.Fatalf("accepted text %q", d.Text)
				}
				if d.InvalidUTF8 != !utf8.ValidString(d.Text) {
					t.Fatalf("InvalidUTF8 = %v for %q", d.InvalidUTF8, d.Text)
				}
				return nil
			})
		if err != nil {
			t.Fatalf("ReadFrom: %v", err)
		}
	})
}

func FuzzParseMeta(f *testing.F) {
	addFiles(f, "testdata/*.meta.json", 4096)
	addFiles(f, "testdata/corpus/*.meta.json", 4096)
	f.Add([]byte(`{"published": 1718827200500, "language": "ru"}`))
	f.Add([]byte(`{"date": "20240619200000", "url": 5}`))
	f.Add([]byte(`"2024-06-19T20:00:00.5-03:00"`))
	f.Add([]byte(`Mon, 2 Jan 2006 15:04:05 GMT`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if m, err := parseMeta(data, true); err == nil && !m.Published.IsZero() {
			if y := m.Published.Year(); y < 0 || y > 10000 {
				t.Fatalf("year %d from %q", y, data)
			}
		}
		tm, err := ParsePublished(string(data))
		if err != nil {
			return
		}
		back, err := ParsePublished(tm.Format(time.RFC3339Nano))
		if err != nil || !back.Equal(tm) {
			t.Fatalf("%q parsed as %v, which does not read back: %v, %v", data, tm, back, err)
		}
	})
}

func FuzzSniff(f *testing.F) {
	addFiles(f, "testdata/*.txt", 64)
	addFiles(f, "testdata/*.html", 64)
	f.Add([]byte("\xef\xbb\xbf  {"))
	f.Add([]byte("\xef\xbb \xef\xbb\xbf<"))
	f.Add([]byte("\xff\xfe<\x00"))
	f.Add([]byte("\x1f\x8b"))
	f.Add([]byte("<?xml version=\"1.0\"?><!-- c --><rss>"))
	f.Add([]byte("  WARC/1.1\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// Reference: strip white space and byte order marks, look at the
		// first bytes.
		rest := data
		for {
			trimmed := bytes.TrimLeft(rest, " \t\n\r\f\v")
			trimmed = bytes.TrimPrefix(trimmed, []byte("\xef\xbb\xbf"))
			if len(trimmed) == len(rest) {
				break
			}
			rest = trimmed
		}
		got := Sniff(data)
		want := FormatText
		switch {
		case bytes.HasPrefix(data, gzipMagic):
			// A gzip stream is an archive or nothing known.
			if got == FormatWARC {
				want = FormatWARC
			}
		case len(rest) > 0 && rest[0] == '{':
			want = FormatJSONL
		case len(rest) > 0 && rest[0] == '<':
			want = FormatHTML
			lower := bytes.ToLower(rest)
			if got == FormatFeed && (bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) ||
				bytes.Contains(lower, []byte("rdf"))) {
				want = FormatFeed
			}
		case bytes.HasPrefix(rest, warcMagic):
			want = FormatWARC
		}
		if got != want {
			t.Fatalf("Sniff(%q) = %v, want %v", data, got, want)
		}
		// Fed a byte at a time, the stream sniffs the same and consumes
		// nothing.
		br := bufio.NewReaderSize(iotest.OneByteReader(bytes.NewReader(data)), sniffLen)
		streamed, err := sniffReader(br)
		if err != nil || (streamed != want && len(data) <= sniffLen) {
			t.Fatalf("sniffReader(%q) = %v, %v; want %v", data, streamed, err, want)
		}
		if head, _ := br.Peek(br.Buffered()); !bytes.HasPrefix(data, head) || (len(head) == 0 && len(data) > 0) {
			t.Fatalf("sniffReader consumed input: %q buffered of %q", head, data)
		}

		invalid, err := checkText(string(data))
		switch {
		case errors.Is(err, ErrEmpty):
			if !isBlank(string(data)) {
				t.Fatalf("%q reported empty", data)
			}
		case err == nil:
			if bytes.IndexByte(data, 0) >= 0 || isBlank(string(data)) {
				t.Fatalf("%q accepted as text", data)
			}
			if invalid == utf8.Valid(data) {
				t.Fatalf("InvalidUTF8 = %v for %q", invalid, data)
			}
		case !errors.Is(err, ErrBinary):
			t.Fatalf("unexpected error %v", err)
		}
	})
}

// checkRecords checks what a reader of multi-document input emits: each
// document names its input and a record after the previous one, a failed
// document has no text, and an accepted one has text within the limit.
func checkRecords(t *testing.T, name string, format Format, limit int) func(Document, error) error {
	last := 0
	return func(d Document, err error) error {
		if d.Format != format || d.Path != name || d.ID == "" {
			t.Fatalf("bad identity: %+v", d)
		}
		if d.Record <= last {
			t.Fatalf("record %d after %d", d.Record, last)
		}
		last = d.Record
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Path != name || e.Record != d.Record {
				t.Fatalf("error %v does not name %s#%d", err, name, d.Record)
			}
			if d.Text != "" {
				t.Fatalf("failed document has text %q", d.Text)
			}
			return nil
		}
		if isBlank(d.Text) || len(d.Text) > limit {
			t.Fatalf("accepted text %q", d.Text)
		}
		if d.InvalidUTF8 != !utf8.ValidString(d.Text) {
			t.Fatalf("InvalidUTF8 = %v for %q", d.InvalidUTF8, d.Text)
		}
		return nil
	}
}

func FuzzReadFeed(f *testing.F) {
	addFiles(f, "testdata/feeds/*", 4096)
	f.Add([]byte(`<rss><channel><item><description>&lt;p&gt;x&lt;/p&gt;</description><pubDate>Mon, 2 Jan 2006 15:04:05 EST</pubDate></item></channel></rss>`))
	f.Add([]byte(`{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "content_text": "Oman hosted talks."}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		const limit = 512
		emit := checkRecords(t, "f.rss", FormatFeed, limit)
		err := ReadFrom(context.Background(), "f.rss", bytes.NewReader(data), FormatFeed, Options{MaxBytes: limit},
			func(d Document, err error) error {
				if d.Record == 0 {
					// The feed as a whole failed.
					if err == nil || d.ID != "f.rss" {
						t.Fatalf("record 0 without an error: %+v", d)
					}
					return nil
				}
				return emit(d, err)
			})
		if err != nil {
			t.Fatalf("ReadFrom: %v", err)
		}
	})
}

func FuzzReadWARC(f *testing.F) {
	for _, gz := range []bool{false, true} {
		f.Add(testArchive(f, gz)[:2048])
	}
	f.Add([]byte("WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 3\r\n\r\n<p>\r\n\r\n"))
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		const limit = 4096
		err := ReadFrom(context.Background(), "f.warc", bytes.NewReader(data), FormatWARC, Options{MaxBytes: limit},
			checkRecords(t, "f.warc", FormatWARC, limit))
		// The archive as a whole may fail (a damaged gzip stream, too
		// many bad records), naming the input.
		var e *Error
		if err != nil && (!errors.As(err, &e) || e.Path != "f.warc" || e.Record != 0) {
			t.Fatalf("ReadFrom: %v", err)
		}
	})
}
