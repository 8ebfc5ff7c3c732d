package clean

import (
	"fmt"
	"html"
	"math/rand/v2"
	"strings"
)

// generatedPages builds a varied set of pages of many site shapes, each with
// the main text a reader would want from it, to check on pages no rule was
// tuned on that dyad's cleanup keeps what go-trafilatura keeps and drops
// furniture: news pages with navigation, cookie banners, share bars, photo
// captions, in-text teasers, newsletter boxes, related-story lists and
// comment sections; blogs with sidebars and reply forms; wire releases;
// pages of tables; paywall teasers; briefs with little text. Every
// sentence is made up here from word lists (seeded, so the set is stable).
func generatedPages() []page {
	rng := rand.New(rand.NewPCG(16, 2026))
	var pages []page
	for i := 0; i < 8; i++ {
		for _, shape := range pageShapes {
			title, body, gold := shape.build(rng, i)
			pages = append(pages, page{name: fmt.Sprintf("%s-%d", shape.name, i), url: fmt.Sprintf("https://news.example.org/%s/%d", shape.name, i),
				html: []byte(wrapPage(title, body)), gold: gold})
		}
	}
	return pages
}

var (
	genActors  = []string{"The finance minister", "Regional officials", "The opposition leader", "A coalition of farmers", "The central bank", "Port workers", "The health ministry", "City council members", "The defence secretary", "Two trade unions", "The foreign ministry", "Local teachers"}
	genVerbs   = []string{"proposed", "rejected", "announced", "criticised", "welcomed", "postponed", "approved", "questioned", "defended", "suspended"}
	genObjects = []string{"a new budget for road repairs", "plans to raise the fuel tax", "talks on a border crossing", "a scheme to rebuild flooded homes", "the sale of a state airline", "limits on river fishing", "a ban on night flights", "a review of school funding", "a loan from a neighbouring state", "new rules for rail freight"}
	genWhen    = []string{"on Monday", "on Tuesday", "late on Wednesday", "on Thursday", "at a meeting on Friday", "over the weekend", "earlier this month", "after two days of talks"}
	genTails   = []string{"officials said", "according to a statement", "a spokeswoman said", "local radio reported", "two people familiar with the matter said", "the agency said"}
	genExtras  = []string{"The decision follows months of protests in the capital.", "Critics said the plan would cost more than it saves.", "Supporters argued that the change was long overdue.", "No date has been set for a vote in parliament.", "The measure still needs approval from the upper house.", "Similar proposals failed twice in the past decade.", "Prices in the region have risen for six months in a row.", "Talks are expected to resume next week."}
	genPlaces  = []string{"Northbridge", "Port Calloway", "Eastmere", "Valdora", "Kessington", "Lower Amsel"}
)

func pick(rng *rand.Rand, xs []string) string { return xs[rng.IntN(len(xs))] }

func genSentence(rng *rand.Rand) string {
	return fmt.Sprintf("%s %s %s %s, %s.", pick(rng, genActors), pick(rng, genVerbs), pick(rng, genObjects), pick(rng, genWhen), pick(rng, genTails))
}

// genParagraphs returns n paragraphs of two to four sentences.
func genParagraphs(rng *rand.Rand, n int) []string {
	out := make([]string, n)
	for i := range out {
		var s []string
		for j := 0; j < 2+rng.IntN(3); j++ {
			if rng.IntN(3) == 0 {
				s = append(s, pick(rng, genExtras))
			} else {
				s = append(s, genSentence(rng))
			}
		}
		out[i] = strings.Join(s, " ")
	}
	return out
}

func genHeadline(rng *rand.Rand) string {
	return fmt.Sprintf("%s %s %s", pick(rng, genActors), pick(rng, genVerbs), pick(rng, genObjects))
}

func ps(paras []string) string {
	var b strings.Builder
	for _, p := range paras {
		b.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
	}
	return b.String()
}

func wrapPage(title, body string) string {
	return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + html.EscapeString(title) +
		" | The Example Courier</title><meta property=\"og:site_name\" content=\"The Example Courier\"></head><body>\n" + body + "\n</body></html>"
}

func navBar(rng *rand.Rand) string {
	return `<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>` +
		`<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li></ul></nav>` +
		`<form class="search"><input name="q" placeholder="Search"></form></header>`
}

func relatedList(rng *rand.Rand) string {
	var b strings.Builder
	b.WriteString(`<aside class="related"><h3>Related stories</h3><ul>`)
	for i := 0; i < 4; i++ {
		fmt.Fprintf(&b, `<li><a href="/story/%d">%s</a></li>`, rng.IntN(9999), html.EscapeString(genHeadline(rng)))
	}
	b.WriteString(`</ul></aside>`)
	return b.String()
}

func commentSection(rng *rand.Rand) string {
	var b strings.Builder
	b.WriteString(`<section id="comments" class="comments"><h3>3 comments</h3><ol class="comment-list">`)
	for _, who := range []string{"reader42", "Marta K.", "oldtimer"} {
		fmt.Fprintf(&b, `<li class="comment"><div class="comment-author">%s</div><div class="comment-content"><p>%s</p></div><a class="reply" href="#">Reply</a></li>`,
			who, html.EscapeString(pick(rng, genExtras)+" I think this is a mistake and nobody asked us."))
	}
	b.WriteString(`</ol><div id="respond"><h3>Leave a Reply</h3><form><textarea name="comment"></textarea><button>Post Comment</button></form></div></section>`)
	return b.String()
}

func footer() string {
	return `<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li>` +
		`<li><a href="/terms">Terms of use</a></li></ul><p>© 2024 The Example Courier. All rights reserved.</p></footer>`
}

type pageShape struct {
	name  string
	build func(rng *rand.Rand, i int) (title, body, gold string)
}

var pageShapes = []pageShape{
	{"news", func(rng *rand.Rand, i int) (string, string, string) {
		title := genHeadline(rng)
		paras := genParagraphs(rng, 5+rng.IntN(4))
		cut := 2 + rng.IntN(2)
		var b strings.Builder
		b.WriteString(`<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience. By continuing you accept our use of cookies.</p><button>Accept all</button></div>`)
		b.WriteString(navBar(rng))
		b.WriteString(`<main><article class="article"><h1>` + html.EscapeString(title) + `</h1>`)
		b.WriteString(`<div class="byline">By Jane Example, Staff Reporter</div><time datetime="2024-03-05">March 5, 2024</time>`)
		b.WriteString(`<ul class="share-bar"><li><a href="#">Share on Facebook</a></li><li><a href="#">Tweet</a></li><li><a href="#">Email</a></li></ul>`)
		if i%2 == 0 {
			b.WriteString(`<figure><img src="/p.jpg" alt=""><figcaption>Workers gather outside the ministry. Photo: Example Agency</figcaption></figure>`)
		}
		b.WriteString(`<div class="article-body">` + ps(paras[:cut]))
		b.WriteString(`<p><strong>Read more:</strong> <a href="/story/1">` + html.EscapeString(genHeadline(rng)) + `</a></p>`)
		b.WriteString(ps(paras[cut:]) + `</div>`)
		b.WriteString(`<div class="newsletter"><h4>Morning Briefing</h4><p>Sign up for our newsletter to get the day's top stories in your inbox.</p><form><input type="email"><button>Subscribe</button></form></div>`)
		b.WriteString(`</article>` + relatedList(rng) + commentSection(rng) + `</main>` + footer())
		return title, b.String(), strings.Join(paras, "\n\n")
	}},
	{"blog", func(rng *rand.Rand, i int) (string, string, string) {
		title := genHeadline(rng)
		paras := genParagraphs(rng, 4+rng.IntN(3))
		var b strings.Builder
		b.WriteString(`<div id="page"><header id="masthead"><p class="site-title"><a href="/">Notes from Eastmere</a></p><p class="site-description">A local blog</p></header>`)
		b.WriteString(`<div id="content"><div id="primary"><article class="post"><header class="entry-header"><h1 class="entry-title">` + html.EscapeString(title) + `</h1>`)
		b.WriteString(`<div class="entry-meta">Posted on <a href="#">April 2, 2024</a> by <a href="#">admin</a></div></header><div class="entry-content">` + ps(paras) + `</div>`)
		b.WriteString(`<footer class="entry-footer">Posted in <a href="#">Politics</a> | Tagged <a href="#">budget</a>, <a href="#">council</a></footer></article>`)
		b.WriteString(`<nav class="post-navigation"><a href="#">Previous post</a> <a href="#">Next post</a></nav>` + commentSection(rng) + `</div>`)
		b.WriteString(`<aside id="secondary" class="widget-area"><section class="widget"><h2>Categories</h2><ul><li><a href="#">Politics</a></li><li><a href="#">Transport</a></li><li><a href="#">Schools</a></li></ul></section>`)
		b.WriteString(`<section class="widget"><h2>Archives</h2><ul><li><a href="#">March 2024</a></li><li><a href="#">February 2024</a></li><li><a href="#">January 2024</a></li></ul></section></aside></div>`)
		b.WriteString(`<footer id="colophon"><p>Proudly powered by a blog engine. Theme by someone.</p></footer></div>`)
		return title, b.String(), strings.Join(paras, "\n\n")
	}},
	{"release", func(rng *rand.Rand, i int) (string, string, string) {
		title := genHeadline(rng)
		paras := genParagraphs(rng, 3+rng.IntN(3))
		place := strings.ToUpper(pick(rng, genPlaces))
		lead := place + ", March 4, 2024 /Example Newswire/ -- " + paras[0]
		var b strings.Builder
		b.WriteString(navBar(rng) + `<div class="release"><h1>` + html.EscapeString(title) + `</h1><p class="release-date">News provided by Example Newswire</p>`)
		b.WriteString(ps(append([]string{lead}, paras[1:]...)))
		b.WriteString(`<p>View original content: <a href="#">https://www.example.com/news/release-1</a></p><p>SOURCE Example Holdings</p></div>`)
		b.WriteString(relatedList(rng) + footer())
		return title, b.String(), strings.Join(paras, "\n\n")
	}},
	{"tables", func(rng *rand.Rand, i int) (string, string, string) {
		title := genHeadline(rng)
		paras := genParagraphs(rng, 3)
		var b, gold strings.Builder
		b.WriteString(navBar(rng) + `<article><h1>` + html.EscapeString(title) + `</h1>` + ps(paras[:2]))
		b.WriteString(`<table><tr><th>Region</th><th>Votes</th><th>Share</th></tr>`)
		gold.WriteString(strings.Join(paras[:2], "\n\n") + "\n\nRegion Votes Share")
		for _, p := range genPlaces {
			v := 1000 + rng.IntN(90000)
			s := fmt.Sprintf("%d.%d%%", rng.IntN(60), rng.IntN(10))
			fmt.Fprintf(&b, `<tr><td>%s</td><td>%d</td><td>%s</td></tr>`, p, v, s)
			fmt.Fprintf(&gold, "\n%s %d %s", p, v, s)
		}
		b.WriteString(`</table>` + ps(paras[2:]) + `</article>` + relatedList(rng) + footer())
		gold.WriteString("\n\n" + paras[2])
		return title, b.String(), gold.String()
	}},
	{"paywall", func(rng *rand.Rand, i int) (string, string, string) {
		title := genHeadline(rng)
		paras := genParagraphs(rng, 2)
		var b strings.Builder
		b.WriteString(navBar(rng) + `<article><h1>` + html.EscapeString(title) + `</h1><div class="body">` + ps(paras) + `</div>`)
		b.WriteString(`<div class="paywall"><h3>Subscribe to continue reading</h3><p>Get unlimited access to our journalism for 1 dollar a week. Cancel anytime.</p><a class="button" href="/subscribe">Subscribe now</a><p>Already a subscriber? <a href="/login">Log in</a></p></div></article>`)
		b.WriteString(relatedList(rng) + footer())
		return title, b.String(), strings.Join(paras, "\n\n")
	}},
	{"brief", func(rng *rand.Rand, i int) (string, string, string) {
		title := genHeadline(rng)
		text := genSentence(rng) + " " + pick(rng, genExtras)
		var b strings.Builder
		b.WriteString(navBar(rng) + `<div class="brief"><h1>` + html.EscapeString(title) + `</h1><p>` + html.EscapeString(text) + `</p></div>`)
		b.WriteString(relatedList(rng) + relatedList(rng) + footer())
		return title, b.String(), text
	}},
	{"sections", func(rng *rand.Rand, i int) (string, string, string) {
		title := genHeadline(rng)
		var b strings.Builder
		var gold []string
		b.WriteString(navBar(rng) + `<article><h1>` + html.EscapeString(title) + `</h1>`)
		for _, h := range []string{"What was agreed", "What happens next"} {
			paras := genParagraphs(rng, 2)
			b.WriteString(`<h2>` + h + `</h2>` + ps(paras))
			gold = append(gold, h)
			gold = append(gold, paras...)
		}
		b.WriteString(`<div class="author-bio"><p>Jane Example covers regional politics. Follow her on social media.</p></div></article>`)
		b.WriteString(`<div class="trending"><h3>Most read</h3><ol><li><a href="#">` + html.EscapeString(genHeadline(rng)) + `</a></li><li><a href="#">` + html.EscapeString(genHeadline(rng)) + `</a></li></ol></div>` + footer())
		return title, b.String(), strings.Join(gold, "\n\n")
	}},
	{"credits", func(rng *rand.Rand, i int) (string, string, string) {
		title := genHeadline(rng)
		paras := genParagraphs(rng, 4)
		var b strings.Builder
		b.WriteString(navBar(rng) + `<article><h1>` + html.EscapeString(title) + `</h1>` + ps(paras))
		b.WriteString(`<p>(Reporting by Jane Example in Valdora; Editing by John Sample)</p></article>`)
		b.WriteString(relatedList(rng) + footer())
		return title, b.String(), strings.Join(paras, "\n\n")
	}},
	{"chunks", func(rng *rand.Rand, i int) (string, string, string) {
		// The body split into sibling containers of one class by
		// advertisement slots, then a box of the same class after the
		// tags: the article is every part before the tags.
		title := genHeadline(rng)
		paras := genParagraphs(rng, 6+rng.IntN(4))
		parts := 2 + i%3
		var b strings.Builder
		b.WriteString(navBar(rng) + `<main><article class="story"><h1>` + html.EscapeString(title) + `</h1><div class="story-chunks">`)
		per := (len(paras) + parts - 1) / parts
		for k := 0; k < len(paras); k += per {
			b.WriteString(`<div class="story-grid"><div class="article-body">` + ps(paras[k:min(k+per, len(paras))]) + `</div>`)
			b.WriteString(`<div class="story-rail"><div class="ad-slot"><span>Advertisement</span><div id="gpt-` + fmt.Sprint(k) + `"></div></div></div></div>`)
		}
		b.WriteString(`<div class="story-tags">More: <a href="/tag/budget">Budget</a> <a href="/tag/council">Council</a></div>`)
		b.WriteString(`<div class="story-grid"><div class="article-body"><p>` + html.EscapeString("Support local reporting: the "+pick(rng, genPlaces)+" desk relies on readers like you, and every contribution keeps our journalism free for everyone to read.") + `</p></div></div>`)
		b.WriteString(`</div></article>` + relatedList(rng) + `</main>` + footer())
		return title, b.String(), strings.Join(paras, "\n\n")
	}},
}
