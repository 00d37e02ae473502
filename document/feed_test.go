package document

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

func TestReadFeed(t *testing.T) {
	type want struct {
		id, title, url, published, text, err string
		record                               int
	}
	tests := []struct {
		file           string
		source, lang   string
		wants          []want
		wantFeedErrSub string
	}{
		{
			file: "wire.rss", source: "Harbour Wire", lang: "en-gb",
			wants: []want{
				{id: "harbour-0001", record: 1, title: "Chile and Peru sign a fisheries accord", url: "https://example.org/harbour/fisheries",
					published: "2024-03-12T08:30:00+01:00",
					text:      "Chile and Peru signed a fisheries accord in Lima on Monday.\n\nThe two governments agreed to share catch data & patrol routes."},
				{id: "https://example.org/harbour/talks", record: 2, title: "Norway & Iceland hold talks", url: "https://example.org/harbour/talks",
					published: "2024-03-13T10:00:00Z", text: "Norway hosted Iceland for talks on fishing quotas."},
				// No body: the headline is the text.
				{id: "wire.rss#3", record: 3, title: "Kenya opens an embassy in Oslo", published: "2024-03-14T09:15:00+03:00",
					text: "Kenya opens an embassy in Oslo"},
				{id: "wire.rss#4", record: 4, text: "Plain text summary.\n\nA second paragraph, kept apart."},
				{id: "https://example.org/harbour/empty", record: 5, err: "wire.rss#5: empty document"},
			},
		},
		{
			file: "ledger.atom", source: "Northern Ledger", lang: "en",
			wants: []want{
				{id: "urn:example:ledger:minerals", record: 1, title: "Canada and Mexico open minerals talks", url: "https://example.org/ledger/minerals",
					published: "2024-05-14T18:00:00-04:00", text: "Canada and Mexico began talks on critical minerals in Ottawa."},
				// No published date: the updated one.
				{id: "urn:example:ledger:climate", record: 2, title: "Brazil hosts a climate meeting",
					published: "2024-05-16T07:00:00Z", text: "Brazil hosted ministers from the Amazon basin states."},
			},
		},
		{file: "broken.rss", wantFeedErrSub: "broken.rss: parse feed: XML syntax error"},
		{file: "list.xml", wantFeedErrSub: "list.xml: parse feed: failed to detect feed type"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := "testdata/feeds/" + tt.file
			got := readAllDocs(t, path, Options{})
			if tt.wantFeedErrSub != "" {
				if len(got) != 1 || got[0].err == nil || !strings.Contains(got[0].err.Error(), tt.wantFeedErrSub) ||
					got[0].doc.ID != tt.file || got[0].doc.Format != FormatFeed {
					t.Fatalf("got %+v, want one error containing %q", got, tt.wantFeedErrSub)
				}
				return
			}
			if len(got) != len(tt.wants) {
				t.Fatalf("got %d documents, want %d", len(got), len(tt.wants))
			}
			for i, w := range tt.wants {
				d, err := got[i].doc, got[i].err
				if d.ID != w.id || d.Record != w.record || d.Path != path || d.Format != FormatFeed {
					t.Errorf("%d: ID, Record, Path, Format = %q %d %q %v, want %q %d", i, d.ID, d.Record, d.Path, d.Format, w.id, w.record)
				}
				if w.err != "" {
					if err == nil || !strings.Contains(err.Error(), w.err) {
						t.Errorf("%d: error %v, want one containing %q", i, err, w.err)
					}
					continue
				}
				if err != nil {
					t.Errorf("%d: %v", i, err)
					continue
				}
				if d.Text != w.text || d.Title != w.title || d.URL != w.url || d.Source != tt.source || d.Language != tt.lang {
					t.Errorf("%d: got text %q title %q url %q source %q language %q", i, d.Text, d.Title, d.URL, d.Source, d.Language)
				}
				var wp time.Time
				if w.published != "" {
					wp = date(w.published)
				}
				if !d.Published.Equal(wp) || d.Published.Format(time.RFC3339) != wp.Format(time.RFC3339) && w.published != "" {
					t.Errorf("%d: Published = %s, want %s with its offset", i, d.Published.Format(time.RFC3339), w.published)
				}
			}
		})
	}
}

func TestReadFeedLimits(t *testing.T) {
	if got := readAllDocs(t, "testdata/feeds/wire.rss", Options{MaxBytes: 100}); len(got) != 1 || got[0].err == nil ||
		!strings.Contains(got[0].err.Error(), "over the 100-byte limit") {
		t.Errorf("a feed over the limit: got %+v", got)
	}
	override := date("2020-01-01T00:00:00Z")
	for _, r := range readAllDocs(t, "testdata/feeds/ledger.atom", Options{PublishedOverride: override}) {
		if !r.doc.Published.Equal(override) {
			t.Errorf("%s: Published = %v, want the override", r.doc.ID, r.doc.Published)
		}
	}
}

func TestSniffFeed(t *testing.T) {
	tests := []struct {
		in   string
		want Format
	}{
		{`<?xml version="1.0"?><rss version="2.0">`, FormatFeed},
		{"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- generator -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", FormatFeed},
		{`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, FormatFeed},
		{"<RSS>", FormatFeed},
		{`<?xml version="1.0"?><!DOCTYPE html><html>`, FormatHTML},
		{"<!doctype html><html lang=en>", FormatHTML},
		{"<feedback>", FormatHTML},
		{"<?xml version=", FormatHTML},
		{"<!-- never closed", FormatHTML},
		{"<p>text", FormatHTML},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func BenchmarkReadFeed(b *testing.B) {
	data, err := os.ReadFile("testdata/feeds/wire.rss")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		err := ReadFrom(context.Background(), "wire.rss", bytes.NewReader(data), FormatFeed, Options{}, func(Document, error) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
}
