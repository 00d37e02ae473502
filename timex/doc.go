// Package timex finds the time expressions of news sentences and puts
// them on the calendar: relative dates, time zones and granularity are
// resolved against the document's publication time.
//
// # Use
//
// One [Anchor] per document ([DocumentTime]: metadata, else a dateline,
// else the latest explicit date marked Inferred, else Unresolved), one
// [Resolver] per document, [Resolver.Sentence] for each sentence in order,
// and [EventDate] (or [Governing]) for each event's verb:
//
//	a := timex.DocumentTime(doc.Published, datelines, doc.Text)
//	r := timex.NewResolver(a)
//	for each sentence s, in document order:
//		tx := r.Sentence(s)
//		for each event with its verb at [vs, ve) of s:
//			d, ok := timex.EventDate(s, tx, vs, ve, a) // d.Value, d.Granularity, d.Text
//
// # Values
//
// [Timex.Value] says where an expression places an event, in ISO 8601 as
// precise as its [Granularity]:
//
//	instant   2024-06-19T19:00Z  (UTC when the zone is known: written, "Moscow
//	          time", or learned from "2am (7pm GMT)" in the same sentence);
//	          2024-06-20T12:00 (local) when it is not
//	day       2024-06-20          ("on Thursday", "Wednesday evening", "June 20")
//	month     2024-07             ("next month", "in September")
//	year      2022
//	decade    195                 ("the 1950s": ISO 8601's reduced precision, as TimeML)
//	interval  2006/..             ("since 2006"; ISO 8601-2 open end)
//	          ../2024-07-02       ("until July 2", "before", "by")
//	          2024-06-10/2024-06-16 (a week), 2024-04/2024-06 (a quarter,
//	          half or season), 1900/1999 (a century)
//	duration  no value            ("in 24 years", "for decades")
//	set       no value            ("every week")
//
// Vague references ("now", "recently", "the past") have no value either.
// Events that no expression dates take the publication day with
// granularity "document" ([Anchor.Date]). Each expression also carries its
// TimeML reading ([TIMEX3]: extent, type, value such as "2024-W25",
// "2023-SU", "P3M", "PRESENT_REF", and mod), which is what TempEval-3
// scores.
//
// # Resolution
//
// Expressions without a year or a direction take them from the clause's
// tense, read from its auxiliaries and verb forms without a parser
// ("will", "is to", "expected to", "-ed", "was", "had"): a weekday is the
// most recent one in the past tense and the next one in the future, the
// publication weekday itself being today, and the nearest without a cue; a
// month alone ("in September") is the most recent one in the past tense
// and the next in the future; a day without a year ("June 19") is the
// nearest, the tense counting a day on its wrong side as three times as
// far. "Last", "next" and "this" count from the publication time.
// Anchored offsets ("three months later", "the next day", "a year
// before") count from the running reference: the last date the document
// named. "N units after" an event ("on Thursday, a day after signing")
// places the event N units before the date named before it in the
// sentence.
//
// Without an anchor, explicit dates keep their values and everything
// relative is left without one: never a silent guess.
//
// # Cost
//
// No regular expression runs. A sentence with no digit and no time word
// costs one pass over its bytes with a table look-up per byte and a
// filter probe per word; the others are tokenised once and the grammar is
// tried only near numbers and time words.
package timex
