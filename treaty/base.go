package treaty

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed base
var baseFS embed.FS

// Set is a collection of treaties with the areas their location conditions
// name and the tables they are checked against, indexed for the cascade.
// It is read-only once built and safe for concurrent use.
type Set struct {
	Treaties  []*Treaty
	Areas     map[string]*Area
	Countries *Countries
	Places    *Gazetteer
	// owedTo indexes the directed obligations by the state they are owed
	// to.
	owedTo map[string][]Obligation
}

// Base returns the treaty base written for entente, embedded in the binary.
// It panics if the embedded base does not validate, which the package's
// tests rule out.
var Base = sync.OnceValue(func() *Set {
	s, err := LoadFS(baseFS, "base")
	if err != nil {
		panic(fmt.Sprintf("embedded treaty base: %v", err))
	}
	return s
})

// areasFile is the file of a base folder that holds the areas.
const areasFile = "areas.json"

// LoadFS reads a treaty base from dir in fsys: one NAME.json file per
// treaty, whose id is NAME, and areas.json, a JSON array of [Area]. Every
// problem found is reported, each with its file.
func LoadFS(fsys fs.FS, dir string) (*Set, error) {
	countries := DefaultCountries()
	places, err := NewGazetteer(countries, strings.NewReader(placesTSV))
	if err != nil {
		return nil, err
	}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("read treaty base %s: %w", dir, err)
	}
	areas := map[string]*Area{}
	if b, err := fs.ReadFile(fsys, path.Join(dir, areasFile)); err == nil {
		var list []*Area
		if err := decodeStrict(b, &list); err != nil {
			return nil, fmt.Errorf("%s: %w", path.Join(dir, areasFile), err)
		}
		for _, a := range list {
			if err := checkArea(a, places); err != nil {
				return nil, fmt.Errorf("%s: %w", path.Join(dir, areasFile), err)
			}
			if areas[a.ID] != nil {
				return nil, fmt.Errorf("%s: area %q defined twice", path.Join(dir, areasFile), a.ID)
			}
			areas[a.ID] = a
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read %s: %w", path.Join(dir, areasFile), err)
	}
	var treaties []*Treaty
	var problems []error
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".json") || name == areasFile {
			continue
		}
		file := path.Join(dir, name)
		b, err := fs.ReadFile(fsys, file)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", file, err)
		}
		t := &Treaty{}
		if err := decodeStrict(b, t); err != nil {
			problems = append(problems, fmt.Errorf("%s: %w", file, err))
			continue
		}
		if want := strings.TrimSuffix(name, ".json"); t.ID != want {
			problems = append(problems, fmt.Errorf("%s: id %q does not match the file name (want %q)", file, t.ID, want))
		}
		if t.Source == "" {
			t.Source = "base"
		}
		if t.Status == "" {
			t.Status = StatusBase
		}
		for _, err := range Validate(t, countries, areas, false) {
			problems = append(problems, fmt.Errorf("%s: %w", file, err))
		}
		treaties = append(treaties, t)
	}
	if len(problems) > 0 {
		return nil, errors.Join(problems...)
	}
	return NewSet(treaties, areas, countries, places), nil
}

// NewSet indexes treaties that have been validated.
func NewSet(treaties []*Treaty, areas map[string]*Area, countries *Countries, places *Gazetteer) *Set {
	s := &Set{Treaties: treaties, Areas: areas, Countries: countries, Places: places, owedTo: map[string][]Obligation{}}
	for _, t := range treaties {
		for _, o := range t.Obligations() {
			s.owedTo[o.To] = append(s.owedTo[o.To], o)
		}
	}
	return s
}

// With returns a new set holding s's treaties and more, sharing s's areas
// and tables.
func (s *Set) With(more []*Treaty) *Set {
	return NewSet(append(slices.Clone(s.Treaties), more...), s.Areas, s.Countries, s.Places)
}

// Treaty returns the treaty with the given id.
func (s *Set) Treaty(id string) (*Treaty, bool) {
	for _, t := range s.Treaties {
		if t.ID == id {
			return t, true
		}
	}
	return nil, false
}

// OwedTo returns the directed obligations owed to a state, over all time.
func (s *Set) OwedTo(code string) []Obligation { return s.owedTo[code] }

// decodeStrict decodes JSON and refuses unknown fields, so that a typo in
// the base is an error and not a silently ignored field.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line := 1 + bytes.Count(b[:se.Offset], []byte("\n"))
			return fmt.Errorf("line %d: %w", line, err)
		}
		return err
	}
	if dec.More() {
		return errors.New("data after the first JSON value")
	}
	return nil
}

func checkArea(a *Area, places *Gazetteer) error {
	if a.ID == "" || a.Name == "" || a.Text == "" {
		return fmt.Errorf("area %q: id, name and text are required", a.ID)
	}
	if len(a.Include) == 0 {
		return fmt.Errorf("area %q: no rules", a.ID)
	}
	for i, r := range a.Include {
		for _, p := range r.Places {
			if _, ok := places.Resolve(p); !ok {
				return fmt.Errorf("area %q rule %d: unknown place %q", a.ID, i+1, p)
			}
		}
		for _, k := range r.Kinds {
			if !slices.Contains([]string{KindHome, KindIsland, KindTerritory, KindSea}, k) {
				return fmt.Errorf("area %q rule %d: unknown kind %q", a.ID, i+1, k)
			}
		}
	}
	return nil
}

// Validate checks a treaty and returns every problem: unknown country
// codes (or, with allowCOW, "cow:N" codes for historical states), dates out
// of order, parties listed twice over the same days, clauses that name
// non-parties, unknown kinds, conditions and areas, suspensions without a
// reason.
func Validate(t *Treaty, countries *Countries, areas map[string]*Area, allowCOW bool) []error {
	var out []error
	bad := func(format string, args ...any) { out = append(out, fmt.Errorf(format, args...)) }
	if t.ID == "" {
		bad("treaty has no id")
	}
	if t.Name == "" {
		bad("treaty %s has no name", t.ID)
	}
	if t.Signed.IsZero() && t.InForce.IsZero() {
		bad("neither signed nor in_force is given")
	}
	if !t.Signed.IsZero() && !t.InForce.IsZero() && t.InForce.Before(t.Signed) {
		bad("in_force %s before signed %s", t.InForce, t.Signed)
	}
	if t.InForceUnknown && !t.InForce.IsZero() {
		bad("in_force_unknown with an in_force date")
	}
	start := t.InForce
	if start.IsZero() {
		start = t.Signed
	}
	if !t.Ended.IsZero() && !start.IsZero() && !start.Before(t.Ended) {
		bad("ended %s not after %s", t.Ended, start)
	}
	code := func(c, where string) {
		if allowCOW && strings.HasPrefix(c, "cow:") {
			if _, err := strconv.Atoi(c[4:]); err != nil {
				bad("%s: bad code %q", where, c)
			}
			return
		}
		if !countries.Known(c) {
			bad("%s: unknown country code %q", where, c)
		}
	}
	if len(t.Parties) < 2 {
		bad("fewer than two parties")
	}
	parties := map[string][]Interval{}
	for _, p := range t.Parties {
		where := "party " + p.Code
		code(p.Code, where)
		if !p.Joined.IsZero() && !p.Left.IsZero() && !p.Joined.Before(p.Left) {
			bad("%s: left %s not after joined %s", where, p.Left, p.Joined)
		}
		if !p.Joined.IsZero() && !t.Signed.IsZero() && p.Joined.Before(t.Signed) {
			bad("%s: joined %s before the treaty was signed (%s)", where, p.Joined, t.Signed)
		}
		if !p.Left.IsZero() && !t.Ended.IsZero() && t.Ended.Before(p.Left) {
			bad("%s: left %s after the treaty ended (%s)", where, p.Left, t.Ended)
		}
		iv := Interval{From: p.Joined, Until: p.Left}
		for _, o := range parties[p.Code] {
			if o.Overlaps(iv) {
				bad("%s: listed twice over %s", where, o.Intersect(iv))
			}
		}
		parties[p.Code] = append(parties[p.Code], iv)
	}
	if len(t.Clauses) == 0 {
		bad("no obligations")
	}
	for i, c := range t.Clauses {
		where := fmt.Sprintf("obligation %d (%s, article %q)", i+1, c.Kind, c.Article)
		if !c.Kind.valid() {
			bad("%s: unknown kind %q", where, c.Kind)
		}
		if c.Article == "" && c.Note == "" {
			bad("%s: no article (give a note saying why)", where)
		}
		if len(c.By) == 0 || len(c.To) == 0 {
			bad("%s: by and to are required", where)
		}
		for _, list := range [][]string{c.By, c.To} {
			for _, m := range list {
				if m != All && parties[m] == nil {
					bad("%s: %q is not a party", where, m)
				}
			}
		}
		if !c.From.IsZero() && !c.Until.IsZero() && !c.From.Before(c.Until) {
			bad("%s: until %s not after from %s", where, c.Until, c.From)
		}
		checkConds := func(conds []Condition, where string) {
			for _, cd := range conds {
				if !slices.Contains(conditionTypes, cd.Type) {
					bad("%s: unknown condition type %q", where, cd.Type)
				}
				if cd.Type == Location && areas != nil && areas[cd.Area] == nil {
					bad("%s: location condition names unknown area %q", where, cd.Area)
				}
				if cd.Type != Location && cd.Area != "" {
					bad("%s: area %q on a %s condition", where, cd.Area, cd.Type)
				}
				for _, a := range cd.Adversaries {
					code(a, where+": adversary")
				}
				if cd.Type == Adversary && len(cd.Adversaries) == 0 && cd.Text == "" {
					bad("%s: adversary condition names no adversary and has no text", where)
				}
			}
		}
		checkConds(c.Conditions, where)
		for m, conds := range c.ConditionalFor {
			if parties[m] == nil {
				bad("%s: conditional_for %q is not a party", where, m)
			}
			checkConds(conds, where+" for "+m)
		}
	}
	for _, s := range t.Suspensions {
		where := fmt.Sprintf("suspension %s→%s", s.By, s.To)
		if parties[s.By] == nil || parties[s.To] == nil {
			bad("%s: both sides must be parties", where)
		}
		if s.From.IsZero() || s.Reason == "" {
			bad("%s: from and reason are required", where)
		}
		if !s.Until.IsZero() && !s.From.Before(s.Until) {
			bad("%s: until %s not after from %s", where, s.Until, s.From)
		}
	}
	return out
}

// withAreas returns s with more areas, for sets whose treaties name areas
// of their own.
func (s *Set) withAreas(more map[string]*Area) *Set {
	out := *s
	out.Areas = map[string]*Area{}
	for id, a := range s.Areas {
		out.Areas[id] = a
	}
	for id, a := range more {
		out.Areas[id] = a
	}
	return &out
}
