package sanctions

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// headed is one row of a CSV file with a header row, read by column name.
type headed struct {
	line   int
	fields []string
	cols   map[string]int
}

func (h headed) get(col string) string {
	if i, ok := h.cols[col]; ok && i < len(h.fields) {
		return h.fields[i]
	}
	return ""
}

// list returns the values of a column that holds several, separated by sep.
func (h headed) list(col, sep string) []string {
	v := h.get(col)
	if v == "" {
		return nil
	}
	return appendUnique(nil, strings.Split(v, sep)...)
}

// eachHeadedRow reads a CSV file whose first row names the columns, in
// any order; the columns in required must be there. A row with more
// fields than the header is reported and skipped.
func eachHeadedRow(ctx context.Context, f File, l *Loaded, required []string, fn func(headed)) error {
	var cols map[string]int
	var missing error
	err := eachCSVRow(ctx, f, l, func(row csvRow) {
		if missing != nil {
			return
		}
		if cols == nil {
			cols = map[string]int{}
			for i, c := range row.fields {
				cols[strings.ToLower(strings.TrimPrefix(c, "\ufeff"))] = i
			}
			var absent []string
			for _, c := range required {
				if _, ok := cols[c]; !ok {
					absent = append(absent, strconv.Quote(c))
				}
			}
			if len(absent) > 0 {
				missing = fmt.Errorf("read %s: columns missing from the header: %s", f.Name, strings.Join(absent, ", "))
			}
			return
		}
		if len(row.fields) > len(cols) {
			l.problem(f.Name, row.line, "%d fields, the header has %d: row skipped", len(row.fields), len(cols))
			return
		}
		fn(headed{line: row.line, fields: row.fields, cols: cols})
	})
	if err != nil {
		return err
	}
	if cols == nil {
		return fmt.Errorf("read %s: empty file, no header", f.Name)
	}
	return missing
}

// ReadOpenSanctionsCSV reads OpenSanctions' targets.simple.csv: a header
// row, then id, schema, name, aliases, birth_date, countries, addresses,
// identifiers, sanctions, phones, emails, program_ids, dataset,
// first_seen, last_seen, last_change, in any order (only id, schema and
// name are required). Several values in one field are separated by ";".
// Aliases are strong: the file does not tell weak ones apart. The
// sanctions field (the programme and authority in words) goes into the
// remarks; first_seen stands for the listing date, which the file does
// not carry.
func ReadOpenSanctionsCSV(ctx context.Context, f File) (Loaded, error) {
	var l Loaded
	err := eachHeadedRow(ctx, f, &l, []string{"id", "schema", "name"}, func(h headed) {
		e := Entry{ID: h.get("id"), List: ListOpenSanctions, Source: fmt.Sprintf("%s:%d", f.Name, h.line)}
		t, ok := ftmType[h.get("schema")]
		if !ok {
			l.problem(f.Name, h.line, "schema %q is not a person, organisation, vessel or airplane: row skipped", h.get("schema"))
			return
		}
		e.Type = t
		if e.ID == "" || h.get("name") == "" {
			l.problem(f.Name, h.line, "row without id or name: skipped")
			return
		}
		e.addName(Name{Text: h.get("name"), Kind: Primary})
		for _, a := range h.list("aliases", ";") {
			e.addName(Name{Text: a, Kind: Strong, Note: "aka"})
		}
		if ds := h.list("dataset", ";"); len(ds) == 1 {
			e.List = ds[0]
		}
		e.BirthDates = h.list("birth_date", ";")
		if t == Person {
			e.Nationalities = h.list("countries", ";")
		} else {
			e.Countries = h.list("countries", ";")
		}
		for _, a := range h.list("addresses", ";") {
			e.Addresses = append(e.Addresses, Address{Text: a})
		}
		e.Programmes = h.list("program_ids", ";")
		e.Remarks = joinRemark(h.get("sanctions"), h.get("identifiers"))
		if fs := h.get("first_seen"); len(fs) >= 10 {
			e.Listed = fs[:10]
		}
		l.Entries = append(l.Entries, e)
	})
	return l, err
}

// ReadCSL reads the US trade.gov Consolidated Screening List CSV: a header
// row, then source, entity_number, type, programs, name, title,
// addresses, ..., start_date, ..., alt_names, citizenships,
// dates_of_birth, nationalities, places_of_birth, ids. Each source list
// becomes a list of its own, named "us-csl-" and the list's abbreviation
// ("us-csl-sdn", "us-csl-el" for the Entity List). Rows without an
// entity number (the BIS lists) are numbered by their line.
func ReadCSL(ctx context.Context, f File) (Loaded, error) {
	var l Loaded
	err := eachHeadedRow(ctx, f, &l, []string{"source", "name"}, func(h headed) {
		name := h.get("name")
		if name == "" {
			l.problem(f.Name, h.line, "row without a name: skipped")
			return
		}
		e := Entry{List: cslList(h.get("source")), ID: h.get("entity_number"), Source: fmt.Sprintf("%s:%d", f.Name, h.line)}
		if e.ID == "" {
			e.ID = fmt.Sprintf("line-%d", h.line)
		}
		switch strings.ToLower(h.get("type")) {
		case "individual":
			e.Type = Person
		case "vessel":
			e.Type = Vessel
		case "aircraft":
			e.Type = Aircraft
		case "entity":
			e.Type = Entity
		default:
			e.Type = guessOFACType([]Name{{Text: name}})
		}
		e.addName(Name{Text: name, Kind: Primary, Surname: ofacSurname(name, e.Type)})
		for _, a := range h.list("alt_names", ";") {
			e.addName(Name{Text: a, Kind: Strong, Note: "aka", Surname: ofacSurname(a, e.Type)})
		}
		e.Programmes = h.list("programs", ";")
		e.Listed = h.get("start_date")
		e.BirthDates = h.list("dates_of_birth", ";")
		e.BirthPlaces = h.list("places_of_birth", ";")
		e.Nationalities = appendUnique(h.list("nationalities", ";"), h.list("citizenships", ";")...)
		for _, a := range h.list("addresses", ";") {
			e.Addresses = append(e.Addresses, Address{Text: a})
		}
		e.Positions = h.list("title", ";")
		e.Remarks = joinRemark(h.get("remarks"), h.get("ids"))
		if flag := h.get("vessel_flag"); flag != "" {
			e.Countries = []string{flag}
		}
		l.Entries = append(l.Entries, e)
	})
	return l, err
}

// cslList names a CSL source list by the abbreviation in its parentheses:
// "Entity List (EL) - Bureau of Industry and Security" is "us-csl-el".
func cslList(source string) string {
	if i := strings.IndexByte(source, '('); i >= 0 {
		if j := strings.IndexByte(source[i:], ')'); j > 1 {
			abbr := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(source[i+1:i+j])), " list")
			return "us-csl-" + strings.Join(strings.Fields(abbr), "-")
		}
	}
	if source == "" {
		return "us-csl"
	}
	return "us-csl-" + strings.ToLower(strings.Join(strings.Fields(source), "-"))
}
