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
