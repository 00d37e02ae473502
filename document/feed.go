package document

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// readFeed reads the items of an RSS, Atom or JSON feed, one document
// each. A feed that cannot be parsed is one per-document error.
func readFeed(ctx context.Context, name, text string, opt Options, emit func(Document, error) error) error {
	base := baseName(name)
	feed, err := parseFeed(text)
	if err != nil {
		return emit(Document{ID: base, Path: name, Format: FormatFeed}, &Error{Path: name, Err: err})
	}
	for i, it := range feed.Items {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, derr := feedItem(feed, it, name, base, i+1, opt)
		if derr != nil {
			derr = &Error{Path: name, Record: i + 1, Err: derr}
		}
		if err := emit(doc, derr); err != nil {
			return err
		}
	}
	return nil
}

// parseFeed parses a feed of any kind gofeed knows.
func parseFeed(text string) (feed *gofeed.Feed, err error) {
	// The parser is third-party code fed with outside input: a panic in
	// it must cost this feed, not the run.
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("parse feed: parser failed: %v", r)
		}
	}()
	feed, err = gofeed.NewParser().Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	return feed, nil
}

// feedItem builds the document of the nth item. Its text is the item's
// content, or its description when it has no content, as plain text
// (markup removed, paragraphs kept apart by a blank line); an item with
// neither is its title alone, so that headline-only feeds still yield
// their headlines.
func feedItem(feed *gofeed.Feed, it *gofeed.Item, name, base string, n int, opt Options) (Document, error) {
	doc := Document{ID: base + "#" + strconv.Itoa(n), Path: name, Record: n, Format: FormatFeed}
	if it == nil {
		return doc, ErrEmpty
	}
	if id := strings.TrimSpace(it.GUID); id != "" {
		doc.ID = id
	} else if link := strings.TrimSpace(it.Link); link != "" {
		doc.ID = link
	}
	body := it.Content
	if isBlank(body) {
		body = it.Description
	}
	title := strings.Join(strings.Fields(markupText(it.Title)), " ")
	text := markupText(body)
	if isBlank(text) {
		text = title
	}
	if limit := opt.maxBytes(); int64(len(text)) > limit {
		return doc, tooLarge(int64(len(text)), limit)
	}
	invalid, err := checkText(text)
	if err != nil {
		return doc, err
	}
	doc.Text = text
	doc.InvalidUTF8 = invalid
	doc.Title = title
	doc.URL = strings.TrimSpace(it.Link)
	doc.Source = strings.TrimSpace(feed.Title)
	doc.Language = strings.TrimSpace(feed.Language)
	if !opt.PublishedOverride.IsZero() {
		doc.Published = opt.PublishedOverride
	} else {
		doc.Published = itemTime(it.Published, it.PublishedParsed)
		if doc.Published.IsZero() {
			doc.Published = itemTime(it.Updated, it.UpdatedParsed)
		}
	}
	return doc, nil
}

// itemTime is an item's date: as written when ParsePublished reads it,
// since gofeed converts times to UTC and the offset tells the local date
// of publication, else as gofeed parsed it, which knows more layouts.
func itemTime(raw string, parsed *time.Time) time.Time {
	if t, err := ParsePublished(raw); err == nil {
		return t
	}
	if parsed != nil {
		return *parsed
	}
	return time.Time{}
}

// markupText turns a feed field, which may hold HTML, into plain text.
// A field without markup keeps its own line breaks.
func markupText(s string) string {
	if !strings.ContainsRune(s, '<') {
		return strings.TrimSpace(html.UnescapeString(s))
	}
	n, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return strings.TrimSpace(s)
	}
	return articleText(n)
}
