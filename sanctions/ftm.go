package sanctions

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
)

// ListOpenSanctions names entries that OpenSanctions merged from more than
// one dataset.
const ListOpenSanctions = "opensanctions"

// ftmEntity is one line of a FollowTheMoney JSON-lines export.
type ftmEntity struct {
	ID         string                       `json:"id"`
	Caption    string                       `json:"caption"`
	Schema     string                       `json:"schema"`
	Properties map[string][]json.RawMessage `json:"properties"`
	Referents  []string                     `json:"referents"`
	Datasets   []string                     `json:"datasets"`
	Target     *bool                        `json:"target"`
}

// prop returns the string values of a property. A nested entity (the
// "nested" export form) gives its caption.
func (e *ftmEntity) prop(name string) []string {
	var out []string
	for _, raw := range e.Properties[name] {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			out = appendUnique(out, s)
			continue
		}
		var nested struct {
			Caption string `json:"caption"`
		}
		if json.Unmarshal(raw, &nested) == nil {
			out = appendUnique(out, nested.Caption)
		}
	}
	return out
}

// ftmType maps FollowTheMoney schemata to entry types; schemata not here
// are not designations (Address, Sanction, Identification and the
// relation schemata) and are read only for what they add to one.
var ftmType = map[string]Type{
	"Person":       Person,
	"Organization": Entity,
	"Company":      Entity,
	"LegalEntity":  Entity,
	"PublicBody":   Entity,
	"Vessel":       Vessel,
	"Airplane":     Aircraft,
}

// ReadFtM reads OpenSanctions FollowTheMoney JSON lines: one entity per
// line with id, schema, properties (lists of strings), datasets and
// target. Persons, organisations, companies, legal entities, public
// bodies, vessels and airplanes with target true (or no target field)
// become entries; names come from name, alias and previousName (strong)
// and weakAlias (weak). Address entities fill the addressEntity
// references, and Sanction entities (linked by their entity property) the
// programmes and listing date; without one the listing date is the
// entity's createdAt. The list is the entity's dataset, or
// ListOpenSanctions when it has several.
func ReadFtM(ctx context.Context, f File) (Loaded, error) {
	var l Loaded
	sc := bufio.NewScanner(f.R)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var targets []*ftmEntity
	var lines []int
	addresses := map[string]string{}
	type sanction struct{ programmes, dates []string }
	sanctions := map[string]*sanction{}
	skipped := map[string]int{}
	for line := 1; sc.Scan(); line++ {
		if line%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return l, err
			}
		}
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var e ftmEntity
		if err := json.Unmarshal(b, &e); err != nil {
			l.problem(f.Name, line, "not a JSON entity: %v", err)
			continue
		}
		if e.ID == "" || e.Schema == "" {
			l.problem(f.Name, line, "entity without id or schema: skipped")
			continue
		}
		switch e.Schema {
		case "Address":
			full := joinNonEmpty(", ", e.prop("full")...)
			if full == "" {
				full = e.Caption
			}
			for _, id := range append([]string{e.ID}, e.Referents...) {
				addresses[id] = full
			}
			continue
		case "Sanction":
			s := &sanction{programmes: append(e.prop("programId"), e.prop("program")...)}
			s.dates = append(e.prop("listingDate"), e.prop("startDate")...)
			for _, id := range e.prop("entity") {
				if old, ok := sanctions[id]; ok {
					old.programmes = append(old.programmes, s.programmes...)
					old.dates = append(old.dates, s.dates...)
				} else {
					sanctions[id] = s
				}
			}
			continue
		}
		if _, ok := ftmType[e.Schema]; !ok || e.Target != nil && !*e.Target {
			skipped[e.Schema]++
			continue
		}
		targets = append(targets, &e)
		lines = append(lines, line)
	}
	if err := sc.Err(); err != nil {
		return l, fmt.Errorf("read %s: %w", f.Name, err)
	}
	for i, e := range targets {
		entry := e.entry()
		entry.Source = fmt.Sprintf("%s:%d", f.Name, lines[i])
		if len(entry.Names) == 0 {
			l.problem(f.Name, lines[i], "entity %s has no name: skipped", e.ID)
			continue
		}
		for _, ref := range e.prop("addressEntity") {
			if a, ok := addresses[ref]; ok {
				entry.Addresses = append(entry.Addresses, Address{Text: a})
			}
		}
		if s, ok := sanctions[e.ID]; ok {
			entry.Programmes = appendUnique(entry.Programmes, s.programmes...)
			if d := earliest(s.dates); d != "" {
				entry.Listed = d
			}
		}
		l.Entries = append(l.Entries, entry)
	}
	for schema, n := range skipped {
		l.Notes = append(l.Notes, fmt.Sprintf("%s: %d %s entities are not designations: not read as entries", f.Name, n, schema))
	}
	return l, nil
}

func (e *ftmEntity) entry() Entry {
	out := Entry{ID: e.ID, Type: ftmType[e.Schema], List: ListOpenSanctions}
	if len(e.Datasets) == 1 {
		out.List = e.Datasets[0]
	}
	names := e.prop("name")
	if len(names) == 0 {
		if n := joinNonEmpty(" ", append(append(e.prop("firstName"), e.prop("middleName")...), e.prop("lastName")...)...); n != "" {
			names = []string{n}
		}
	}
	// The caption is the name OpenSanctions shows: make it the primary.
	if e.Caption != "" {
		out.addName(Name{Text: e.Caption, Kind: Primary})
	}
	for _, n := range names {
		out.addName(Name{Text: n, Kind: Strong})
	}
	if len(out.Names) > 0 {
		out.Names[0].Kind = Primary
	}
	for _, n := range e.prop("alias") {
		out.addName(Name{Text: n, Kind: Strong, Note: "aka"})
	}
	for _, n := range e.prop("previousName") {
		out.addName(Name{Text: n, Kind: Strong, Note: "fka"})
	}
	for _, n := range e.prop("weakAlias") {
		out.addName(Name{Text: n, Kind: Weak, Note: "aka"})
	}
	if last := e.prop("lastName"); len(last) > 0 {
		out.Names[0].Surname = last[0]
	}
	out.BirthDates = e.prop("birthDate")
	out.BirthPlaces = e.prop("birthPlace")
	out.Nationalities = appendUnique(e.prop("nationality"), e.prop("citizenship")...)
	out.Countries = appendUnique(e.prop("country"), e.prop("jurisdiction")...)
	out.Countries = appendUnique(out.Countries, e.prop("flag")...)
	for _, a := range e.prop("address") {
		out.Addresses = append(out.Addresses, Address{Text: a})
	}
	out.Positions = appendUnique(e.prop("position"), e.prop("title")...)
	out.Programmes = e.prop("programId")
	out.Listed = earliest(e.prop("createdAt"))
	out.Remarks = strings.Join(e.prop("notes"), "; ")
	return out
}

// earliest returns the smallest of ISO 8601 dates, which sort as strings.
func earliest(dates []string) string {
	min := ""
	for _, d := range dates {
		d = strings.TrimSpace(d)
		if d != "" && (min == "" || d < min) {
			min = d
		}
	}
	return min
}
