// Package evalsuite scores an event coder on the engine test suites of the
// field: the PETRARCH unit tests and the TABARI validation records, as
// extracted to JSONL under eval/event-coding/ (one record per line, see that
// folder's README). Each suite is judged by the pass rule of the program it
// comes from; the library computes the figures and never prints.
//
// # PETRARCH unit tests
//
// A record passes when the coded (source, target, code) triples equal the
// expected ones as a multiset (order does not matter). The record's
// config_overrides are applied on top of [coder.DefaultOptions]:
// require_dyad (true/false in any case), new_actor_length and
// comma_min/max/bmin/bmax/emin/emax; stop_on_error is meaningless here and
// ignored; any other key is ignored and listed as unsupported.
//
//   - expect_none records pass when nothing is coded.
//   - expected_error "sentencediscard" / "storydiscard" pass when
//     Result.Discard is DiscardSentence / DiscardStory and nothing is coded.
//   - expected_error "bad_input_parse" and "dateline" test a Treebank parse
//     (or a dateline found in it) given as input; the coder receives plain
//     text, so they are not applicable (reason "treebank_input").
//   - in_default_run false marks records of categories (AGENTS, COMPOUNDx)
//     that PETRARCH's own validation run excludes through its <Include>
//     list; their notes call them "currently not implemented" TABARI
//     features or a bug check kept out of the run. They are not applicable
//     (reason "not_in_default_run") so the figure is comparable with the
//     original's.
//   - sentence_attr only says whether PETRARCH's reader took the text as
//     one sentence or as a story; every text is coded as one sentence.
//
// No target: the suite never uses an empty or null target; PETRARCH writes
// the null actor "---" instead (COMPOUND-03: "---GOV" / "---" when
// require_dyad is false). A coded event with an empty Target.Code is
// therefore compared as "---" (and so is an empty source, on both sides).
// PETRARCH writes an actor discovered through new_actor_length as its
// quoted words ("\"INJURY TOLL\""); the coder codes such an actor "---", so
// a quoted expected actor matches a coded "---" actor whose text, upper
// case without possessive 's and punctuation, is the quoted words.
//
// # TABARI validation
//
// A record's expected blocks are compared in order and by count: the record
// passes when the coded events are the expected ones in the same order.
// {---} (expect_none) passes when nothing is coded, {###} (expect_discard)
// when Result.Discard is not Keep and nothing is coded, {+++}
// (expect_complex) when Result.Complex is set and nothing is coded. The
// events listed on a few complex records (DEBUG-11) are what TABARI codes
// with the complex filter turned off; they are not expected and not counted.
// The date on an expected block (time shifting) is not compared: the coder
// does not shift event dates. Codes are compared exactly after trimming
// spaces.
//
// Options start from TABARI's built-in ones ([TabariDefaultOptions]: dyads
// required, TABARI's comma limits) with the suite's options file applied
// (see [LoadTabariOptions]), and each record's option_directives change
// them for the records that follow, cumulatively. The MINWRD records carry
// their directive only in their notes ("{ OPTION: SET: MINIMUM WORDS =
// 4"); it is taken from there when the record has no option_directives.
// FORWARD turns on pronoun forwarding: the records of one story (ids that
// differ only after their last '-') are coded as one document through a
// coder.Context, so a pronoun may refer to the previous record's subject.
// Directives the coder has no option for (TIME SHIFT, OUTPUT, LABEL, YYYY,
// FBIS, …) are ignored, counted and listed.
//
// Not applicable: records that only carry directives ("directive"), records
// whose check TABARI skips with a leading '-' ("check_skipped"), records
// after "end of the standard validation records" (standard_section false:
// they need a recompiled TABARI, FBIS mode or test a crash, "nonstandard"),
// and records that state no expectation at all ("no_expectation").
//
// # Figures
//
// expected_events is the number of expected triples over applicable records
// that expect events; found_events the number of those matched by coded
// events (multiset intersection, also for TABARI); extra_events the coded
// events of applicable records that match nothing expected.
package evalsuite
