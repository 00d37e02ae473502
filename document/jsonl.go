package document

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// recordJSON is one JSONL line.
type recordJSON struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	metaJSON
}

// readJSONL reads a JSON Lines input: one document per line, blank lines
// skipped. A line over the size limit is skipped without being held in
// memory.
func readJSONL(ctx context.Context, name string, r io.Reader, opt Options, emit func(Document, error) error) error {
	limit := opt.maxBytes()
	br := bufio.NewReaderSize(r, 64<<10)
	base := baseName(name)
	var buf []byte
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var n int64
		var err error
		buf, n, err = readLine(br, buf[:0], limit)
		if err != nil && err != io.EOF {
			return &Error{Path: name, Line: line, Err: err}
		}
		if n == 0 && err == io.EOF {
			return nil
		}
		if n > limit {
			doc := Document{ID: base + ":" + strconv.Itoa(line), Path: name, Line: line, Format: FormatJSONL}
			if e := emit(doc, &Error{Path: name, Line: line, Err: tooLarge(n, limit)}); e != nil {
				return e
			}
		} else if rec := trimBOM(buf, line); len(bytes.TrimSpace(rec)) > 0 {
			doc, derr := record(rec, base, name, line, opt)
			if derr != nil {
				derr = &Error{Path: name, Line: line, Err: derr}
			}
			if e := emit(doc, derr); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
		// Do not hold on to the buffer of an outsized record for the
		// rest of the input.
		if cap(buf) > 1<<20 {
			buf = nil
		}
	}
}

// trimBOM drops a UTF-8 byte order mark from the first line, as written
// by some Windows tools.
func trimBOM(b []byte, line int) []byte {
	if line == 1 {
		return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	}
	return b
}

// readLine reads one line into buf, without its line ending, and returns
// the line's length n. When n is over limit, buf is left empty and the
// rest of the line is read and dropped. err is io.EOF when the line ends
// the input.
func readLine(br *bufio.Reader, buf []byte, limit int64) ([]byte, int64, error) {
	var n int64
	over := false
	for {
		frag, err := br.ReadSlice('\n')
		n += int64(len(frag))
		if !over {
			// Two bytes of slack for a CRLF line ending.
			if int64(len(buf)+len(frag)) > limit+2 {
				over = true
				buf = buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return buf, n, err
		}
		if !over {
			buf = trimEOL(buf)
			return buf, int64(len(buf)), err
		}
		if err == nil {
			n--
		}
		return buf, n, err
	}
}

func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	return bytes.TrimSuffix(b, []byte("\r"))
}

// record decodes one JSONL line.
func record(line []byte, base, name string, n int, opt Options) (Document, error) {
	doc := Document{ID: base + ":" + strconv.Itoa(n), Path: name, Line: n, Format: FormatJSONL}
	var rec recordJSON
	// A value of the wrong type leaves the other fields decoded, so the
	// error can still carry the record's ID.
	decodeErr := json.Unmarshal(line, &rec)
	id, err := recordID(rec.ID)
	if id != "" {
		doc.ID = id
	}
	if decodeErr != nil {
		return doc, jsonError(decodeErr)
	}
	if err != nil {
		return doc, err
	}
	if rec.Text == nil {
		return doc, errors.New(`missing "text"`)
	}
	m, err := rec.meta(opt.PublishedOverride.IsZero())
	if err != nil {
		return doc, err
	}
	invalid, err := checkText(*rec.Text)
	if err != nil {
		return doc, err
	}
	doc.Text = *rec.Text
	doc.InvalidUTF8 = invalid
	doc.apply(m)
	if !opt.PublishedOverride.IsZero() {
		doc.Published = opt.PublishedOverride
	}
	return doc, nil
}

// recordID decodes a record's "id": a string, or a number kept as
// written. Missing, null and "" give "".
func recordID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf(`field "id": %w`, err)
		}
		return s, nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), nil
	}
	return "", fmt.Errorf(`field "id": want a string or a number, got %s`, truncate(raw, 40))
}
