package document

import (
	"fmt"
	nurl "net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// extractHTML fills doc from the article that go-trafilatura finds in the
// page. Text is the extracted article body, laid out by articleText, so
// offsets point into the extracted text, not into the HTML; the page
// title goes to Title (the body may repeat it as a heading). The page's
// own charset is decoded by the extractor, so the text is UTF-8 whatever
// the page's encoding was.
func extractHTML(doc Document, page, url string, parseDate bool) (out Document, err error) {
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	}
	if !parseDate {
		opts.HtmlDateMode = trafilatura.Disabled
	}
	if u, err := nurl.Parse(url); err == nil && u.Scheme != "" && u.Host != "" {
		opts.OriginalURL = u
	}
	// The extractor is a large third-party parser fed with outside input:
	// a panic in it must cost this document, not the run.
	defer func() {
		if r := recover(); r != nil {
			out, err = doc, fmt.Errorf("extract html: extractor failed: %v", r)
		}
	}()
	res, err := trafilatura.Extract(strings.NewReader(page), opts)
	if err != nil {
		return doc, fmt.Errorf("extract html: %w", err)
	}
	if res == nil {
		return doc, fmt.Errorf("%w: no article text found in the HTML", ErrEmpty)
	}
	text := articleText(res.ContentNode)
	if isBlank(text) {
		text = strings.TrimSpace(res.ContentText)
	}
	if isBlank(text) {
		return doc, fmt.Errorf("%w: no article text found in the HTML", ErrEmpty)
	}
	doc.Text = text
	doc.InvalidUTF8 = !utf8.ValidString(doc.Text)
	md := res.Metadata
	doc.Title = strings.TrimSpace(md.Title)
	doc.URL = strings.TrimSpace(md.URL)
	doc.Language = strings.TrimSpace(md.Language)
	doc.Source = strings.TrimSpace(md.Sitename)
	if parseDate && !md.Date.IsZero() {
		doc.Published = md.Date
	}
	return doc, nil
}

// articleText lays out the extracted article as plain text. The
// extractor's own ContentText joins the whole article into one line;
// the sentence and paragraph splitters need the structure, so here
// paragraphs, headings and other blocks are separated by a blank line,
// list items, table rows and <br> start a new line, table cells are
// separated by a space, and runs of white space elsewhere become one
// space (inside <pre> it is kept).
func articleText(n *html.Node) string {
	var w textWriter
	w.node(n, false)
	return w.b.String()
}

// Break levels between two pieces of text, weakest first.
const (
	noBreak = iota
	spaceBreak
	lineBreak
	paraBreak
)

type textWriter struct {
	b       strings.Builder
	pending int
}

func (w *textWriter) brk(level int) {
	w.pending = max(w.pending, level)
}

func (w *textWriter) write(s string) {
	if s == "" {
		return
	}
	if w.b.Len() > 0 {
		switch w.pending {
		case spaceBreak:
			w.b.WriteByte(' ')
		case lineBreak:
			w.b.WriteByte('\n')
		case paraBreak:
			w.b.WriteString("\n\n")
		}
	}
	w.pending = noBreak
	w.b.WriteString(s)
}

func (w *textWriter) text(s string, pre bool) {
	if pre {
		w.write(s)
		return
	}
	if r, _ := utf8.DecodeRuneInString(s); s != "" && unicode.IsSpace(r) {
		w.brk(spaceBreak)
	}
	for i, f := range strings.Fields(s) {
		if i > 0 {
			w.brk(spaceBreak)
		}
		w.write(f)
	}
	if r, _ := utf8.DecodeLastRuneInString(s); s != "" && unicode.IsSpace(r) {
		w.brk(spaceBreak)
	}
}

func (w *textWriter) node(n *html.Node, pre bool) {
	if n == nil {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, pre)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	before, after := noBreak, noBreak
	switch n.Data {
	case "script", "style", "noscript", "template", "head":
		return
	case "br":
		w.brk(lineBreak)
		return
	case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
		"section", "article", "header", "footer", "main", "aside", "nav",
		"figure", "figcaption", "ul", "ol", "dl", "table", "hr", "address",
		"details", "summary", "caption":
		before, after = paraBreak, paraBreak
	case "pre":
		before, after, pre = paraBreak, paraBreak, true
	case "li", "dt", "dd", "tr":
		before, after = lineBreak, lineBreak
	case "td", "th":
		before = spaceBreak
	}
	w.brk(before)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, pre)
	}
	w.brk(after)
}
