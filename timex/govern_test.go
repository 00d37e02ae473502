package timex

import (
	"strings"
	"testing"
	"time"
)

func TestGoverning(t *testing.T) {
	tests := []struct {
		sentence string
		verb     string // the first occurrence is the verb
		want     string // the governing phrase, "" for none
	}{
		{"The president will begin a state visit to Peru on Thursday, a day after signing a trade pact.", "begin", "on Thursday"},
		{"The president will begin a state visit to Peru on Thursday, a day after signing a trade pact.", "signing", "a day after"},
		{"The king visited Oslo in September to promote trade.", "visited", "in September"},
		{"In 2022 the army invaded the province.", "invaded", "In 2022"},
		{"On Thursday, the army shelled the port.", "shelled", "On Thursday"},
		{"The envoy met the king, his old friend, on Tuesday.", "met", "on Tuesday"},
		{"The envoy met the king in Oslo, the ministry said on Friday.", "met", ""},
		{"The envoy met the king in Oslo, the ministry said on Friday.", "said", "on Friday"},
		{"Trade has halted since 2019, when the border closed.", "closed", "2019"},
		{"The plane landed at 2am (7pm GMT Wednesday) and the talks will start at noon.", "landed", "at 2am"},
		{"The plane landed at 2am (7pm GMT Wednesday) and the talks will start at noon.", "start", "at noon"},
		{"For decades the port was closed.", "closed", ""},
		{"The envoy met the king.", "met", ""},
	}
	for _, tt := range tests {
		t.Run(tt.verb+" in "+tt.sentence, func(t *testing.T) {
			tx := doc(wednesday, tt.sentence)[0]
			v := strings.Index(tt.sentence, tt.verb)
			g, ok := Governing(tt.sentence, tx, v, v+len(tt.verb))
			switch {
			case tt.want == "" && ok:
				t.Errorf("got %q, want none", g.Text)
			case tt.want != "" && (!ok || g.Text != tt.want && tt.sentence[g.TIMEX3.Start:g.TIMEX3.End] != tt.want):
				t.Errorf("got %q (%v), want %q", g.Text, ok, tt.want)
			}
		})
	}
}

func TestEventDate(t *testing.T) {
	s := "The envoy met the king on Tuesday."
	tx := doc(wednesday, s)[0]
	v := strings.Index(s, "met")
	d, ok := EventDate(s, tx, v, v+3, wednesday)
	if !ok || d != (Date{Value: "2024-06-18", Granularity: "day", Text: "on Tuesday"}) {
		t.Errorf("got %+v %v", d, ok)
	}
	s = "The envoy met the king."
	d, ok = EventDate(s, nil, 10, 13, wednesday)
	if !ok || d != (Date{Value: "2024-06-19", Granularity: "document"}) {
		t.Errorf("document date: got %+v %v", d, ok)
	}
	if _, ok := EventDate(s, nil, 10, 13, Anchor{}); ok {
		t.Error("an unresolved anchor gave a date")
	}
}

func TestDocumentTime(t *testing.T) {
	pub := time.Date(2024, 6, 19, 20, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		published time.Time
		datelines []string
		text      string
		source    Source
		day       string
		gran      Granularity
	}{
		{"metadata", pub, []string{"MOSCOW, June 1 (Reuters)"}, "", Metadata, "2024-06-19", Instant},
		{"metadata date", time.Date(2024, 6, 19, 0, 0, 0, 0, time.UTC), nil, "", Metadata, "2024-06-19", Day},
		{"dateline", time.Time{}, []string{"GENEVA, June 19, 2024 (AP)"}, "", Dateline, "2024-06-19", Day},
		{"dateline without year", time.Time{}, []string{"MOSCOW, June 19 (Reuters)"},
			"The pact of March 3, 2023 was renewed in 2024.", Inferred, "2024-06-19", Day},
		{"latest date", time.Time{}, nil,
			"The pact was signed on March 3, 2023.\nIt was renewed on 12 May 2024 in Oslo.", Inferred, "2024-05-12", Day},
		{"nothing", time.Time{}, []string{"MOSCOW (Reuters)"}, "The talks ended on Tuesday.", Unresolved, "", ""},
		{"dateline in German", time.Time{}, []string{"BERLIN, 19. Juni 2024 (dpa)"}, "", Dateline, "2024-06-19", Day},
		{"text in Spanish", time.Time{}, nil, "MADRID, 19 de junio de 2024. El Gobierno aprobó el plan.", Inferred, "2024-06-19", Day},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := DocumentTime(tt.published, tt.datelines, tt.text)
			if a.Source != tt.source || a.Granularity != tt.gran {
				t.Fatalf("got %v %q, want %v %q", a.Source, a.Granularity, tt.source, tt.gran)
			}
			if d, _ := a.Date(); d.Value != tt.day {
				t.Errorf("day %q, want %q", d.Value, tt.day)
			}
		})
	}
}
