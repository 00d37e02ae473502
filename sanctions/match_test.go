package sanctions

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/entente/entente/event"
)

// testEntries is a made-up list: every name is invented for these tests.
// Common words ("mohammad", "trading") recur so that rarity means
// something.
func testEntries() []Entry {
	p := func(id, name string, aliases ...string) Entry {
		e := Entry{List: "test", ID: id, Type: Person, Names: []Name{{Text: name, Kind: Primary, Surname: ofacSurname(name, Person)}}}
		for _, a := range aliases {
			kind := Strong
			if t, ok := strings.CutPrefix(a, "weak:"); ok {
				a, kind = t, Weak
			}
			e.Names = append(e.Names, Name{Text: a, Kind: kind, Surname: ofacSurname(a, Person)})
		}
		return e
	}
	o := func(id, name string, aliases ...string) Entry {
		e := p(id, name, aliases...)
		e.Type = Entity
		for i := range e.Names {
			e.Names[i].Surname = ""
		}
		return e
	}
	entries := []Entry{
		o("1", "ROSOBORONEKSPORT OAO", "ROSOBORONEXPORT JSC"),
		p("2", "PETROVSKY, Aleksandr Ivanovich", "PETROVSKII, Alexander", "weak:SASHA"),
		p("3", "KOVALENKO, Dmitry Sergeyevich"),
		o("4", "NORTHERN LIGHTS COMPUTING COMPANY"),
		p("5", "RAHMAN, Abdul Karim", "ABDULRAHMAN, Karim"),
		p("6", "HUSSEIN, Omar Farouk"),
		p("7", "ZHENG, Li Wei"),
		p("8", "BELOV, Pyotr", "weak:PETYA BELOV"),
		p("9", "MIRZAEV, Farrukh"),
		o("10", "GREEN CRESCENT TRADING LLC"),
		p("11", "TAHIR"),
		o("12", "TRADING HOUSE NOVA"),
	}
	// Filler designations make "mohammad", "ali", "trading" and
	// "karim" common, as they are on real lists.
	for i := range 60 {
		entries = append(entries, p(fmt.Sprint(100+i), fmt.Sprintf("MOHAMMAD ALI KARIM %s", fillerWord(i))))
		entries = append(entries, o(fmt.Sprint(200+i), fmt.Sprintf("%s TRADING LLC", strings.ToUpper(fillerWord(i+7)))))
	}
	return entries
}

// fillerWord returns a distinct made-up word for each i.
func fillerWord(i int) string {
	syl := []string{"ka", "lo", "mi", "ne", "pu", "ra", "si", "to", "vu", "ze"}
	return syl[i%10] + syl[(i/10)%10] + syl[(i+3)%10] + "x"
}

func testIndex() *Index { return NewIndex(testEntries(), Options{}) }

func top(ix *Index, q Query) (Candidate, bool) {
	c := ix.Screen(q)
	if len(c) == 0 {
		return Candidate{}, false
	}
	return c[0], true
}

func TestScreen(t *testing.T) {
	ix := testIndex()
	tests := []struct {
		query string
		typ   Type
		want  string // entry id of the top match, "" for no match
		why   string // in the explanation of the top candidate
	}{
		{"Rosoboronexport", Unknown, "1", "rosoboronexport"},
		{"Rosoboroneksport", Unknown, "1", ""},
		{"JSC Rosoboronexport", Entity, "1", ""},
		{"Alexander Petrovsky", Unknown, "2", ""},
		{"Aleksandr Petrovskii", Unknown, "2", ""},
		{"Александр Петровский", Unknown, "2", ""},
		{"Dmitri Kovalenko", Unknown, "3", "not in the query: sergeyevich"},
		{"Dmitriy Kovalenko", Unknown, "3", ""},
		{"KOVALENKO, Dmitry", Unknown, "3", ""},
		{"Abdulrahman Karim", Unknown, "5", ""},
		{"Abdul Rahman Karim", Unknown, "5", ""},
		{"Omar Hussein", Unknown, "6", ""},
		{"Omar Husain", Unknown, "6", "vowels differ"},
		{"Li Wei Zheng", Unknown, "7", ""},
		{"Tahir", Unknown, "11", ""},
		{"Green Crescent Trading", Unknown, "10", ""},
		// Whole words only.
		{"Putin", Unknown, "", ""},
		{"Computing", Unknown, "", "score"},
		{"Northern Lights", Unknown, "4", "not in the query: computing"},
		// Weak aliases never match alone.
		{"Sasha", Unknown, "", "weak alias"},
		{"Petya Belov", Unknown, "", "weak alias"},
		// A person needs two words, and the family name.
		{"Kovalenko", Unknown, "", "two matching name words"},
		{"Dmitry Sergeyevich", Unknown, "", "family name"},
		// A name of common words is no identification.
		{"Mohammad Ali", Unknown, "", "too common"},
		{"Karim Ali", Unknown, "", ""},
		// Feminine forms and types.
		{"Aleksandra Petrovskaya", Unknown, "", ""},
		{"Rosoboronexport", Person, "", ""},
		{"Omar Hussein", Entity, "", ""},
		{"", Unknown, "", ""},
		{"--- ,,, ...", Unknown, "", ""},
	}
	for _, tt := range tests {
		c, ok := top(ix, Query{Name: tt.query, Type: tt.typ})
		got := ""
		if ok && c.Match {
			got = c.Entry.ID
		}
		if got != tt.want {
			t.Errorf("Screen(%q) top match %q, want %q (%s %v: %s)", tt.query, got, tt.want, c.Name.Text, c.Score, c.Explanation)
			continue
		}
		if tt.why != "" && !strings.Contains(c.Explanation, tt.why) {
			t.Errorf("Screen(%q) explanation %q, want it to say %q", tt.query, c.Explanation, tt.why)
		}
	}
}

func TestScreenBirthDate(t *testing.T) {
	entries := []Entry{
		{List: "t", ID: "1", Type: Person, Names: []Name{{Text: "OSTROVSKY, Anton", Kind: Primary, Surname: "OSTROVSKY"}}, BirthDates: []string{"1961-01-08"}},
		{List: "t", ID: "2", Type: Person, Names: []Name{{Text: "OSTROVSKY, Anton", Kind: Primary, Surname: "OSTROVSKY"}}, BirthDates: []string{"1975/1977"}},
	}
	ix := NewIndex(entries, Options{})
	tests := []struct {
		born, want, why string
	}{
		{"1961", "1", "birth year agrees"},
		{"1976-04-01", "2", "birth year agrees"},
		{"1990", "", "birth year differs"},
	}
	for _, tt := range tests {
		c, _ := top(ix, Query{Name: "Anton Ostrovsky", BirthDate: tt.born})
		got := ""
		if c.Match {
			got = c.Entry.ID
		}
		if got != tt.want || !strings.Contains(c.Explanation, tt.why) {
			t.Errorf("born %s: top match %q (%s), want %q saying %q", tt.born, got, c.Explanation, tt.want, tt.why)
		}
	}
}

func TestScreenExplanation(t *testing.T) {
	c, _ := top(testIndex(), Query{Name: "Alexander Petrovsky"})
	for _, want := range []string{"alexander, petrovsky~petrovskii (spelling variant)", `strong alias name "PETROVSKII, Alexander"`, "query covered 98%", ">= 0.82"} {
		if !strings.Contains(c.Explanation, want) {
			t.Errorf("explanation %q lacks %q", c.Explanation, want)
		}
	}
}

func TestScreenLimitAndOrder(t *testing.T) {
	ix := NewIndex(testEntries(), Options{Limit: 3, Floor: 0.1})
	cands := ix.Screen(Query{Name: "Mohammad Ali Karim"})
	if len(cands) != 3 {
		t.Fatalf("%d candidates, want the limit of 3", len(cands))
	}
	for i := 1; i < len(cands); i++ {
		if better(cands[i], cands[i-1]) {
			t.Errorf("candidate %d ranks above %d", i, i-1)
		}
	}
}

func TestScreenEntities(t *testing.T) {
	ix := testIndex()
	ents := []event.Entity{
		{Kind: "person", Doc: "d1", Name: "Aleksandr Petrovsky", Organization: "Rosoboronexport", Mentions: []event.Span{{Start: 10, End: 29, Text: "Aleksandr Petrovsky"}}},
		{Kind: "person", Doc: "d1", Name: "Jane Example"},
		{Kind: "organization", Doc: "d2", Name: "Rosoboroneksport"},
		{Kind: "person", Doc: "d3", Name: "Aleksandr Petrovsky"},
	}
	hits := ix.ScreenEntities(ents)
	type hit struct {
		entity int
		role   string
		id     string
	}
	var got []hit
	for _, h := range hits {
		got = append(got, hit{h.Entity, h.Role, h.Entry.ID})
		if h.Explanation == "" {
			t.Errorf("hit %+v without explanation", h)
		}
	}
	want := []hit{{0, "name", "2"}, {0, "organization", "1"}, {2, "name", "1"}, {3, "name", "2"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("hits %v, want %v", got, want)
	}
	if len(hits) > 0 && (hits[0].Doc != "d1" || len(hits[0].Mentions) != 1) {
		t.Errorf("first hit lost the entity's document or mentions: %+v", hits[0])
	}
}

func TestLines(t *testing.T) {
	ix := testIndex()
	q := Query{Name: "Nobody Atall"}
	lines := ix.Lines(q, ix.Screen(q))
	if len(lines) != 1 || lines[0].Match || lines[0].Query != "Nobody Atall" || lines[0].Explanation == "" {
		t.Errorf("lines for no candidate: %+v", lines)
	}
	q = Query{Name: "Rosoboronexport"}
	lines = ix.Lines(q, ix.Screen(q))
	if !lines[0].Match || lines[0].EntryID != "1" || lines[0].List != "test" {
		t.Errorf("lines %+v", lines[0])
	}
}

func BenchmarkScreenSmall(b *testing.B) {
	ix := testIndex()
	qs := []string{"Alexander Petrovsky", "Mohammad Ali Karim", "Rosoboronexport", "Jane Example"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		ix.Screen(Query{Name: qs[i%len(qs)]})
	}
}

// hitRecorder is a HitStore that keeps what it is given, or fails.
type hitRecorder struct {
	hits []EntityHit
	err  error
}

func (r *hitRecorder) PutHits(_ context.Context, hits []EntityHit) error {
	r.hits = append(r.hits, hits...)
	return r.err
}

func TestStoreHits(t *testing.T) {
	ix := testIndex()
	ents := []event.Entity{{Kind: "person", Doc: "d", Name: "Dmitri Kovalenko"}, {Kind: "person", Doc: "d", Name: "Nobody Known"}}
	rec := &hitRecorder{}
	hits, err := ix.StoreHits(context.Background(), rec, ents)
	if err != nil || len(hits) != 1 || len(rec.hits) != 1 || rec.hits[0].Hit.EntryID != "3" || !rec.hits[0].Hit.Match {
		t.Fatalf("hits %+v, stored %+v, err %v", hits, rec.hits, err)
	}
	failing := &hitRecorder{err: errors.New("disk full")}
	if _, err := ix.StoreHits(context.Background(), failing, ents); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("store error %v", err)
	}
	none := &hitRecorder{err: errors.New("must not be called")}
	if _, err := ix.StoreHits(context.Background(), none, ents[1:]); err != nil {
		t.Errorf("no hits, yet %v", err)
	}
}

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in   string
		want Query
		err  string
	}{
		{`{"name": "Anna Example"}`, Query{Name: "Anna Example"}, ""},
		{`{"name": "Acme", "type": "Organization"}`, Query{Name: "Acme", Type: Entity}, ""},
		{`{"name": "A B", "type": "person", "birth_date": "1960"}`, Query{Name: "A B", Type: Person, BirthDate: "1960"}, ""},
		{`{"name": "A B", "type": "planet"}`, Query{}, "query type"},
		{`{"type": "person"}`, Query{}, "without a name"},
		{`{"name": `, Query{}, "not a JSON query"},
	}
	for _, tt := range tests {
		got, err := ParseQuery([]byte(tt.in))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseQuery(%s) err %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseQuery(%s) = %+v, %v", tt.in, got, err)
		}
	}
}

func TestScreenConcurrent(t *testing.T) {
	want := map[string]string{}
	queries := []string{"Alexander Petrovsky", "Rosoboronexport", "Omar Husain", "Mohammad Ali Karim", "Nobody Atall"}
	alone := testIndex()
	for _, q := range queries {
		c, _ := top(alone, Query{Name: q})
		want[q] = c.Explanation
	}
	// A fresh index, so that the goroutines fill its caches together.
	ix := testIndex()
	done := make(chan string, 8)
	for g := range 8 {
		go func() {
			for i := range 200 {
				q := queries[(g+i)%len(queries)]
				if c, _ := top(ix, Query{Name: q}); c.Explanation != want[q] {
					done <- fmt.Sprintf("%q: %q, alone %q", q, c.Explanation, want[q])
					return
				}
			}
			done <- ""
		}()
	}
	for range 8 {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}
