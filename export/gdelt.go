package export

import (
	"bufio"
	"encoding/json"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/entente/entente/canon"
	"github.com/entente/entente/store"
)

// gdeltEventHeader names the 61 columns of a GDELT 2.0 events table, in
// its order. GDELT's files have no header line; GDELTEvents writes one
// only when asked.
var gdeltEventHeader = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// gdeltMentionHeader names the 16 columns of a GDELT 2.0 mentions table.
var gdeltMentionHeader = []string{
	"GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
	"SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
	"MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
}

// tsv writes tab-separated rows; tabs and line breaks inside a cell
// become spaces, as GDELT's files have no quoting.
type tsv struct{ w *bufio.Writer }

func (t tsv) row(cells []string) error {
	for i, c := range cells {
		if i > 0 {
			t.w.WriteByte('\t')
		}
		if strings.ContainsAny(c, "\t\r\n") {
			c = strings.Map(func(r rune) rune {
				if r == '\t' || r == '\r' || r == '\n' {
					return ' '
				}
				return r
			}, c)
		}
		t.w.WriteString(c)
	}
	return t.w.WriteByte('\n')
}

// GDELTEvents returns a writer of the GDELT 2.0 events table, one row per
// canonical event; the events must carry their mentions (for names, the
// lead-paragraph flag, outlets and the source URL). With header set the
// first line names the columns.
func GDELTEvents(w io.Writer, header bool) (*Writer[store.Event], error) {
	t := tsv{bufio.NewWriterSize(w, 64<<10)}
	if header {
		if err := t.row(gdeltEventHeader); err != nil {
			return nil, err
		}
	}
	return &Writer[store.Event]{write: func(e store.Event) error { return t.row(gdeltEvent(e)) }, close: t.w.Flush}, nil
}

// GDELTMentions returns a writer of the GDELT 2.0 mentions table, one row
// per mention; the event of each mention gives its date.
func GDELTMentions(w io.Writer, header bool) (*Writer[store.Event], error) {
	t := tsv{bufio.NewWriterSize(w, 64<<10)}
	if header {
		if err := t.row(gdeltMentionHeader); err != nil {
			return nil, err
		}
	}
	return &Writer[store.Event]{write: func(e store.Event) error {
		for _, m := range e.Mentions {
			if err := t.row(gdeltMention(e, m)); err != nil {
				return err
			}
		}
		return nil
	}, close: t.w.Flush}, nil
}

// eventTime is when the event happened as GDELT dates it: the start of its
// date, or its first report when it has none.
func eventTime(e store.Event) time.Time {
	if e.Date != nil {
		if iv, _, ok := canon.Span(e.Date.Value); ok && iv.Lo != canon.MinTime {
			return time.Unix(iv.Lo, 0).UTC()
		}
	}
	return e.FirstReport.UTC()
}

func gdeltEvent(e store.Event) []string {
	at := eventTime(e)
	row := make([]string, 0, len(gdeltEventHeader))
	row = append(row, i64(e.ID), at.Format("20060102"), at.Format("200601"), at.Format("2006"),
		ftoa(float64(at.Year())+float64(at.YearDay())/365))
	var first store.Mention
	if len(e.Mentions) > 0 {
		first = e.Mentions[0]
	}
	src := gdeltActor(e.Source, sideText(e, e.Source.Principal))
	tgt := make([]string, 10)
	if e.Target != nil {
		tgt = gdeltActor(*e.Target, sideText(e, e.Target.Principal))
	}
	row = append(row, src...)
	row = append(row, tgt...)
	root := "0"
	outlets := map[string]bool{}
	for _, m := range e.Mentions {
		if m.Paragraph <= 1 {
			root = "1"
		}
		outlets[m.Outlet] = true
	}
	base := e.CAMEO
	if len(base) > 3 {
		base = base[:3]
	}
	row = append(row, root, e.CAMEO, base, e.CAMEO[:min(2, len(e.CAMEO))], itoa(e.Quad), ftoa(e.Goldstein),
		itoa(e.MentionCount), itoa(len(outlets)), itoa(e.Sources), "")
	row = append(row, make([]string, 3*8)...)
	return append(row, e.FirstReport.UTC().Format("20060102150405"), first.URL)
}

// gdeltActor returns the ten actor columns: code, name, country, known
// group, ethnic and religion codes (left empty), and three type codes.
func gdeltActor(a store.Actor, text string) []string {
	name := a.Person
	if name == "" {
		name = text
	}
	var country, group string
	var types []string
	if organisation(a.Code) {
		// IGOWSTNAT: the organisation is its known group.
		group = a.Principal[3:]
	} else {
		country = a.Code[:min(3, len(a.Code))]
		for i := 3; i+3 <= len(a.Code); i += 3 {
			types = append(types, a.Code[i:i+3])
		}
	}
	types = append(types, "", "", "")
	return []string{a.Code, strings.ToUpper(name), country, group, "", "", "", types[0], types[1], types[2]}
}

func gdeltMention(e store.Event, m store.Mention) []string {
	when := e.FirstReport.UTC()
	if m.Published != nil {
		when = m.Published.UTC()
	}
	offset := func(s *store.Span) string {
		if s == nil {
			return "-1"
		}
		return itoa(s.Start)
	}
	kind, id := "1", m.URL
	if id == "" {
		// Not a web page: GDELT's "non-textual source" type, named by
		// the document's name.
		kind, id = "6", m.Doc
	}
	extras, _ := json.Marshal(map[string]any{"mention": m.ID, "modality": m.Modality, "cameo": m.CAMEO})
	return []string{i64(e.ID), eventTime(e).Format("20060102150405"), when.Format("20060102150405"), kind, m.Outlet, id,
		itoa(m.SentenceIndex + 1), offset(m.SourceSpan), offset(m.TargetSpan), "-1", "1", "", itoa(m.DocBytes), "", "",
		string(extras)}
}

// ploverEvent is an event in the JSON of the PLOVER gold standard, with
// entente's own fields under "entente".
type ploverEvent struct {
	ID        string        `json:"id"`
	Date      string        `json:"date"`
	Event     string        `json:"event"`
	Mode      string        `json:"mode,omitempty"`
	Source    []ploverActor `json:"source"`
	Target    []ploverActor `json:"target"`
	Text      string        `json:"text"`
	Language  string        `json:"language,omitempty"`
	Publisher string        `json:"publication,omitempty"`
	URL       string        `json:"url,omitempty"`
	Version   string        `json:"version"`
	Entente   ploverExtra   `json:"entente"`
}

type ploverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
	Sector    string `json:"sector,omitempty"`
}

type ploverExtra struct {
	Event       int64           `json:"event"`
	CAMEO       string          `json:"cameo"`
	Goldstein   float64         `json:"goldstein"`
	Modality    string          `json:"modality"`
	Granularity string          `json:"granularity,omitempty"`
	Sources     int             `json:"sources"`
	Mentions    []store.Mention `json:"mentions"`
}

// PLOVER returns a writer of canonical events as PLOVER JSON lines, in the
// shape of the PLOVER gold standard (id, date, event, mode, source and
// target actors, text) under the 2023 type names. Events of the CAMEO
// roots 01 and 02, which PLOVER leaves out, are skipped.
func PLOVER(w io.Writer) (*Writer[store.Event], error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &Writer[store.Event]{write: func(e store.Event) error {
		if e.Plover.Type == "" {
			return nil
		}
		return enc.Encode(ploverOf(e))
	}, close: bw.Flush}, nil
}

func ploverOf(e store.Event) ploverEvent {
	p := ploverEvent{
		ID: "entente-" + i64(e.ID), Date: eventTime(e).Format("2006-01-02"), Event: e.Plover.Type, Mode: e.Plover.Mode,
		Source: []ploverActor{}, Target: []ploverActor{}, Version: "2023",
		Entente: ploverExtra{Event: e.ID, CAMEO: e.CAMEO, Goldstein: e.Goldstein, Modality: e.Modality,
			Sources: e.Sources, Mentions: e.Mentions},
	}
	if e.Date != nil {
		p.Entente.Granularity = e.Date.Granularity
	}
	if p.Entente.Mentions == nil {
		p.Entente.Mentions = []store.Mention{}
	}
	if len(e.Mentions) > 0 {
		first := e.Mentions[0]
		p.Text, p.Publisher, p.URL = first.Sentence.Text, first.Outlet, first.URL
	}
	p.Source = append(p.Source, ploverActorOf(e.Source, sideText(e, e.Source.Principal)))
	if e.Target != nil {
		p.Target = append(p.Target, ploverActorOf(*e.Target, sideText(e, e.Target.Principal)))
	}
	return p
}

// sideText returns the words the first mention that names an actor of
// principal uses for it: a mutual event's mentions may name its sides in
// either order.
func sideText(e store.Event, principal string) string {
	for _, m := range e.Mentions {
		if canon.Principal(m.Source.Code) == principal {
			return m.Source.Text
		}
		if m.Target != nil && canon.Principal(m.Target.Code) == principal {
			return m.Target.Text
		}
	}
	return ""
}

// organisation reports an actor code of an international or
// non-governmental organisation, a multinational or an unidentified
// group, which names no country.
func organisation(code string) bool {
	return len(code) >= 3 && slices.Contains([]string{"IGO", "NGO", "IMG", "MNC", "UIS"}, code[:3])
}

// ploverActorOf gives the country (or the organisation's code) and the
// first role block as the sector, as the PLOVER gold standard writes
// actors.
func ploverActorOf(a store.Actor, text string) ploverActor {
	if organisation(a.Code) {
		return ploverActor{ActorText: text, Code: a.Principal}
	}
	out := ploverActor{ActorText: text, Code: a.Code[:min(3, len(a.Code))]}
	if len(a.Code) >= 6 {
		out.Sector = a.Code[3:6]
	}
	return out
}
