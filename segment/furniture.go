package segment

import "strings"

// Word classes of the page-furniture vocabulary. A word may have several.
const (
	wStrong    uint32 = 1 << iota // marks a short line as furniture: "share", "subscribe"
	wWeak                         // may appear in a furniture line: "this", "our", "posts"
	wGlueL                        // may end an item glued to the next: "Posts" in "Related PostsRussian"
	wGlueR                        // may start an item glued to the previous: "UkraineAdvertisement"
	wLead                         // may open a furniture phrase: "click here", "read more", "follow us"
	wCopyright                    // "copyright"
	wBy                           // "by", opening a byline
	wCredits                      // "reporting", "editing" … before "by"
	wByConn                       // particles and conjunctions inside a byline: "de", "al", "and"
	wPhoto                        // "photo", "image", "credit" … before ":" or "by"
	wAgency                       // news and photo agencies: "reuters", "afp", "getty"
	wMonth                        // month names and abbreviations
	wWeekday                      // weekday names and abbreviations
	wStampKey                     // labels of a timestamp line: "issued", "updated"
	wStampFill                    // other words of a timestamp line: "on", "at", "gmt", "ago"
	wReadTime                     // words of a reading-time line: "read", "reading", "time"
	wMinute                       // "min", "minutes"
	wLink                         // "http", "https", "www"
)

// vocab is the furniture vocabulary, lower case. It is read-only.
var vocab = func() map[string]uint32 {
	m := map[string]uint32{}
	add := func(class uint32, words string) {
		for _, w := range strings.Fields(words) {
			m[w] |= class
		}
	}
	add(wStrong, `share shared sharing subscribe subscribers subscription unsubscribe newsletter
		newsletters advertisement advertisements advertising sponsored ad ads follow read click tap
		related copyright reserved facebook twitter whatsapp email e-mail linkedin telegram reddit
		pinterest instagram youtube tiktok messenger flipboard bluesky mastodon weibo wechat vk print
		comment comments bookmark bookmarks tweet listen watch sign login logout register download
		menu skip cookie cookies privacy loading gallery recommended trending continue scroll
		popular notifications alerts feedback permalink embed rss podcast enditem`)
	add(wWeak, `this article articles story stories post posts page on in up out for our the to us
		you your more also here and or of all now daily weekly free full main most latest top back
		next previous app apps news link links content video videos photo photos image images rights
		get via with a an me x topics topic tags tag home audio version text size font open close
		show hide view save copy it updates reading min mins minutes like may we by playlist
		comments section`)
	add(wGlueL, `posts stories articles more advertisement subscribe newsletter here facebook twitter
		whatsapp email linkedin telegram print reserved comments read minutes related`)
	add(wGlueR, `advertisement related read share subscribe follow click copyright facebook twitter
		whatsapp email linkedin telegram newsletter listen issued updated`)
	add(wLead, `click tap read see also follow sign subscribe listen download more related share`)
	add(wCopyright, `copyright`)
	add(wBy, `by`)
	add(wCredits, `reporting writing editing written edited compiled additional produced
		translated`)
	add(wByConn, `and de del della der den van von al el bin ibn la le du da dos das di y in for`)
	add(wPhoto, `photo photos photograph photographs image images picture pictures pictured credit
		credits caption file video illustration graphic footage source`)
	add(wAgency, `reuters afp ap getty images epa efe epa-efe xinhua tass sputnik ria novosti anadolu
		yonhap kcna kyodo ansa dpa upi shutterstock istock alamy pool handout`)
	add(wMonth, `january february march april may june july august september october november
		december jan feb mar apr jun jul aug sep sept oct nov dec`)
	add(wWeekday, `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
		thurs fri sat sun`)
	add(wStampKey, `issued updated published modified posted yesterday today`)
	add(wStampFill, `on at am pm a.m. p.m. gmt utc bst cet cest eet eest est edt cst cdt mst mdt pst
		pdt msk ict jst kst ist aest aedt hkt sgt wib et pt ago hour hours hrs day days minutes mins
		min week weeks month months year years last first and of the time date`)
	add(wReadTime, `read reading time estimated approx approximately about`)
	add(wMinute, `min mins minute minutes`)
	add(wLink, `http https www`)
	return m
}()

// wordClass returns the furniture classes of the word w, in any case.
func wordClass(w string) uint32 {
	var b [16]byte
	if len(w) == 0 || len(w) > len(b) {
		return 0
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return 0
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return vocab[string(b[:len(w)])]
}

// tokens iterates over the tokens of a short unit.
type tokens struct {
	s string
	i int
}

func (t *tokens) next() (tok string, k TokenKind, ok bool) {
	s, e, k := nextToken(t.s, t.i)
	if s >= len(t.s) {
		return "", 0, false
	}
	t.i = e
	return t.s[s:e], k, true
}

// furniture returns why the unit u is page furniture (a Reason constant),
// or "" when it is text. whole says u is a line of its own. Every rule
// asks for a short unit made only of its own vocabulary, so prose fails
// at its first or second word and costs one map look-up.
func furniture(u string, whole bool) string {
	it := tokens{s: u}
	paren := false
	var first string
	var k TokenKind
	for n := 0; ; n++ {
		tok, kind, ok := it.next()
		if !ok {
			return ReasonSeparator
		}
		if kind == Word || kind == Number {
			first, k = tok, kind
			break
		}
		switch tok {
		case "©":
			return ReasonCopyright
		case "(", "[":
			paren = paren || n == 0
		}
	}
	if paren && parenCredit(u) {
		return ReasonCredit
	}
	if k == Number || isDigit(first[0]) {
		switch {
		case readingTime(u):
			return ReasonReadingTime
		case timestamp(u):
			return ReasonTimestamp
		}
		return ""
	}
	cls := wordClass(first)
	if cls == 0 {
		return ""
	}
	switch {
	case cls&wBy != 0 && whole && byline(u):
		return ReasonByline
	case cls&wCredits != 0 && credits(u):
		return ReasonByline
	case cls&wCopyright != 0 && copyrightLine(u):
		return ReasonCopyright
	case cls&wLead != 0 && leadPhrase(u):
		return ReasonFurniture
	case cls&(wStrong|wWeak) != 0 && allFurniture(u):
		return ReasonFurniture
	case cls&(wMonth|wWeekday|wStampKey|wStampFill) != 0 && timestamp(u):
		return ReasonTimestamp
	case cls&wReadTime != 0 && readingTime(u):
		return ReasonReadingTime
	case cls&wPhoto != 0 && photoCredit(u):
		return ReasonCredit
	case cls&(wAgency|wPhoto) != 0 && agencyLine(u):
		return ReasonCredit
	case cls&wLink != 0 && strings.IndexByte(u, ' ') < 0:
		return ReasonFurniture
	}
	return ""
}

// allFurniture: "Share this article", "Related Posts", "Facebook Twitter
// WhatsApp Email", "Sign up for our newsletter".
func allFurniture(u string) bool {
	it := tokens{s: u}
	words, strong, handle := 0, false, false
	for {
		tok, k, ok := it.next()
		if !ok {
			return strong
		}
		switch k {
		case Possessive, Clitic:
			return false
		case Punct, Symbol:
			handle = tok == "@"
			continue
		}
		if words++; words > 12 {
			return false
		}
		if k == Number || handle {
			handle = false
			continue
		}
		c := wordClass(tok)
		if c&(wStrong|wWeak) == 0 {
			return false
		}
		strong = strong || c&wStrong != 0
	}
}

// timestamp: "Issued on: 20/06/2024 - 10:12", "Updated 3 hours ago",
// "Wednesday 19 June 2024 10.12 BST".
func timestamp(u string) bool {
	it := tokens{s: u}
	words, key := 0, false
	for {
		tok, k, ok := it.next()
		if !ok {
			return key
		}
		switch k {
		case Punct:
			switch tok {
			case ",", ".", ":", "-", "–", "—", "/", "|", "(", ")", "…", "•", "·":
				continue
			}
			return false
		case Symbol:
			if tok == "+" {
				continue
			}
			return false
		case Possessive, Clitic:
			return false
		}
		if words++; words > 16 {
			return false
		}
		if k == Number || isDigit(tok[0]) {
			key = true
			continue
		}
		c := wordClass(tok)
		switch {
		case c&(wMonth|wWeekday|wStampKey) != 0:
			key = true
		case c&wStampFill == 0:
			return false
		}
	}
}

// readingTime: "3 minutes", "5 min read", "Reading time: 4 min",
// "6-minute read".
func readingTime(u string) bool {
	it := tokens{s: u}
	words, num, unit := 0, false, false
	for {
		tok, k, ok := it.next()
		if !ok {
			return num && unit
		}
		switch k {
		case Punct:
			switch tok {
			case ":", "-", "|", "•", "·", "(", ")", ".":
				continue
			}
			return false
		case Symbol, Possessive, Clitic:
			return false
		}
		if words++; words > 6 {
			return false
		}
		switch {
		case k == Number:
			if num {
				return false
			}
			num = true
		case isDigit(tok[0]):
			// "6-minute", "5min"
			d := 0
			for d < len(tok) && isDigit(tok[d]) {
				d++
			}
			rest := strings.TrimPrefix(tok[d:], "-")
			if num || wordClass(rest)&wMinute == 0 {
				return false
			}
			num, unit = true, true
		default:
			c := wordClass(tok)
			switch {
			case c&wMinute != 0:
				unit = true
			case c&wReadTime == 0:
				return false
			}
		}
	}
}

// byline: "By Jane Doe", "By Nguyễn Văn An and Jane Doe, Reuters", alone
// on a line.
func byline(u string) bool {
	if u[0] != 'B' {
		return false
	}
	it := tokens{s: u}
	it.next() // "By"
	names, conn := 0, false
	for {
		tok, k, ok := it.next()
		if !ok {
			return names > 0 && !conn
		}
		switch k {
		case Punct:
			switch tok {
			case ",", "|", "-", ".", ":", "'", "’":
				continue
			}
			return false
		case Symbol:
			if tok == "&" {
				continue
			}
			return false
		case Number, Possessive, Clitic:
			return false
		}
		if isUpper(tok[0]) || tok[0] >= 0x80 {
			if names++; names > 8 {
				return false
			}
			conn = false
			continue
		}
		if wordClass(tok)&wByConn == 0 {
			return false
		}
		conn = true
	}
}

// credits: "Reporting by Jane Doe; Editing by John Smith", "Additional
// reporting by …", with or without the parentheses around them.
func credits(u string) bool {
	it := tokens{s: u}
	for n := 0; n < 4; n++ {
		tok, k, ok := it.next()
		if n == 0 && (tok == "(" || tok == "[") {
			tok, k, ok = it.next()
		}
		if !ok || k != Word {
			return false
		}
		c := wordClass(tok)
		if c&wBy != 0 {
			return n > 0 && countWords(u, 41) <= 40
		}
		if c&(wCredits|wByConn) == 0 {
			return false
		}
	}
	return false
}

// copyrightLine: "Copyright 2024 Reuters", "Copyright © AFP", "Copyright
// (c) …", but not "Copyright disputes between …".
func copyrightLine(u string) bool {
	if countWords(u, 26) > 25 {
		return false
	}
	it := tokens{s: u}
	it.next()
	tok, k, ok := it.next()
	switch {
	case !ok || k == Number || k == Symbol || tok == "(" || tok == ":":
		return true
	case k == Word:
		return isUpper(tok[0]) || tok[0] >= 0x80
	}
	return false
}

// leadPhrase: "Click here …", "Read more: …", "Follow us on …", "Sign up
// …", "Subscribe …", "Related: …", "More from Asia".
func leadPhrase(u string) bool {
	if countWords(u, 26) > 25 {
		return false
	}
	it := tokens{s: u}
	first, _, _ := it.next()
	second, _, _ := it.next()
	var b1, b2 [16]byte
	f := lowerInto(b1[:0], first)
	s := lowerInto(b2[:0], second)
	switch string(f) {
	case "click", "tap":
		return string(s) == "here" || string(s) == "to"
	case "read", "see":
		switch string(s) {
		case "more", "also", "next", "full":
			return true
		}
	case "also":
		return string(s) == "read" || string(s) == "see"
	case "follow":
		return string(s) == "us"
	case "sign":
		return string(s) == "up" || string(s) == "in"
	case "subscribe":
		return true
	case "listen":
		return string(s) == "to" || string(s) == "now"
	case "download":
		switch string(s) {
		case "our", "the", "app":
			return true
		}
	case "related":
		return string(s) == ":"
	case "more":
		switch string(s) {
		case "on", "from", "stories", "news":
			return countWords(u, 9) <= 8 && !isFinal(lastOpen(u, 0, len(u)))
		}
	case "share":
		switch string(s) {
		case "this", "on", "via", "article":
			return true
		}
	}
	return false
}

// lowerInto appends w in ASCII lower case to b, up to b's capacity.
func lowerInto(b []byte, w string) []byte {
	for i := 0; i < len(w) && len(b) < cap(b); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// photoCredit: "Photo: Reuters", "Photograph by Jane Doe", "File photo:
// …", "Image caption,".
func photoCredit(u string) bool {
	if countWords(u, 13) > 12 {
		return false
	}
	it := tokens{s: u}
	for n := 0; n < 3; n++ {
		tok, k, ok := it.next()
		if !ok {
			return false
		}
		if k == Punct {
			return n > 0 && (tok == ":" || tok == "/" || tok == ",")
		}
		c := wordClass(tok)
		if c&wBy != 0 {
			return n > 0
		}
		if c&wPhoto == 0 {
			return false
		}
	}
	return false
}

// agencyLine: "Reuters", "AFP/Getty Images", "EPA-EFE/YONHAP".
func agencyLine(u string) bool {
	it := tokens{s: u}
	words, agency := 0, false
	for {
		tok, k, ok := it.next()
		if !ok {
			return agency
		}
		switch k {
		case Punct:
			switch tok {
			case "/", ",", "-", "|", "(", ")", ":":
				continue
			}
			return false
		case Symbol:
			if tok == "&" {
				continue
			}
			return false
		case Number, Possessive, Clitic:
			return false
		}
		if words++; words > 6 {
			return false
		}
		c := wordClass(tok)
		if c&(wAgency|wPhoto|wByConn) == 0 {
			return false
		}
		agency = agency || c&wAgency != 0
	}
}

// parenCredit: a unit that is only a short parenthesised group: "(AFP)",
// "[Reuters]", "(Photo: EPA)".
func parenCredit(u string) bool {
	if c := u[len(u)-1]; c != ')' && c != ']' {
		return false
	}
	it := tokens{s: u}
	words := 0
	for {
		tok, k, ok := it.next()
		if !ok {
			return words > 0
		}
		switch k {
		case Word, Number:
			if words++; words > 5 {
				return false
			}
		case Punct:
			switch tok {
			case ".", "!", "?", "…":
				return false
			}
		}
	}
}
