// Package document reads the input documents of the event coder: plain
// text files with optional metadata sidecars, JSON Lines collections,
// HTML pages, RSS, Atom and JSON feeds, web archives (WARC), and pages
// and feeds fetched from http and https URLs, from the file system or an
// fs.FS such as an embedded corpus.
//
// A [Document] holds its text exactly as the input gave it: every offset
// computed downstream (paragraphs, sentences, mentions, events) is a byte
// offset into [Document.Text]. The package never normalises text: line
// endings, byte order marks, Unicode forms and invalid UTF-8 are kept as
// they are. What the text is depends on the format:
//
//   - text: the bytes of the file;
//   - JSON Lines: the decoded "text" string of the record (escapes
//     resolved; encoding/json replaces invalid UTF-8 with U+FFFD);
//   - HTML: the article text that go-trafilatura extracts from the page,
//     laid out with a blank line between paragraphs and headings and a
//     line per list item or table row. It is not the markup: offsets point
//     into the extracted text and cannot be mapped back to the HTML
//     source;
//   - feeds: an item's content (else its description) with the markup
//     removed, laid out as for HTML; an item with neither is its title;
//   - web archives: each successful HTML response (and each HTML
//     resource record) as for an HTML page, the HTTP transfer and content
//     encodings undone. Records that are not pages are counted, not
//     coded (see [Options.Skipped]).
//
// Per-document problems (an empty or binary file, a bad JSONL line, a
// sidecar that is not valid JSON, a feed that does not parse, a damaged
// archive record, a document over the size limit) are reported one
// document at a time and never stop the documents that follow.
package document
