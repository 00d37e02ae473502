// Package dict reads the event-coding dictionaries of the field (TABARI and
// PETRARCH actor, agent, verb, discard and issue files) into plain structs
// that the coder compiles into its matchers.
//
// The readers are forgiving in the way the original programs were: a line
// that cannot be understood is reported as a Problem (file:line and why) and
// skipped; it never stops the load.
package dict

import "fmt"

// Pos is where a record came from.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Problem is a malformed or unsupported line that was skipped.
type Problem struct {
	Pos
	Msg string
}

func (p Problem) String() string { return p.Pos.String() + ": " + p.Msg }

// Join says how a word of a phrase connects to the one after it.
type Join uint8

const (
	// JoinNext means the next word must follow immediately ("_" in the files,
	// and a plain space in actor and agent phrases).
	JoinNext Join = iota
	// JoinSkip means other words may come in between (a space between words
	// of a TABARI or PETRARCH-1 verb pattern).
	JoinSkip
)

// Word is one word of a dictionary phrase, upper case.
type Word struct {
	Text string
	// Stem is true for a word written without a trailing underscore in a
	// TABARI-style file: it matches any token that begins with Text
	// ("ARGENTIN" matches "ARGENTINA" and "ARGENTINIAN"). A stopped word
	// ("ARNOR_") must equal the token.
	Stem bool
	// Next is how this word connects to the following one; it is
	// meaningless on the last word of a phrase.
	Next Join
}

// Phrase is a sequence of words.
type Phrase []Word

// String renders the phrase in dictionary notation.
func (p Phrase) String() string {
	s := ""
	for i, w := range p {
		s += w.Text
		if !w.Stem {
			s += "_"
		}
		if i < len(p)-1 && w.Next == JoinSkip {
			s += " "
		} else if i < len(p)-1 && w.Stem {
			s += "_"
		}
	}
	return s
}

// Date is a calendar day as yyyymmdd; 0 means open (no bound).
type Date int32

// DatedCode is one code block of an actor record, optionally restricted to
// a date interval: "[USAGOV 20090120-20170120]", "[USAGOV >20090120]",
// "[USAGOV <20170120]" or a plain "[USA]".
type DatedCode struct {
	Code     string
	From, To Date // inclusive bounds; 0 = open on that side
}

// Applies reports whether the code is valid on day d.
func (c DatedCode) Applies(d Date) bool {
	return (c.From == 0 || d >= c.From) && (c.To == 0 || d <= c.To)
}

// Actor is one actor record: a primary name, its '+' synonyms, and its
// code blocks.
type Actor struct {
	Names []Phrase
	Codes []DatedCode
	Pos   Pos
}

// CodeAt returns the code that applies on day d: the first dated block
// whose interval holds d, else the first undated block. A zero d (date
// unknown) picks the undated block, else the last dated one.
func (a *Actor) CodeAt(d Date) (string, bool) {
	var undated, lastDated string
	for _, c := range a.Codes {
		if c.From == 0 && c.To == 0 {
			if undated == "" {
				undated = c.Code
			}
			continue
		}
		lastDated = c.Code
		if d != 0 && c.Applies(d) {
			return c.Code, true
		}
	}
	if undated != "" {
		return undated, true
	}
	if d == 0 && lastDated != "" {
		return lastDated, true
	}
	return "", false
}

// Agent is an agent record such as "FOREIGN_MINISTER [~GOVFRM]": a role
// that combines with an actor's code.
type Agent struct {
	// Names holds every form that triggers the agent: the written ones,
	// generated regular plurals, {…} irregular forms and !SET! expansions.
	Names []Phrase
	// Code is the agent code without the '~'.
	Code string
	// Before is true when the code goes before the actor's ("NGO~" makes
	// NGOHUN from HUN); false for the usual "~GOV" (HUNGOV).
	Before bool
	Pos    Pos
}

// CodeKind classifies a verb or pattern code.
type CodeKind uint8

const (
	// CodeEvent is an ordinary event code such as "042" or a pair "042:043".
	CodeEvent CodeKind = iota
	// CodeNull is "[---]": the match produces no event (and blocks weaker ones).
	CodeNull
	// CodeDiscard is "[###]": the whole sentence is discarded.
	CodeDiscard
	// CodeComplex is "[+++]": the sentence is flagged complex and not coded.
	CodeComplex
)

// Code is the code in square brackets after a verb or pattern.
type Code struct {
	Kind CodeKind
	// Main is the event code (source → target); Paired, when set, is the
	// code of the reverse event (target → source) from "[042:043]".
	Main, Paired string
}

// ElemKind says what a pattern element matches.
type ElemKind uint8

const (
	// ElemWord matches a word (Elem.Word).
	ElemWord ElemKind = iota
	// ElemSynset matches any member of the synset Elem.Label ("&CURRENCY").
	ElemSynset
	// ElemSource marks where the source actor is found ("$").
	ElemSource
	// ElemTarget marks where the target actor is found ("+").
	ElemTarget
	// ElemCompound marks an actor that is both source and target ("%").
	ElemCompound
	// ElemSkipNP skips the rest of a noun phrase ("^").
	ElemSkipNP
	// ElemAlt matches one of Elem.Alts (TABARI "{ A | B }").
	ElemAlt
	// ElemGroup is a PETRARCH-2 bracketed group: "{…}" a noun phrase, or
	// "(…)" a prepositional phrase; Elem.Group holds its elements and
	// Elem.Bracket the opening bracket.
	ElemGroup
)

// Elem is one element of a verb pattern.
type Elem struct {
	Kind    ElemKind
	Word    Word   // ElemWord
	Label   string // ElemSynset, without '&'
	Alts    [][]Elem
	Group   []Elem
	Bracket byte
	// Next is how this element connects to the following one.
	Next Join
}

// Pattern is one "- … * … [code]" line under a verb.
type Pattern struct {
	// Before holds the elements left of the verb ('*') in sentence order,
	// After those to its right.
	Before, After []Elem
	// VerbNext is how the verb connects to After[0] ("*_OUT" is JoinNext,
	// "* OUT" JoinSkip); how Before connects to the verb is the Next of
	// its last element.
	VerbNext Join
	Code     Code
	Pos      Pos
}

// Verb is a verb record: its forms, its default code and its patterns.
type Verb struct {
	// Name is the primary form as written ("ABANDON", "BRING_OUT").
	Name string
	// Forms holds every form that triggers the verb: the primary, '+'
	// synonyms, generated regular inflections and {…} irregular forms.
	// A multi-word form ("APPRECIATE POSITION") is a phrase.
	Forms []Phrase
	// Code is the verb's own code, used when no pattern matches.
	Code     Code
	Patterns []Pattern
	// Block is the name in the PETRARCH block header ("--- EXPLAIN_VERBAL
	// [010] ---") the verb was read under; "" for TABARI verbs. All verbs
	// of one block share one Patterns slice: treat it as read-only.
	Block string
	Pos   Pos
}

// Discard is a phrase whose presence discards the sentence, or the whole
// story when Story is set ('+' in the file).
type Discard struct {
	Phrase Phrase
	Story  bool
	Pos    Pos
}

// Issue is an issue-coding phrase ("n:preschool [EARLY_CHILDHOOD_EDUCATION]").
type Issue struct {
	Phrase   Phrase
	Code     string
	Category string
	// Negative marks a '~' line: a phrase that blocks the issues of its
	// category.
	Negative bool
	// Story marks a '~~' line: a Negative phrase that blocks them for the
	// whole story, not only the sentence.
	Story bool
	Pos   Pos
}

// Set is everything the coder needs, read from one or more files.
type Set struct {
	Actors   []Actor
	Agents   []Agent
	Verbs    []Verb
	Synsets  map[string][]Phrase // label without '&' → members
	Discards []Discard
	Issues   []Issue
	// Nouns and Adjectives are TABARI's <NOUN> and <ADJECTIVE> word lists
	// from an actors file: words that are never verbs.
	Nouns, Adjectives []Phrase
	Problems          []Problem
	// Files lists the files the set was read from, in load order.
	Files []string
	// Options lists the TABARI .options files that were named or found
	// but not read: their settings are not dictionary entries.
	Options []string
}

// Merge appends everything in o to s.
func (s *Set) Merge(o *Set) {
	s.Actors = append(s.Actors, o.Actors...)
	s.Agents = append(s.Agents, o.Agents...)
	s.Verbs = append(s.Verbs, o.Verbs...)
	if len(o.Synsets) > 0 && s.Synsets == nil {
		s.Synsets = make(map[string][]Phrase, len(o.Synsets))
	}
	for k, v := range o.Synsets {
		s.Synsets[k] = append(s.Synsets[k], v...)
	}
	s.Discards = append(s.Discards, o.Discards...)
	s.Issues = append(s.Issues, o.Issues...)
	s.Nouns = append(s.Nouns, o.Nouns...)
	s.Adjectives = append(s.Adjectives, o.Adjectives...)
	s.Problems = append(s.Problems, o.Problems...)
	s.Files = append(s.Files, o.Files...)
	s.Options = append(s.Options, o.Options...)
}
