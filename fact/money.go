package fact

import (
	"strconv"
	"strings"

	"github.com/entente/entente/event"
	"github.com/entente/entente/segment"
)

// money is an amount over tokens [from, to).
type money struct {
	from, to int
	amount   event.Amount
}

// moneyAt reads an amount of money that starts at token i: a currency
// sign ("$3.5 billion", "US$ 175bn", "€12bn", "HK$5 million"), an ISO code
// ("USD 40 million", "Rs 500 crore") or a number with a currency word
// after it ("12 billion euros", "1.2 trillion yuan").
func (r *reader) moneyAt(i int) (money, bool) {
	m := money{from: i}
	if i < 0 || i >= len(r.toks) {
		return m, false
	}
	j := i
	cur := ""
	switch t := r.toks[j]; {
	case t.kind == segment.Word && j+1 < len(r.toks) && r.toks[j+1].kind == segment.Symbol && r.toks[j+1].start == t.end:
		// "US$", "HK$": a country's letters glued to the sign.
		c, ok := signCurrency(r.w(j+1), r.w(j))
		if !ok {
			return m, false
		}
		cur, j = c, j+2
	case t.kind == segment.Symbol:
		c, ok := signCurrency(r.w(j), "")
		if !ok {
			return m, false
		}
		cur, j = c, j+1
	case t.kind == segment.Word:
		c, ok := isoCurrency(r.s.Text[t.start:t.end])
		if !ok {
			break
		}
		cur, j = c, j+1
	}
	value, k, ok := r.number(j)
	if !ok {
		return m, false
	}
	j = k
	if cur == "" {
		c, next, ok := r.currencyWord(j, hasMultiplier(r, i, j))
		if !ok {
			return m, false
		}
		cur, j = c, next
	} else if cur == "JPY" && r.w(j) == "yuan" {
		// "¥" is written for the yuan too.
		cur, j = "CNY", j+1
	}
	if value <= 0 {
		return m, false
	}
	m.to = j
	m.amount = event.Amount{Value: value, Currency: cur, Text: r.text(m.from, m.to)}
	return m, true
}

// hasMultiplier reports whether tokens [i, k) end with a multiplier
// ("billion") or hold a number with one glued on ("175bn").
func hasMultiplier(r *reader, i, k int) bool {
	for x := i; x < k; x++ {
		if _, ok := multiplier(r.w(x)); ok {
			return true
		}
		if _, m, ok := parseNumber(r.w(x)); ok && m > 1 {
			return true
		}
	}
	return false
}

// number reads a number at token i with an optional multiplier word after
// it ("3.5 billion", "175bn", "40,000 crore") and returns its value and
// the token after it.
func (r *reader) number(i int) (float64, int, bool) {
	if i >= len(r.toks) {
		return 0, i, false
	}
	if k := r.toks[i].kind; k != segment.Number && k != segment.Word {
		return 0, i, false
	}
	v, mult, ok := parseNumber(r.w(i))
	if !ok {
		return 0, i, false
	}
	j := i + 1
	if mult == 1 {
		if m, ok := multiplier(r.w(j)); ok {
			mult, j = m, j+1
		}
	}
	return v * mult, j, true
}

// parseNumber reads "3.5", "40,000", "175bn", "5m" or "1.2tn": the number
// and the multiplier glued to it (1 when none).
func parseNumber(w string) (float64, float64, bool) {
	k := 0
	for k < len(w) && (w[k] >= '0' && w[k] <= '9' || w[k] == '.' || w[k] == ',') {
		k++
	}
	if k == 0 || w[0] < '0' || w[0] > '9' {
		return 0, 0, false
	}
	mult := 1.0
	if suffix := w[k:]; suffix != "" {
		switch suffix {
		case "k":
			mult = 1e3
		case "m", "mn", "mln":
			mult = 1e6
		case "b", "bn", "bln":
			mult = 1e9
		case "t", "tn", "trn":
			mult = 1e12
		default:
			return 0, 0, false
		}
	}
	digits := w[:k]
	// Thousands separators: "40,000" and "1,250,000"; a comma elsewhere is
	// not a number ("3,5").
	if strings.Contains(digits, ",") {
		parts := strings.Split(digits, ",")
		for _, p := range parts[1:] {
			if len(p) < 3 || len(p) > 3 && p[3] != '.' {
				return 0, 0, false
			}
		}
		digits = strings.ReplaceAll(digits, ",", "")
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		return 0, 0, false
	}
	return v, mult, true
}

// multiplier returns the value of a word that multiplies a number.
func multiplier(w string) (float64, bool) {
	switch w {
	case "thousand":
		return 1e3, true
	case "lakh", "lakhs":
		return 1e5, true
	case "million", "mn", "mln", "millions":
		return 1e6, true
	case "crore", "crores":
		return 1e7, true
	case "billion", "bn", "bln", "billions":
		return 1e9, true
	case "trillion", "tn", "trn":
		return 1e12, true
	}
	return 0, false
}

// signCurrency returns the currency of a sign, with the letters glued
// before it ("US", "HK", "A"): a bare "$" is the US dollar, as
// international news writes it.
func signCurrency(sign, prefix string) (string, bool) {
	switch sign {
	case "$":
		switch prefix {
		case "", "us", "u.s.", "usd":
			return "USD", true
		case "a", "au":
			return "AUD", true
		case "c", "ca", "can":
			return "CAD", true
		case "hk":
			return "HKD", true
		case "nz":
			return "NZD", true
		case "s", "sg":
			return "SGD", true
		case "nt":
			return "TWD", true
		case "r":
			return "BRL", true
		case "mx":
			return "MXN", true
		}
		return "", false
	case "€":
		return "EUR", prefix == ""
	case "£":
		return "GBP", prefix == ""
	case "₹":
		return "INR", prefix == ""
	case "₩":
		return "KRW", prefix == ""
	case "₽":
		return "RUB", prefix == ""
	case "₺":
		return "TRY", prefix == ""
	case "₪":
		return "ILS", prefix == ""
	case "₦":
		return "NGN", prefix == ""
	case "¥":
		return "JPY", prefix == ""
	}
	return "", false
}

// isoCurrency returns the currency of a code written before a number
// ("USD 40 million", "EUR 2bn", "Rs 500 crore"); codes must be in
// capitals, so that words that spell alike are not read as codes.
func isoCurrency(text string) (string, bool) {
	switch text {
	case "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "KRW", "CHF", "AUD", "CAD", "HKD", "SGD", "TWD", "BRL",
		"TRY", "SAR", "AED", "ZAR", "UAH", "ILS", "MXN", "IDR", "VND", "NGN", "EGP", "PKR", "IRR", "THB", "MYR", "PHP", "QAR":
		return text, true
	case "RMB":
		return "CNY", true
	case "Rs", "Rs.":
		return "INR", true
	}
	return "", false
}

// currencyWord reads a currency named after a number ("euros", "US
// dollars", "Swiss francs") at token i and returns its code and the token
// after it. Words that are also common words ("won", "dong", "pounds")
// count only after a multiplier ("3 trillion won", "2 billion pounds").
func (r *reader) currencyWord(i int, multiplied bool) (string, int, bool) {
	adj := r.w(i)
	two := adj + " " + r.w(i+1)
	if c, ok := qualifiedCurrency(two, r.w(i+2)); ok {
		return c, i + 3, true
	}
	if c, ok := qualifiedCurrency(adj, r.w(i+1)); ok {
		return c, i + 2, true
	}
	switch adj {
	case "pounds":
		if r.w(i+1) == "sterling" {
			return "GBP", i + 2, true
		}
		if multiplied && r.w(i+1) != "of" {
			// "2 billion pounds", not "2 million pounds of cocaine".
			return "GBP", i + 1, true
		}
	case "won", "dong", "rand":
		if multiplied {
			return unitCurrency(adj), i + 1, true
		}
	default:
		if c := unitCurrency(adj); c != "" {
			return c, i + 1, true
		}
	}
	return "", i, false
}

// unitCurrency returns the currency a word names after a number, or "".
func unitCurrency(w string) string {
	switch w {
	case "dollars", "dollar":
		return "USD"
	case "euros", "euro":
		return "EUR"
	case "sterling":
		return "GBP"
	case "yen":
		return "JPY"
	case "yuan", "renminbi":
		return "CNY"
	case "rubles", "roubles", "ruble", "rouble":
		return "RUB"
	case "rupees", "rupee":
		return "INR"
	case "hryvnias", "hryvnia", "hryvnas":
		return "UAH"
	case "shekels":
		return "ILS"
	case "reais":
		return "BRL"
	case "ringgit":
		return "MYR"
	case "rupiah":
		return "IDR"
	case "naira":
		return "NGN"
	case "riyals":
		return "SAR"
	case "dirhams":
		return "AED"
	case "lira", "liras":
		return "TRY"
	case "baht":
		return "THB"
	case "won":
		return "KRW"
	case "dong":
		return "VND"
	case "rand":
		return "ZAR"
	}
	return ""
}

// qualifiedCurrency returns the currency a country's adjective and a
// currency word name together ("Australian dollars", "Swiss francs").
func qualifiedCurrency(adj, unit string) (string, bool) {
	switch unit {
	case "dollars", "dollar":
		switch adj {
		case "us", "u.s.", "american":
			return "USD", true
		case "australian":
			return "AUD", true
		case "canadian":
			return "CAD", true
		case "hong kong":
			return "HKD", true
		case "singapore":
			return "SGD", true
		case "new zealand":
			return "NZD", true
		case "taiwan", "taiwanese", "new taiwan":
			return "TWD", true
		}
	case "francs":
		if adj == "swiss" {
			return "CHF", true
		}
	case "pounds":
		if adj == "egyptian" {
			return "EGP", true
		}
	case "rupees":
		switch adj {
		case "pakistani":
			return "PKR", true
		case "sri lankan":
			return "LKR", true
		case "indian":
			return "INR", true
		}
	case "pesos":
		switch adj {
		case "mexican":
			return "MXN", true
		case "philippine":
			return "PHP", true
		case "argentine":
			return "ARS", true
		case "colombian":
			return "COP", true
		case "chilean":
			return "CLP", true
		}
	case "riyals":
		if adj == "qatari" {
			return "QAR", true
		}
	case "rials":
		if adj == "iranian" {
			return "IRR", true
		}
	}
	return "", false
}

// withAmount sets f's amount from m, and ValueUSD when it is in dollars.
func withAmount(f *event.Fact, m money) {
	a := m.amount
	f.Amount = &a
	if a.Currency == "USD" {
		f.ValueUSD = a.Value
	}
}
