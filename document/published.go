package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
)

// ParsePublished parses a publication date or time as found in metadata
// or given on the command line. It accepts RFC 3339 ("2024-06-19T20:00:00Z",
// with or without fractional seconds, a space for the T, or no zone),
// a date alone ("2024-06-19", "20240619", "2024/06/19", "June 19, 2024",
// "19 June 2024"), GDELT's "20240619200000", and the e-mail and HTTP forms
// of RFC 1123 and RFC 822 ("Wed, 19 Jun 2024 20:00:00 GMT"). A date alone
// is midnight UTC; a time without a zone is UTC; a time with an offset
// keeps it.
func ParsePublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errors.New("empty date")
	}
	// RFC 3339 comes first as by far the most common. A layout without a
	// zone reads the time as UTC; a date alone is midnight UTC. Zone
	// abbreviations (MST) other than UTC and GMT are refused: their offset
	// is only known when the local time zone happens to use them.
	layouts := []string{
		time.RFC3339Nano,
		"2006-01-02",
		"2006-01-02T15:04:05Z0700",
		"2006-01-02T15:04:05",
		"2006-01-02T15:04Z07:00",
		"2006-01-02T15:04",
		"2006-01-02 15:04:05Z07:00",
		"2006-01-02 15:04:05 -0700",
		"2006-01-02 15:04:05 MST",
		"2006-01-02 15:04:05",
		"2006-01-02 15:04",
		"20060102",
		"20060102T150405Z0700",
		"20060102150405",
		"2006/01/02",
		"2006/01/02 15:04:05",
		"January 2, 2006",
		"Jan 2, 2006",
		"2 January 2006",
		"2 Jan 2006",
		time.RFC1123Z,
		time.RFC1123,
		"Mon, 2 Jan 2006 15:04:05 -0700",
		"Mon, 2 Jan 2006 15:04:05 MST",
		"2 Jan 2006 15:04:05 -0700",
		"2 Jan 2006 15:04:05 MST",
		time.RFC850,
		time.RFC822Z,
		time.RFC822,
		time.UnixDate,
		time.ANSIC,
	}
	for _, layout := range layouts {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if strings.Contains(layout, "MST") {
			if name, _ := t.Zone(); name != "UTC" && name != "GMT" {
				return time.Time{}, fmt.Errorf("date %q: time zone %s is ambiguous; use a numeric offset", s, name)
			}
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q (want RFC 3339, YYYY-MM-DD or YYYYMMDD)", s)
}

// Unix seconds from year 1 to year 9999, the range time.Time formats.
const (
	minUnix = -62135596800
	maxUnix = 253402300799
)

// parseDateJSON parses a JSON date value: a string for ParsePublished, or
// a number of seconds since the Unix epoch (milliseconds when its
// magnitude is at least 1e12, which as seconds would be past year 33000).
// A missing or null value, or an empty string, is the zero time.
func parseDateJSON(raw json.RawMessage) (time.Time, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return time.Time{}, nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return time.Time{}, err
		}
		if strings.TrimSpace(s) == "" {
			return time.Time{}, nil
		}
		return ParsePublished(s)
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		var f float64
		if err := json.Unmarshal(raw, &f); err != nil {
			return time.Time{}, fmt.Errorf("date %s: %w", raw, err)
		}
		if math.Abs(f) >= 1e12 {
			f /= 1000
		}
		if f < minUnix || f > maxUnix {
			return time.Time{}, fmt.Errorf("date %s: out of range", raw)
		}
		sec, frac := math.Modf(f)
		return time.Unix(int64(sec), int64(frac*1e9)).UTC(), nil
	}
	return time.Time{}, fmt.Errorf("date %s: want a string or a number", truncate(raw, 40))
}

func truncate(b []byte, n int) string {
	if len(b) <= n {
		return string(b)
	}
	return string(b[:n]) + "…"
}
