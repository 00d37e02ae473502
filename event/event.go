// Package event defines the event record that every stage after the coder
// passes along and that `entente code` prints, one JSON object per line.
// The field names are a public contract (see DESIGN.md); change them only
// with care.
package event

// Span is a byte range [Start, End) into a document's original bytes,
// with the text it covers.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Actor is a source or target of an event.
type Actor struct {
	Code string `json:"code"`
	// Text is the words of the sentence the actor was found in.
	Text string `json:"text"`
	// Person is the person's name when the actor is a named person.
	Person string `json:"person,omitempty"`
}

// Plover is the PLOVER view of the event's CAMEO code.
type Plover struct {
	Type string `json:"type"`
	Mode string `json:"mode,omitempty"`
}

// Date is the normalised date of an event.
type Date struct {
	// Value is ISO 8601, as precise as Granularity says ("2024-06-20",
	// "2024-06", "2024", "2024-06-19T19:00Z").
	Value string `json:"value"`
	// Granularity is one of instant, day, month, year, decade, interval,
	// or document when the event carries its document's publication date.
	Granularity string `json:"granularity"`
	Text        string `json:"text,omitempty"`
}

// Attribution names who the sentence says reported or claimed the event.
type Attribution struct {
	Text string `json:"text"`
	Code string `json:"code,omitempty"`
}

// Modality values.
const (
	Asserted     = "asserted"
	Planned      = "planned"
	Alleged      = "alleged"
	Negated      = "negated"
	Hypothetical = "hypothetical"
)

// Event is one coded event.
type Event struct {
	Doc         string       `json:"doc"`
	ID          string       `json:"id"`
	Sentence    Span         `json:"sentence"`
	Source      Actor        `json:"source"`
	Target      *Actor       `json:"target"`
	CAMEO       string       `json:"cameo"`
	Plover      Plover       `json:"plover"`
	Goldstein   float64      `json:"goldstein"`
	Quad        int          `json:"quad"`
	Date        *Date        `json:"date,omitempty"`
	Modality    string       `json:"modality"`
	Attribution *Attribution `json:"attribution,omitempty"`
}
