package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestAddSiblingParts(t *testing.T) {
	p := func(s string) string { return "<p>" + s + "</p>" }
	a := "The council met on Monday to agree the budget for next year after weeks of argument."
	b := "Members voted twelve to four for the plan, which raises spending on roads and schools."
	c := "The mayor said the vote showed the city could still take hard decisions together."
	d := "A second vote on the transport levy is due in March, officials said after the meeting."
	ad := `<div class="rail"><div class="ad">Advertisement</div></div>`
	tests := []struct {
		name, page, extracted, want string
	}{
		{"parts split by an advertisement",
			`<div class="body">` + p(a) + p(b) + `</div>` + ad + `<div class="body">` + p(c) + p(d) + `</div>`,
			a + "\n\n" + b, a + "\n\n" + b + "\n\n" + c + "\n\n" + d},
		{"a part before the extracted one",
			`<div class="body">` + p(a) + p(b) + `</div>` + ad + `<div class="body">` + p(c) + p(d) + `</div>`,
			c + "\n\n" + d, a + "\n\n" + b + "\n\n" + c + "\n\n" + d},
		{"parts one level up, in grid cells",
			`<div class="grid"><div class="body">` + p(a) + p(b) + `</div>` + ad + `</div><div class="grid"><div class="body">` + p(c) + p(d) + `</div>` + ad + `</div>`,
			a + "\n\n" + b, a + "\n\n" + b + "\n\n" + c + "\n\n" + d},
		{"a box after the tags is not the article",
			`<div class="body">` + p(a) + p(b) + `</div><div class="tags">More: <a href="/t/1">Budget</a></div><div class="body">` + p(c) + p(d) + `</div>`,
			a + "\n\n" + b, a + "\n\n" + b},
		{"a section after a heading is not the article",
			`<div class="body">` + p(a) + p(b) + `</div><h4>We recommend</h4><div class="body">` + p(c) + p(d) + `</div>`,
			a + "\n\n" + b, a + "\n\n" + b},
		{"a newsletter box of the same class",
			`<div class="body">` + p(a) + p(b) + `</div><div class="body"><div class="newsletter-signup">` + p(c) + `</div></div>`,
			a + "\n\n" + b, a + "\n\n" + b},
		{"teasers inside links",
			`<div class="body">` + p(a) + p(b) + `</div><div class="body"><a href="/s/1"><h2>Another story</h2>` + p(c) + `</a><a href="/s/2">` + p(d) + `</a></div>`,
			a + "\n\n" + b, a + "\n\n" + b},
		{"another article of the same class",
			`<div class="body">` + p(a) + p(b) + `</div><div class="body"><h1>Next story</h1>` + p(c) + p(d) + `</div>`,
			a + "\n\n" + b, a + "\n\n" + b},
		{"siblings without a class",
			`<div>` + p(a) + p(b) + `</div><div>` + p(c) + p(d) + `</div>`,
			a + "\n\n" + b, a + "\n\n" + b},
		{"a pull quote repeating a sentence does not move the block",
			`<div class="body">` + p(a) + p(b) + `</div>` + ad + `<div class="body"><aside>` + p(b) + `</aside>` + p(c) + p(d) + `</div>`,
			a + "\n\n" + b, a + "\n\n" + b + "\n\n" + c + "\n\n" + d},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body><main>" + tt.page + "</main></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := addSiblingParts(root, tt.extracted); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestDropLinkTail(t *testing.T) {
	article := []string{
		"The council met on Monday to agree the budget for next year after weeks of argument.",
		"Members voted twelve to four for the plan, which raises spending on roads and schools.",
		"The mayor said the vote showed the city could still take hard decisions together.",
		"A second vote on the transport levy is due in March, officials said after the meeting.",
	}
	heads := []string{"Port workers walk out over pay", "Ferry tender halted in Eastmere", "Schools to get new science labs"}
	page := "<html><body><article>"
	for _, p := range article {
		page += "<p>" + p + "</p>"
	}
	page += "<h3>More stories</h3><ul>"
	for _, h := range heads {
		page += `<li><a href="/s">` + h + `</a><p>A line of summary under the link.</p></li>`
	}
	page += "</ul></article></body></html>"
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(article, "\n\n")
	var tail []string
	for _, h := range heads {
		tail = append(tail, h, "A line of summary under the link.")
	}
	withList := body + "\n\nMore stories\n\n" + strings.Join(tail, "\n\n")
	if got := dropLinkTail(root, withList); got != body {
		t.Errorf("link list kept:\n%s", got)
	}
	// Two links are no list; a text that would lose more than half stays.
	two := body + "\n\n" + heads[0] + "\n\n" + heads[1]
	if got := dropLinkTail(root, two); got != two {
		t.Errorf("two links dropped:\n%s", got)
	}
	short := article[0] + "\n\n" + strings.Join(heads, "\n\n") + "\n\n" + heads[0] + "\n\n" + heads[1]
	if got := dropLinkTail(root, short); got != short {
		t.Errorf("more than half dropped:\n%s", got)
	}
}
