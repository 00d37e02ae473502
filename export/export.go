// Package export writes what the store holds in the formats analysts load
// elsewhere: CSV, JSON Lines and aligned tables for events, mentions,
// relations, actors and documents, GDELT 2.0-style events and mentions
// tables (tab-separated) and PLOVER JSON. docs/store.md lists every column.
//
// Every writer takes one record at a time, so an export streams: a
// million events never sit in memory.
package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"
)

// Formats of the list writers.
const (
	Table = "table"
	JSONL = "jsonl"
	CSV   = "csv"
)

// Writer writes records of one kind. Close flushes what is buffered; it
// does not close the underlying io.Writer.
type Writer[T any] struct {
	write func(T) error
	close func() error
}

// Write writes one record.
func (w *Writer[T]) Write(v T) error { return w.write(v) }

// Close flushes the writer.
func (w *Writer[T]) Close() error { return w.close() }

// columns describes a flat view of a record: a header and the cells of one
// record. Table and CSV writers share it.
type columns[T any] struct {
	header []string
	cells  func(T) []string
	// table is the header of the table view, a subset of header's
	// columns (by name) that fits a terminal; nil means all.
	table []string
}

// newWriter returns a writer of format over cols.
func newWriter[T any](w io.Writer, format string, cols columns[T]) (*Writer[T], error) {
	switch format {
	case JSONL:
		bw := bufio.NewWriterSize(w, 64<<10)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		return &Writer[T]{write: func(v T) error { return enc.Encode(v) }, close: bw.Flush}, nil
	case CSV:
		cw := csv.NewWriter(w)
		wrote := false
		return &Writer[T]{
			write: func(v T) error {
				if !wrote {
					wrote = true
					if err := cw.Write(cols.header); err != nil {
						return err
					}
				}
				return cw.Write(cols.cells(v))
			},
			close: func() error {
				if !wrote {
					wrote = true
					if err := cw.Write(cols.header); err != nil {
						return err
					}
				}
				cw.Flush()
				return cw.Error()
			},
		}, nil
	case Table, "":
		pick := make([]int, 0, len(cols.header))
		names := cols.table
		if names == nil {
			names = cols.header
		}
		for _, n := range names {
			for i, h := range cols.header {
				if h == n {
					pick = append(pick, i)
				}
			}
		}
		tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
		row := func(cells []string) error {
			out := make([]string, len(pick))
			for j, i := range pick {
				out[j] = tableCell(cells[i])
			}
			_, err := io.WriteString(tw, strings.Join(out, "\t")+"\n")
			return err
		}
		upper := make([]string, len(cols.header))
		for i, h := range cols.header {
			upper[i] = strings.ToUpper(h)
		}
		if err := row(upper); err != nil {
			return nil, err
		}
		return &Writer[T]{write: func(v T) error { return row(cols.cells(v)) }, close: tw.Flush}, nil
	}
	return nil, fmt.Errorf("export: unknown format %q (want table, jsonl or csv)", format)
}

// tableCell keeps a table readable: one line, and long texts cut.
func tableCell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "-"
	}
	const maxRunes = 60
	if utf8.RuneCountInString(s) > maxRunes {
		return string([]rune(s)[:maxRunes-1]) + "…"
	}
	return s
}

func itoa(n int) string        { return strconv.Itoa(n) }
func ftoa(f float64) string    { return strconv.FormatFloat(f, 'f', -1, 64) }
func i64(n int64) string       { return strconv.FormatInt(n, 10) }
func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func stampOf(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.RFC3339)
}
