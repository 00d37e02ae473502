package document

import (
	"errors"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"time"
)

// DefaultMaxBytes is the size limit of one document when
// [Options.MaxBytes] is zero.
const DefaultMaxBytes = 64 << 20

// Format is the format of an input.
type Format uint8

const (
	// FormatAuto asks [ReadFrom] to sniff the format from the first bytes
	// of the input (see [Sniff]).
	FormatAuto Format = iota
	// FormatText is plain text: the whole input is one document.
	FormatText
	// FormatJSONL is JSON Lines: one document per line.
	FormatJSONL
	// FormatHTML is an HTML page whose article text is extracted.
	FormatHTML
	// FormatFeed is an RSS, Atom or JSON feed: one document per item.
	FormatFeed
	// FormatWARC is a web archive (WARC 1.0 or 1.1, plain or gzipped per
	// record): one document per HTML page it holds.
	FormatWARC
)

// String returns the name of the format: "auto", "text", "jsonl", "html",
// "feed" or "warc".
func (f Format) String() string {
	switch f {
	case FormatAuto:
		return "auto"
	case FormatText:
		return "text"
	case FormatJSONL:
		return "jsonl"
	case FormatHTML:
		return "html"
	case FormatFeed:
		return "feed"
	case FormatWARC:
		return "warc"
	}
	return fmt.Sprintf("Format(%d)", uint8(f))
}

// FormatOf returns the format of the named file judged by its extension
// (ignoring case): .jsonl and .ndjson are JSON Lines, .html and .htm are
// HTML, .rss, .atom and .xml are feeds, .warc and .warc.gz are web
// archives, and anything else is text. The name "-" (standard input) and
// http and https URLs have FormatAuto: their format is sniffed.
func FormatOf(name string) Format {
	if name == "-" || isURL(name) {
		return FormatAuto
	}
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".warc.gz") {
		return FormatWARC
	}
	switch filepath.Ext(lower) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".html", ".htm":
		return FormatHTML
	case ".rss", ".atom", ".xml":
		return FormatFeed
	case ".warc":
		return FormatWARC
	}
	return FormatText
}

// Document is one input document with its metadata.
type Document struct {
	// ID names the document in the coder's output: the file's base name
	// for a text or HTML file ("stdin" for standard input, the URL as
	// given for a page read from the web); for a JSONL document the
	// record's "id" (a string, or a number as written) or, when it has
	// none, BASE:LINE with the input's base name; for a feed item its
	// guid, else its link, else BASE#N; for a page in a web archive its
	// WARC-Record-ID, else BASE#N.
	ID string
	// Path is the input the document was read from, as given to [Read]
	// or [ReadFrom] ("-" for standard input).
	Path string
	// Line is the 1-based line of a JSONL record, and 0 otherwise.
	Line int
	// Record is the 1-based position of an item in a feed or of a record
	// in a web archive (counting every record, skipped ones included),
	// and 0 otherwise.
	Record int
	// Format is the format the document was read as.
	Format Format
	// Text is the document's text; downstream offsets are byte offsets
	// into it. See the package documentation for what it holds in each
	// format.
	Text string
	// Title, Source (the outlet), URL and Language (a language code such
	// as "en") are empty when unknown.
	Title, Source, URL, Language string
	// Published is the publication time, or the zero time when unknown
	// (test with Published.IsZero). A date given without a time of day is
	// midnight UTC of that date; a time given with a UTC offset keeps the
	// offset, so the local date of publication is preserved. Dates found
	// in HTML pages are usually dates without a time of day.
	Published time.Time
	// InvalidUTF8 reports that Text is not valid UTF-8 (typically a
	// Latin-1 or Windows-1252 file). The bytes are kept as they are, since
	// converting them would move every byte offset; callers decide
	// whether to code such a document, and must treat invalid bytes as
	// opaque.
	InvalidUTF8 bool
}

// Options control reading. The zero value is ready to use.
type Options struct {
	// MaxBytes is the largest document accepted, in bytes: the file for
	// text and HTML, the line for JSONL. Larger documents are reported
	// as errors without being read into memory. Zero means
	// DefaultMaxBytes.
	MaxBytes int64
	// PublishedOverride, when not zero, is the publication time of every
	// document; the documents' own dates are then not parsed at all, so
	// it also serves to read inputs whose dates are malformed.
	PublishedOverride time.Time
	// HTTPClient fetches http and https inputs; nil means a client with
	// Go's default transport, which follows up to ten redirects.
	HTTPClient HTTPClient
	// FetchTimeout bounds fetching one URL, from the request to the last
	// byte of the body. Zero means DefaultFetchTimeout.
	FetchTimeout time.Duration
	// Skipped, when not nil, is told after each input how many of its
	// records were passed over as not being documents, one call per
	// reason (see [Skip]). Skipped records are not errors.
	Skipped func(Skip)
}

// DefaultFetchTimeout is the time allowed to fetch one URL when
// [Options.FetchTimeout] is zero.
const DefaultFetchTimeout = 30 * time.Second

// HTTPClient is what fetching a URL needs of an HTTP client; *http.Client
// has it.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// Skip counts the records of one input that were passed over because
// they are not documents to code: the request, metadata and warcinfo
// records of a web archive, its responses that are not HTML pages or
// not successful, its revisits.
type Skip struct {
	// Path is the input, as given to Read or ReadFrom.
	Path string
	// Reason says what was skipped: "request record", "response
	// image/png", "response status 404", …
	Reason string
	// Count is how many records were skipped for that reason.
	Count int
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

func (o Options) fetchTimeout() time.Duration {
	if o.FetchTimeout > 0 {
		return o.FetchTimeout
	}
	return DefaultFetchTimeout
}

// ErrEmpty is reported for a document with no text, or only white space.
var ErrEmpty = errors.New("empty document")

// ErrBinary is reported for a document that is not text: it holds NUL
// bytes or many control characters (UTF-16 included, which must be
// converted to UTF-8 first).
var ErrBinary = errors.New("binary file, not text")

// ErrTooLarge is reported for a document over [Options.MaxBytes].
var ErrTooLarge = errors.New("document too large")

// Error is an error reading one input or one document from it.
type Error struct {
	// Path is the input, as given to Read or ReadFrom, or the file inside
	// a directory.
	Path string
	// Line is the 1-based line of a JSONL record, or 0.
	Line int
	// Record is the 1-based position of a feed item or a web archive
	// record, or 0.
	Record int
	// Err is the underlying error.
	Err error
}

// Error returns the error as "read PATH[:LINE]: ERR", or "read PATH#N:
// ERR" for the Nth record of a feed or web archive.
func (e *Error) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("read %s:%d: %v", displayName(e.Path), e.Line, e.Err)
	case e.Record > 0:
		return fmt.Sprintf("read %s#%d: %v", displayName(e.Path), e.Record, e.Err)
	}
	return fmt.Sprintf("read %s: %v", displayName(e.Path), e.Err)
}

// Unwrap returns e.Err.
func (e *Error) Unwrap() error { return e.Err }

func displayName(path string) string {
	if path == "-" {
		return "stdin"
	}
	return path
}

// baseName is how document IDs name an input: "stdin" for standard
// input, a URL as it is, and a file's base name.
func baseName(path string) string {
	switch {
	case path == "-":
		return "stdin"
	case isURL(path):
		return path
	}
	return filepath.Base(path)
}

func tooLarge(size, limit int64) error {
	return fmt.Errorf("%w: %d bytes, over the %d-byte limit", ErrTooLarge, size, limit)
}

func tooLargeStream(limit int64) error {
	return fmt.Errorf("%w: over the %d-byte limit", ErrTooLarge, limit)
}
