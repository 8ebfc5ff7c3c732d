package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// blockTags are the elements that make their own paragraph in the
// extracted tree.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "section": true, "article": true, "header": true,
	"footer": true, "figure": true, "figcaption": true, "hr": true, "body": true, "main": true,
	"aside": true, "details": true, "summary": true, "address": true,
}

// nodeText renders the extractor's tree as text: one paragraph per block
// element, paragraphs separated by a blank line, a <br> as a line break,
// white space inside a paragraph collapsed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			// The extractor trims the white space around inline
			// elements ("for <b>Larry</b>" becomes "for", "Larry"): words
			// of adjacent text nodes are apart.
			// A lone capital before is a drop cap ("W", "hile").
			if last, _ := utf8.DecodeLastRuneInString(b.String()); wordEnd(last) && !dropCap(b.String()) {
				if first, _ := utf8.DecodeRuneInString(n.Data); unicode.IsLetter(first) || unicode.IsDigit(first) {
					b.WriteByte(' ')
				}
			}
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "br":
				b.WriteString("\x00")
				return
			case "script", "style", "noscript", "template":
				return
			case "td", "th":
				b.WriteString(" ")
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			b.WriteString("\x01")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\x01")
		}
	}
	walk(n)
	var paras []string
	for _, block := range strings.Split(b.String(), "\x01") {
		var lines []string
		for _, l := range strings.Split(block, "\x00") {
			if l = strings.Join(strings.Fields(l), " "); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			paras = append(paras, strings.Join(lines, "\n"))
		}
	}
	return strings.Join(paras, "\n\n")
}

// wordEnd: a word or a sentence can end with r.
func wordEnd(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".,;:!?)]’”%", r)
}

// dropCap: s ends with a lone capital letter that starts a paragraph.
func dropCap(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return len(s) == n || before == '\x01' || unicode.IsSpace(before)
}
