package dict

import "strings"

// renderPattern writes a pattern in a compact test notation: exact words
// as written, stems with a trailing '~', '_' between adjacent elements and
// ' ' where words may intervene, "[A|B]" for alternatives, "(…)" and "{…}"
// for PETRARCH-2 groups, then " =" and the code.
func renderPattern(p Pattern) string {
	var b strings.Builder
	renderElems(&b, p.Before)
	if len(p.Before) > 0 {
		b.WriteString(joinText(p.Before[len(p.Before)-1].Next))
	}
	b.WriteByte('*')
	if len(p.After) > 0 {
		b.WriteString(joinText(p.VerbNext))
		renderElems(&b, p.After)
	}
	b.WriteString(" = ")
	b.WriteString(renderCode(p.Code))
	return b.String()
}

func joinText(j Join) string {
	if j == JoinNext {
		return "_"
	}
	return " "
}

func renderElems(b *strings.Builder, elems []Elem) {
	for i, e := range elems {
		if i > 0 {
			b.WriteString(joinText(elems[i-1].Next))
		}
		switch e.Kind {
		case ElemWord:
			b.WriteString(e.Word.Text)
			if e.Word.Stem {
				b.WriteByte('~')
			}
		case ElemSynset:
			b.WriteString("&" + e.Label)
		case ElemSource:
			b.WriteByte('$')
		case ElemTarget:
			b.WriteByte('+')
		case ElemCompound:
			b.WriteByte('%')
		case ElemSkipNP:
			b.WriteByte('^')
		case ElemAlt:
			b.WriteByte('[')
			for k, a := range e.Alts {
				if k > 0 {
					b.WriteByte('|')
				}
				renderElems(b, a)
			}
			b.WriteByte(']')
		case ElemGroup:
			b.WriteByte(e.Bracket)
			renderElems(b, e.Group)
			if e.Bracket == '(' {
				b.WriteByte(')')
			} else {
				b.WriteByte('}')
			}
		default:
			b.WriteString("?")
		}
	}
}

// renderPhrase writes a phrase in the same notation.
func renderPhrase(p Phrase) string {
	var b strings.Builder
	for i, w := range p {
		if i > 0 {
			b.WriteString(joinText(p[i-1].Next))
		}
		b.WriteString(w.Text)
		if w.Stem {
			b.WriteByte('~')
		}
	}
	return b.String()
}

func renderPhrases(ps []Phrase) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = renderPhrase(p)
	}
	return strings.Join(s, ", ")
}

func renderCode(c Code) string {
	switch c.Kind {
	case CodeNull:
		return "[---]"
	case CodeDiscard:
		return "[###]"
	case CodeComplex:
		return "[+++]"
	}
	if c.Paired != "" {
		return "[" + c.Main + ":" + c.Paired + "]"
	}
	return "[" + c.Main + "]"
}
