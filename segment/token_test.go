package segment

import (
	"reflect"
	"strings"
	"testing"
)

// render renders the tokens of s as "text/Kind" joined by spaces, with
// Word kinds left bare.
func render(s string) string {
	var parts []string
	for _, t := range Tokenize(s, 0, nil) {
		p := s[t.Start:t.End]
		if t.Kind != Word {
			p += "/" + t.Kind.String()
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"North Korea's leader didn't attend.",
			"North Korea 's/Possessive leader did n't/Clitic attend ./Punct"},
		{"Korea’s envoy can’t and won’t go",
			"Korea ’s/Possessive envoy ca n’t/Clitic and wo n’t/Clitic go"},
		{"They're sure it's over, we'll see; I'm told they'd left and we've won.",
			"They 're/Clitic sure it 's/Clitic over ,/Punct we 'll/Clitic see ;/Punct I 'm/Clitic told they 'd/Clitic left and we 've/Clitic won ./Punct"},
		{"the allies' talks and the Joneses’ house",
			"the allies '/Possessive talks and the Joneses ’/Possessive house"},
		{"O'Brien visited Côte d'Ivoire and O’Neill's farm.",
			"O'Brien visited Côte d'Ivoire and O’Neill 's/Possessive farm ./Punct"},
		{"anti-aircraft guns for Kim Jong-un's army",
			"anti-aircraft guns for Kim Jong-un 's/Possessive army"},
		{"Ukraine-defense cooperation, F-16s and Su-57 jets",
			"Ukraine-defense cooperation ,/Punct F-16s and Su-57 jets"},
		{"$3.5 billion, 1.5%, 1,000 troops, 2022-23, 10:12 on 20/06/2024",
			"$/Symbol 3.5/Number billion ,/Punct 1.5/Number %/Symbol ,/Punct 1,000/Number troops ,/Punct 2022-23/Number ,/Punct 10:12/Number on 20/06/2024/Number"},
		{"in 2022. Then 2am (7pm GMT)",
			"in 2022/Number ./Punct Then 2am (/Punct 7pm GMT )/Punct"},
		{"The U.S. and U.K. met Mr. Lee, Gen. Kim and John F. Kennedy at 3 p.m., e.g. here.",
			"The U.S. and U.K. met Mr. Lee ,/Punct Gen. Kim and John F. Kennedy at 3/Number p.m. ,/Punct e.g. here ./Punct"},
		{"No. 1 said no. Mr.Smith left Hanoi.The end",
			"No. 1/Number said no ./Punct Mr. Smith left Hanoi ./Punct The end"},
		{"“Full support” — ‘hegemonism’ – 'blackmail' \"now\"…",
			"“/Punct Full support ”/Punct —/Punct ‘/Punct hegemonism ’/Punct –/Punct '/Punct blackmail '/Punct \"/Punct now \"/Punct …/Punct"},
		{"Wait... what -- now?!",
			"Wait .../Punct what --/Punct now ?/Punct !/Punct"},
		{"Nguyễn Phú Trọng và Đỗ Mười", "Nguyễn Phú Trọng và Đỗ Mười"},
		{"anti\u00adaircraft non\u2011aligned", "anti\u00adaircraft non\u2011aligned"},
		{"a\u00a0b\u2009c\u200bd\ufeffe", "a b c d e"},
		{"© AFP & @Reuters #war 5+5=10", "©/Symbol AFP &/Symbol @/Symbol Reuters #/Symbol war 5/Number +/Symbol 5/Number =/Symbol 10/Number"},
		{"n't 's ' x", "n't/Clitic '/Punct s '/Punct x"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := render(tt.in); got != tt.want {
			t.Errorf("Tokenize(%q)\n got: %s\nwant: %s", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeBase(t *testing.T) {
	doc := "Seoul protested. Tokyo's envoy left."
	r := Segment(doc)
	s := r.Sentences[1]
	toks := Tokenize(s.Text(doc), s.Start, nil)
	var got []string
	for _, tk := range toks {
		got = append(got, doc[tk.Start:tk.End])
	}
	want := []string{"Tokyo", "'s", "envoy", "left", "."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTokenizeInvalidUTF8(t *testing.T) {
	s := "Caf\xe9 in Gen\xe8ve\xff \xe2\x80 \xc3"
	toks := Tokenize(s, 0, nil)
	var got []string
	for _, tk := range toks {
		got = append(got, s[tk.Start:tk.End])
	}
	want := []string{"Caf\xe9", "in", "Gen\xe8ve\xff", "\xe2\x80", "\xc3"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	checkTokens(t, s, 0, toks)
}

func TestTokenizeNoAlloc(t *testing.T) {
	s := "Russian President Vladimir Putin didn't rule out “military-technical cooperation” with North Korea's leader, worth $3.5 billion."
	dst := make([]Token, 0, 64)
	allocs := testing.AllocsPerRun(100, func() { dst = Tokenize(s, 0, dst[:0]) })
	if allocs != 0 {
		t.Errorf("Tokenize allocated %v times", allocs)
	}
	buf := make([]byte, 0, 256)
	allocs = testing.AllocsPerRun(100, func() {
		buf = buf[:0]
		for _, tk := range dst {
			buf = AppendUpper(buf, s[tk.Start:tk.End])
		}
	})
	if allocs != 0 {
		t.Errorf("AppendUpper allocated %v times", allocs)
	}
}

func TestAppendUpper(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Korea", "KOREA"},
		{"Nguyễn", "NGUYỄN"},
		{"Erdoğan", "ERDOĞAN"},
		{"Zelenskyy’s", "ZELENSKYY'S"},
		{"‘n’t", "'N'T"},
		{"São Tomé", "SÃO TOMÉ"},
		{"straße", "STRAßE"},
		{"Мосва", "МОСВА"},
		{"U.S.", "U.S."},
		{"3.5%", "3.5%"},
		{"Gen\xe8ve\xff", "GEN\xe8VE\xff"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := string(AppendUpper([]byte("x:"), tt.in)); got != "x:"+tt.want {
			t.Errorf("AppendUpper(%q) = %q, want %q", tt.in, got, "x:"+tt.want)
		}
	}
}

// checkTokens checks that the tokens of s, tokenized at base, lie inside
// it, in order, without overlap, and cover every byte that is not white
// space.
func checkTokens(t *testing.T, s string, base int, toks []Token) {
	t.Helper()
	covered := make([]bool, len(s))
	prev := base
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > base+len(s) {
			t.Fatalf("token %+v out of order or bounds (prev end %d, len %d) in %q", tk, prev, len(s), s)
		}
		for i := tk.Start; i < tk.End; i++ {
			covered[i-base] = true
		}
		prev = tk.End
	}
	for i := 0; i < len(s); {
		if covered[i] {
			i++
			continue
		}
		w := spaceAt(s, i)
		if w == 0 {
			t.Fatalf("byte %d (%q) of %q in no token", i, s[i], s)
		}
		i += w
	}
}
