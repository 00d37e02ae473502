package treaty

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed countries.tsv
var countriesTSV string

// Country is one row of the COW ↔ ISO3 table: what a COW state code means
// over a period.
type Country struct {
	COW  int
	Abbr string
	// ISO3 is empty for a state that no longer exists and has no ISO code.
	ISO3 string
	// Period bounds the row when the code's meaning changes with time (COW
	// 345 is Yugoslavia until 1992, then Serbia); it is open otherwise.
	Period  Interval
	Regions []string
	Name    string
	// Successors are the ISO codes of the states that followed a
	// historical one; they are never returned as its code.
	Successors []string
}

// Historical reports whether the row is a state with no ISO code.
func (c Country) Historical() bool { return c.ISO3 == "" }

// ErrUnknownCOW is returned for a number that is not a COW state code.
var ErrUnknownCOW = errors.New("not a COW state code")

// ErrUnknownISO3 is returned for a code that is not in the table.
var ErrUnknownISO3 = errors.New("not a known ISO 3166-1 alpha-3 code")

// HistoricalError says that a COW code stands for a state that has no ISO
// 3166-1 code, with its successors.
type HistoricalError struct {
	Country Country
}

func (e *HistoricalError) Error() string {
	s := fmt.Sprintf("COW %d (%s) is a historical state with no ISO 3166-1 alpha-3 code", e.Country.COW, e.Country.Name)
	if len(e.Country.Successors) > 0 {
		s += "; successors: " + strings.Join(e.Country.Successors, " ")
	}
	return s
}

// NotInPeriodError says that a code has no meaning on a date (COW 260, West
// Germany, before 1955; the ISO code DEU in COW terms between 1945 and
// 1955).
type NotInPeriodError struct {
	Code string
	Date Date
}

func (e *NotInPeriodError) Error() string {
	return fmt.Sprintf("%s stands for no COW state on %s", e.Code, e.Date)
}

// Countries is the COW ↔ ISO3 table. It is read-only once built and safe
// for concurrent use.
type Countries struct {
	rows  []Country
	byCOW map[int][]int
	byISO map[string][]int
}

// DefaultCountries returns the table written for entente, embedded in the
// binary.
var DefaultCountries = sync.OnceValue(func() *Countries {
	c, err := ReadCountries(strings.NewReader(countriesTSV))
	if err != nil {
		panic(fmt.Sprintf("embedded countries.tsv: %v", err))
	}
	return c
})

// ReadCountries reads a table in the format of countries.tsv: tab-separated
// cow, abbr, iso3 ("-" for none), from, until, regions (comma-separated),
// name, successors (space-separated); lines starting with # are comments.
func ReadCountries(r io.Reader) (*Countries, error) {
	c := &Countries{byCOW: map[int][]int{}, byISO: map[string][]int{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 8 {
			return nil, fmt.Errorf("line %d: %d fields, want 8", line, len(f))
		}
		cow, err := strconv.Atoi(f[0])
		if err != nil || cow < 0 {
			return nil, fmt.Errorf("line %d: COW code %q is not a number", line, f[0])
		}
		from, err := ParseDate(f[3])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		until, err := ParseDate(f[4])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		row := Country{COW: cow, Abbr: f[1], Period: Interval{From: from, Until: until},
			Regions: strings.Split(f[5], ","), Name: f[6], Successors: strings.Fields(f[7])}
		if f[2] != "-" {
			if len(f[2]) != 3 || strings.ToUpper(f[2]) != f[2] {
				return nil, fmt.Errorf("line %d: ISO code %q is not three capital letters", line, f[2])
			}
			row.ISO3 = f[2]
		}
		i := len(c.rows)
		c.rows = append(c.rows, row)
		if cow != 0 {
			for _, j := range c.byCOW[cow] {
				if c.rows[j].Period.Overlaps(row.Period) {
					return nil, fmt.Errorf("line %d: COW %d has two meanings over %s", line, cow, row.Period.Intersect(c.rows[j].Period))
				}
			}
			c.byCOW[cow] = append(c.byCOW[cow], i)
		}
		if row.ISO3 != "" {
			c.byISO[row.ISO3] = append(c.byISO[row.ISO3], i)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// Lookup returns the row for a COW code on day d; a zero d means the
// code's latest meaning.
func (c *Countries) Lookup(cow int, d Date) (Country, error) {
	idx, ok := c.byCOW[cow]
	if !ok || cow == 0 {
		return Country{}, fmt.Errorf("COW %d: %w", cow, ErrUnknownCOW)
	}
	if d.IsZero() {
		return c.rows[c.latest(idx)], nil
	}
	for _, i := range idx {
		if c.rows[i].Period.Contains(d) {
			return c.rows[i], nil
		}
	}
	return Country{}, &NotInPeriodError{Code: "COW " + strconv.Itoa(cow), Date: d}
}

// ISO3 returns the ISO 3166-1 alpha-3 code of a COW state on day d (zero
// d: its latest meaning). A historical state gives a *HistoricalError, never
// its successor's code.
func (c *Countries) ISO3(cow int, d Date) (string, error) {
	row, err := c.Lookup(cow, d)
	if err != nil {
		return "", err
	}
	if row.Historical() {
		return "", &HistoricalError{Country: row}
	}
	return row.ISO3, nil
}

// COW returns the COW code of an ISO3 state on day d (zero d: its latest
// one). DEU is 260 (West Germany) until 1990-10-02 and 255 from
// 1990-10-03.
func (c *Countries) COW(iso3 string, d Date) (int, error) {
	idx, ok := c.byISO[iso3]
	if !ok {
		return 0, fmt.Errorf("%q: %w", iso3, ErrUnknownISO3)
	}
	if d.IsZero() {
		row := c.rows[c.latest(idx)]
		if row.COW == 0 {
			return 0, fmt.Errorf("%s has no COW state code", iso3)
		}
		return row.COW, nil
	}
	for _, i := range idx {
		if c.rows[i].Period.Contains(d) {
			if c.rows[i].COW == 0 {
				return 0, fmt.Errorf("%s has no COW state code", iso3)
			}
			return c.rows[i].COW, nil
		}
	}
	return 0, &NotInPeriodError{Code: iso3, Date: d}
}

// Periods returns every row of a COW code, in the order of the table.
func (c *Countries) Periods(cow int) []Country {
	var out []Country
	for _, i := range c.byCOW[cow] {
		out = append(out, c.rows[i])
	}
	return out
}

// Known reports whether iso3 is a code in the table.
func (c *Countries) Known(iso3 string) bool { _, ok := c.byISO[iso3]; return ok }

// Country returns the latest row of an ISO3 code.
func (c *Countries) Country(iso3 string) (Country, bool) {
	idx, ok := c.byISO[iso3]
	if !ok {
		return Country{}, false
	}
	return c.rows[c.latest(idx)], true
}

// latest picks, among rows, the one open to the future (the code's meaning
// today), or the last one.
func (c *Countries) latest(idx []int) int {
	for _, i := range idx {
		if c.rows[i].Period.Until.IsZero() {
			return i
		}
	}
	return idx[len(idx)-1]
}

// ISO3Codes returns every ISO code of the table, sorted.
func (c *Countries) ISO3Codes() []string {
	out := make([]string, 0, len(c.byISO))
	for k := range c.byISO {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
