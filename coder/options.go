package coder

// CodeBy says how much of a sentence one verb's event may draw its actors
// from (TABARI's "SET: CODE BY …").
type CodeBy uint8

const (
	// ByClause codes each clause on its own (the default).
	ByClause CodeBy = iota
	// BySentence codes at most one event per sentence.
	BySentence
	// All codes every verb with every actor it can reach.
	All
)

// Comma holds the limits of comma-clause elimination: a short clause set
// off by commas ("…, a senior official said on Saturday, …") is dropped
// before coding when its length in words is within the limits. Min/Max
// apply to clauses in the middle of the sentence, BMin/BMax at its
// beginning, EMin/EMax at its end. A Max below its Min disables that case.
type Comma struct {
	Off                              bool
	Min, Max, BMin, BMax, EMin, EMax int
}

// Complex holds TABARI's rule for sentences too complex to code: more than
// Verbs verbs or more than Conj conjunctions mark the sentence complex.
// Zero disables a limit.
type Complex struct {
	Verbs, Conj int
	// NoActorPrior marks a sentence complex when no actor precedes the verb.
	NoActorPrior bool
}

// Defaults are TABARI's DEFAULT actors, used when a sentence has no source
// (or no target) of its own. Empty means no default.
type Defaults struct {
	Source, Target string
	// SourcePrior and TargetAfter restrict where the default applies:
	// the source only when no actor precedes the verb, the target only when
	// none follows it.
	SourcePrior, TargetAfter bool
}

// Options change how sentences are coded. The zero value is the behaviour
// used for news: dyads not required, comma elimination with PETRARCH's
// defaults, coding by clause.
type Options struct {
	// RequireDyad drops events that have no target.
	RequireDyad bool
	// NewActorLength, when above zero, lets a capitalised noun phrase of at
	// most this many words become an actor with code "---" when no
	// dictionary actor is found (PETRARCH's new_actor_length).
	NewActorLength int
	Comma          Comma
	CodeBy         CodeBy
	Complex        Complex
	Defaults       Defaults
	// ConvertAgent makes an agent with no actor of its own an actor coded
	// "~" and the agent's code ("~MIL" for "security forces"), as TABARI's
	// "SET: CONVERT AGENT" does.
	ConvertAgent bool
	// NullAgents makes such a lone agent an actor coded "---" and the
	// agent's code ("---GOV" for "a senior official"), as PETRARCH does.
	// Without either option a lone agent is not an actor: news analysis
	// wants events between identified parties, not "someone".
	NullAgents bool
	// VerbsAfterDeterminers lets a verb form after a determiner ("their
	// meeting") be coded as a verb, as TABARI does; its dictionaries rely on
	// patterns to tell the noun use. By default such a word is a noun.
	VerbsAfterDeterminers bool
	// DiscardActors discards a sentence in which an actor coded "###" is
	// found (TABARI); otherwise "###" is an ordinary code.
	DiscardActors bool
	// CompoundMutual makes a compound at a pattern's '%' act on itself
	// ("X exchanged prisoners with Y and Z": Y and Z with each other), as
	// TABARI reads '%'. By default a '%' compound after the verb is the
	// target of the subject, as PETRARCH reads it.
	CompoundMutual bool
	// Pronouns resolves personal pronouns ("he", "it", "them") to the
	// sentence's subject, or, through a Context, to the previous
	// sentence's, as TABARI does. On in DefaultOptions.
	Pronouns bool
	// NounEndings lets an exact dictionary word match its regular plural
	// ("LIBYA_" matches "Libyas"), as TABARI's stopped words do.
	NounEndings bool
	// FirstActorSubject takes a verb's subject from the first actor of its
	// clause even across a subordinate clause ("X …, after Y burned …":
	// X burned), as TABARI does. By default the subject of a verb in a
	// subordinate clause is looked for inside that clause.
	FirstActorSubject bool
	// KeepBareStatements keeps events of CAMEO root 01 (make a public
	// statement) that have no target. By default they are dropped: "X
	// said …" is not an event between parties, and the older coders'
	// flood of them is a known complaint of their users.
	KeepBareStatements bool
	// OneEventPerClause codes only the first verb of a clause, as TABARI
	// and PETRARCH do. By default a non-finite clause inside it ("accused
	// Pyongyang of supplying missiles to Russia", "a day after signing a
	// pact with North Korea") codes as well.
	OneEventPerClause bool
	// NoPersons turns off finding people the dictionaries do not know
	// (see Person), as the older programs had it.
	NoPersons bool
	// NoInference turns off what a reader infers beyond the words: a title
	// or a lone agent taking the one state its sentence names ("Deputy
	// Defense Minister Alexander Fomin" in a sentence about a Russian
	// delegation), a dictionary person found by surname after a title or
	// under a misspelling, and phrases that refer to actors named earlier
	// ("the two countries", "his host", "the North"). The older programs
	// did none of it.
	NoInference bool
	// MaxWords leaves longer sentences uncoded and flags them Complex: a
	// "sentence" of hundreds of words is a table, a list or text that lost
	// its punctuation, and the coder's cost grows faster than its length.
	// Zero means no limit.
	MaxWords int
	// MinWords leaves sentences with fewer words uncoded (TABARI's
	// "SET: MINIMUM WORDS"). Zero codes every sentence.
	MinWords int
}

// DefaultOptions returns the options used for news coding.
func DefaultOptions() Options {
	return Options{
		Comma:    Comma{Min: 2, Max: 8, BMin: 2, BMax: 8, EMin: 2, EMax: 8},
		MaxWords: 128,
		Pronouns: true,
	}
}
