package sanctions

import (
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"AL-QUBAYSI, Munir", "al qubaysi munir"},
		{"NU'MAN ALAEDDIN, Mohammed", "numan alaeddin mohammed"},
		{"Da’oud Kamal", "daoud kamal"},
		{"José Müller-Lüdenscheidt", "jose muller ludenscheidt"},
		{"Łukasz Żółć", "lukasz zolc"},
		{"Straße Ærø", "strasse aero"},
		{"Владимир Путин", "vladimir putin"},
		{"Шугаев Дмитрий Евгеньевич", "shugaev dmitriy evgenevich"},
		{"Михайло Подоляк", "mikhaylo podolyak"},
		{"Αλέξανδρος", "alexandros"},
		{"EMPRESA S.A. DE C.V.", "empresa sa de cv"},
		{"U.S.-based", "us based"},
		{"Jennifer L. McClellan", "jennifer l mcclellan"},
		{"A.Smith", "a smith"},
		{"KIM, Jong Un", "kim jong un"},
		{"صدام حسين", "صدام حسين"},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTranslitKey(t *testing.T) {
	// Spellings of one name that must share a key.
	same := [][2]string{
		{"rosoboronexport", "rosoboroneksport"},
		{"mikheyev", "mikheev"},
		{"shugaev", "shugayev"},
		{"dmitry", "dmitri"},
		{"dmitriy", "dmitrii"},
		{"mohammed", "mohamed"},
		{"vladimir", "wladimir"},
		{"khalid", "halid"},
		{"yuri", "iouri"},
		{"philip", "filip"},
		{"qasim", "kasim"},
		{"zhukov", "jukov"},
	}
	for _, p := range same {
		if a, b := translitKey(p[0]), translitKey(p[1]); a != b {
			t.Errorf("translitKey(%q) = %q, translitKey(%q) = %q: want one key", p[0], a, p[1], b)
		}
	}
	// Different names that must keep different keys.
	differ := [][2]string{
		{"putin", "putina"},
		{"putin", "computing"},
		{"hassan", "husain"},
		{"ali", "ala"},
	}
	for _, p := range differ {
		if a, b := translitKey(p[0]), translitKey(p[1]); a == b {
			t.Errorf("translitKey(%q) = translitKey(%q) = %q: want different keys", p[0], p[1], a)
		}
	}
}

func TestKeySim(t *testing.T) {
	tests := []struct {
		a, b string
		want simKind
	}{
		{"aleksander", "aleksandr", vowels},
		{"mohamed", "muhamad", vowels},
		{"fomin", "famin", vowels},
		{"putin", "putina", noSim},
		{"hana", "han", noSim},
		{"hasan", "husein", noSim},
		{"rid", "rd", noSim},
		{"to", "top", noSim},
		{"kim", "kum", typo},
		{"al", "li", noSim},
		{"stoltenberg", "stoltenburg", vowels},
		{"gonzalez", "gonzales", typo},
		{"abdulah", "abdolah", vowels},
		{"aleksander", "aleksandra", noSim},
		{"mario", "maria", noSim},
		{"kovalenko", "kovalenkp", typo},
		{"petrov", "petrova", noSim},
		{"aleksandr", "aleksandra", noSim},
		{"putin", "putni", typo},
		{"computing", "putin", noSim},
	}
	for _, tt := range tests {
		a, b := translitKey(tt.a), translitKey(tt.b)
		if got := keySim(a, skeleton(a), b, skeleton(b)); got != tt.want {
			t.Errorf("keySim(%q, %q) = %v, want %v", a, b, got, tt.want)
		}
	}
}

func TestTokenClasses(t *testing.T) {
	toks := tokenize("OJSC Al-Noor Trading Co., J. de la Cruz")
	want := []tokenClass{form, particle, plain, plain, form, initial, particle, particle, plain}
	if len(toks) != len(want) {
		t.Fatalf("tokens %+v", toks)
	}
	for i, tk := range toks {
		if tk.class != want[i] {
			t.Errorf("token %q class %d, want %d", tk.text, tk.class, want[i])
		}
	}
}

func TestDamerau1(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"abcdef", "abcdef", false},
		{"abcdef", "abcdxf", true},
		{"abcdef", "abcdf", true},
		{"abcdef", "abdcef", true},
		{"abcdef", "bacdfe", false},
		{"abcdef", "abcdefgh", false},
		{"", "a", true},
	}
	for _, tt := range tests {
		if got := damerau1(tt.a, tt.b); got != tt.want {
			t.Errorf("damerau1(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}
