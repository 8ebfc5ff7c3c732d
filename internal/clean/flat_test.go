package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestFlatText(t *testing.T) {
	for _, in := range []string{
		"<p>for <b>Larry</b> and\u00a0<i>Moe</i>,\n  the  end </p>",
		"<p>Wash<b>ington</b> <br>next<br/>line</p>",
		"<p> \u00a0lead<span> </span>x<span>y</span> \u2003z</p>",
		"<p><script>var a</script>a  b<style>x</style>c</p>",
		"<p></p>",
	} {
		root, _ := html.Parse(strings.NewReader(in))
		var raw func(*html.Node) string
		raw = func(n *html.Node) string {
			if n.Type == html.TextNode {
				return n.Data
			}
			if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
				return ""
			}
			if n.Type == html.ElementNode && n.Data == "br" {
				return " "
			}
			out := ""
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				out += raw(c)
			}
			return out
		}
		want := strings.Join(strings.Fields(raw(root)), " ")
		if got := flatText(root); got != want {
			t.Errorf("flatText(%q) = %q, want %q", in, got, want)
		}
	}
}
