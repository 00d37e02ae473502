package sanctions

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// File is one input file: the name used in problems and notes, and its
// bytes (already gunzipped; see [Open]).
type File struct {
	Name string
	R    io.Reader
}

// csvRow is one record of a CSV file with the line it starts on.
type csvRow struct {
	line   int
	fields []string
}

// eachCSVRow reads f record by record and calls fn with each. A record
// that encoding/csv cannot parse becomes a problem and reading goes on
// with the next one; a read error of the underlying file stops it. Fields
// that are not UTF-8 are read as Latin-1, the encoding of older OFAC files.
// The DOS end-of-file byte (0x1A) that OFAC files end with is ignored.
func eachCSVRow(ctx context.Context, f File, l *Loaded, fn func(csvRow)) error {
	r := csv.NewReader(f.R)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	for n := 0; ; n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				l.problem(f.Name, pe.StartLine, "%v", pe.Err)
				continue
			}
			return fmt.Errorf("read %s: %w", f.Name, err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) == 1 && strings.Trim(rec[0], "\x1a \t\r") == "" {
			continue
		}
		fields := make([]string, len(rec))
		for i, v := range rec {
			fields[i] = cleanField(v)
		}
		fn(csvRow{line: line, fields: fields})
	}
}

// cleanField trims a field, reads "-0-" (OFAC's null) as empty and
// decodes Latin-1 when the bytes are not UTF-8.
func cleanField(v string) string {
	if !utf8.ValidString(v) {
		v = latin1(v)
	}
	v = strings.TrimSpace(v)
	if v == "-0-" {
		return ""
	}
	return v
}

func latin1(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	for i := 0; i < len(s); i++ {
		b.WriteRune(rune(s[i]))
	}
	return b.String()
}
