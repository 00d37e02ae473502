package document

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// sniffLen is how much of a stream is looked at to sniff its format.
const sniffLen = 64 << 10

// binarySample is how much of a text is scanned for control characters.
const binarySample = 64 << 10

// Sniff guesses the format of an input from its first bytes: after any
// white space and UTF-8 byte order mark, '{' means JSON Lines, "WARC/"
// means a web archive, and '<' means HTML unless the first element, after
// any XML declaration, comments and doctype, is a feed's (<rss>, <feed>
// or <rdf:RDF>); a gzip stream whose content starts with "WARC/" is a web
// archive; anything else, including no bytes at all, means text.
func Sniff(head []byte) Format {
	f, _, _ := sniff(head)
	return f
}

// sniff is Sniff that also reports whether head was long enough to decide
// and, when it was not, how many of its leading bytes are white space or
// byte order marks, to be skipped when more bytes are at hand.
func sniff(head []byte) (f Format, ok bool, skip int) {
	const bom = "\xef\xbb\xbf"
	if len(head) > 0 && head[0] == gzipMagic[0] {
		if len(head) == 1 {
			return FormatText, false, 0
		}
		if head[1] == gzipMagic[1] {
			f, ok := sniffGzip(head)
			return f, ok, 0
		}
	}
	for i := 0; i < len(head); i++ {
		switch head[i] {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			continue
		case 0xEF:
			if rest := string(head[i:min(len(head), i+len(bom))]); rest == bom {
				i += len(bom) - 1
				continue
			} else if strings.HasPrefix(bom, rest) {
				return FormatText, false, i
			}
		case '{':
			return FormatJSONL, true, i
		case '<':
			f, ok := sniffMarkup(head[i:])
			return f, ok, i
		case 'W':
			switch rest := head[i:]; {
			case bytes.HasPrefix(rest, warcMagic):
				return FormatWARC, true, i
			case bytes.HasPrefix(warcMagic, rest):
				return FormatText, false, i
			}
		}
		return FormatText, true, i
	}
	return FormatText, false, len(head)
}

var (
	gzipMagic = []byte{0x1f, 0x8b}
	warcMagic = []byte("WARC/")
)

// sniffGzip tells a gzipped web archive from other gzip streams by the
// first bytes of its content.
func sniffGzip(head []byte) (Format, bool) {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return FormatText, !errors.Is(err, io.ErrUnexpectedEOF) && err != io.EOF
	}
	var b [5]byte
	n, err := io.ReadFull(zr, b[:])
	switch {
	case n == len(b):
		if bytes.Equal(b[:], warcMagic) {
			return FormatWARC, true
		}
		return FormatText, true
	case errors.Is(err, io.ErrUnexpectedEOF), err == io.EOF:
		return FormatText, false
	}
	return FormatText, true
}

// sniffMarkup tells a feed from an HTML page by its first element; b
// starts with '<'. ok is false when b ends before the first element's
// name does.
func sniffMarkup(b []byte) (f Format, ok bool) {
	for {
		var end int
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			if i := bytes.Index(b, []byte("?>")); i >= 0 {
				end = i + len("?>")
			}
		case bytes.HasPrefix(b, []byte("<!--")):
			if i := bytes.Index(b[len("<!--"):], []byte("-->")); i >= 0 {
				end = len("<!--") + i + len("-->")
			}
		case len(b) < len("<!--") && bytes.HasPrefix([]byte("<!--"), b):
			return FormatHTML, false
		case bytes.HasPrefix(b, []byte("<!")):
			end = bytes.IndexByte(b, '>') + 1
		default:
			return rootElement(b[1:])
		}
		if end <= 0 {
			return FormatHTML, false
		}
		b = bytes.TrimLeft(b[end:], " \t\r\n\f")
		if len(b) == 0 {
			return FormatHTML, false
		}
		if b[0] != '<' {
			return FormatHTML, true
		}
	}
}

// rootElement judges the element whose name starts b.
func rootElement(b []byte) (Format, bool) {
	n := bytes.IndexAny(b, " \t\r\n\f/>")
	if n < 0 {
		return FormatHTML, false
	}
	name := strings.ToLower(string(b[:n]))
	if i := strings.IndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	switch name {
	case "rss", "feed", "rdf":
		return FormatFeed, true
	}
	return FormatHTML, true
}

// sniffReader sniffs the format of what br holds, reading no further than
// needed to decide, so that a slow JSONL stream is not held up until a
// whole buffer has arrived.
func sniffReader(br *bufio.Reader) (Format, error) {
	for start, n := 0, 1; ; {
		head, err := br.Peek(max(n, br.Buffered()))
		f, ok, skip := sniff(head[start:])
		if ok {
			return f, nil
		}
		switch err {
		case nil:
		case io.EOF, bufio.ErrBufferFull:
			return f, nil
		default:
			return FormatAuto, err
		}
		start += skip
		n = len(head) + 1
	}
}

// checkText rejects a text that is empty or binary and otherwise reports
// whether it is invalid UTF-8.
func checkText(s string) (invalidUTF8 bool, err error) {
	if isBlank(s) {
		return false, ErrEmpty
	}
	if strings.HasPrefix(s, "\xff\xfe") || strings.HasPrefix(s, "\xfe\xff") {
		return false, fmt.Errorf("%w (UTF-16: convert it to UTF-8)", ErrBinary)
	}
	if strings.IndexByte(s, 0) >= 0 {
		return false, ErrBinary
	}
	// Real text, whatever its encoding, has almost no C0 controls besides
	// white space, escapes and DOS end-of-file marks; random or compressed
	// bytes have about one in eight.
	sample := s[:min(len(s), binarySample)]
	ctrl := 0
	for i := 0; i < len(sample); i++ {
		if c := sample[i]; (c < 0x20 && !isTextControl(c)) || c == 0x7F {
			ctrl++
		}
	}
	if ctrl*20 > len(sample) {
		return false, ErrBinary
	}
	return !utf8.ValidString(s), nil
}

func isTextControl(c byte) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', 0x1A, 0x1B:
		return true
	}
	return false
}

// isBlank reports whether s holds nothing but white space and byte order
// marks.
func isBlank(s string) bool {
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, '\uFEFF':
			continue
		}
		return false
	}
	return true
}
