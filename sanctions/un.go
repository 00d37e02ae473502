package sanctions

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// ListUN is the list name of the UN Security Council Consolidated List.
const ListUN = "un-sc"

type unValues struct {
	Values []string `xml:"VALUE"`
}

type unAlias struct {
	Quality     string `xml:"QUALITY"`
	Name        string `xml:"ALIAS_NAME"`
	DateOfBirth string `xml:"DATE_OF_BIRTH"`
	Note        string `xml:"NOTE"`
}

type unAddress struct {
	Street  string `xml:"STREET"`
	City    string `xml:"CITY"`
	State   string `xml:"STATE_PROVINCE"`
	Zip     string `xml:"ZIP_CODE"`
	Country string `xml:"COUNTRY"`
	Note    string `xml:"NOTE"`
}

type unDate struct {
	Type string `xml:"TYPE_OF_DATE"`
	Date string `xml:"DATE"`
	Year string `xml:"YEAR"`
	From string `xml:"FROM_YEAR"`
	To   string `xml:"TO_YEAR"`
	Note string `xml:"NOTE"`
}

type unPlace struct {
	City    string `xml:"CITY"`
	State   string `xml:"STATE_PROVINCE"`
	Country string `xml:"COUNTRY"`
}

// unRecord is an INDIVIDUAL or an ENTITY; entities use only some fields.
type unRecord struct {
	DataID         string      `xml:"DATAID"`
	First          string      `xml:"FIRST_NAME"`
	Second         string      `xml:"SECOND_NAME"`
	Third          string      `xml:"THIRD_NAME"`
	Fourth         string      `xml:"FOURTH_NAME"`
	ListType       string      `xml:"UN_LIST_TYPE"`
	Reference      string      `xml:"REFERENCE_NUMBER"`
	ListedOn       string      `xml:"LISTED_ON"`
	OriginalScript string      `xml:"NAME_ORIGINAL_SCRIPT"`
	Gender         string      `xml:"GENDER"`
	Comments       string      `xml:"COMMENTS1"`
	Titles         unValues    `xml:"TITLE"`
	Designations   unValues    `xml:"DESIGNATION"`
	Nationalities  unValues    `xml:"NATIONALITY"`
	Aliases        []unAlias   `xml:"INDIVIDUAL_ALIAS"`
	EntityAliases  []unAlias   `xml:"ENTITY_ALIAS"`
	Addresses      []unAddress `xml:"INDIVIDUAL_ADDRESS"`
	EntityAddrs    []unAddress `xml:"ENTITY_ADDRESS"`
	BirthDates     []unDate    `xml:"INDIVIDUAL_DATE_OF_BIRTH"`
	BirthPlaces    []unPlace   `xml:"INDIVIDUAL_PLACE_OF_BIRTH"`
}

// ReadUN reads the UN Security Council Consolidated List XML
// (CONSOLIDATED_LIST with INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY).
// The entry id is the reference number ("KPi.033"), its programme the UN
// list type ("DPRK"). Aliases of quality "Low" are weak; "Good", "a.k.a."
// and "f.k.a." ones are strong. The name in original script is a strong
// alias. A record without a name or a reference is reported and skipped;
// XML that stops parsing ends the file with a problem, keeping what came
// before.
func ReadUN(ctx context.Context, f File) (Loaded, error) {
	var l Loaded
	dec := xml.NewDecoder(f.R)
	dec.Strict = false
	dec.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		if strings.EqualFold(label, "iso-8859-1") || strings.EqualFold(label, "latin1") {
			return &latin1Reader{r: r}, nil
		}
		return nil, fmt.Errorf("charset %s not supported", label)
	}
	seen := map[string]string{}
	root := false
	for n := 0; ; n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return l, err
			}
		}
		line, _ := dec.InputPos()
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if _, ok := err.(*xml.SyntaxError); ok {
				l.problem(f.Name, line, "XML: %v: the rest of the file is not read", err)
				return l, nil
			}
			return l, fmt.Errorf("read %s: %w", f.Name, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "CONSOLIDATED_LIST":
			root = true
		case "INDIVIDUAL", "ENTITY":
			start, _ := dec.InputPos()
			var rec unRecord
			if err := dec.DecodeElement(&rec, &se); err != nil {
				l.problem(f.Name, start, "XML: %v: the rest of the file is not read", err)
				return l, nil
			}
			e, msg := rec.entry(se.Name.Local == "INDIVIDUAL")
			if msg != "" {
				l.problem(f.Name, start, "%s: record skipped", msg)
				continue
			}
			e.Source = fmt.Sprintf("%s:%d", f.Name, start)
			if first, dup := seen[e.ID]; dup {
				l.problem(f.Name, start, "reference %s listed twice (first at %s): record skipped", e.ID, first)
				continue
			}
			seen[e.ID] = e.Source
			l.Entries = append(l.Entries, e)
		}
	}
	if !root {
		l.problem(f.Name, 0, "no CONSOLIDATED_LIST element: not a UN consolidated list")
	}
	return l, nil
}

func (r *unRecord) entry(individual bool) (Entry, string) {
	e := Entry{List: ListUN, ID: strings.TrimSpace(r.Reference), Type: Entity}
	if e.ID == "" {
		e.ID = strings.TrimSpace(r.DataID)
	}
	if e.ID == "" {
		return e, "no REFERENCE_NUMBER or DATAID"
	}
	name := joinNonEmpty(" ", r.First, r.Second, r.Third, r.Fourth)
	if name == "" {
		return e, "no name"
	}
	aliases, addrs := r.EntityAliases, r.EntityAddrs
	if individual {
		e.Type = Person
		aliases, addrs = r.Aliases, r.Addresses
	}
	e.Names = []Name{{Text: name, Kind: Primary}}
	e.addName(Name{Text: r.OriginalScript, Kind: Strong, Note: "original script"})
	for _, a := range aliases {
		kind := Strong
		if strings.EqualFold(strings.TrimSpace(a.Quality), "low") {
			kind = Weak
		}
		note := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(a.Quality), ".", ""))
		switch note {
		case "aka", "fka":
		case "low", "good", "":
			note = ""
		}
		e.addName(Name{Text: a.Name, Kind: kind, Note: note})
		if a.DateOfBirth != "" {
			e.BirthDates = appendUnique(e.BirthDates, strings.TrimSpace(a.DateOfBirth))
		}
	}
	e.Programmes = appendUnique(nil, r.ListType)
	e.Listed = strings.TrimSpace(r.ListedOn)
	for _, d := range r.BirthDates {
		e.BirthDates = appendUnique(e.BirthDates, d.iso())
	}
	for _, p := range r.BirthPlaces {
		e.BirthPlaces = appendUnique(e.BirthPlaces, joinNonEmpty(", ", p.City, p.State, p.Country))
	}
	e.Nationalities = appendUnique(nil, r.Nationalities.Values...)
	for _, a := range addrs {
		text := joinNonEmpty(", ", a.Street, a.City, a.State, a.Zip, a.Country)
		if text == "" {
			continue
		}
		if a.Note != "" {
			text += " (" + strings.TrimSpace(a.Note) + ")"
		}
		e.Addresses = append(e.Addresses, Address{Text: text, Country: strings.TrimSpace(a.Country)})
		e.Countries = appendUnique(e.Countries, a.Country)
	}
	e.Positions = appendUnique(e.Positions, r.Titles.Values...)
	e.Positions = appendUnique(e.Positions, r.Designations.Values...)
	e.Remarks = strings.TrimSpace(r.Comments)
	if g := strings.TrimSpace(r.Gender); g != "" {
		e.Remarks = joinRemark("Gender "+g, e.Remarks)
	}
	return e, ""
}

// iso writes a UN date of birth in ISO 8601: EXACT as given,
// APPROXIMATELY with a trailing "~", BETWEEN as "FROM/TO".
func (d unDate) iso() string {
	t := strings.ToUpper(strings.TrimSpace(d.Type))
	v := strings.TrimSpace(d.Date)
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	if v == "" {
		v = strings.TrimSpace(d.Year)
	}
	if from, to := strings.TrimSpace(d.From), strings.TrimSpace(d.To); from != "" && to != "" {
		return from + "/" + to
	}
	if v == "" {
		return strings.TrimSpace(d.Note)
	}
	if t == "APPROXIMATELY" {
		return v + "~"
	}
	return v
}

// latin1Reader decodes ISO-8859-1 bytes into UTF-8.
type latin1Reader struct {
	r   io.Reader
	buf []byte
	out []byte
}

func (l *latin1Reader) Read(p []byte) (int, error) {
	for len(l.out) == 0 {
		if cap(l.buf) == 0 {
			l.buf = make([]byte, 4096)
		}
		n, err := l.r.Read(l.buf[:cap(l.buf)])
		for _, b := range l.buf[:n] {
			l.out = append(l.out, string(rune(b))...)
		}
		if err != nil && len(l.out) == 0 {
			return 0, err
		}
	}
	n := copy(p, l.out)
	l.out = l.out[n:]
	return n, nil
}
