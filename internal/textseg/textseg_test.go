package textseg

import (
	"strings"
	"testing"

	"dyad/internal/shareddata"
)

func texts(text string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"simple", "It rained. Then it stopped.", []string{"It rained.", "Then it stopped."}},
		{"us abbreviation", "Talks in the U.S. capital ended. Both sides left.", []string{"Talks in the U.S. capital ended.", "Both sides left."}},
		{"us at end", "He flew to the U.S. The trip was short.", []string{"He flew to the U.S.", "The trip was short."}},
		{"title", "Mr. Smith met Gen. Jones on Dec. 7 at No. 10 Downing St.", []string{"Mr. Smith met Gen. Jones on Dec. 7 at No. 10 Downing St."}},
		{"month", "It happened on Jan. 5. Nobody saw it.", []string{"It happened on Jan. 5.", "Nobody saw it."}},
		{"initials", "John F. Kennedy spoke. J. R. Smith listened.", []string{"John F. Kennedy spoke.", "J. R. Smith listened."}},
		{"decimal", "Trade rose to $1.5 billion. Exports fell 2.3 percent.", []string{"Trade rose to $1.5 billion.", "Exports fell 2.3 percent."}},
		{"closing quote", `"We agree." She nodded.`, []string{`"We agree."`, "She nodded."}},
		{"curly closing quote", "“We agree,” he said. “It is done.” She left.", []string{"“We agree,” he said.", "“It is done.”", "She left."}},
		{"quote mid sentence", "“We agree,” he said.", []string{"“We agree,” he said."}},
		{"ellipsis", "He paused... Then he went on. Wait… What?", []string{"He paused...", "Then he went on.", "Wait…", "What?"}},
		{"lower after ellipsis", "and so... we went on.", []string{"and so... we went on."}},
		{"paragraph break", "First line without stop\n\nSecond paragraph.", []string{"First line without stop", "Second paragraph."}},
		{"heading", "Xi and Putin Hold Virtual Meeting\nBeijing said the talks went well.", []string{"Xi and Putin Hold Virtual Meeting", "Beijing said the talks went well."}},
		{"wrapped line", "The minister said the two countries\nwould sign a deal next week.", []string{"The minister said the two countries\nwould sign a deal next week."}},
		{"question exclamation", "Why? Because! Done.", []string{"Why?", "Because!", "Done."}},
		{"chinese", "会议结束了. 中国表示欢迎.", []string{"会议结束了.", "中国表示欢迎."}},
		{"leading spaces", "  \n Hello.  ", []string{"Hello."}},
		{"empty", "", nil},
		{"inc", "He works at Acme Inc. The firm grew.", []string{"He works at Acme Inc.", "The firm grew."}},
		{"inc name", "Acme Inc. Chairman Bob spoke.", []string{"Acme Inc. Chairman Bob spoke."}},
		{"nbsp", "It ended.\u00a0Next came.", []string{"It ended.", "Next came."}},
		{"stop before newline", "It ended.\nnext line lower.", []string{"It ended.", "next line lower."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := texts(tc.text, Sentences(tc.text))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two", "One.\nStill one.\n\nTwo.", []string{"One.\nStill one.", "Two."}},
		{"blank with spaces", "A\n  \t\nB\n\n\n", []string{"A", "B"}},
		{"crlf", "A\r\n\r\nB", []string{"A", "B"}},
		{"none", " \n\n ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := texts(tc.text, Paragraphs(tc.text))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
				t.Errorf("Paragraphs(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("bad span %v (prev end %d, len %d) in %q", s, prev, len(text), text)
		}
		if isSpace(text[s.Start]) || isSpace(text[s.End-1]) {
			t.Fatalf("untrimmed span %v %q", s, text[s.Start:s.End])
		}
		prev = s.End
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"Mr. A. B. went. Then\n\nX", "“Hi.” he said… U.S. The", "a.\u00a0B", "\xe2\x80", "...\n\n...", "$1.5. 2."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Sentences(text))
		checkSpans(t, text, Paragraphs(text))
	})
}

func BenchmarkSentences(b *testing.B) {
	var sb strings.Builder
	for _, r := range shareddata.Records(b, "corpora/reuters21578.jsonl.gz", 2000) {
		sb.WriteString(r.Text)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
	}
	b.ReportMetric(float64(len(text))*float64(b.N)/b.Elapsed().Seconds()/1e6, "MB/s")
}
