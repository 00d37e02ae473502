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
	f.Fuzz(func(t *testing.T, data []byte) {
		// Reference: strip white space and byte order marks, look at the
		// first byte.
		rest := data
		for {
			trimmed := bytes.TrimLeft(rest, " \t\n\r\f\v")
			trimmed = bytes.TrimPrefix(trimmed, []byte("\xef\xbb\xbf"))
			if len(trimmed) == len(rest) {
				break
			}
			rest = trimmed
		}
		want := FormatText
		if len(rest) > 0 && rest[0] == '{' {
			want = FormatJSONL
		} else if len(rest) > 0 && rest[0] == '<' {
			want = FormatHTML
		}
		if got := Sniff(data); got != want {
			t.Fatalf("Sniff(%q) = %v, want %v", data, got, want)
		}
		// Fed a byte at a time, the stream sniffs the same and consumes
		// nothing.
		br := bufio.NewReaderSize(iotest.OneByteReader(bytes.NewReader(data)), sniffLen)
		got, err := sniffReader(br)
		if err != nil || (got != want && len(data) <= sniffLen) {
			t.Fatalf("sniffReader(%q) = %v, %v; want %v", data, got, err, want)
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
