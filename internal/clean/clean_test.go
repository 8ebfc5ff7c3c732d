package clean

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"dyad/internal/news"
	"dyad/internal/shareddata"
)

var ctx = context.Background()

func TestRepairCase(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"dotted acronym", "Officials said the u.s. would act. The U.S. agreed.", "Officials said the U.S. would act. The U.S. agreed."},
		{"hyphenated compound", "Talks between China and Russia went well. China-russia ties grew.", "Talks between China and Russia went well. China-Russia ties grew."},
		{"word before a name in a damaged text", "The u.s. cited the Olympic Games and the olympic Charter. we disagree.",
			"The U.S. cited the Olympic Games and the Olympic Charter. We disagree."},
		{"acronym the damaged text writes in capitals", "FIFA and the u.n. met. the fifa delegates said they told us so.",
			"FIFA and the U.N. met. The FIFA delegates said they told us so."},
		{"any sentence start in a damaged text", "The u.s. and the u.k. agreed. talks go on.", "The U.S. and the U.K. agreed. Talks go on."},
		{"word before a name in a sound text", "He cited the Olympic Games and the olympic Charter.", "He cited the Olympic Games and the olympic Charter."},
		{"compound of names", "Talks between Russia and China went on. The Russia-china border opened.", "Talks between Russia and China went on. The Russia-China border opened."},
		{"acronym that is no word", "Risks of ai technologies grow.", "Risks of AI technologies grow."},
		{"sentence start", "We built a mechanism. we call on all countries.", "We built a mechanism. We call on all countries."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := repairCase(tc.in, true); got != tc.want {
				t.Errorf("repairCase(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// Correct text must come out of case repair unchanged.
func TestRepairCaseLeavesCorrectTextAlone(t *testing.T) {
	correct := []string{
		"The president of France met the German chancellor in Berlin on Tuesday.",
		"Prices rose 5 percent in the U.S. economy, the Fed said.",
		"A new state of emergency was declared. The state government said it would act.",
		"The Minister said the new minister would start in May. Minister Li agreed.",
		"Apple shares fell. apple growers in Kent were unaffected.",
		"She said the bill was passed by 52-48. The vote was close.",
		"NATO allies met in Brussels, where the EU and the UN also held talks.",
		"The well-known Anglo-French treaty was signed in 1904.",
		"Mr. Smith arrived at 3 p.m. and left.",
		"Shadow foreign secretary Michael Ancram said the Foreign Secretary was wrong.",
		"The oil group Rosneft bought it. Group profits rose, the Rosneft Group said.",
		"Blu-ray discs compete with HD-DVD. Ray Charles sang. Blu-ray won.",
		"\"Why would he ask?\" he said. \"Nobody knows.\" she replied.",
		"Prices rose 2 pct. the Reuters survey of U.S. firms is due.",
		"Robin van Persie scored. Van Persie later said Roland de Marigny played well.",
		"The Frito-Lay unit grew; Frito-lay in 1987 was once spelled so. Pre-tax profit rose. Tax rose.",
		"The south of France is warm. South Africa and south Korean exporters met.",
		"Both Toshiba and Blu-ray are hopeful, a Toshiba spokesman told the BBC.",
		"Former Conservative leader William Hague and acting director Robert Gates met.",
		"The US told us that the WHO would decide who goes. IT staff said it was fine.",
	}
	for _, s := range correct {
		if got := repairCase(s, true); got != s {
			t.Errorf("changed correct text:\n in  %q\n out %q", s, got)
		}
	}
	// Acronym repair is for English text only.
	if fr := "J'ai dit que je l'ai vu. Il y ai."; repairCase(fr, false) != fr {
		t.Errorf("changed French text %q", repairCase(fr, false))
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		want       string // text
		title, pub string
		source     string
	}{
		{"tails removed", "Leaders met\n\nThe leaders met in Geneva on Monday.\n\nSource link\n\nComments are closed.",
			"The leaders met in Geneva on Monday.", "Leaders met", "", ""},
		{"scan junk and publication line", "China Today (English)\n\nA Headline Here\n\nThe article text is here and is long enough.\n\n ?? ??\n\nNewspapers in English\n\nNewspapers from Australia",
			"The article text is here and is long enough.", "A Headline Here", "", "China Today"},
		{"hard-wrapped wire copy", "  The company said on Monday that it expected\nprofits to rise sharply in the second half of\nthe year, helped by strong export de-\nmand from Asia.\n  Analysts agreed with the forecast.\n Reuter",
			"The company said on Monday that it expected profits to rise sharply in the second half of the year, helped by strong export demand from Asia.\n\nAnalysts agreed with the forecast.", "", "", ""},
		{"dateline", "BEIJING, December 15, 2021 / PRNewswire / – The two presidents met by video link on Wednesday.",
			"The two presidents met by video link on Wednesday.", "", "2021-12-15", "PR Newswire"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Clean(ctx, news.RawDoc{Body: []byte(tc.in)}, Options{NoLang: true, MinChars: 5})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tc.want {
				t.Errorf("text\n got %q\nwant %q", doc.Text, tc.want)
			}
			if doc.Title != tc.title {
				t.Errorf("title %q, want %q", doc.Title, tc.title)
			}
			if doc.Published != tc.pub {
				t.Errorf("published %q, want %q", doc.Published, tc.pub)
			}
			if tc.source != "" && doc.Source.Name != tc.source {
				t.Errorf("source %+v, want %q", doc.Source, tc.source)
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		raw  news.RawDoc
		want error
	}{
		{"empty", news.RawDoc{Body: []byte(" \n\t")}, ErrEmpty},
		{"binary", news.RawDoc{Body: []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00")}, ErrBinary},
		{"too large", news.RawDoc{Body: []byte(strings.Repeat("a", 20000))}, ErrTooLarge},
		{"html without article", news.RawDoc{Body: []byte("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")}, ErrNoArticle},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Clean(ctx, tc.raw, Options{MaxBytes: 10000})
			if err == nil || !strings.Contains(err.Error(), tc.want.Error()) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
		})
	}
}

func TestLatin1(t *testing.T) {
	raw := news.RawDoc{Body: []byte("Le pr\xe9sident fran\xe7ais a rencontr\xe9 le chancelier allemand \xe0 Berlin mardi pour parler de d\xe9fense.")}
	doc, err := Clean(ctx, raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "président français") || doc.Lang != "fr" {
		t.Errorf("latin-1 text: %q lang %q", doc.Text, doc.Lang)
	}
}

func TestHTML(t *testing.T) {
	b, err := os.ReadFile("../../examples/border-clash.html")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Clean(ctx, news.RawDoc{Body: b, URL: "https://ledger.example.com/world/border"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, junk := range []string{"Sign in", "Most read", "Cookie settings", "Share this article"} {
		if strings.Contains(doc.Text, junk) {
			t.Errorf("boilerplate %q kept", junk)
		}
	}
	if !strings.Contains(doc.Text, "exchanged fire across the Line of Control") {
		t.Errorf("article text lost: %q", doc.Text)
	}
	if doc.Published != "2025-04-12" || doc.Lang != "en" || doc.Source.Domain != "ledger.example.com" {
		t.Errorf("metadata: published %q lang %q source %+v", doc.Published, doc.Lang, doc.Source)
	}
}

func TestSeeds(t *testing.T) {
	dir := shareddata.Path(t, "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) != 2 {
		t.Fatalf("%d seed files", len(files))
	}
	var release, magazine news.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Clean(ctx, news.RawDoc{Path: f, Body: b}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Lang != "en" {
			t.Errorf("%s: lang %q", f, doc.Lang)
		}
		for _, junk := range []string{"View original content", "Source link", "Comments are closed", "?? ??", "Newspapers in English",
			"Newspapers from Australia", "China Today (English)", "the u.s.", "China-russia", "olympic Charter", "ai technologies"} {
			if strings.Contains(doc.Text, junk) {
				t.Errorf("%s: text contains %q", filepath.Base(f), junk)
			}
		}
		if strings.HasPrefix(doc.Title, "CGTN") {
			release = doc
		} else {
			magazine = doc
		}
	}
	if release.Published != "2021-12-15" || release.Source.Origin != "CGTN" || release.Source.Distributor != "PR Newswire" {
		t.Errorf("release: %+v published %s", release.Source, release.Published)
	}
	if magazine.Source.Name != "China Today" || magazine.Title != "Xi Holds a Virtual Meeting with Putin" {
		t.Errorf("magazine: %+v title %q", magazine.Source, magazine.Title)
	}
	for _, want := range []string{"the U.S.", "China-Russia", "Olympic Charter", "AI technologies", "Russia-China"} {
		if !strings.Contains(magazine.Text, want) {
			t.Errorf("magazine text lacks repaired %q", want)
		}
	}
}

func FuzzClean(f *testing.F) {
	f.Add([]byte("Title\n\nBEIJING, December 15, 2021 / PRNewswire / – Text. the u.s. China-russia.\n\nSource link"), false)
	f.Add([]byte("<html><body><article><p>Some text here that is long enough to be an article.</p></article></body></html>"), true)
	f.Add([]byte("\xe9\xe8 latin"), false)
	f.Fuzz(func(t *testing.T, b []byte, html bool) {
		raw := news.RawDoc{Body: b}
		if html {
			raw.Format = news.FormatHTML
		}
		doc, err := Clean(ctx, raw, Options{NoLang: true, MaxBytes: 1 << 16})
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatalf("invalid UTF-8 text %q", doc.Text)
		}
	})
}

func TestEncodings(t *testing.T) {
	body := "The minister met the président of the commission on Monday to discuss the café licences."
	utf16le := []byte{0xff, 0xfe}
	for _, r := range body {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	damaged := []byte(body)
	damaged = append(damaged[:20:20], append([]byte{0xe2, 0x82}, damaged[20:]...)...) // a truncated sequence
	tests := []struct {
		name string
		raw  news.RawDoc
		want string
	}{
		{"utf-8", news.RawDoc{Body: []byte(body)}, "président"},
		{"windows-1252", news.RawDoc{Body: []byte("The minister met the pr\xe9sident of the commission on Monday \x93to discuss\x94 the caf\xe9 licences.")}, "président of the commission on Monday “to discuss” the café"},
		{"utf-16 with a byte-order mark", news.RawDoc{Body: utf16le}, "président"},
		{"damaged utf-8 keeps its good characters", news.RawDoc{Body: damaged}, "\uFFFD"},
		{"html meta charset", news.RawDoc{Format: news.FormatHTML, Body: []byte(`<html><head><meta charset="windows-1252"><title>T</title></head><body><article><p>The minister met the pr` + "\xe9" + `sident of the commission on Monday to discuss the licences for the caf` + "\xe9" + ` owners of the old town.</p></article></body></html>`)}, "président"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Clean(ctx, tc.raw, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, tc.want) || !utf8.ValidString(doc.Text) {
				t.Errorf("text %q lacks %q", doc.Text, tc.want)
			}
			if tc.name == "damaged utf-8 keeps its good characters" && !strings.Contains(doc.Text, "président") {
				t.Errorf("good characters garbled: %q", doc.Text)
			}
		})
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name string
		body string
		want news.Format
	}{
		{"doctype", "<!DOCTYPE html><html><body><p>x</p></body></html>", news.FormatHTML},
		{"bom and blank lines before html", "\ufeff\n\n<html><body>x</body></html>", news.FormatHTML},
		{"fragment without html element", "<div class=a><h1>T</h1><p>One.</p><p>Two.</p></div>", news.FormatHTML},
		{"template comments before the doctype", "  <!-- theme: page.tpl -->\n<!-- build 12 -->\n<!DOCTYPE html><html><body><p>x</p></body></html>", news.FormatHTML},
		{"page opening with its head elements", "<meta charset=\"utf-8\"><meta name=\"x\" content=\"y\">" + strings.Repeat(" ", 3000) + "<p>x</p>", news.FormatHTML},
		{"page opening with a long style block", "<style>\n" + strings.Repeat(".a { color: red; }\n", 200) + "</style><div><p>x</p></div>", news.FormatHTML},
		{"text with angle brackets", "Shares of Example <EXM.N> rose 3 pct after the results, and 2 < 3 as usual.", news.FormatText},
		{"text mentioning a tag", "The page used a <p> tag once, the designer said on Monday.", news.FormatText},
		{"plain text", "Ministers met on Monday.\n\nThey agreed on a plan.", news.FormatText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := detectFormat([]byte(tc.body)); got != tc.want {
				t.Errorf("detectFormat = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDatelines(t *testing.T) {
	tests := []struct {
		name, in                      string
		published, distributor, orgin string
	}{
		{"PR Newswire", "BEIJING, December 15, 2021 / PRNewswire / – The two ministers met on Wednesday to talk about trade.", "2021-12-15", "PR Newswire", "PR Newswire"},
		{"GlobeNewswire", "NEW YORK, Dec. 15, 2021 (GLOBE NEWSWIRE) -- The company said on Wednesday that it would open a plant.", "2021-12-15", "GlobeNewswire", "GlobeNewswire"},
		{"Business Wire", "SAN FRANCISCO--(BUSINESS WIRE)--The company said on Wednesday that it would open a plant in the city.", "", "Business Wire", "Business Wire"},
		{"AP", "WASHINGTON (AP) — The two ministers met on Wednesday to talk about trade and the border.", "", "AP", "AP"},
		{"Reuters with a date", "LONDON, March 3, 2024 (Reuters) - The two ministers met on Wednesday to talk about trade.", "2024-03-03", "Reuters", "Reuters"},
		{"no dateline", "MANY PEOPLE (most of them farmers) - came to the market on Wednesday to sell grain.", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Clean(ctx, news.RawDoc{Body: []byte(tc.in)}, Options{NoLang: true})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Published != tc.published || doc.Source.Distributor != tc.distributor || doc.Source.Origin != tc.orgin {
				t.Errorf("published %q distributor %q origin %q; want %q %q %q", doc.Published, doc.Source.Distributor, doc.Source.Origin, tc.published, tc.distributor, tc.orgin)
			}
			if tc.distributor != "" && !strings.HasPrefix(doc.Text, "The ") {
				t.Errorf("dateline left in the text: %q", doc.Text)
			}
		})
	}
}

// The page cleanup rules (HTML only) on paragraphs made up here.
func TestPageCleanupRules(t *testing.T) {
	t.Run("teaser lines", func(t *testing.T) {
		for _, tc := range []struct {
			line string
			want bool
		}{
			{"Read more: Ministers agree on a new budget", true},
			{"[Related: Port workers end their strike]", true},
			{"SEE ALSO: The week in pictures", true},
			{"Lesen Sie auch: Neue Regeln für die Bahn", true},
			{"Related coverage: Floods in the north", true},
			{"More details are expected on Monday, the ministry said.", false},
			{"The minister said: more talks will follow next week.", false},
			{"Also present were two deputy ministers.", false},
		} {
			if got := teaserLine.MatchString(tc.line); got != tc.want {
				t.Errorf("teaserLine(%q) = %v, want %v", tc.line, got, tc.want)
			}
		}
	})
	t.Run("credits end a piece", func(t *testing.T) {
		paras := []string{"Talks resume on Monday.", "Reporting by Jane Example was cited by others, the paper said.",
			"(Reporting by Jane Example in Valdora; Editing by John Sample)", "Associated Press writers Ann One and Bo Two contributed to this report."}
		got := dropCredits(append([]string(nil), paras...))
		if len(got) != 2 {
			t.Errorf("dropCredits kept %q, want the first two paragraphs", got)
		}
	})
	t.Run("bylines", func(t *testing.T) {
		got := dropBylines([]string{"By Jane Example", "By JERUSALEM POST STAFF", "By Monday the talks had failed, officials said.", "The council met."})
		if len(got) != 2 || got[0] != "By Monday the talks had failed, officials said." {
			t.Errorf("dropBylines = %q", got)
		}
	})
	t.Run("headline among the first paragraphs", func(t *testing.T) {
		text := "March 5, 2024\n\nCouncil approves the bridge\n\nThe council approved the bridge on Monday.\n\nWork starts in May."
		if got, want := dropHeadline(text, "Council approves the bridge | The Example Courier"), "March 5, 2024\n\nThe council approved the bridge on Monday.\n\nWork starts in May."; got != want {
			t.Errorf("dropHeadline = %q, want %q", got, want)
		}
		if got := dropHeadline("Only a headline", "Only a headline"); got != "Only a headline" {
			t.Errorf("dropHeadline dropped the only paragraph: %q", got)
		}
	})
	t.Run("headline worded apart from the title", func(t *testing.T) {
		for _, tt := range []struct {
			para, title string
			want        bool
		}{
			{"Eastmere: the harbour ferry tender halts", "Eastmere halts harbour ferry tender", true},
			{"Eastmere halts the ferry tender.", "Eastmere halts harbour ferry tender", false},                                 // a sentence
			{"Ferry tender", "Eastmere halts harbour ferry tender", false},                                                     // too short
			{"Eastmere halts the ferry tender after a long row with the unions", "Eastmere halts harbour ferry tender", false}, // words not in the title
		} {
			if got := headlineVariant(tt.para, tt.title); got != tt.want {
				t.Errorf("headlineVariant(%q, %q) = %v, want %v", tt.para, tt.title, got, tt.want)
			}
		}
	})
}
