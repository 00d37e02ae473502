package document

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"time"
)

// maxSidecarBytes bounds a sidecar: it holds a handful of short fields.
const maxSidecarBytes = 1 << 20

// meta is the metadata of a sidecar or a JSONL record.
type meta struct {
	Title, Source, URL, Language string
	Published                    time.Time
}

// metaJSON is the JSON shape shared by sidecars and JSONL records. Unknown
// fields are ignored; "published" wins over "date".
type metaJSON struct {
	Title     string          `json:"title"`
	Source    string          `json:"source"`
	URL       string          `json:"url"`
	Language  string          `json:"language"`
	Published json.RawMessage `json:"published"`
	Date      json.RawMessage `json:"date"`
}

// meta converts m, parsing its date unless parseDate is false.
func (m *metaJSON) meta(parseDate bool) (meta, error) {
	out := meta{
		Title:    strings.TrimSpace(m.Title),
		Source:   strings.TrimSpace(m.Source),
		URL:      strings.TrimSpace(m.URL),
		Language: strings.TrimSpace(m.Language),
	}
	if !parseDate {
		return out, nil
	}
	field, raw := "published", m.Published
	if isNull(raw) {
		field, raw = "date", m.Date
	}
	t, err := parseDateJSON(raw)
	if err != nil {
		return meta{}, fmt.Errorf("field %q: %w", field, err)
	}
	out.Published = t
	return out, nil
}

func isNull(raw json.RawMessage) bool {
	s := strings.TrimSpace(string(raw))
	return s == "" || s == "null"
}

// parseMeta parses a sidecar.
func parseMeta(data []byte, parseDate bool) (meta, error) {
	var m metaJSON
	if err := json.Unmarshal(data, &m); err != nil {
		return meta{}, jsonError(err)
	}
	return m.meta(parseDate)
}

// jsonError turns a decoding error into one that names the place or field
// at fault in the terms of the input rather than of Go.
func jsonError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Errorf("invalid JSON at byte %d: %v", syn.Offset, syn)
	case errors.As(err, &typ):
		field := typ.Field
		if i := strings.LastIndexByte(field, '.'); i >= 0 {
			field = field[i+1:]
		}
		if field == "" {
			return fmt.Errorf("want a JSON object, got %s", typ.Value)
		}
		return fmt.Errorf("field %q: want a string, got %s", field, typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("invalid JSON: unexpected end of input")
	}
	return fmt.Errorf("invalid JSON: %w", err)
}

// sidecarPath returns the sidecar of a document file: foo.meta.json for
// foo.txt.
func sidecarPath(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".meta.json"
}

// isSidecar reports whether path names a sidecar.
func isSidecar(path string) bool {
	return strings.HasSuffix(strings.ToLower(path), ".meta.json")
}

// readSidecar reads the sidecar of the document file at path. A missing
// sidecar is no error and gives ok false.
func readSidecar(tree fileTree, path string, parseDate bool) (m meta, ok bool, err error) {
	side := sidecarPath(path)
	f, err := tree.Open(side)
	if errors.Is(err, fs.ErrNotExist) {
		return meta{}, false, nil
	}
	if err != nil {
		return meta{}, false, fmt.Errorf("sidecar %s: %w", side, unwrapPath(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSidecarBytes+1))
	if err != nil {
		return meta{}, false, fmt.Errorf("sidecar %s: %w", side, unwrapPath(err))
	}
	if len(data) > maxSidecarBytes {
		return meta{}, false, fmt.Errorf("sidecar %s: %w", side, tooLargeStream(maxSidecarBytes))
	}
	m, err = parseMeta(data, parseDate)
	if err != nil {
		return meta{}, false, fmt.Errorf("sidecar %s: %w", side, err)
	}
	return m, true, nil
}
