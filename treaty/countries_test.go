package treaty

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func TestCOWTraps(t *testing.T) {
	c := DefaultCountries()
	cases := []struct {
		cow  int
		day  string
		want string // ISO3, or "historical", "unknown", "out"
	}{
		{816, "2016-01-01", "VNM"},
		{816, "1965-01-01", "VNM"}, // North Vietnam: the state that became today's Vietnam
		{817, "1965-01-01", "historical"},
		{704, "2016-01-01", "UZB"}, // UN M49 704 is Vietnam; COW 704 is Uzbekistan
		{260, "1980-01-01", "DEU"},
		{260, "1991-01-01", "out"}, // West Germany ends with unification
		{255, "1991-01-01", "DEU"},
		{255, "1960-01-01", "out"}, // no COW 255 between 1945 and 1990
		{255, "1900-01-01", "DEU"},
		{265, "1980-01-01", "historical"},
		{365, "1980-01-01", "RUS"},
		{365, "2016-01-01", "RUS"},
		{731, "2016-01-01", "PRK"},
		{732, "2016-01-01", "KOR"},
		{730, "1900-01-01", "historical"},
		{713, "2016-01-01", "TWN"},
		{345, "1985-01-01", "historical"},
		{345, "2016-01-01", "SRB"},
		{315, "1985-01-01", "historical"},
		{316, "2016-01-01", "CZE"},
		{678, "1980-01-01", "YEM"},
		{679, "2016-01-01", "YEM"},
		{680, "1980-01-01", "historical"},
		{300, "1900-01-01", "historical"},
		{305, "2016-01-01", "AUT"},
		{347, "2016-01-01", "XKX"},
		{999, "2016-01-01", "unknown"},
		{0, "2016-01-01", "unknown"},
	}
	for _, k := range cases {
		got, err := c.ISO3(k.cow, MustDate(k.day))
		var he *HistoricalError
		var pe *NotInPeriodError
		switch {
		case errors.As(err, &he):
			got = "historical"
			if !strings.Contains(err.Error(), "no ISO 3166-1") {
				t.Errorf("COW %d: unclear message %q", k.cow, err)
			}
		case errors.As(err, &pe):
			got = "out"
		case errors.Is(err, ErrUnknownCOW):
			got = "unknown"
		case err != nil:
			t.Errorf("COW %d: %v", k.cow, err)
		}
		if got != k.want {
			t.Errorf("COW %d on %s = %s, want %s", k.cow, k.day, got, k.want)
		}
	}
	he := &HistoricalError{}
	_, err := c.ISO3(265, Date{})
	if !errors.As(err, &he) || !strings.Contains(err.Error(), "successors: DEU") {
		t.Errorf("GDR: %v", err)
	}
}

func TestISO3ToCOW(t *testing.T) {
	c := DefaultCountries()
	cases := []struct {
		iso, day string
		want     int
	}{
		{"DEU", "1980-01-01", 260},
		{"DEU", "1990-10-02", 260},
		{"DEU", "1990-10-03", 255},
		{"DEU", "", 255},
		{"VNM", "2016-01-01", 816},
		{"UZB", "2016-01-01", 704},
		{"YEM", "1980-01-01", 678},
		{"YEM", "2000-01-01", 679},
		{"SRB", "2016-01-01", 345},
		{"KOR", "", 732},
		{"PRK", "", 731},
		{"TWN", "", 713},
	}
	for _, k := range cases {
		d, _ := ParseDate(k.day)
		got, err := c.COW(k.iso, d)
		if err != nil || got != k.want {
			t.Errorf("%s on %q = %d, %v; want %d", k.iso, k.day, got, err, k.want)
		}
	}
	if _, err := c.COW("DEU", MustDate("1950-01-01")); err == nil {
		t.Error("DEU in 1950 has a COW code")
	}
	if _, err := c.COW("PSE", Date{}); err == nil || !strings.Contains(err.Error(), "no COW") {
		t.Errorf("PSE: %v", err)
	}
	if _, err := c.COW("QQQ", Date{}); !errors.Is(err, ErrUnknownISO3) {
		t.Errorf("QQQ: %v", err)
	}
}

// TestCountriesMatchDictionary checks that every ISO code of the table is
// a country the built-in actor dictionary knows, so that the two tables
// cannot drift apart.
func TestCountriesMatchDictionary(t *testing.T) {
	b, err := os.ReadFile("../dict/builtin/countries.actors.txt")
	if err != nil {
		t.Skipf("built-in dictionary not readable: %v", err)
	}
	dict := string(b)
	for _, code := range DefaultCountries().ISO3Codes() {
		if !strings.Contains(dict, "["+code+"]") {
			t.Errorf("%s is not in dict/builtin/countries.actors.txt", code)
		}
	}
}

func TestReadCountriesErrors(t *testing.T) {
	cases := []struct{ in, want string }{
		{"2\tUSA\tUSA\t\t\tnorth-america\tUnited States", "7 fields"},
		{"x\tUSA\tUSA\t\t\tnorth-america\tUnited States\t", "not a number"},
		{"2\tUSA\tusa\t\t\tnorth-america\tUnited States\t", "three capital letters"},
		{"2\tUSA\tUSA\t2000-13-01\t\tnorth-america\tUnited States\t", "month 13"},
		{"2\tUSA\tUSA\t\t\tna\tA\t\n2\tUSA\tUSA\t\t\tna\tB\t", "two meanings"},
	}
	for _, c := range cases {
		if _, err := ReadCountries(strings.NewReader(c.in)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v; want %q", c.in, err, c.want)
		}
	}
}

func FuzzReadCountries(f *testing.F) {
	f.Add(countriesTSV[:2000])
	f.Fuzz(func(t *testing.T, in string) {
		c, err := ReadCountries(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, code := range c.ISO3Codes() {
			if _, err := c.COW(code, Date{}); err != nil && !strings.Contains(err.Error(), "no COW") {
				var pe *NotInPeriodError
				if !errors.As(err, &pe) {
					t.Errorf("%s: %v", code, err)
				}
			}
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-12-04", "1822-12", "1815", "", "2024-02-30", "99-1-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if back, err := ParseDate(d.String()); err != nil || back != d {
			t.Errorf("%q → %v → %q: %v %v", s, d, d.String(), back, err)
		}
	})
}
