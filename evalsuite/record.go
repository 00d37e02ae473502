package evalsuite

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/entente/entente/dict"
)

// Triple is one expected or coded event.
type Triple struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
	// Unchecked marks an expected block that the suite lists but does not
	// check (TABARI's "unchecked" blocks on skipped records).
	Unchecked bool `json:"unchecked,omitempty"`
}

func (t Triple) String() string { return t.Source + ">" + t.Target + " " + t.Code }

// Record is one test record of either suite. Fields that a suite does not
// use keep their zero value; the zero value of every flag is the ordinary
// case, so a fixture only sets what it tests.
type Record struct {
	ID       string
	Seq      int
	Line     int // line of the record in the suite file, from 1
	Date     dict.Date
	Text     string
	Category string
	Notes    string
	Expected []Triple

	// ExpectNone: nothing should be coded.
	ExpectNone bool
	// ExpectedError is PETRARCH's error= value: "sentencediscard",
	// "storydiscard", "bad_input_parse" or "dateline".
	ExpectedError string
	// ConfigOverrides are PETRARCH's <Config> options in effect.
	ConfigOverrides map[string]string
	// NotDefaultRun is PETRARCH's in_default_run false.
	NotDefaultRun bool

	// ExpectDiscard and ExpectComplex are TABARI's {###} and {+++}.
	ExpectDiscard, ExpectComplex bool
	// CheckSkipped is a TABARI record whose check is switched off.
	CheckSkipped bool
	// Nonstandard is TABARI's standard_section false.
	Nonstandard bool
	// DirectiveOnly records carry only OptionDirectives.
	DirectiveOnly    bool
	OptionDirectives []string
}

// rawRecord is the JSONL shape; pointers tell absent from false.
type rawRecord struct {
	ID               string                     `json:"id"`
	Seq              int                        `json:"seq"`
	Date             string                     `json:"date"`
	Text             string                     `json:"text"`
	Category         string                     `json:"category"`
	Notes            string                     `json:"notes"`
	Expected         []Triple                   `json:"expected"`
	ExpectNone       bool                       `json:"expect_none"`
	ExpectedError    *string                    `json:"expected_error"`
	ConfigOverrides  map[string]json.RawMessage `json:"config_overrides"`
	InDefaultRun     *bool                      `json:"in_default_run"`
	ExpectDiscard    bool                       `json:"expect_discard"`
	ExpectComplex    bool                       `json:"expect_complex"`
	CheckSkipped     bool                       `json:"check_skipped"`
	StandardSection  *bool                      `json:"standard_section"`
	IsDirectiveOnly  bool                       `json:"is_directive_only"`
	OptionDirectives []string                   `json:"option_directives"`
}

// ReadSuite reads a suite in JSONL form, one record per line; blank lines
// are skipped. A line that is not a valid record (bad JSON, no id, a date
// that is not YYYYMMDD, an id already used) stops the read with an error
// naming the line, and no records: a suite is a fixed file, and scoring
// part of it would give a figure that looks valid and is not.
func ReadSuite(r io.Reader) ([]Record, error) {
	br := bufio.NewReader(r)
	var recs []Record
	seen := map[string]int{}
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("read suite line %d: %w", n, err)
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		if len(bytes.TrimSpace(line)) > 0 {
			rec, perr := parseRecord(line)
			if perr != nil {
				return nil, fmt.Errorf("suite line %d: %w", n, perr)
			}
			if prev, dup := seen[rec.ID]; dup {
				return nil, fmt.Errorf("suite line %d: id %q already used on line %d", n, rec.ID, prev)
			}
			seen[rec.ID] = n
			rec.Line = n
			recs = append(recs, rec)
		}
		if err != nil {
			return recs, nil
		}
	}
}

func parseRecord(line []byte) (Record, error) {
	var raw rawRecord
	if err := json.Unmarshal(line, &raw); err != nil {
		return Record{}, err
	}
	if strings.TrimSpace(raw.ID) == "" {
		return Record{}, errors.New("record has no id")
	}
	date, err := parseDate(raw.Date)
	if err != nil {
		return Record{}, fmt.Errorf("record %s: %w", raw.ID, err)
	}
	rec := Record{
		ID:               raw.ID,
		Seq:              raw.Seq,
		Date:             date,
		Text:             raw.Text,
		Category:         raw.Category,
		Notes:            raw.Notes,
		Expected:         raw.Expected,
		ExpectNone:       raw.ExpectNone,
		NotDefaultRun:    raw.InDefaultRun != nil && !*raw.InDefaultRun,
		ExpectDiscard:    raw.ExpectDiscard,
		ExpectComplex:    raw.ExpectComplex,
		CheckSkipped:     raw.CheckSkipped,
		Nonstandard:      raw.StandardSection != nil && !*raw.StandardSection,
		DirectiveOnly:    raw.IsDirectiveOnly,
		OptionDirectives: raw.OptionDirectives,
	}
	if raw.ExpectedError != nil {
		rec.ExpectedError = strings.TrimSpace(*raw.ExpectedError)
	}
	if len(raw.ConfigOverrides) > 0 {
		rec.ConfigOverrides = make(map[string]string, len(raw.ConfigOverrides))
		for k, v := range raw.ConfigOverrides {
			var s string
			if json.Unmarshal(v, &s) != nil {
				// A number or boolean written without quotes keeps its
				// JSON text; null is "".
				if s = string(bytes.TrimSpace(v)); s == "null" {
					s = ""
				}
			}
			rec.ConfigOverrides[k] = s
		}
	}
	return rec, nil
}

// parseDate reads YYYYMMDD; an empty date is 0 (unknown).
func parseDate(s string) (dict.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	bad := fmt.Errorf("date %q is not YYYYMMDD", s)
	if len(s) != 8 {
		return 0, bad
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, bad
		}
	}
	v, _ := strconv.Atoi(s)
	if m, d := v/100%100, v%100; m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, bad
	}
	return dict.Date(v), nil
}
