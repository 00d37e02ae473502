package document

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"
	nurl "net/url"
	"strings"
)

// userAgent names the fetcher to the servers it asks.
const userAgent = "entente (news event coder)"

// isURL reports whether name is an http or https URL.
func isURL(name string) bool {
	lower := strings.ToLower(name[:min(len(name), len("https://"))])
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// readURL fetches a URL and reads its body. The body is read whole, up to
// the size limit and within the fetch timeout, before any document is
// emitted, so that the time spent on the documents does not count
// against the timeout.
func readURL(ctx context.Context, name string, opt Options, emit func(Document, error) error) error {
	u, err := nurl.Parse(name)
	if err != nil || u.Host == "" {
		return &Error{Path: name, Err: fmt.Errorf("invalid URL %q", name)}
	}
	body, final, ctype, err := fetch(ctx, u, opt)
	if err != nil {
		return failRead(Document{ID: name, Path: name}, err, emit)
	}
	format := formatOfBody(ctype, body)
	var sidecar func() (meta, bool, error)
	if format == FormatText || format == FormatHTML {
		sidecar = func() (meta, bool, error) { return meta{URL: final}, true, nil }
	}
	return readStream(ctx, name, bytes.NewReader(body), int64(len(body)), format, sidecar, opt, emit)
}

// fetch gets the body of u, the URL it came from after redirects, and
// its Content-Type.
func fetch(ctx context.Context, u *nurl.URL, opt Options) (body []byte, final, ctype string, err error) {
	ctx, cancel := context.WithTimeout(ctx, opt.fetchTimeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", "", fmt.Errorf("fetch: %w", err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5")
	client := opt.HTTPClient
	if client == nil {
		client = &http.Client{}
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, "", "", fmt.Errorf("fetch: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", "", fmt.Errorf("fetch: server answered %s", resp.Status)
	}
	limit := opt.maxBytes()
	if resp.ContentLength > limit {
		return nil, "", "", errDocument{tooLarge(resp.ContentLength, limit)}
	}
	body, err = io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, "", "", fmt.Errorf("fetch: read body: %w", err)
	}
	if int64(len(body)) > limit {
		return nil, "", "", errDocument{tooLargeStream(limit)}
	}
	final = u.String()
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String()
	}
	return body, final, resp.Header.Get("Content-Type"), nil
}

// formatOfBody decides the format of a fetched body. The bytes decide,
// as for standard input, since servers often label JSON Lines, feeds
// and archives as text/plain, application/xml or
// application/octet-stream; the Content-Type only settles what the
// bytes cannot: a JSON feed (which looks like JSON Lines) and an HTML
// page that does not start with markup.
func formatOfBody(ctype string, body []byte) Format {
	f := Sniff(body)
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return f
	}
	switch mt {
	case "application/feed+json", "application/rss+xml", "application/atom+xml", "application/rdf+xml":
		return FormatFeed
	case "text/html", "application/xhtml+xml":
		if f == FormatText {
			return FormatHTML
		}
	}
	return f
}
