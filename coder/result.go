package coder

// Discard says whether a discard phrase or code removed the sentence.
type Discard uint8

const (
	// Keep means the sentence was coded normally.
	Keep Discard = iota
	// DiscardSentence means a sentence-level discard matched.
	DiscardSentence
	// DiscardStory means a story-level discard matched: the caller should
	// drop every sentence of the document.
	DiscardStory
)

// Mention is an actor found in the sentence.
type Mention struct {
	// Code is the full actor code, agents applied ("USAGOV"); "---" for an
	// actor known to be outside the coding scheme.
	Code string
	// Start and End are byte offsets into the sentence text.
	Start, End int
	// PersonStart and PersonEnd give the name of the person the actor is,
	// when it is one ("Mykhailo Podolyak"); both 0 otherwise.
	PersonStart, PersonEnd int
}

// Coded is one event found in a sentence.
type Coded struct {
	Source Mention
	// Target.Code is empty when the event has no target.
	Target Mention
	Code   string
	// Verb is the span of the verb that produced the event.
	VerbStart, VerbEnd int
	// Negated is set when the verb is negated ("did not sign").
	Negated bool
	// Mood says whether the sentence asserts the event or only plans,
	// alleges or supposes it.
	Mood Mood
}

// Mood is how a sentence presents an event.
type Mood uint8

const (
	// Asserted: the sentence states that it happened or happens.
	Asserted Mood = iota
	// Planned: it is announced or intended ("will visit", "plans to sign").
	Planned
	// Alleged: someone claims it ("accused Pyongyang of supplying",
	// "allegedly shelled").
	Alleged
	// Hypothetical: it is supposed or conditional ("could attack", "would
	// come to its aid if").
	Hypothetical
)

// String returns the mood's name as the event record spells modality.
func (m Mood) String() string {
	switch m {
	case Planned:
		return "planned"
	case Alleged:
		return "alleged"
	case Hypothetical:
		return "hypothetical"
	}
	return "asserted"
}

// Result is what coding one sentence produced.
type Result struct {
	Events  []Coded
	Discard Discard
	// Complex is set when the sentence exceeded the Complex limits and was
	// not coded.
	Complex bool
	// Attribution is who the sentence says reports or claims what it
	// tells ("…, Interfax reported", "according to a State Department
	// spokesperson", "told AFP"); Code is empty when there is none.
	Attribution Mention
}
