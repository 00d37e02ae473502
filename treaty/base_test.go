package treaty

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestBaseLoads(t *testing.T) {
	s, err := LoadFS(baseFS, "base")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(s.Treaties); n < 25 {
		t.Errorf("base has %d treaties, want at least 25", n)
	}
	for _, id := range []string{"nato", "csto", "rus-prk-2024", "chn-prk-1961", "usa-jpn-1960", "usa-kor-1953",
		"usa-phl-1951", "anzus", "rio", "eu-42-7", "rus-vnm-1994", "tac", "rus-blr-2024"} {
		if _, ok := s.Treaty(id); !ok {
			t.Errorf("base lacks %s", id)
		}
	}
}

func TestNATOAccessions(t *testing.T) {
	nato, _ := Base().Treaty("nato")
	cases := []struct {
		code, day string
		want      bool
	}{
		{"FIN", "2023-04-03", false},
		{"FIN", "2023-04-04", true},
		{"SWE", "2024-03-06", false},
		{"SWE", "2024-03-07", true},
		{"MNE", "2016-12-31", false}, // ATOP dates Montenegro by its 2016 protocol; the base by accession
		{"MNE", "2017-06-05", true},
		{"MKD", "2020-03-27", true},
		{"DEU", "1955-05-05", false},
		{"DEU", "1955-05-06", true},
		{"USA", "1949-08-23", false},
		{"USA", "1949-08-24", true},
		{"UKR", "2024-12-31", false},
	}
	for _, c := range cases {
		if got := nato.IsParty(c.code, MustDate(c.day)); got != c.want {
			t.Errorf("NATO party %s on %s = %v, want %v", c.code, c.day, got, c.want)
		}
	}
}

// TestValidateReportsProblems feeds the loader bases written to break one
// rule each and checks that the message says what is wrong.
func TestValidateReportsProblems(t *testing.T) {
	cases := []struct {
		name, json, want string
	}{
		{"unknown code", `{"id":"x","name":"X","signed":"2000-01-01","parties":[{"code":"USA"},{"code":"ZZZ"}],"obligations":[{"kind":"defense","by":["*"],"to":["*"],"article":"1"}]}`, `unknown country code "ZZZ"`},
		{"end before start", `{"id":"x","name":"X","signed":"2000-01-01","in_force":"2001-01-01","ended":"1999-01-01","parties":[{"code":"USA"},{"code":"CAN"}],"obligations":[{"kind":"defense","by":["*"],"to":["*"],"article":"1"}]}`, "ended 1999-01-01 not after 2001-01-01"},
		{"in force before signature", `{"id":"x","name":"X","signed":"2000-01-01","in_force":"1999-01-01","parties":[{"code":"USA"},{"code":"CAN"}],"obligations":[{"kind":"defense","by":["*"],"to":["*"],"article":"1"}]}`, "in_force 1999-01-01 before signed"},
		{"left before joined", `{"id":"x","name":"X","signed":"2000-01-01","parties":[{"code":"USA","joined":"2005-01-01","left":"2004-01-01"},{"code":"CAN"}],"obligations":[{"kind":"defense","by":["*"],"to":["*"],"article":"1"}]}`, "left 2004-01-01 not after joined"},
		{"unknown kind", `{"id":"x","name":"X","signed":"2000-01-01","parties":[{"code":"USA"},{"code":"CAN"}],"obligations":[{"kind":"alliance","by":["*"],"to":["*"],"article":"1"}]}`, `unknown kind "alliance"`},
		{"non-party obligor", `{"id":"x","name":"X","signed":"2000-01-01","parties":[{"code":"USA"},{"code":"CAN"}],"obligations":[{"kind":"defense","by":["MEX"],"to":["*"],"article":"1"}]}`, `"MEX" is not a party`},
		{"unknown area", `{"id":"x","name":"X","signed":"2000-01-01","parties":[{"code":"USA"},{"code":"CAN"}],"obligations":[{"kind":"defense","by":["*"],"to":["*"],"article":"1","conditions":[{"type":"location","area":"atlantis"}]}]}`, `unknown area "atlantis"`},
		{"unknown field", `{"id":"x","name":"X","signd":"2000-01-01","parties":[],"obligations":[]}`, `unknown field "signd"`},
		{"bad date", `{"id":"x","name":"X","signed":"2000-02-30","parties":[{"code":"USA"},{"code":"CAN"}],"obligations":[{"kind":"defense","by":["*"],"to":["*"],"article":"1"}]}`, "day 30 out of range"},
		{"id and file", `{"id":"y","name":"X","signed":"2000-01-01","parties":[{"code":"USA"},{"code":"CAN"}],"obligations":[{"kind":"defense","by":["*"],"to":["*"],"article":"1"}]}`, `id "y" does not match the file name`},
		{"no article", `{"id":"x","name":"X","signed":"2000-01-01","parties":[{"code":"USA"},{"code":"CAN"}],"obligations":[{"kind":"defense","by":["*"],"to":["*"],"article":""}]}`, "no article"},
		{"suspension without reason", `{"id":"x","name":"X","signed":"2000-01-01","parties":[{"code":"USA"},{"code":"CAN"}],"obligations":[{"kind":"defense","by":["*"],"to":["*"],"article":"1"}],"suspensions":[{"by":"USA","to":"CAN","from":"2001-01-01","reason":""}]}`, "from and reason are required"},
		{"syntax", "{\"id\":\"x\",\n\"name\": }", "line 2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{"b/x.json": {Data: []byte(c.json)}}
			_, err := LoadFS(fsys, "b")
			if err == nil {
				t.Fatalf("loaded; want an error with %q", c.want)
			}
			if !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "b/x.json") {
				t.Errorf("error %q; want it to name b/x.json and say %q", err, c.want)
			}
		})
	}
}

func FuzzLoadTreaty(f *testing.F) {
	b, _ := baseFS.ReadFile("base/anzus.json")
	f.Add(string(b))
	f.Fuzz(func(t *testing.T, in string) {
		s, err := LoadFS(fstest.MapFS{"b/x.json": {Data: []byte(in)}}, "b")
		if err != nil {
			return
		}
		for _, tr := range s.Treaties {
			_ = tr.Obligations()
		}
	})
}
