package fact

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/event"
	"github.com/entente/entente/timex"
)

// gazetteer is the tests' stand-in for the coder's actor dictionaries:
// names (matched whole, with a "the" before them taken in) and their
// codes. Names marked with a leading "*" are people.
var gazetteer = map[string]string{
	"Brazil": "BRA", "Chile": "CHL", "Peru": "PER", "Bolivia": "BOL", "India": "IND", "Japan": "JPN",
	"Germany": "DEU", "Poland": "POL", "Kenya": "KEN", "Uganda": "UGA", "China": "CHN", "Vietnam": "VNM",
	"Moscow": "RUS", "New Delhi": "IND", "France": "FRA", "Greece": "GRC", "Iran": "IRN", "Russia": "RUS",
	"Lithuania": "LTU", "Belarus": "BLR", "Ukraine": "UKR", "Sweden": "SWE", "Hungary": "HUN",
	"United States": "USA", "Taiwan": "TWN", "Russian": "RUS", "European Union": "IGOEUREEC", "UN": "IGOUNO",
	"Cuba": "CUB", "Venezuela": "VEN", "US": "USA", "Washington": "USA", "Nicaragua": "NIC", "Canada": "CAN",
	"Britain": "GBR", "Syria": "SYR", "Philippines": "PHL", "Turkey": "TUR", "Azerbaijan": "AZE",
	"Egypt": "EGY", "Sudan": "SDN", "Argentina": "ARG", "Australia": "AUS", "Finland": "FIN", "NATO": "IGOWSTNAT",
	"Mali": "MLI", "Niger": "NER", "Burkina Faso": "BFA", "ECOWAS": "IGOWAFWAS", "Norway": "NOR",
	"Kremlin": "RUSGOV", "Chinese": "CHN", "Seoul": "KOR", "Pyongyang": "PRK", "North Korea": "PRK", "Tokyo": "JPN",
	"the West": "WST", "Western": "WST", "Chinese firms": "CHNBUS", "Hanoi": "VNM", "Mexico": "MEX", "Korea": "KOR", "Spain": "ESP", "Italy": "ITA",
	"*Jana Novak": "CZEGOV", "*Omar Haddad": "JORGOV", "Czech": "CZE", "Jordan": "JOR",
}

// findMentions marks the gazetteer's names in text, longest first, as the
// coder's mentions would.
func findMentions(text string) []Mention {
	names := make([]string, 0, len(gazetteer))
	for k := range gazetteer {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) > len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
	taken := make([]bool, len(text))
	var out []Mention
	for _, key := range names {
		name := strings.TrimPrefix(key, "*")
		for from := 0; ; {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			i += from
			j := i + len(name)
			from = j
			if i > 0 && isLetter(text[i-1]) || j < len(text) && isLetter(text[j]) || slices.Contains(taken[i:j], true) {
				continue
			}
			m := Mention{Code: gazetteer[key], Actor: gazetteer[key], Start: i, End: j}
			if strings.HasPrefix(key, "*") {
				m.PersonStart, m.PersonEnd = i, j
			}
			if strings.HasSuffix(text[:i], "the ") && !strings.HasPrefix(name, "the ") && (j == len(text) || text[j] != '-') {
				m.Start = i - len("the ")
			}
			for k := i; k < j; k++ {
				taken[k] = true
			}
			out = append(out, m)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// anchor is the tests' publication time: Wednesday 19 June 2024.
var anchor = timex.AnchorAt(time.Date(2024, 6, 19, 12, 0, 0, 0, time.UTC))

// sentence builds the extractor's input for text, starting at byte 100 of
// its document.
func sentence(text string) Sentence {
	return Sentence{Text: text, Start: 100, Mentions: findMentions(text), Times: timex.NewResolver(anchor).Sentence(text), Anchor: anchor}
}

// describe renders a fact compactly: type, parties, source>target, and
// the fields that are set.
func describe(f event.Fact) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", f.Type, strings.Join(f.Parties, ","))
	if f.Source != "" || f.Target != "" {
		fmt.Fprintf(&b, " %s>%s", f.Source, f.Target)
	}
	if f.Mutual {
		b.WriteString(" mutual")
	}
	if f.Amount != nil {
		fmt.Fprintf(&b, " %g %s", f.Amount.Value, f.Amount.Currency)
	}
	if f.ValueUSD != 0 {
		fmt.Fprintf(&b, " usd=%g", f.ValueUSD)
	}
	if f.Year != 0 {
		fmt.Fprintf(&b, " year=%d", f.Year)
	}
	if f.Since != "" {
		fmt.Fprintf(&b, " since=%s", f.Since)
	}
	if f.Until != "" {
		fmt.Fprintf(&b, " until=%s", f.Until)
	}
	if f.Person != "" {
		fmt.Fprintf(&b, " person=%s", f.Person)
	}
	if f.Level != "" {
		fmt.Fprintf(&b, " level=%q", f.Level)
	}
	if f.Modality != event.Asserted {
		fmt.Fprintf(&b, " %s", f.Modality)
	}
	if f.Attribution != nil {
		fmt.Fprintf(&b, " by=%s", f.Attribution.Code)
	}
	return b.String()
}

// TestExtract reads facts of every kind from sentences written for these
// tests, and checks that look-alikes yield none.
func TestExtract(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// Trade figures.
		{"Trade between Brazil and Chile reached $12.4 billion in 2023.",
			[]string{"trade BRA,CHL 1.24e+10 USD usd=1.24e+10 year=2023"}},
		{"Chile's $8 billion trade with Peru and $3 billion with Bolivia dwarf its other ties.",
			[]string{"trade CHL,PER 8e+09 USD usd=8e+09", "trade CHL,BOL 3e+09 USD usd=3e+09"}},
		{"Bilateral trade between India and Japan rose to 2.1 trillion yen last year.",
			[]string{"trade IND,JPN 2.1e+12 JPY year=2023"}},
		{"Germany's exports to Poland totalled 90 billion euros in 2022.",
			[]string{`trade DEU,POL DEU>POL 9e+10 EUR year=2022 level="exports"`}},
		{"Kenya and Uganda said bilateral trade hit US$ 1.2bn in 2024, up from a year earlier.",
			[]string{"trade KEN,UGA 1.2e+09 USD usd=1.2e+09 year=2024"}},
		{"Analysts said Russian exports to India hit a record $60 billion in 2023.",
			[]string{`trade RUS,IND RUS>IND 6e+10 USD usd=6e+10 year=2023 level="exports"`}},
		{"Japan's trade with India is expected to reach $40 billion next year.",
			[]string{"trade JPN,IND 4e+10 USD usd=4e+10 year=2025 planned"}},
		{"China-Russia trade reached $240 billion in 2023.",
			[]string{"trade CHN,RUS 2.4e+11 USD usd=2.4e+11 year=2023"}},
		{"China is Vietnam's largest trading partner.",
			[]string{`trade CHN,VNM level="largest trading partner"`}},
		{"The trade minister of Brazil met the Chilean envoy on Tuesday.", nil},
		{"Trade with Chile grew by 5 percent.", nil},
		{"Brazil spent $3 billion on a trade fair and a new port.", nil},

		// Arms supply.
		{"For years Moscow was New Delhi's biggest arms supplier.",
			[]string{`arms_supply RUS,IND RUS>IND level="biggest arms supplier"`}},
		{"France is the largest supplier of weapons to Greece.",
			[]string{`arms_supply FRA,GRC FRA>GRC level="largest supplier of weapons"`}},
		{"Iran supplied Russia with drones and artillery shells.",
			[]string{`arms_supply IRN,RUS IRN>RUS level="drones and artillery shells"`}},
		{"Lithuania accused Belarus of sending ammunition to Russia.",
			[]string{`arms_supply BLR,RUS BLR>RUS level="ammunition" alleged by=LTU`}},
		{"Drones supplied by Iran to Russia struck the port.",
			[]string{`arms_supply IRN,RUS IRN>RUS level="drones"`}},
		{"Germany will deliver air defense systems to Ukraine next month.",
			[]string{`arms_supply DEU,UKR DEU>UKR level="air defense systems" planned`}},
		{"Iran denied supplying drones to Russia.",
			[]string{`arms_supply IRN,RUS IRN>RUS level="drones" negated`}},
		{"Sweden did not sell fighter jets to Hungary.",
			[]string{`arms_supply SWE,HUN SWE>HUN level="fighter jets" negated`}},
		{"The United States has sold Taiwan missiles worth $2 billion.",
			[]string{`arms_supply USA,TWN USA>TWN level="missiles"`}},
		{"Russian arms sales to India fell sharply.",
			[]string{`arms_supply RUS,IND RUS>IND level="arms sales"`}},
		{"Iran supplied Russia with oil and grain.", nil},
		{"Moscow obtained drones from Iran, and Washington said so.",
			[]string{`arms_supply IRN,RUS IRN>RUS level="drones"`}},
		{"Ukraine will receive air defense systems to protect its cities from Russian missiles.", nil},
		{"NATO condemned Belarus and Iran for fuelling the war by sending Russia drones.",
			[]string{`arms_supply BLR,RUS BLR>RUS level="drones" alleged by=IGOWSTNAT`, `arms_supply IRN,RUS IRN>RUS level="drones" alleged by=IGOWSTNAT`}},
		{"Hungary has refused to send weapons to Ukraine.",
			[]string{`arms_supply HUN,UKR HUN>UKR level="weapons" negated`}},
		{"The UN discussed Iran's transfer of missiles and drones to Russia.",
			[]string{`arms_supply IRN,RUS IRN>RUS level="missiles and drones"`}},
		{"Experts listed prohibited transfers of military equipment and munitions from Iran to Russia.",
			[]string{`arms_supply IRN,RUS IRN>RUS level="military equipment and munitions"`}},
		{"Hungary bought fighter jets from Sweden in 2001.",
			[]string{`arms_supply SWE,HUN SWE>HUN level="fighter jets"`}},
		{"Officials dismissed accusations that Russia is getting drones from Iran.",
			[]string{`arms_supply IRN,RUS IRN>RUS level="drones" alleged`}},
		{"Lithuania repeated claims that Belarus supplied ammunition to Russia.",
			[]string{`arms_supply BLR,RUS BLR>RUS level="ammunition" alleged`}},
		{"Iran rejects Western accusations that Chinese firms supply Russia with drones.",
			[]string{`arms_supply CHNBUS,RUS CHNBUS>RUS level="drones" alleged by=WST`}},

		// Sanctions.
		{"The European Union imposed new sanctions on Iran on Monday.",
			[]string{"sanctions IGOEUREEC,IRN IGOEUREEC>IRN since=2024-06-17"}},
		{"Iran has been under a UN arms embargo since 2007.",
			[]string{`sanctions IGOUNO,IRN IGOUNO>IRN since=2007 level="arms embargo"`}},
		{"Cuba, which like Venezuela remains under US sanctions, is looking for partners.",
			[]string{"sanctions USA,CUB USA>CUB", "sanctions USA,VEN USA>VEN"}},
		{"Washington sanctioned Nicaragua in 2019.",
			[]string{"sanctions USA,NIC USA>NIC since=2019"}},
		{"Venezuela was sanctioned by Canada.",
			[]string{"sanctions CAN,VEN CAN>VEN"}},
		{"Britain lifted sanctions on Syria last year.",
			[]string{"sanctions GBR,SYR GBR>SYR until=2023"}},
		{"Japan could face sanctions from the United States.",
			[]string{"sanctions USA,JPN USA>JPN hypothetical"}},
		{"Sanctions on Russia were extended by the European Union.",
			[]string{"sanctions IGOEUREEC,RUS IGOEUREEC>RUS"}},
		{"The threat of US sanctions worries Vietnam.", nil},
		{"The European Union on Friday adopted its 14th package of sanctions against Russia.",
			[]string{"sanctions IGOEUREEC,RUS IGOEUREEC>RUS since=2024-06-14"}},
		{"The United States has imposed sanctions on more than 300 Chinese companies.",
			[]string{"sanctions USA,CHN USA>CHN since=2024-06-19"}},
		{"The threat of US sanctions on Iran grew.", []string{"sanctions USA,IRN USA>IRN hypothetical"}},
		{"Britain threatened sanctions against Iran.", []string{"sanctions GBR,IRN GBR>IRN hypothetical"}},
		{"Officials hinted at lifting the sanctions Washington has imposed on Moscow in recent years.",
			[]string{"sanctions USA,RUS USA>RUS"}},
		{"Such sales would violate a UN arms embargo on Iran.",
			[]string{`sanctions IGOUNO,IRN IGOUNO>IRN level="arms embargo"`}},
		{"The rulers of Syria remain under international terrorism sanctions, Brazil said.", []string{"sanctions SYR >SYR"}},

		// Defense pacts.
		{"Poland and Lithuania signed a mutual defense treaty in 1995.",
			[]string{`defense_pact POL,LTU mutual since=1995 level="mutual defense treaty"`}},
		{"The defense pact between Japan and the Philippines took effect on Friday.",
			[]string{`defense_pact JPN,PHL level="defense pact"`}},
		{"Turkey and Azerbaijan pledged to come to each other's aid if either is attacked.",
			[]string{"defense_pact TUR,AZE mutual"}},
		{"The United States has pledged to come to the aid of the Philippines if it is attacked.",
			[]string{"defense_pact USA,PHL USA>PHL"}},
		{"The US-Japan alliance remains strong.",
			[]string{`defense_pact USA,JPN mutual level="alliance"`}},
		{"The NATO alliance met in Brussels.", nil},
		{"France and Germany formed a military alliance.",
			[]string{`defense_pact FRA,DEU mutual since=2024-06-19 level="military alliance"`}},
		{"Egypt and Sudan signed a defense cooperation agreement.", nil},
		{"Under the 1951 Mutual Defense Treaty, the United States is obliged to defend the Philippines if it is attacked.",
			[]string{`defense_pact USA,PHL mutual since=1951 level="1951 mutual defense treaty"`}},
		{"The United States is obliged to defend Japan if it is attacked.",
			[]string{"defense_pact USA,JPN USA>JPN"}},
		{"The agreement between Egypt and Sudan covers trade.", nil},

		// Partnerships.
		{"India and Russia upgraded ties to a privileged strategic partnership in 2010.",
			[]string{`partnership IND,RUS since=2010 level="privileged strategic partnership"`}},
		{"Vietnam's comprehensive strategic partnership with Australia is a year old.",
			[]string{`partnership VNM,AUS level="comprehensive strategic partnership"`}},
		{"Brazil and Argentina are strategic partners.",
			[]string{`partnership BRA,ARG level="strategic partners"`}},
		{"A public-private partnership will build the new port.", nil},
		{"Analysts questioned the India-Japan partnership.",
			[]string{`partnership IND,JPN level="partnership"`}},
		{"Last week Iran and Russia signed a 'Treaty on Comprehensive Strategic Partnership,' officials said.",
			[]string{`partnership IRN,RUS since=2024-06-10 level="comprehensive strategic partnership"`}},
		{"Japan joined the Trans-Pacific Partnership.", nil},

		// Memberships.
		{"Finland joined NATO in April 2023.",
			[]string{"membership FIN,IGOWSTNAT FIN>IGOWSTNAT since=2023-04"}},
		{"Sweden's bid to join NATO stalled for months.",
			[]string{"membership SWE,IGOWSTNAT SWE>IGOWSTNAT planned"}},
		{"Ukraine is not a member of NATO.",
			[]string{"membership UKR,IGOWSTNAT UKR>IGOWSTNAT negated"}},
		{"Fellow NATO member Hungary blocked the move.",
			[]string{"membership HUN,IGOWSTNAT HUN>IGOWSTNAT"}},
		{"Mali, Niger and Burkina Faso left ECOWAS in January.",
			[]string{"membership MLI,IGOWAFWAS MLI>IGOWAFWAS until=2024-01", "membership NER,IGOWAFWAS NER>IGOWAFWAS until=2024-01",
				"membership BFA,IGOWAFWAS BFA>IGOWAFWAS until=2024-01"}},
		{"Norway's accession to the European Union was rejected by voters.",
			[]string{"membership NOR,IGOEUREEC NOR>IGOEUREEC"}},
		{"Poland left the meeting early.", nil},
		{"Poland is a member of the European Union and NATO.",
			[]string{"membership POL,IGOEUREEC POL>IGOEUREEC", "membership POL,IGOWSTNAT POL>IGOWSTNAT"}},
		{"Sweden became NATO's 32nd member in March 2024.",
			[]string{"membership SWE,IGOWSTNAT SWE>IGOWSTNAT since=2024-03"}},
		{"Turkey, a NATO member since 1952, bought Russian missiles in 2017.",
			[]string{`arms_supply RUS,TUR RUS>TUR level="missiles"`, "membership TUR,IGOWSTNAT TUR>IGOWSTNAT since=1952"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, f := range Extract(sentence(tt.text)) {
				got = append(got, describe(f))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			if ok, _ := Candidate(tt.text); len(tt.want) > 0 && !ok {
				t.Errorf("not a Candidate: the pipeline would not read its facts")
			}
		})
	}
}

// TestOffices reads offices from the titles of mentions, as the coder
// marks them: title and name in one phrase, or side by side.
func TestOffices(t *testing.T) {
	at := func(s, sub string) (int, int) {
		i := strings.Index(s, sub)
		if i < 0 {
			t.Fatalf("%q not in %q", sub, s)
		}
		return i, i + len(sub)
	}
	mention := func(s, phrase, code, actor, person, role string) Mention {
		m := Mention{Code: code, Actor: actor}
		m.Start, m.End = at(s, phrase)
		if person != "" {
			m.PersonStart, m.PersonEnd = at(s, person)
		}
		if role != "" {
			m.RoleStart, m.RoleEnd = at(s, role)
		}
		return m
	}
	tests := []struct {
		text     string
		mentions func(s string) []Mention
		want     []string
	}{
		{"Czech President Jana Novak arrived in Jordan.", func(s string) []Mention {
			return []Mention{mention(s, "Czech President Jana Novak", "CZEGOV", "CZE", "Jana Novak", "President"), mention(s, "Jordan", "JOR", "JOR", "", "")}
		}, []string{`office CZE person=Jana Novak level="president"`}},
		{"Prime Minister Omar Haddad of Jordan spoke first.", func(s string) []Mention {
			return []Mention{mention(s, "Prime Minister Omar Haddad", "---GOV", "", "Omar Haddad", "Prime Minister"), mention(s, "Jordan", "JOR", "JOR", "", "")}
		}, []string{`office JOR person=Omar Haddad level="prime minister"`}},
		{"Omar Haddad, the foreign minister of Jordan, spoke first.", func(s string) []Mention {
			return []Mention{mention(s, "Omar Haddad", "JORGOV", "JOR", "Omar Haddad", ""), mention(s, "the foreign minister of Jordan", "JORGOV", "JOR", "", "foreign minister")}
		}, []string{`office JOR person=Omar Haddad level="foreign minister"`}},
		{"The Czech defense minister, Jana Novak, resigned.", func(s string) []Mention {
			return []Mention{mention(s, "The Czech defense minister", "CZEGOV", "CZE", "", "defense minister"), mention(s, "Jana Novak", "CZEGOV", "CZE", "Jana Novak", "")}
		}, []string{`office CZE person=Jana Novak level="defense minister"`}},
		{"Former President Jana Novak of the Czech Republic spoke.", func(s string) []Mention {
			return []Mention{mention(s, "Former President Jana Novak", "---GOV", "", "Jana Novak", "Former President")}
		}, nil},
		{"President Jana Novak spoke.", func(s string) []Mention {
			return []Mention{mention(s, "President Jana Novak", "---GOV", "", "Jana Novak", "President")}
		}, nil}, // no country is known: no office
		{"Jana Novak, a Czech professor, spoke.", func(s string) []Mention {
			return []Mention{mention(s, "Jana Novak", "CZEEDU", "CZE", "Jana Novak", ""), mention(s, "a Czech professor", "CZEEDU", "CZE", "", "professor")}
		}, nil}, // a professor holds no public office
		{"A Czech television station Tuesday said so.", func(s string) []Mention {
			return []Mention{mention(s, "A Czech television station Tuesday", "CZEMED", "CZE", "Tuesday", "television station")}
		}, nil},
		{"Czech President Jana Novak met Czech President Jana Novak's guests.", func(s string) []Mention {
			return []Mention{mention(s, "Czech President Jana Novak", "CZEGOV", "CZE", "Jana Novak", "President")}
		}, []string{`office CZE person=Jana Novak level="president"`}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			s := sentence(tt.text)
			s.Mentions = tt.mentions(tt.text)
			var got []string
			for _, f := range Extract(s) {
				got = append(got, describe(f))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestRecord checks the parts of a record every fact has: its kind, the
// sentence and evidence spans in document bytes, parties never null, and
// the sentence's attribution unless the evidence holds it.
func TestRecord(t *testing.T) {
	text := "France is the largest supplier of weapons to Greece, Le Monde reported."
	s := sentence(text)
	i := strings.Index(text, "Le Monde")
	s.Attribution = &event.Attribution{Text: "Le Monde", Code: "FRAMED"}
	s.AttributionStart, s.AttributionEnd = i, i+len("Le Monde")
	fs := Extract(s)
	if len(fs) != 1 {
		t.Fatalf("got %d facts, want 1", len(fs))
	}
	f := fs[0]
	if f.Kind != "fact" || f.Sentence.Start != 100 || f.Sentence.End != 100+len(text) || f.Sentence.Text != text {
		t.Errorf("kind %q, sentence %+v", f.Kind, f.Sentence)
	}
	if want := "France is the largest supplier of weapons to Greece"; f.Evidence.Text != want || f.Evidence.Start != 100 || f.Evidence.End != 100+len(want) {
		t.Errorf("evidence %+v, want %q at 100", f.Evidence, want)
	}
	if f.Attribution == nil || f.Attribution.Code != "FRAMED" {
		t.Errorf("attribution %+v, want Le Monde's", f.Attribution)
	}
	// The attribution's words inside the evidence: not the fact's source.
	text = "Cuba, which Washington says is under sanctions, disagrees."
	s = sentence(text)
	i = strings.Index(text, "Washington")
	s.Attribution = &event.Attribution{Text: "Washington", Code: "USA"}
	s.AttributionStart, s.AttributionEnd = i, i+len("Washington")
	for _, f := range Extract(s) {
		if f.Attribution != nil && f.Attribution.Code == "USA" && strings.Contains(f.Evidence.Text, "Washington") {
			t.Errorf("%s: attributed to words of its own evidence %q", describe(f), f.Evidence.Text)
		}
	}
	// The same fact told twice in a sentence: one record, the first
	// telling's evidence.
	text = "Iran supplied Russia with drones, and Iran supplied Russia with drones again."
	fs = Extract(sentence(text))
	if len(fs) != 1 || fs[0].Evidence.Text != "Iran supplied Russia with drones" {
		t.Errorf("told twice: %d records, evidence %q", len(fs), fs[0].Evidence.Text)
	}
	for _, empty := range []string{"", "  "} {
		if got := Extract(Sentence{Text: empty}); len(got) != 0 {
			t.Errorf("%q: %v", empty, got)
		}
	}
}

// TestMoney reads amounts in the forms the news writes them.
func TestMoney(t *testing.T) {
	tests := []struct {
		text  string
		value float64
		cur   string
		ok    bool
	}{
		{"$3.5 billion", 3.5e9, "USD", true},
		{"US$ 175bn", 175e9, "USD", true},
		{"US$175bn", 175e9, "USD", true},
		{"12 billion euros", 12e9, "EUR", true},
		{"€12bn", 12e9, "EUR", true},
		{"£4.5 billion", 4.5e9, "GBP", true},
		{"HK$5 million", 5e6, "HKD", true},
		{"A$ 3m", 3e6, "AUD", true},
		{"USD 40 million", 40e6, "USD", true},
		{"Rs 500 crore", 5e9, "INR", true},
		{"₹40,000 crore", 4e11, "INR", true},
		{"1.2 trillion yuan", 1.2e12, "CNY", true},
		{"¥1.2 trillion", 1.2e12, "JPY", true},
		{"3 trillion won", 3e12, "KRW", true},
		{"5 million Australian dollars", 5e6, "AUD", true},
		{"2 billion pounds", 2e9, "GBP", true},
		{"40,000 dollars", 4e4, "USD", true},
		{"2 million pounds of cocaine", 0, "", false},
		{"won 3 seats", 0, "", false},
		{"3,5 million euros", 0, "", false},
		{"12 billion", 0, "", false},
		{"$", 0, "", false},
		{"USD", 0, "", false},
	}
	for _, tt := range tests {
		r := &reader{}
		r.reset(&Sentence{Text: tt.text})
		m, ok := r.moneyAt(0)
		if ok != tt.ok || ok && (m.amount.Value != tt.value || m.amount.Currency != tt.cur) {
			t.Errorf("%q: %+v %v, want %g %s %v", tt.text, m.amount, ok, tt.value, tt.cur, tt.ok)
		}
	}
}

// TestCandidate checks the cheap test that spares sentences the mentions
// pass: every sentence TestExtract reads a fact from passes it.
func TestCandidate(t *testing.T) {
	tests := []struct {
		text   string
		want   bool
		titled string
	}{
		{"Trade between Brazil and Chile grew to $3 billion.", true, ""},
		{"Bilateral trade reached 175bn yuan.", true, ""},
		{"Trade talks between Brazil and Chile resumed.", false, ""},
		{"The nuclear weapons programme grew.", false, ""},
		{"Finland joined NATO.", true, ""},
		{"She joined the company.", false, ""},
		{"Brazil and Argentina are strategic partners.", true, ""},
		{"The EU imposed sanctions on Iran.", true, ""},
		{"Russian President Vladimir Putin arrived.", true, "President Vladimir Putin"},
		{"Russian President Vladimir Putin imposed sanctions.", true, ""},
		{"Omar Haddad, the president of Jordan, spoke.", true, ""},
		{"The president said nothing.", false, ""},
		{"North Korean leader Kim Jong Un greeted Putin.", true, "leader Kim Jong Un"},
		{"He met the prime minister on Monday.", false, ""},
		{"The French foreign minister, Catherine Colonna, arrived.", true, ""},
		{"The minister, who arrived late, spoke.", false, ""},
		{"It rained in Paris on Monday.", false, ""},
		{"Prices rose by $3 billion.", false, ""},
		{"Talks on a\ndefense pact\tresumed.", true, ""},
		{"Russian President\nVladimir Putin arrived.", true, "President Vladimir Putin"},
		{"", false, ""},
	}
	for _, tt := range tests {
		if got, titled := Candidate(tt.text); got != tt.want || titled != tt.titled {
			t.Errorf("Candidate(%q) = %v, %q; want %v, %q", tt.text, got, titled, tt.want, tt.titled)
		}
	}
	if n := testing.AllocsPerRun(100, func() { Candidate("Russian President Vladimir Putin will visit Hanoi, the capital.") }); n != 0 {
		t.Errorf("Candidate allocates %v times", n)
	}
}

// TestExtractorReuse reads sentences one after the other with one
// Extractor and gets what fresh ones give.
func TestExtractorReuse(t *testing.T) {
	texts := []string{
		"Chile's $8 billion trade with Peru and $3 billion with Bolivia dwarf its other ties.",
		"Iran supplied Russia with drones.",
		"Mali, Niger and Burkina Faso left ECOWAS in January.",
		"Nothing here.",
		"Trade between Brazil and Chile reached $12.4 billion in 2023.",
	}
	var x Extractor
	for round := 0; round < 2; round++ {
		for _, text := range texts {
			got, want := x.Extract(sentence(text)), Extract(sentence(text))
			if len(got) != len(want) {
				t.Fatalf("%q: %d facts, want %d", text, len(got), len(want))
			}
			for i := range got {
				if describe(got[i]) != describe(want[i]) || got[i].Evidence != want[i].Evidence {
					t.Errorf("%q: %s, want %s", text, describe(got[i]), describe(want[i]))
				}
			}
		}
	}
}

// FuzzExtract reads arbitrary text with the gazetteer's mentions: it must
// not panic, and every record must point into the sentence.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Trade between Brazil and Chile reached $12.4 billion in 2023.",
		"Chile's $8 billion trade with Peru and $3 billion with Bolivia",
		"Lithuania accused Belarus of sending ammunition to Russia.",
		"Cuba, which like Venezuela remains under US sanctions, is",
		"Turkey and Azerbaijan pledged to come to each other's aid if either is attacked.",
		"Fellow NATO member Hungary", "US$ ₹ £ 3,000,000 bn of", "'s 's , , and", "Finland joined NATO",
		"Japan pledged to come to Russia", "China-Russia", "the US-Japan alliance", "Iran bought Russian",
		"Sweden became NATO's", "Turkey, a NATO member", "sanctions on more than", "is obliged to defend Japan",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := sentence(text)
		// Mentions of any shape as well: overlapping, out of bounds,
		// empty, with odd person and title spans.
		for i := 0; i+3 < len(text) && i < 40; i += 4 {
			a, b := int(text[i])%(len(text)+2)-1, int(text[i+1])%(len(text)+2)-1
			m := Mention{Code: []string{"RUS", "IGOUNO", "---GOV", "USAGOV", ""}[int(text[i+2])%5], Start: a, End: b}
			m.Actor = m.Code
			if text[i+3]&1 != 0 {
				m.PersonStart, m.PersonEnd = a, b
			}
			if text[i+3]&2 != 0 {
				m.RoleStart, m.RoleEnd = b, a
			}
			if text[i+3]&4 != 0 && i+7 < len(text) {
				// A well-formed titled name, somewhere in the sentence.
				x, y := int(text[i+4])%len(text), int(text[i+5])%len(text)
				m.Start, m.End = min(x, y), max(x, y)+1
				m.PersonStart, m.PersonEnd = m.Start, m.End
				m.RoleStart, m.RoleEnd = m.Start, m.Start+1
			}
			s.Mentions = append(s.Mentions, m)
		}
		for _, x := range Extract(s) {
			ev := x.Evidence
			if ev.Start < s.Start || ev.End > s.Start+len(text) || ev.Start >= ev.End || text[ev.Start-s.Start:ev.End-s.Start] != ev.Text {
				t.Fatalf("%q: evidence %+v outside the sentence", text, ev)
			}
			if x.Kind != "fact" || x.Type == "" || x.Parties == nil || x.Modality == "" {
				t.Fatalf("%q: incomplete record %+v", text, x)
			}
		}
	})
}

// BenchmarkExtract reads facts from sentences that state them, one
// sentence per iteration, with one Extractor as the pipeline does.
func BenchmarkExtract(b *testing.B) {
	texts := []string{
		"Trade between Brazil and Chile reached $12.4 billion in 2023, a small share of Chile's $80 billion trade with China and $30 billion with the United States.",
		"For years Moscow was New Delhi's biggest arms supplier, and Lithuania accused Belarus of sending ammunition to Russia over the war.",
		"Cuba, which like Venezuela remains under US sanctions, signed a defense pact with Iran on Monday, promising to come to each other's aid if attacked.",
		"Czech President Jana Novak said the comprehensive strategic partnership between India and Japan would deepen after Finland joined NATO.",
	}
	var in []Sentence
	for _, t := range texts {
		in = append(in, sentence(t))
	}
	var x Extractor
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(in[i%len(in)])
	}
}

// TestPhraseOverHead reads sanctions whose word the coder took into a
// phrase ("a UN sanctions regime" as one actor phrase).
func TestPhraseOverHead(t *testing.T) {
	text := "Iran has been under a UN sanctions regime since 2007."
	s := sentence(text)
	i := strings.Index(text, "a UN sanctions regime")
	s.Mentions = []Mention{{Code: "IGOUNOGOV", Actor: "IGOUNO", Start: i, End: i + len("a UN sanctions regime")}, s.Mentions[0]}
	sort.SliceStable(s.Mentions, func(a, b int) bool { return s.Mentions[a].Start < s.Mentions[b].Start })
	var got []string
	for _, f := range Extract(s) {
		got = append(got, describe(f))
	}
	if want := []string{"sanctions IGOUNOGOV,IRN IGOUNOGOV>IRN since=2007"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestReferences reads facts whose parties the coder resolved from
// references: a mention of "the two countries" that stands for two actors
// (two mentions with one span), "whose country" for one.
func TestReferences(t *testing.T) {
	tests := []struct {
		text string
		refs map[string][]string // words of the sentence → the codes they stand for
		want []string
	}{
		{"Trade between the two countries amounted to just $3.5 billion in 2022.",
			map[string][]string{"the two countries": {"RUS", "VNM"}},
			[]string{"trade RUS,VNM 3.5e+09 USD usd=3.5e+09 year=2022"}},
		{"Putin thanked his host, whose country has been under a UN sanctions regime since 2006.",
			map[string][]string{"whose country": {"PRK"}},
			[]string{"sanctions IGOUNO,PRK IGOUNO>PRK since=2006"}},
		{"Putin thanked his host \u2013 whose country has been under a UN sanctions regime since 2006 \u2013 and left.",
			map[string][]string{"his host": {"PRK"}},
			[]string{"sanctions IGOUNO,PRK IGOUNO>PRK since=2006"}},
		{"Sweden warned Hungary against a mistake if it decided to supply weapons to Russia.",
			map[string][]string{"it": {"HUN"}},
			[]string{`arms_supply HUN,RUS HUN>RUS level="weapons" hypothetical`}},
		{"The two leaders signed a treaty that obliges each country to provide military assistance to the other if it comes under attack.",
			map[string][]string{"The two leaders": {"RUSGOV", "PRKGOV"}},
			[]string{`defense_pact RUS,PRK mutual since=2024-06-19 level="treaty"`}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			s := sentence(tt.text)
			for words, codes := range tt.refs {
				i := strings.Index(tt.text, words)
				if j := strings.Index(tt.text, " "+words+" "); j >= 0 {
					i = j + 1 // a word of its own
				}
				for _, c := range codes {
					s.Mentions = append(s.Mentions, Mention{Code: c, Actor: c, Start: i, End: i + len(words)})
				}
			}
			sort.SliceStable(s.Mentions, func(a, b int) bool { return s.Mentions[a].Start < s.Mentions[b].Start })
			var got []string
			for _, f := range Extract(s) {
				got = append(got, describe(f))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestMayTrigger checks that the cheap prefix test lets every word of
// kind's lists through: it reads the lists from the source.
func TestMayTrigger(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "candidate.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(f, func(x ast.Node) bool {
		fn, ok := x.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "kind" {
			return true
		}
		ast.Inspect(fn.Body, func(y ast.Node) bool {
			if lit, ok := y.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				w, _ := strconv.Unquote(lit.Value)
				n++
				if !mayTrigger(prefixKey(w)) {
					t.Errorf("%q: kind knows it, mayTrigger lets it pass not", w)
				}
			}
			return true
		})
		return false
	})
	if n < 100 {
		t.Fatalf("read %d words of kind's lists, want them all", n)
	}
	for _, w := range []string{"the", "of", "said", "people", "zone"} {
		if mayTrigger(prefixKey(w)) {
			t.Errorf("%q passes", w)
		}
	}
}
