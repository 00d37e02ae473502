package segment

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// units renders the kept units of text as "K text", K being P (prose),
// H (heading) or T (title).
func units(text string) []string {
	r := Segment(text)
	var out []string
	for _, s := range r.Sentences {
		out = append(out, s.Kind.String()[:1]+" "+s.Text(text))
	}
	return out
}

// drops renders the dropped units of text as "reason: text".
func drops(text string) []string {
	r := Segment(text)
	var out []string
	for _, d := range r.Dropped {
		out = append(out, d.Reason+": "+d.Text(text))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain",
			"Turkey reopened its border crossing with Syria on Monday. Trucks carrying aid entered within hours.",
			[]string{"P Turkey reopened its border crossing with Syria on Monday.", "P Trucks carrying aid entered within hours."}},
		{"titles",
			"Gen. Aliyev met Sen. Warren and Rep. Ortiz in Baku. Lt. Col. Haddad, Gov. Reyes and Pres. Lula were absent.",
			[]string{"P Gen. Aliyev met Sen. Warren and Rep. Ortiz in Baku.", "P Lt. Col. Haddad, Gov. Reyes and Pres. Lula were absent."}},
		{"Mr Mrs Dr St Jr",
			"Mr. Tanaka and Mrs. Osei visited St. Petersburg with Dr. Novak. Martin Luther King Jr. The talks resumed.",
			[]string{"P Mr. Tanaka and Mrs. Osei visited St. Petersburg with Dr. Novak.", "P Martin Luther King Jr.", "P The talks resumed."}},
		{"dotted abbreviations",
			"The U.S. and the U.K. asked the U.N. Security Council to meet. E.U. envoys agreed. Talks began in the U.S. The Kremlin objected.",
			[]string{"P The U.S. and the U.K. asked the U.N. Security Council to meet.", "P E.U. envoys agreed.", "P Talks began in the U.S.", "P The Kremlin objected."}},
		{"months and numbers",
			"The ceasefire took effect on Sept. 4 and was extended on Oct. 12. Resolution No. 2231 expired in Dec. 2023, officials said.",
			[]string{"P The ceasefire took effect on Sept. 4 and was extended on Oct. 12.", "P Resolution No. 2231 expired in Dec. 2023, officials said."}},
		{"company and list abbreviations",
			"Rosatom Corp. and Hanwha Co. Ltd. bid for the plant vs. two rivals, e.g. a French group. Aid, fuel, etc. The convoy left.",
			[]string{"P Rosatom Corp. and Hanwha Co. Ltd. bid for the plant vs. two rivals, e.g. a French group.", "P Aid, fuel, etc.", "P The convoy left."}},
		{"clock",
			"The vote opened at 8 a.m. Moscow time and closed at 8 p.m. The count began at once.",
			[]string{"P The vote opened at 8 a.m. Moscow time and closed at 8 p.m.", "P The count began at once."}},
		{"initials",
			"Envoys recalled how John F. Kennedy and George W. Bush handled such crises. Plan B. The fallback was never used.",
			[]string{"P Envoys recalled how John F. Kennedy and George W. Bush handled such crises.", "P Plan B.", "P The fallback was never used."}},
		{"numbers",
			"Exports rose 1.5% to $3.5 billion, or 12.75 trillion won. Imports fell.",
			[]string{"P Exports rose 1.5% to $3.5 billion, or 12.75 trillion won.", "P Imports fell."}},
		{"quotes",
			"“We will not be intimidated,” the minister said. He called the drills “reckless.” Seoul disagreed. \"Enough.\" The talks ended.",
			[]string{"P “We will not be intimidated,” the minister said.", "P He called the drills “reckless.”", "P Seoul disagreed.", "P \"Enough.\"", "P The talks ended."}},
		{"title after an opening quote",
			"He said: “Mr. Bennett's visit was banned.” Then “Dr. Lee” spoke.",
			[]string{"P He said: “Mr. Bennett's visit was banned.”", "P Then “Dr. Lee” spoke."}},
		{"mixed curly and straight quotes",
			"“Two bulls cannot share one corral.\" Nairobi stayed silent.",
			[]string{"P “Two bulls cannot share one corral.\"", "P Nairobi stayed silent."}},
		{"quote continues lower case",
			"“Why now?” she asked. “It is over!” he replied.",
			[]string{"P “Why now?” she asked.", "P “It is over!” he replied."}},
		{"question and exclamation",
			"Will Ankara veto the bid? Diplomats doubt it! 2025 will tell.",
			[]string{"P Will Ankara veto the bid?", "P Diplomats doubt it!", "P 2025 will tell."}},
		{"ellipsis",
			"The envoy paused… then spoke. Talks stalled... The delegates left. He said “…and more” later.",
			[]string{"P The envoy paused… then spoke.", "P Talks stalled...", "P The delegates left.", "P He said “…and more” later."}},
		{"parenthesis",
			"The fund grew (by 4%.) The bank said so.",
			[]string{"P The fund grew (by 4%.)", "P The bank said so."}},
		{"line without final punctuation is a unit",
			"Nairobi confirmed it.\nKenya sent 400 police officers to Haiti on Tuesday, the first of a planned 2,500\nThe mission is backed by the U.N.",
			[]string{"P Nairobi confirmed it.", "P Kenya sent 400 police officers to Haiti on Tuesday, the first of a planned 2,500", "P The mission is backed by the U.N."}},
		{"broken line continues",
			"Kenya sent 400 police officers to Haiti on\nTuesday, officials in Nairobi said.\nThe mission is backed by the U.N.",
			[]string{"P Kenya sent 400 police officers to Haiti on\nTuesday, officials in Nairobi said.", "P The mission is backed by the U.N."}},
		{"comma ends line",
			"The minister, who arrived in Kyiv on Friday,\nNorway's envoy said, will stay two days.",
			[]string{"P The minister, who arrived in Kyiv on Friday,\nNorway's envoy said, will stay two days."}},
		{"bullets",
			"The communique lists three demands:\n- an immediate ceasefire\n• the return of prisoners\n2. Talks within a month.",
			[]string{"P The communique lists three demands:", "P an immediate ceasefire", "P the return of prisoners", "P Talks within a month."}},
		{"CRLF and lone CR",
			"Oman mediated the exchange.\r\nBoth sides thanked Muscat.\rTalks continue.",
			[]string{"P Oman mediated the exchange.", "P Both sides thanked Muscat.", "P Talks continue."}},
		{"non-breaking spaces",
			"Mr.\u00a0Erdogan spoke.\u00a0Then\u2009he left.\u00a0",
			[]string{"P Mr.\u00a0Erdogan spoke.", "P Then\u2009he left."}},
		{"non-ASCII words",
			"Ông Nguyễn Phú Trọng tiếp đoàn. Lãnh đạo hai nước hội đàm. Żółć über Ärger.",
			[]string{"P Ông Nguyễn Phú Trọng tiếp đoàn.", "P Lãnh đạo hai nước hội đàm.", "P Żółć über Ärger."}},
		{"empty", "", nil},
		{"spaces only", " \n\t\r\n \u00a0 \n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := units(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("units(%q)\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestGlued(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Related PostsRussian President Vladimir Putin arrived in Hanoi.The two leaders met at noon.",
			[]string{"P Russian President Vladimir Putin arrived in Hanoi.", "P The two leaders met at noon."}},
		{"The talks ended in Doha.“We are close,” a mediator said.",
			[]string{"P The talks ended in Doha.", "P “We are close,” a mediator said."}},
		{"Qatar called it “progress.”Egypt agreed.",
			[]string{"P Qatar called it “progress.”", "P Egypt agreed."}},
		{"Israel struck a depot in UkraineAdvertisementThe strike was condemned.",
			[]string{"P Israel struck a depot in Ukraine", "P The strike was condemned."}},
		{"Sales of the iPhone and PlayStation at McDonald's and YouTube ads rose.",
			[]string{"P Sales of the iPhone and PlayStation at McDonald's and YouTube ads rose."}},
		{"The U.S.A. and U.S.Army units stayed at 3.5 km, e.g. near Mr.Smith's base.",
			[]string{"P The U.S.A. and U.S.Army units stayed at 3.5 km, e.g. near Mr.Smith's base."}},
		{"Why?Nobody knew.", []string{"P Why?", "P Nobody knew."}},
	}
	for _, tt := range tests {
		if got := units(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("units(%q)\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
	}
	if got := drops("Related PostsRussian troops withdrew."); !reflect.DeepEqual(got, []string{"page furniture: Related Posts"}) {
		t.Errorf("drops = %q", got)
	}
}

func TestFurniture(t *testing.T) {
	tests := []struct{ line, reason string }{
		{"Issued on:", ReasonTimestamp},
		{"Issued on: 20/06/2024 - 10:12", ReasonTimestamp},
		{"Modified: 21/06/2024 - 08:03", ReasonTimestamp},
		{"Modified: …", ReasonTimestamp},
		{"Updated 3 hours ago", ReasonTimestamp},
		{"June 19, 2024", ReasonTimestamp},
		{"Wednesday 19 June 2024 10.12 BST", ReasonTimestamp},
		{"2024-06-19T10:12:00Z", ReasonTimestamp},
		{"Published 10:12 a.m. GMT+7", ReasonTimestamp},
		{"3 minutes", ReasonReadingTime},
		{"5 min read", ReasonReadingTime},
		{"Reading time: 4 min", ReasonReadingTime},
		{"6-minute read", ReasonReadingTime},
		{"Related Posts", ReasonFurniture},
		{"Share", ReasonFurniture},
		{"Share this article", ReasonFurniture},
		{"Subscribe", ReasonFurniture},
		{"Subscribe to our daily briefing on Asia", ReasonFurniture},
		{"Sign up for our newsletter", ReasonFurniture},
		{"Advertisement", ReasonFurniture},
		{"ADVERTISEMENT - SCROLL TO CONTINUE", ReasonFurniture},
		{"Follow us on X and Telegram", ReasonFurniture},
		{"Follow us on Telegram @worlddesk", ReasonFurniture},
		{"Read more", ReasonFurniture},
		{"Read more: Seoul and Tokyo resume talks", ReasonFurniture},
		{"Click here…", ReasonFurniture},
		{"Click here to read the full communique of the summit", ReasonFurniture},
		{"Facebook Twitter WhatsApp Email", ReasonFurniture},
		{"Facebook | X | LinkedIn | Copy link", ReasonFurniture},
		{"Related: Ankara summons envoy", ReasonFurniture},
		{"More from Asia", ReasonFurniture},
		{"https://example.org/world/asia", ReasonFurniture},
		{"Copyright 2024 Agence Example", ReasonCopyright},
		{"© 2024 Example News Ltd", ReasonCopyright},
		{"By Jane Doe", ReasonByline},
		{"By Nguyễn Văn An and Jane Doe, Reuters", ReasonByline},
		{"BY AHMED AL-RASHID", ReasonByline},
		{"(Reporting by Jane Doe; Editing by John Smith)", ReasonByline},
		{"Additional reporting by Olena Kovalenko in Kyiv", ReasonByline},
		{"Published", ReasonTimestamp},
		{"Enditem", ReasonFurniture},
		{"Image source, Getty Images", ReasonCredit},
		{"Image caption,", ReasonCredit},
		{"Photo: Reuters", ReasonCredit},
		{"File photo: Jane Doe/AP", ReasonCredit},
		{"Photograph by Jane Doe", ReasonCredit},
		{"(AFP)", ReasonCredit},
		{"[Reuters]", ReasonCredit},
		{"AFP/Getty Images", ReasonCredit},
		{"***", ReasonSeparator},
		{"—", ReasonSeparator},
	}
	for _, tt := range tests {
		text := "Chad closed its border with Sudan.\n\n" + tt.line + "\n\nAid groups protested the decision."
		want := []string{"P Chad closed its border with Sudan.", "P Aid groups protested the decision."}
		if got := units(text); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: units = %q", tt.line, got)
		}
		if got := drops(text); !reflect.DeepEqual(got, []string{tt.reason + ": " + tt.line}) {
			t.Errorf("%q: drops = %q, want reason %q", tt.line, got, tt.reason)
		}
	}
}

func TestFurnitureKeepsProse(t *testing.T) {
	for _, line := range []string{
		"Share prices in Seoul fell 2% on Monday.",
		"By the end of the week, Ankara had recalled its ambassador.",
		"By Tuesday, Russia will have signed the accord.",
		"Copyright disputes strain ties between Washington and Beijing.",
		"More than 40 protesters were detained in Tbilisi.",
		"Read the full statement, the ministry urged reporters.",
		"Follow-up talks are planned for March.",
		"Sign language interpreters joined the delegation.",
		"Reuters reported the deal on Friday.",
		"Photo opportunities were limited, aides said.",
		"On Tuesday, the envoy met President Lula.",
		"Updated figures show exports to China rose.",
		"3 minutes of silence were observed in Kigali.",
		"June was the deadliest month of the war.",
		"(The meeting was held behind closed doors.)",
		"Listen carefully, the negotiator told them.",
		"The summit opened.",
	} {
		text := line + "\n\nA second paragraph follows."
		if got := units(text); len(got) != 2 || got[0] != "P "+line {
			t.Errorf("%q: units = %q, drops = %q", line, got, drops(text))
		}
	}
}

func TestHeadings(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"blank lines",
			"Sanctions widen\n\nBrussels adopted a 14th package on Monday.\n\nTrade and weapons\n\nExports of drones fell.",
			[]string{"T Sanctions widen", "P Brussels adopted a 14th package on Monday.", "H Trade and weapons", "P Exports of drones fell."}},
		{"one line per paragraph",
			"Brussels adopted a 14th package on Monday.\nRussia's deepening ties\nExports of drones to Tehran fell.",
			[]string{"P Brussels adopted a 14th package on Monday.", "H Russia's deepening ties", "P Exports of drones to Tehran fell."}},
		{"two headings in a row",
			"Brussels adopted a package.\n\nAsia\n\nThe Gulf states\n\nRiyadh abstained.",
			[]string{"P Brussels adopted a package.", "H Asia", "H The Gulf states", "P Riyadh abstained."}},
		{"at the end it is prose",
			"Brussels adopted a package.\n\nWhat comes next",
			[]string{"P Brussels adopted a package.", "P What comes next"}},
		{"long line is not a heading",
			"Brussels adopted a package.\n\nThe package targets shipping firms in three countries and a bank in Kyrgyzstan accused of evasion\n\nRiyadh abstained.",
			[]string{"P Brussels adopted a package.", "P The package targets shipping firms in three countries and a bank in Kyrgyzstan accused of evasion", "P Riyadh abstained."}},
		{"title alone is prose",
			"Putin arrives in Hanoi",
			[]string{"P Putin arrives in Hanoi"}},
		{"title after furniture",
			"Issued on:\n\nPutin arrives in Hanoi after signing a defense pact\n\nRussian President Vladimir Putin landed on Thursday.",
			[]string{"T Putin arrives in Hanoi after signing a defense pact", "P Russian President Vladimir Putin landed on Thursday."}},
		{"furniture line ending in a comma does not go on",
			"Talks were agreed.\nImage caption,\nFighting has raged in Khartoum since April\nSudan's army sent envoys.",
			[]string{"P Talks were agreed.", "H Fighting has raged in Khartoum since April", "P Sudan's army sent envoys."}},
		{"bullet is not a heading",
			"The plan has two parts:\n- a ceasefire\n- a prisoner swap\nBoth sides agreed.",
			[]string{"P The plan has two parts:", "P a ceasefire", "P a prisoner swap", "P Both sides agreed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := units(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("units(%q)\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestDateline(t *testing.T) {
	tests := []struct{ text, want string }{
		{"MOSCOW, June 19 (Reuters) - Russian President Vladimir Putin flew to Pyongyang.", "MOSCOW, June 19 (Reuters)"},
		{"HANOI, Vietnam (AP) — Vietnam welcomed the Russian leader.", "HANOI, Vietnam (AP)"},
		{"(Reuters) - The Kremlin said talks went well.", "(Reuters)"},
		{"WASHINGTON – The State Department criticised the visit.", "WASHINGTON"},
		{"NEW YORK (AFP) -- Diplomats met at the United Nations.", "NEW YORK (AFP)"},
		{"KYIV, Jan. 5 (Reuters)-Ukraine said it downed 30 drones.", "KYIV, Jan. 5 (Reuters)"},
		{"Kim Jong Un – who rarely travels – met Putin.", ""},
		{"US - China talks resumed in Geneva.", ""},
		{"Putin and Kim signed an anti-Western pact.", ""},
		{"The meeting - long delayed - began.", ""},
	}
	for _, tt := range tests {
		r := Segment(tt.text)
		if len(r.Sentences) != 1 {
			t.Errorf("%q: %d sentences", tt.text, len(r.Sentences))
			continue
		}
		s := r.Sentences[0]
		if got := s.Dateline.Text(tt.text); got != tt.want {
			t.Errorf("%q: dateline %q, want %q", tt.text, got, tt.want)
		}
		if s.Span != (Span{0, len(tt.text)}) {
			t.Errorf("%q: dateline was cut from the sentence: %v", tt.text, s.Span)
		}
	}
}

func TestParagraphs(t *testing.T) {
	text := "Sanctions widen\n\nBrussels adopted a package. Hungary abstained.\nKyiv welcomed it.\n\nMoscow vowed a response."
	r := Segment(text)
	var got []string
	for _, s := range r.Sentences {
		got = append(got, fmt.Sprintf("%d %s", s.Paragraph, s.Text(text)))
	}
	want := []string{"0 Sanctions widen", "1 Brussels adopted a package.", "1 Hungary abstained.", "2 Kyiv welcomed it.", "3 Moscow vowed a response."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	var paras []string
	for _, p := range r.Paragraphs {
		paras = append(paras, p.Text(text))
	}
	wantParas := []string{"Sanctions widen", "Brussels adopted a package. Hungary abstained.", "Kyiv welcomed it.", "Moscow vowed a response."}
	if !reflect.DeepEqual(paras, wantParas) {
		t.Errorf("paragraphs %q\nwant %q", paras, wantParas)
	}
}

func TestHardWrapped(t *testing.T) {
	text := `Defense ministers from Japan and the Philippines signed a pact on
Monday that lets each country's troops train on the other's soil, the
first such accord Manila has signed with an Asian partner.

Officials in Beijing said the agreement threatened regional stability and
Chinese Foreign Ministry spokesperson Lin Jian called it a provocation.
Tokyo rejected the charge.

Trade and security

Two-way trade reached $24 billion last year.
`
	want := []string{
		"P Defense ministers from Japan and the Philippines signed a pact on\nMonday that lets each country's troops train on the other's soil, the\nfirst such accord Manila has signed with an Asian partner.",
		"P Officials in Beijing said the agreement threatened regional stability and\nChinese Foreign Ministry spokesperson Lin Jian called it a provocation.",
		"P Tokyo rejected the charge.",
		"H Trade and security",
		"P Two-way trade reached $24 billion last year.",
	}
	if got := units(text); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	r := Segment(text)
	if r.Sentences[1].Paragraph != r.Sentences[2].Paragraph {
		t.Errorf("wrapped paragraph split: %+v", r.Sentences[1:3])
	}
}

func TestInvalidUTF8(t *testing.T) {
	text := "Caf\xe9 talks in Gen\xe8ve ended.\xff\xfe The envoy\xc3 left. \xe2\x80 Done\xe2"
	r := Segment(text)
	checkResult(t, text, r)
	got := units(text)
	want := []string{"P Caf\xe9 talks in Gen\xe8ve ended.\xff\xfe The envoy\xc3 left.", "P \xe2\x80 Done\xe2"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestSegmentIntoReusesMemory(t *testing.T) {
	text := newsText(20)
	var r Result
	SegmentInto(&r, text)
	allocs := testing.AllocsPerRun(20, func() { SegmentInto(&r, text) })
	if allocs != 0 {
		t.Errorf("SegmentInto allocated %v times per run", allocs)
	}
}

func TestGeneratedText(t *testing.T) {
	text := newsText(50)
	r := Segment(text)
	checkResult(t, text, r)
	if len(r.Dropped) == 0 {
		t.Error("no furniture dropped from generated text")
	}
	for _, s := range r.Sentences {
		if s.Kind == Prose && !strings.HasSuffix(s.Text(text), ".") && !strings.HasSuffix(s.Text(text), "”") {
			t.Errorf("odd sentence %q", s.Text(text))
		}
	}
}

// checkResult checks the invariants of a segmentation: spans inside the
// text, ordered, not overlapping, trimmed and non-empty, paragraph indexes
// valid and datelines inside their sentences.
func checkResult(t *testing.T, text string, r Result) {
	t.Helper()
	type span struct {
		Span
		what string
	}
	var all []span
	for _, s := range r.Sentences {
		all = append(all, span{s.Span, "sentence"})
		if strings.TrimSpace(s.Text(text)) == "" {
			t.Fatalf("empty sentence %v", s.Span)
		}
		if s.Paragraph < 0 || s.Paragraph >= len(r.Paragraphs) {
			t.Fatalf("sentence %v: paragraph %d of %d", s.Span, s.Paragraph, len(r.Paragraphs))
		}
		if p := r.Paragraphs[s.Paragraph]; s.Start < p.Start || s.End > p.End {
			t.Fatalf("sentence %v outside its paragraph %v", s.Span, p)
		}
		if !s.Dateline.Empty() && (s.Dateline.Start != s.Start || s.Dateline.End > s.End) {
			t.Fatalf("dateline %v outside sentence %v", s.Dateline, s.Span)
		}
	}
	for _, d := range r.Dropped {
		all = append(all, span{d.Span, "dropped"})
		if d.Reason == "" {
			t.Fatalf("dropped %v without reason", d.Span)
		}
	}
	for i := 1; i < len(r.Sentences); i++ {
		if r.Sentences[i].Start < r.Sentences[i-1].End {
			t.Fatalf("sentences out of order: %v then %v", r.Sentences[i-1].Span, r.Sentences[i].Span)
		}
	}
	for i := 1; i < len(r.Dropped); i++ {
		if r.Dropped[i].Start < r.Dropped[i-1].End {
			t.Fatalf("dropped out of order: %v then %v", r.Dropped[i-1].Span, r.Dropped[i].Span)
		}
	}
	for i := 1; i < len(r.Paragraphs); i++ {
		if r.Paragraphs[i].Start < r.Paragraphs[i-1].End {
			t.Fatalf("paragraphs out of order: %v then %v", r.Paragraphs[i-1], r.Paragraphs[i])
		}
	}
	for _, a := range all {
		if a.Start < 0 || a.End > len(text) || a.Start >= a.End {
			t.Fatalf("%s span %v out of bounds (len %d)", a.what, a.Span, len(text))
		}
		if spaceAt(text, a.Start) > 0 || spaceBefore(text, a.End) > 0 {
			t.Fatalf("%s span %v not trimmed: %q", a.what, a.Span, a.Text(text))
		}
	}
	for i, j := 0, 0; i < len(r.Sentences) && j < len(r.Dropped); {
		s, d := r.Sentences[i], r.Dropped[j]
		if s.Start < d.End && d.Start < s.End {
			t.Fatalf("sentence %v overlaps dropped %v", s.Span, d.Span)
		}
		if s.End <= d.End {
			i++
		} else {
			j++
		}
	}
}
