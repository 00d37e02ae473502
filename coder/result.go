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
}

// Result is what coding one sentence produced.
type Result struct {
	Events  []Coded
	Discard Discard
	// Complex is set when the sentence exceeded the Complex limits and was
	// not coded.
	Complex bool
}
