// Package treaty models treaties as ATOP-style obligations — who owes what
// kind of support to whom, over which interval, on which conditions, each
// condition with the article it comes from — and reasons over them.
//
// It provides:
//
//   - the model ([Treaty], [Party], [Clause], [Obligation], [Condition]);
//   - a treaty base written by the project, embedded and validated at load
//     ([Base], [LoadFS]);
//   - a COW state code ↔ ISO 3166-1 alpha-3 table ([Countries]);
//   - a reader for the ATOP alliance- and member-level CSV files
//     ([ReadATOP]) and for ATOP's directed dyad-year file ([ReadDyadYears]),
//     with the agreement check between them ([CompareDyads]);
//   - the alliance cascade ([Cascade]): which states are bound to come to a
//     target's aid, on what terms, round after round, with reasons;
//   - news corroboration ([Corroborate]): a defense pact reported in the
//     news matched to the base treaty it confirms, or made a candidate.
//
// Dates are civil dates. An interval includes its first day and excludes
// its last: a party that left on 1990-10-03 is bound until 1990-10-02.
package treaty
