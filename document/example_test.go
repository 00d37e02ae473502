package document_test

import (
	"context"
	"fmt"
	"strings"

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
