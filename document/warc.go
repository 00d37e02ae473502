package document

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/nlnwa/gowarc/v2"
)

// maxBadRecords is how many records in a row may fail to parse before a
// web archive is given up as corrupt: past a damaged record the reader
// looks for the next one, but in a damaged gzip stream it may find
// nothing but false starts.
const maxBadRecords = 10

// readWARC reads the HTML pages of a web archive: each response record
// holding a successful (2xx) HTML response, and each resource record
// holding an HTML page, is a document whose text the HTML extractor finds.
// Its URL is the record's WARC-Target-URI; its publication time is the
// page's own date when the page has one, else the record's WARC-Date
// (when the page was captured, which cannot precede its publication).
// The other records are counted by [Options.Skipped].
func readWARC(ctx context.Context, name string, r io.Reader, opt Options, emit func(Document, error) error) error {
	// The parser does not stop at a read error inside a record header (it
	// asks again, forever), so it is given a stream that ends at the
	// first error, which is reported here. For the same reason a gzipped
	// archive is decompressed here, as one stream of records, and the
	// parser is only ever started on a "WARC/" line (see seekRecord),
	// since on anything else it would look for a gzip member of its own.
	src := &stopReader{r: r}
	var in io.Reader = src
	unit := "byte"
	peek := bufio.NewReader(src)
	if head, _ := peek.Peek(len(gzipMagic)); bytes.Equal(head, gzipMagic) {
		zr, err := gzip.NewReader(peek)
		if err != nil {
			return &Error{Path: name, Err: fmt.Errorf("gzip: %w", err)}
		}
		in = &stopReader{r: zr}
		unit = "uncompressed byte"
	} else {
		in = peek
	}
	cr := &countingReader{r: in}
	br := bufio.NewReaderSize(cr, 64<<10)
	// Record ids must come from the archive, so that reading it again
	// gives the same document ids; block digests are not checked, since
	// a page is worth reading even when its digest is wrong; the
	// Content-Length is kept as written, to tell a truncated record.
	u := gowarc.NewUnmarshaler(
		gowarc.WithAddMissingRecordId(false),
		gowarc.WithAddMissingDigest(false),
		gowarc.WithFixDigest(false),
		gowarc.WithFixContentLength(false),
	)
	skipped := map[string]int{}
	defer reportSkips(name, skipped, opt)
	base := baseName(name)
	bad := 0
	// fail reports the nth record as bad, and gives up after too many in
	// a row.
	fail := func(n int, start int64, err error) error {
		doc := Document{ID: base + "#" + strconv.Itoa(n), Path: name, Record: n, Format: FormatWARC}
		if e := emit(doc, &Error{Path: name, Record: n, Err: err}); e != nil {
			return e
		}
		if bad++; bad >= maxBadRecords {
			return &Error{Path: name, Err: fmt.Errorf("%d bad records in a row, the last at %s %d: giving up", bad, unit, start)}
		}
		return nil
	}
	resync := false // after a bad record, the rest of it is not reported again
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		if !skipSpace(br) {
			if err := stopped(src, in); err != nil {
				return &Error{Path: name, Err: fmt.Errorf("after %d records: %w", n-1, err)}
			}
			return nil
		}
		start := cr.n - int64(br.Buffered())
		if junk := seekRecord(br); junk > 0 {
			if resync {
				resync = false
				n--
				continue
			}
			if err := fail(n, start, fmt.Errorf("%d bytes at %s %d are not a WARC record", junk, unit, start)); err != nil {
				return err
			}
			continue
		}
		rec, err := unmarshal(u, br)
		if err != nil {
			if rec != nil {
				rec.Close()
			}
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				err = fmt.Errorf("truncated record at %s %d: %w", unit, start, io.ErrUnexpectedEOF)
			} else {
				err = fmt.Errorf("bad record at %s %d: %w", unit, start, err)
			}
			if err := fail(n, start, err); err != nil {
				return err
			}
			resync = true
			// Make sure the next attempt starts past this one.
			if cr.n-int64(br.Buffered()) == start {
				br.Discard(1)
			}
			continue
		}
		bad, resync = 0, false
		doc, reason, derr := warcRecord(rec, name, base, n, opt)
		rec.Close()
		if reason != "" {
			skipped[reason]++
			continue
		}
		if derr != nil {
			derr = &Error{Path: name, Record: n, Err: derr}
		}
		if err := emit(doc, derr); err != nil {
			return err
		}
	}
}

// unmarshal reads the next record.
func unmarshal(u gowarc.Unmarshaler, br *bufio.Reader) (rec gowarc.WarcRecord, err error) {
	// The parser is third-party code fed with outside input: a panic in
	// it must cost this record, not the run.
	defer func() {
		if r := recover(); r != nil {
			rec, err = nil, fmt.Errorf("parser failed: %v", r)
		}
	}()
	rec, _, _, err = u.Unmarshal(br)
	return rec, err
}

// seekRecord moves br to the next "WARC/" line, and returns how many
// bytes it skipped to get there (all that is left when there is none).
// The stream ends at its first error (see stopReader), so there is none
// to report.
func seekRecord(br *bufio.Reader) (skipped int) {
	for {
		head, err := br.Peek(len(warcMagic))
		if bytes.Equal(head, warcMagic) {
			return skipped
		}
		if err != nil {
			n, _ := br.Discard(len(head))
			return skipped + n
		}
		buf, _ := br.Peek(br.Buffered())
		// Past the first byte, up to the next magic or, when there is
		// none, up to the bytes that may start one.
		drop := bytes.Index(buf[1:], warcMagic) + 1
		if drop == 0 {
			drop = max(1, len(buf)-len(warcMagic)+1)
		}
		n, _ := br.Discard(drop)
		skipped += n
	}
}

// skipSpace skips the line breaks that may follow the last record and
// reports whether anything else is left.
func skipSpace(br *bufio.Reader) bool {
	for {
		b, err := br.Peek(1)
		if err != nil {
			return false
		}
		if b[0] != '\r' && b[0] != '\n' {
			return true
		}
		br.Discard(1)
	}
}

// warcRecord builds the document of one record, or says why it is
// skipped.
func warcRecord(rec gowarc.WarcRecord, name, base string, n int, opt Options) (doc Document, skip string, err error) {
	h := rec.WarcHeader()
	doc = Document{ID: base + "#" + strconv.Itoa(n), Path: name, Record: n, Format: FormatWARC}
	if id := h.GetId(gowarc.WarcRecordID); id != "" {
		doc.ID = id
	}
	if cl, err := h.GetInt64(gowarc.ContentLength); err == nil && rec.Block().Size() != cl {
		return doc, "", fmt.Errorf("truncated record: %d of its %d bytes", rec.Block().Size(), cl)
	}
	var payload io.Reader
	switch rec.Type() {
	case gowarc.Response:
		block, ok := rec.Block().(gowarc.HttpResponseBlock)
		if !ok {
			return doc, "response " + mediaType(h.Get(gowarc.ContentType)), nil
		}
		if code := block.HttpStatusCode(); code < 200 || code > 299 {
			return doc, "response status " + strconv.Itoa(code), nil
		}
		if mt := mediaType(block.HttpHeader().Get("Content-Type")); !isHTMLType(mt) {
			return doc, "response " + mt, nil
		}
		payload, err = httpBody(block, opt.maxBytes())
	case gowarc.Resource:
		if mt := mediaType(h.Get(gowarc.ContentType)); !isHTMLType(mt) {
			return doc, "resource " + mt, nil
		}
		payload, err = rec.Block().RawBytes()
	case 0:
		t := strings.TrimSpace(h.Get(gowarc.WarcType))
		if t == "" {
			return doc, "", errors.New("record without a WARC-Type")
		}
		return doc, t + " record", nil
	default:
		return doc, rec.Type().String() + " record", nil
	}
	if err != nil {
		return doc, "", err
	}
	page, err := readAll(payload, -1, opt.maxBytes())
	if err != nil {
		var de errDocument
		if errors.As(err, &de) {
			return doc, "", de.err
		}
		return doc, "", fmt.Errorf("read payload: %w", err)
	}
	if _, err := checkText(page); err != nil {
		return doc, "", err
	}
	target := h.GetId(gowarc.WarcTargetURI)
	parseDate := opt.PublishedOverride.IsZero()
	doc, err = extractHTML(doc, page, target, parseDate)
	if err != nil {
		return doc, "", err
	}
	if target != "" {
		doc.URL = target
	}
	switch {
	case !parseDate:
		doc.Published = opt.PublishedOverride
	case doc.Published.IsZero():
		if t, err := ParsePublished(h.Get(gowarc.WarcDate)); err == nil {
			doc.Published = t
		}
	}
	return doc, "", nil
}

// httpBody returns the body of an HTTP response as sent: de-chunked and
// decompressed. Archives made by tools that store the body already
// de-chunked under a "Transfer-Encoding: chunked" header are read as
// they are.
func httpBody(block gowarc.HttpResponseBlock, limit int64) (io.Reader, error) {
	raw, err := block.RawBytes()
	if err != nil {
		return nil, fmt.Errorf("read response: %w", err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(raw), nil)
	if err != nil {
		return nil, fmt.Errorf("read response: %w", err)
	}
	var body io.Reader = resp.Body
	if slices.Contains(resp.TransferEncoding, "chunked") {
		// Check the chunking up to the size limit (a larger body is
		// too large either way); if it is not valid, the body is stored
		// de-chunked.
		b, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
		if err != nil {
			if body, err = block.PayloadBytes(); err != nil {
				return nil, fmt.Errorf("read response: %w", err)
			}
		} else {
			body = bytes.NewReader(b)
		}
	}
	return decodeContent(body, resp.Header.Get("Content-Encoding"))
}

// decodeContent undoes an HTTP Content-Encoding.
func decodeContent(r io.Reader, encoding string) (io.Reader, error) {
	switch enc := strings.ToLower(strings.TrimSpace(encoding)); enc {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("gzip content: %w", err)
		}
		return zr, nil
	case "deflate":
		zr, err := zlib.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("deflate content: %w", err)
		}
		return zr, nil
	default:
		return nil, fmt.Errorf("content encoding %q is not supported", enc)
	}
}

// mediaType returns the media type of a Content-Type value in lower case,
// or "without content type".
func mediaType(ctype string) string {
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ctype, ";", 2)[0]))
	}
	if mt == "" {
		return "without content type"
	}
	return mt
}

func isHTMLType(mt string) bool {
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// reportSkips tells opt.Skipped what an input skipped, by reason.
func reportSkips(name string, skipped map[string]int, opt Options) {
	if opt.Skipped == nil {
		return
	}
	reasons := make([]string, 0, len(skipped))
	for r := range skipped {
		reasons = append(reasons, r)
	}
	slices.Sort(reasons)
	for _, r := range reasons {
		opt.Skipped(Skip{Path: name, Reason: r, Count: skipped[r]})
	}
}

// stopReader passes reads through until the first error, which it keeps,
// and then reports the end of the stream.
type stopReader struct {
	r   io.Reader
	err error
}

func (s *stopReader) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, io.EOF
	}
	n, err := s.r.Read(p)
	if err != nil && err != io.EOF {
		s.err = err
		err = io.EOF
	}
	return n, err
}

// stopped returns the error that ended the archive early, if any: the
// input's, else the decompressor's.
func stopped(src *stopReader, in io.Reader) error {
	if src.err != nil {
		return src.err
	}
	if z, ok := in.(*stopReader); ok && z.err != nil {
		return fmt.Errorf("gzip: %w", z.err)
	}
	return nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
