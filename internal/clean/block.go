package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The extractor picks one block of the page as the article. Pages often
// split the article body into several sibling containers of the same kind
// (an advertisement rail between two "article-body" parts), and
// go-trafilatura takes the first element whose class names an article
// body, so it keeps the first part only. addSiblingParts finds the block
// the extracted text came from in the page and the sibling blocks of the
// same tag and class right beside it that hold article prose (paragraphs
// with few links, no headline of their own, no furniture class), as
// Readability joins the siblings of its top candidate.

const (
	// minMatchChars: a page paragraph shorter than this does not locate
	// the extracted block (short lines repeat across a page).
	minMatchChars = 40
	// minSiblingChars: a sibling block must hold this much paragraph
	// text; minPartChars: a paragraph taken from it has at least this.
	minSiblingChars = 80
	minPartChars    = 25
	// maxSiblingLinkShare: a sibling block whose paragraph text is more
	// link text than this is navigation, not article.
	maxSiblingLinkShare = 0.25
	// siblingLevels: how far above the extracted paragraphs' common
	// ancestor to look for sibling blocks.
	siblingLevels = 3
	// maxGapChars: the most text an element between two parts of the
	// article may have.
	maxGapChars = 40
)

// addSiblingParts returns text with the paragraphs of the sibling blocks
// the extractor left out added before or after it, in page order.
func addSiblingParts(root *html.Node, text string) string {
	if root == nil || text == "" {
		return text
	}
	// The extracted paragraphs: the extractor renders a page paragraph
	// as one of them.
	flat := map[string]bool{}
	for _, p := range strings.Split(text, "\n\n") {
		flat[strings.Join(strings.Fields(p), " ")] = true
	}
	var matched []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "template", "head":
				return
			case "p":
				if t := flatText(n); utf8.RuneCountInString(t) >= minMatchChars && flat[t] {
					matched = append(matched, n)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if len(matched) < 2 {
		return text
	}
	block := mainParent(matched)
	if block == nil || block.Type != html.ElementNode || block.Data == "body" || block.Data == "html" {
		return text
	}
	for level := 0; level < siblingLevels && block != nil && block.Type == html.ElementNode && block.Data != "body"; level++ {
		before, after := siblingProse(block, flat)
		if len(before) > 0 || len(after) > 0 {
			parts := append(before, text)
			return strings.Join(append(parts, after...), "\n\n")
		}
		block = block.Parent
	}
	return text
}

// siblingProse returns the paragraphs of the element siblings of b with
// b's tag and class attribute that hold article prose and are not in the
// extracted text flat, those before b and those after it. Only parts
// next to b count: between them may stand only elements with little
// text of their own (an advertisement, a picture, a script), so a box
// after the article's end (tags, a share bar, "more stories") stops the
// search.
func siblingProse(b *html.Node, flat map[string]bool) (before, after []string) {
	class := attr(b, "class")
	if class == "" {
		return nil, nil
	}
	collect := func(next func(*html.Node) *html.Node) [][]string {
		var out [][]string
		for s := next(b); s != nil; s = next(s) {
			if s.Type != html.ElementNode {
				if s.Type == html.TextNode && utf8.RuneCountInString(strings.TrimSpace(s.Data)) > maxGapChars {
					break
				}
				continue
			}
			if s.Data == b.Data && attr(s, "class") == class {
				paras := prose(s, flat)
				if len(paras) > 0 {
					out = append(out, paras)
					continue
				}
			}
			if !gap(s) {
				break
			}
		}
		return out
	}
	for _, paras := range collect(func(n *html.Node) *html.Node { return n.NextSibling }) {
		after = append(after, paras...)
	}
	// Blocks before b come nearest first.
	prev := collect(func(n *html.Node) *html.Node { return n.PrevSibling })
	for i := len(prev) - 1; i >= 0; i-- {
		before = append(before, prev[i]...)
	}
	return before, after
}

// unlikelyPart: class or id words of page furniture (Readability's list
// of unlikely candidates): a sibling block, or an element inside it, so
// named is no part of the article.
var unlikelyPart = regexp.MustCompile(`(?i)-ad-|banner|breadcrumb|combx|comment|community|disqus|extra|footer|gdpr|header|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|promo|newsletter|subscri|share|recommend`)

func unlikely(n *html.Node) bool {
	return unlikelyPart.MatchString(attr(n, "class")) || unlikelyPart.MatchString(attr(n, "id"))
}

// gap reports whether n may stand between two parts of an article: an
// advertisement, a picture or a script, not a heading (a new section), a
// list of links (tags, share buttons, more stories) or text of its own.
func gap(n *html.Node) bool {
	switch n.Data {
	case "h1", "h2", "h3", "h4", "h5", "h6", "nav", "footer", "header":
		return false
	case "script", "style", "noscript", "template", "figure", "picture", "img", "iframe", "br", "hr":
		return true
	}
	return linkRunes(n) == 0 && utf8.RuneCountInString(flatText(n)) <= maxGapChars
}

// prose returns the paragraphs of the block s that are article text not
// yet in flat, or nothing when s is not an article part: it has a
// headline of its own (another piece), too little paragraph text, too
// many links, or shares paragraphs with the extracted text.
func prose(s *html.Node, flat map[string]bool) []string {
	var paras []string
	var chars, linkChars int
	ok := true
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		if !ok || n.Type != html.ElementNode {
			return
		}
		if unlikely(n) {
			ok = false
			return
		}
		switch n.Data {
		case "a":
			inLink = true
		case "h1", "article":
			ok = false
			return
		case "script", "style", "noscript", "template", "figure", "figcaption", "aside", "form", "nav", "footer", "header", "button":
			return
		case "p":
			t := flatText(n)
			if t == "" {
				return
			}
			if flat[t] {
				ok = false
				return
			}
			c := utf8.RuneCountInString(t)
			chars += c
			if inLink {
				linkChars += c
			} else {
				linkChars += linkRunes(n)
			}
			if c >= minPartChars {
				paras = append(paras, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(s, false)
	if !ok || chars < minSiblingChars || float64(linkChars) > maxSiblingLinkShare*float64(chars) {
		return nil
	}
	return paras
}

// flatText is the text of n with white space collapsed (the words of
// strings.Fields joined by single spaces, without building the raw text).
func flatText(n *html.Node) string {
	var b strings.Builder
	pending := false // white space stands between the last word and the next
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			d := n.Data
			fields := strings.Fields(d)
			for i, f := range fields {
				if b.Len() > 0 && (i > 0 || pending || spaceAt(utf8.DecodeRuneInString(d))) {
					b.WriteByte(' ')
				}
				b.WriteString(f)
			}
			if len(fields) > 0 {
				pending = spaceAt(utf8.DecodeLastRuneInString(d))
			} else if d != "" {
				pending = true
			}
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			case "br":
				pending = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func spaceAt(r rune, _ int) bool { return unicode.IsSpace(r) }

// linkRunes counts the characters of n's text inside links.
func linkRunes(n *html.Node) int {
	total := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			total += utf8.RuneCountInString(flatText(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return total
}

// mainParent is the element whose child paragraphs hold most of the
// text of ps, when it holds at least half of it: the extracted block.
// (A pull quote or a teaser elsewhere on the page can repeat an article
// sentence, so the common ancestor of all of them may be far too high.)
func mainParent(ps []*html.Node) *html.Node {
	chars := map[*html.Node]int{}
	total := 0
	var best *html.Node
	for _, p := range ps {
		n := utf8.RuneCountInString(flatText(p))
		total += n
		chars[p.Parent] += n
		if best == nil || chars[p.Parent] > chars[best] {
			best = p.Parent
		}
	}
	if 2*chars[best] < total {
		return nil
	}
	return best
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// dropLinkTail removes a closing list of links to other pieces that the
// extractor kept in its block ("You may also like", headline lists, with
// or without a line of summary under each): the last paragraphs, all
// short, of which at least three and at least half are, in the page, the
// whole text of a link; with a short heading line right before them. It
// keeps at least half of the text.
func dropLinkTail(root *html.Node, text string) string {
	paras := strings.Split(text, "\n\n")
	if root == nil || len(paras) < 4 {
		return text
	}
	for _, p := range paras[len(paras)-3:] {
		if utf8.RuneCountInString(p) > 160 {
			return text
		}
	}
	links := map[string]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "template", "head":
				return
			case "a":
				if t := flatText(n); utf8.RuneCountInString(t) >= 12 {
					links[t] = true
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	cut, n, total := -1, 0, 0
	for i := len(paras) - 1; i >= 0; i-- {
		p := strings.Join(strings.Fields(paras[i]), " ")
		if utf8.RuneCountInString(p) > 160 {
			break
		}
		total++
		if links[p] {
			n++
			if n >= 3 && 2*n >= total {
				cut = i
			}
		}
	}
	if cut < 1 {
		return text
	}
	if h := strings.TrimSpace(paras[cut-1]); cut > 1 && h != "" && utf8.RuneCountInString(h) <= 60 && !strings.ContainsAny(h[len(h)-1:], ".!?") {
		cut--
	}
	kept := strings.Join(paras[:cut], "\n\n")
	if 2*len(kept) < len(text) {
		return text
	}
	return kept
}
