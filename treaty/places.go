package treaty

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
)

//go:embed places.tsv
var placesTSV string

// Place is somewhere an attack can happen: a state's home territory, an
// island or other territory, or a sea where forces, vessels or aircraft can
// be attacked.
type Place struct {
	ID      string
	Aliases []string
	Name    string
	// Sovereign is the state whose territory the place is (empty for a
	// sea); Admin the state that administers it, which may differ
	// (Crimea).
	Sovereign, Admin string
	// Kind is home, island, territory or sea.
	Kind    string
	Regions []string
	// Maybe are regions the place arguably lies in: a condition that needs
	// them cannot be decided.
	Maybe []string
	Note  string
}

// Place kinds.
const (
	KindHome      = "home"
	KindIsland    = "island"
	KindTerritory = "territory"
	KindSea       = "sea"
)

// Gazetteer resolves location names to places. It is read-only once built.
type Gazetteer struct {
	places map[string]Place
	names  map[string]string // id or alias → id
}

// NewGazetteer builds a gazetteer from the home territories of every code
// in countries and the rows of a places table (the format of places.tsv).
func NewGazetteer(countries *Countries, places io.Reader) (*Gazetteer, error) {
	g := &Gazetteer{places: map[string]Place{}, names: map[string]string{}}
	for _, code := range countries.ISO3Codes() {
		c, _ := countries.Country(code)
		g.add(Place{ID: code, Name: c.Name, Sovereign: code, Admin: code, Kind: KindHome, Regions: c.Regions})
	}
	sc := bufio.NewScanner(places)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		for len(f) < 9 {
			f = append(f, "")
		}
		p := Place{ID: f[0], Aliases: list(f[1]), Name: f[2], Sovereign: f[3], Admin: f[4], Kind: f[5],
			Regions: list(f[6]), Maybe: list(f[7]), Note: f[8]}
		if p.ID == "" || p.Name == "" {
			return nil, fmt.Errorf("places line %d: id and name are required", line)
		}
		switch p.Kind {
		case KindHome, KindIsland, KindTerritory:
			if !countries.Known(p.Sovereign) || !countries.Known(p.Admin) {
				return nil, fmt.Errorf("places line %d: %s: sovereign %q or administrator %q is not a known ISO3 code", line, p.ID, p.Sovereign, p.Admin)
			}
		case KindSea:
			if p.Sovereign != "" || p.Admin != "" {
				return nil, fmt.Errorf("places line %d: %s: a sea has no sovereign", line, p.ID)
			}
		default:
			return nil, fmt.Errorf("places line %d: %s: kind %q is not home, island, territory or sea", line, p.ID, p.Kind)
		}
		if old, ok := g.places[p.ID]; ok {
			if old.Kind != KindHome || p.Kind != KindHome {
				return nil, fmt.Errorf("places line %d: %s is defined twice", line, p.ID)
			}
			// A row for a state's own code refines its home territory.
			p.Regions = union(old.Regions, p.Regions)
		}
		if err := g.add(p); err != nil {
			return nil, fmt.Errorf("places line %d: %w", line, err)
		}
	}
	return g, sc.Err()
}

func (g *Gazetteer) add(p Place) error {
	g.places[p.ID] = p
	g.names[strings.ToLower(p.ID)] = p.ID
	for _, a := range p.Aliases {
		k := strings.ToLower(a)
		if id, ok := g.names[k]; ok && id != p.ID {
			return fmt.Errorf("alias %q of %s already names %s", a, p.ID, id)
		}
		g.names[k] = p.ID
	}
	return nil
}

// Resolve returns the place a location names: an ISO3 code (the state's
// home territory) or a place id or alias, in any case.
func (g *Gazetteer) Resolve(name string) (Place, bool) {
	id, ok := g.names[strings.ToLower(strings.TrimSpace(name))]
	if !ok {
		return Place{}, false
	}
	return g.places[id], true
}

// IDs returns the ids of the places that are not home territories, sorted.
func (g *Gazetteer) IDs() []string {
	var out []string
	for id, p := range g.places {
		if p.Kind != KindHome || strings.ToUpper(id) != id {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// Area is a region a location condition names, as a list of rules: a place
// is in the area when one rule takes it in.
type Area struct {
	ID      string     `json:"id"`
	Name    string     `json:"name"`
	Article string     `json:"article,omitempty"`
	Text    string     `json:"text"`
	Include []AreaRule `json:"include"`
}

// AreaRule takes in the places that pass all its tests.
type AreaRule struct {
	// Places, when set, are the only places the rule takes in (ids).
	Places []string `json:"places,omitempty"`
	// Of requires the place to be the territory of: "party" (a party of
	// the treaty on the day), "target" (the attacked state), or an ISO3
	// code. Admin is the same test on the administering state.
	Of    string `json:"of,omitempty"`
	Admin string `json:"admin,omitempty"`
	// Kinds are the place kinds taken in; empty takes in all.
	Kinds []string `json:"kinds,omitempty"`
	// Regions: the place must lie in one of them; empty takes in all.
	Regions []string `json:"regions,omitempty"`
	// Until ends the rule (NATO's Algerian departments of France).
	Until Date `json:"until,omitzero"`
}

// Verdict is the outcome of a test that may not be decidable.
type Verdict int

// Verdicts.
const (
	No Verdict = iota
	Unknown
	Yes
)

// areaContext says who the parties and the attacked state are.
type areaContext struct {
	isParty func(code string) bool
	target  string
	at      Date
}

// contains decides whether place p is in the area.
func (a *Area) contains(p Place, ctx areaContext) Verdict {
	best := No
	for _, r := range a.Include {
		if v := r.match(p, ctx); v > best {
			best = v
		}
	}
	return best
}

func (r AreaRule) match(p Place, ctx areaContext) Verdict {
	if !r.Until.IsZero() && !ctx.at.Before(r.Until) {
		return No
	}
	if len(r.Places) > 0 && !slices.Contains(r.Places, p.ID) {
		return No
	}
	if len(r.Kinds) > 0 && !slices.Contains(r.Kinds, p.Kind) {
		return No
	}
	if !owner(r.Of, p.Sovereign, ctx) || !owner(r.Admin, p.Admin, ctx) {
		return No
	}
	if len(r.Regions) == 0 {
		return Yes
	}
	for _, reg := range r.Regions {
		if slices.Contains(p.Regions, reg) {
			return Yes
		}
	}
	for _, reg := range r.Regions {
		if slices.Contains(p.Maybe, reg) {
			return Unknown
		}
	}
	return No
}

func owner(want, have string, ctx areaContext) bool {
	switch want {
	case "":
		return true
	case "party":
		return have != "" && ctx.isParty(have)
	case "target":
		return have != "" && have == ctx.target
	}
	return have == want
}
