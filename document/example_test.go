package document_test

import (
	"context"
	"fmt"
	"strings"
	"testing/fstest"
	"time"

	"github.com/entente/entente/document"
)

func ExampleReadFrom() {
	input := `{"id": "r1", "text": "Chile and Peru agreed to share seismic data.", "published": "2024-03-11"}
{"id": "r2", "title": "a record without text"}
{"text": "The Nordic ministers met in Reykjavik.", "date": "20240312", "source": "Polar Wire"}
`
	err := document.ReadFrom(context.Background(), "feed.jsonl", strings.NewReader(input), document.FormatJSONL, document.Options{},
		func(d document.Document, err error) error {
			if err != nil {
				fmt.Println("skipped:", err)
				return nil
			}
			fmt.Printf("%s %s %q\n", d.ID, d.Published.Format("2006-01-02"), d.Text[:20])
			return nil
		})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// r1 2024-03-11 "Chile and Peru agree"
	// skipped: read feed.jsonl:2: missing "text"
	// feed.jsonl:3 2024-03-12 "The Nordic ministers"
}

func ExampleParsePublished() {
	for _, s := range []string{"2024-06-19", "20240619", "2024-06-19T20:00:00+03:00", "next week"} {
		t, err := document.ParsePublished(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(t.Format("2006-01-02T15:04:05Z07:00"))
	}
	// Output:
	// 2024-06-19T00:00:00Z
	// 2024-06-19T00:00:00Z
	// 2024-06-19T20:00:00+03:00
	// error: unrecognised date "next week" (want RFC 3339, YYYY-MM-DD or YYYYMMDD)
}

func ExampleReadFS() {
	corpus := fstest.MapFS{
		"news/talks.txt":       {Data: []byte("Chile and Peru opened talks on a fisheries accord.")},
		"news/talks.meta.json": {Data: []byte(`{"published": "2024-03-11T09:00:00-03:00", "source": "Harbour Wire"}`)},
		"news/wire.rss": {Data: []byte(`<rss version="2.0"><channel><title>Polar Wire</title>
<item><guid>pw-7</guid><pubDate>Tue, 12 Mar 2024 08:30:00 +0000</pubDate>
<description>&lt;p&gt;The Nordic ministers met in Reykjavik.&lt;/p&gt;</description></item>
</channel></rss>`)},
	}
	err := document.ReadFS(context.Background(), corpus, "news", document.Options{}, func(d document.Document, err error) error {
		if err != nil {
			return err
		}
		fmt.Printf("%s %s %s %q\n", d.ID, d.Format, d.Published.Format(time.RFC3339), d.Text)
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// talks.txt text 2024-03-11T09:00:00-03:00 "Chile and Peru opened talks on a fisheries accord."
	// pw-7 feed 2024-03-12T08:30:00Z "The Nordic ministers met in Reykjavik."
}
