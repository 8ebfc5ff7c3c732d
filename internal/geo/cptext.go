package geo

import "unicode/utf8"

// cpStride is how many code points apart cpText marks byte offsets.
const cpStride = 64

// cpText slices a text by code point offsets, as string([]rune(s)[a:b])
// does, without the []rune copy (four bytes a character: 40 MB for a
// 9.9 MB document): it marks the byte offset of every cpStride-th code
// point and walks from the mark below. A text that is not valid UTF-8 is
// copied to runes as before, since string([]rune) replaces its bad bytes.
type cpText struct {
	s     string
	n     int     // code points
	marks []int32 // byte offset of code point i*cpStride
	runes []rune  // only for invalid UTF-8
	ascii bool    // byte offsets are code points
}

func newCPText(s string) cpText {
	if !utf8.ValidString(s) {
		r := []rune(s)
		return cpText{s: s, n: len(r), runes: r}
	}
	c := cpText{s: s, ascii: true}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			c.ascii = false
			break
		}
	}
	if c.ascii {
		c.n = len(s)
		return c
	}
	c.marks = make([]int32, 0, len(s)/cpStride+1)
	for b := range s {
		if c.n%cpStride == 0 {
			c.marks = append(c.marks, int32(b))
		}
		c.n++
	}
	return c
}

// byteAt is the byte offset of code point cp (len(s) at c.n).
func (c cpText) byteAt(cp int) int {
	if cp >= c.n {
		return len(c.s)
	}
	b := int(c.marks[cp/cpStride])
	for k := cp % cpStride; k > 0; k-- {
		_, size := utf8.DecodeRuneInString(c.s[b:])
		b += size
	}
	return b
}

// slice is the text of code points [a, b).
func (c cpText) slice(a, b int) string {
	switch {
	case c.runes != nil:
		return string(c.runes[a:b])
	case c.ascii:
		return c.s[a:b]
	}
	return c.s[c.byteAt(a):c.byteAt(b)]
}
