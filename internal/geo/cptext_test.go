package geo

import (
	"strings"
	"testing"
	"unsafe"
)

// cpText.slice is string([]rune(s)[a:b]) for every a ≤ b: ASCII, text
// with characters of two to four bytes across the marks, and invalid
// UTF-8.
func TestCPTextSlice(t *testing.T) {
	for _, tc := range []struct{ name, s string }{
		{"empty", ""},
		{"ascii", strings.Repeat("Paris, Texas. ", 12)},
		{"multibyte", strings.Repeat("São Paulo – Zürich — 北京 🙂 ", 9)},
		{"invalid", "Gen\xffève \xe2\x80 Lyon" + strings.Repeat("é", 70)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := []rune(tc.s)
			c := newCPText(tc.s)
			if c.n != len(r) {
				t.Fatalf("n = %d, want %d", c.n, len(r))
			}
			for a := 0; a <= len(r); a++ {
				for b := a; b <= len(r); b++ {
					if got, want := c.slice(a, b), string(r[a:b]); got != want {
						t.Fatalf("slice(%d, %d) = %q, want %q", a, b, got, want)
					}
				}
			}
		})
	}
}

// A token stays 64 bytes on 64-bit platforms: a 9.9 MB document holds
// some 1.6 million of them while it is parsed (80 bytes was 126 MB).
func TestTokenSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) == 8 && unsafe.Sizeof(token{}) > 64 {
		t.Errorf("token is %d bytes, want at most 64", unsafe.Sizeof(token{}))
	}
}
