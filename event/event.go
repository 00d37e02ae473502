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

// Entity is a person or organisation a document names, with what the text
// or the dictionaries say of it: the `"kind": "person"` and
// `"kind": "organization"` records of `entente code --entities`.
type Entity struct {
	// Kind is "person" or "organization".
	Kind string `json:"kind"`
	Doc  string `json:"doc"`
	Name string `json:"name"`
	// Code is the actor code of the affiliation and role ("UKRGOV");
	// Country its first three letters.
	Code    string `json:"code"`
	Country string `json:"country"`
	// Role is the office or function the text gives ("deputy defense
	// minister"), when it gives one.
	Role string `json:"role,omitempty"`
	// Organization is the body the entity belongs to or heads
	// ("Rosoboronexport"), when the text names one.
	Organization string `json:"organization,omitempty"`
	// Mentions are the places in the document that name the entity.
	Mentions []Span `json:"mentions,omitempty"`
}

// Fact types.
const (
	FactTrade       = "trade"
	FactArmsSupply  = "arms_supply"
	FactSanctions   = "sanctions"
	FactDefensePact = "defense_pact"
	FactPartnership = "partnership"
	FactMembership  = "membership"
	FactOffice      = "office"
)

// Fact is a standing relation or a quantity that a sentence states — a
// trade figure, an arms supply, a sanctions regime, a pact and its terms, a
// partnership — with the words that state it: the `"kind": "fact"` records
// of `entente code --facts`.
type Fact struct {
	// Kind is always "fact".
	Kind     string `json:"kind"`
	Doc      string `json:"doc"`
	ID       string `json:"id"`
	Type     string `json:"type"`
	Sentence Span   `json:"sentence"`
	// Evidence is the part of the sentence that states the fact.
	Evidence Span `json:"evidence"`
	// Parties are the actor codes involved, in the order of Source then
	// Target for a directed fact.
	Parties []string `json:"parties"`
	// Source and Target are set for directed facts: the supplier and the
	// recipient of arms, the sanctioning party and its target, the
	// guarantor and the guaranteed of a one-sided pact.
	Source string `json:"source,omitempty"`
	Target string `json:"target,omitempty"`
	// Mutual marks a pact whose obligations run both ways.
	Mutual bool `json:"mutual,omitempty"`
	// Person is the name of the person the fact is about, as the sentence
	// writes it: the holder of an office, a sanctioned person. It is the
	// Name of the document's person record when the coder placed them.
	Person string `json:"person,omitempty"`
	// Amount is the sum of money the sentence states, in its own currency.
	Amount *Amount `json:"amount,omitempty"`
	// ValueUSD is Amount's value when the amount is in US dollars; amounts
	// in other currencies are not converted (that needs a dated exchange
	// rate the text does not give) and leave it 0.
	ValueUSD float64 `json:"value_usd,omitempty"`
	// Year is the year a figure refers to, when stated or clearly implied.
	Year int `json:"year,omitempty"`
	// Since and Until bound the fact's validity (ISO 8601, as precise as
	// the text).
	Since string `json:"since,omitempty"`
	Until string `json:"until,omitempty"`
	// Level names the kind of tie more precisely ("comprehensive strategic
	// partnership", "mutual defense pact").
	Level       string       `json:"level,omitempty"`
	Modality    string       `json:"modality"`
	Attribution *Attribution `json:"attribution,omitempty"`
}

// Amount is a sum of money as a sentence states it.
type Amount struct {
	// Value is the sum in units of Currency: "$3.5 billion" is 3.5e9.
	Value float64 `json:"value"`
	// Currency is the ISO 4217 code ("USD", "EUR", "CNY"); a bare "$" is
	// read as USD.
	Currency string `json:"currency"`
	// Text is the words of the amount ("$3.5 billion", "12 billion euros").
	Text string `json:"text"`
}

// Mention is an actor phrase the coder recognised in a document, whether
// or not an event or a fact came of it: the `"kind": "mention"` records of
// `entente code --mentions`, the proof that a name ("Pyongyang", "the
// Kremlin") was read as the actor it stands for.
type Mention struct {
	// Kind is always "mention".
	Kind string `json:"kind"`
	Doc  string `json:"doc"`
	// Span is the whole phrase ("a US State Department spokesperson").
	Span Span `json:"span"`
	// Code is the phrase's actor code, agents applied ("USAGOV").
	Code string `json:"code"`
	// Actor is the words that name the actor ("US State Department"),
	// absent for a reference; ActorCode is the actor's own code.
	Actor     *Span  `json:"actor,omitempty"`
	ActorCode string `json:"actor_code,omitempty"`
	// Person and Role are the person's name and title the phrase gives.
	Person string `json:"person,omitempty"`
	Role   string `json:"role,omitempty"`
	// Reference is set for a pronoun or other reference standing for an
	// actor named elsewhere.
	Reference bool `json:"reference,omitempty"`
	// Joined is set for a part of a hyphenated pair ("Japan" in
	// "U.S.-Japan").
	Joined bool `json:"joined,omitempty"`
}
