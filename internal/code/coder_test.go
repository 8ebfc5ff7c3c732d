package code

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"dyad/internal/dict"
	"dyad/internal/news"
)

var (
	builtinOnce  sync.Once
	builtinCoder *Coder
	builtinErr   error
)

func testCoder(t testing.TB) *Coder {
	t.Helper()
	builtinOnce.Do(func() { builtinCoder, builtinErr = New(context.Background(), Options{Explain: true}) })
	if builtinErr != nil {
		t.Fatal(builtinErr)
	}
	return builtinCoder
}

// Short sentences written for these tests, coded with the built-in
// dictionaries.
func TestOutletCountry(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text, outlet, want string // want: SRC/TGT/CODE joined by spaces, "" none
	}{
		{"outlet places a bare role", "MPs criticised the government over the plans.", "GBR", "GBRLEG/GBRGOV/111"},
		{"no outlet, no country", "MPs criticised the government over the plans.", "", ""},
		// a title with a name the dictionaries lack is placed by the outlet
		{"named shadow chancellor", "The shadow chancellor Jon Doe criticised the Home Office.", "GBR", "GBROPP/GBRGOV/111"},
		// an article that names another country more is not placed by
		// the outlet, nor are its role words placed in the country it names
		{"article about Kenya", "Kenya held elections. Ministers criticised the government.", "GBR", ""},
		// an article that names the outlet's country most places its role
		// words there
		{"article about Britain", "Michael Howard criticised ministers over the plans.", "GBR", "GBROPP/GBRGOV/111"},
		// a role of two words after "a" is one person of that body; a
		// union's role of two words counts
		{"a union leader", "Gordon Brown has criticised a union leader over the strike.", "GBR", "GBRGOV/GBRLAB/111"},
		{"Britain leads Iraq", "Britain sent troops to Iraq. Tony Blair defended Britain's role. MPs criticised the government.", "GBR", "GBRLEG/GBRGOV/111"},
		// a legislator named by a bare title in a story that names the
		// outlet's country is of the outlet's parliament, not the story's
		// leading country; after "ex-" of its elite
		{"an MP in a story about Iraq", "Iraq held elections in Baghdad. Iraq voted. British troops stayed. MP John Doe criticised Kenya on Monday.", "GBR", "GBRLEG/KEN/111"},
		{"an ex-MP in a story about Iraq", "Iraq held elections in Baghdad. Iraq voted. British troops stayed. Ex-Labour MP John Doe criticised Kenya on Monday.", "GBR", "GBRELI/KEN/111"},
		// delegates at a party's gathering are its people (partyVenue, orgs13)
		{"delegates at a party's conference", "Gordon Brown told delegates at the Labour conference that growth would continue.", "GBR", "GBRGOV/GBRPTY/010"},
		{"delegates at another conference", "Gordon Brown told delegates at the UN conference that growth would continue.", "GBR", "GBRGOV/GBRLEG/010"},
		{"delegates in a story about a party's gathering", "Tony Blair has told a Labour Party gathering that the Tory plans would fail. He told delegates: \"We must all show unity.\"", "GBR", "GBRGOV/GBRPTY/010"},
		{"delegates in a story about a firm's show", "Steve Jobs spoke at an Apple show in London. Tony Blair told delegates that growth would continue.", "GBR", "GBRGOV/GBRLEG/010"},
		// activists a politician addresses are the politician's party's (partyAudience, orgs13)
		{"activists a minister tells", "Jack Straw told activists in Blackburn on Thursday that voters would have to decide.", "GBR", "GBRGOV/GBRPTY/010"},
		{"activists the police tell", "British police told activists to leave the square on Monday.", "GBR", "GBRCOP/GBROPP/"},
		{"a wire's story that never names its country", "Iraq held elections in Baghdad. Iraq voted. MP John Doe criticised Kenya on Monday.", "GBR", "IRQLEG/KEN/111"},
		// foreign ambassadors are of no country the outlet gives (foreignRoles, rejudge14)
		{"foreign ambassadors", "Tony Blair defended Britain's role. Kenyan officials gave an intelligence briefing to foreign ambassadors on Monday.", "GBR", "GBRGOV/GBR/052"},
		{"ambassadors", "Tony Blair defended Britain's role. Kenyan officials gave an intelligence briefing to ambassadors on Monday.", "GBR", "GBRGOV/GBR/052 KENGOV/GBRGOV/010"},
		// politicians and parties said of in general are no actor (genericRoles, roles17)
		{"politicians in general", "Michael Howard said it was vital for politicians to watch their language.", "GBR", ""},
		{"politicians urged", "Michael Howard urged politicians to watch their language.", "GBR", "GBROPP/GBRPTY/020"},
		{"a political party in general", "Charles Kennedy said it was critical for a political party to have economic credibility.", "GBR", ""},
		{"the politicians named", "Michael Howard criticised the politicians over the plans.", "GBR", "GBROPP/GBRPTY/111"},
		{"Kenyan politicians", "Michael Howard criticised Kenyan politicians over the plans.", "GBR", "GBROPP/KENPTY/111"},
	}
	for _, tc := range tests {
		got := strings.Join(triples(c.CodeIn(context.Background(), "t", tc.text, "2005-01-15", tc.outlet)), " ")
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestActorKinds: kinds of actor real news names, each with a sentence
// written for the test (outlet GBR, as a BBC story).
func TestActorKinds(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text, date, want string // want: SRC/TGT/CODE among the events, "" none
	}{
		// a party named by its one-word name, capitalised; the lower-case
		// word is a common noun
		{"party names", "The Tories criticised Labour over the plans.", "2005-01-15", "GBROPP/GBRGOV/111"},
		{"party in government by date", "The Tories criticised Labour over the plans.", "2012-01-15", "GBRGOV/GBROPP/111"},
		{"lower-case labour is no party", "Rising labour costs criticised the Conservatives.", "2005-01-15", ""},
		// after a country's adjective too; an act noun before "of" is the act (rejudge17)
		{"a country's lower-case labour is no party", "Kenyan industry called for reform of the Ugandan labour market.", "2005-01-15", ""},
		{"the publication of", "Kenya rejected calls for the publication of the report.", "2005-01-15", ""},
		{"a publication", "Kenya criticised the Ugandan publication.", "2005-01-15", "KEN/UGAMED/111"},
		// role words that name no sector of their own (dict17: gen nonAgents)
		{"representatives are no legislators", "Kenya held talks with Ugandan representatives.", "2005-01-15", "KEN/UGA/046"},
		{"settlements are no civilians", "The Kenyan regulator announced the settlements.", "2005-01-15", ""},
		{"campaigners are no opposition", "Kenyan campaigners criticised the Ugandan government.", "2005-01-15", "KEN/UGAGOV/111"},
		{"a revolt is no rebel", "The Kenyan revolt criticised the Ugandan government.", "2005-01-15", "KEN/UGAGOV/111"},
		// humanitarian workers and agencies are non-governmental (chcov22: gen extraAgents)
		{"aid workers", "Ugandan aid workers criticised Kenya.", "2005-01-15", "UGANGO/KEN/111"},
		{"relief agencies", "Kenya criticised Ugandan relief agencies.", "2005-01-15", "KEN/UGANGO/111"},
		{"an aid worker is no labourer", "Kenya praised Ugandan aid worker Jane Otieno.", "2005-01-15", "KEN/UGANGO/"},
		// a disease's name discards no sentence, a sport's still does (chcov22: gen nonDiscards)
		{"aid against an epidemic", "Kenya sent medical supplies to Uganda to fight the Ebola outbreak.", "2005-01-15", "KEN/UGA/073"},
		{"funding against bird flu", "Kenya announced a sixfold increase in funding to fight bird flu in Uganda.", "2005-01-15", "KEN/UGA/072"},
		{"a sport still discards", "Kenya criticised Uganda after the football match.", "2005-01-15", ""},
		// a chief executive heads a firm (sector18: gen recodedAgents)
		{"a chief executive is business", "Kenyan chief executive John Otieno criticised the Ugandan government.", "2005-01-15", "KENBUS/UGAGOV/111"},
		{"the bank's chief executive", "The Kenyan bank's chief executive criticised the Ugandan government.", "2005-01-15", "KENBUS/UGAGOV/111"},
		// private people of business Phoenix lacks (firms20: gen extraAgents)
		{"a banker is business", "A Kenyan banker criticised the Ugandan government.", "2005-01-15", "KENBUS/UGAGOV/111"},
		{"financiers are business", "Kenyan financiers criticised the Ugandan government.", "2005-01-15", "KENBUS/UGAGOV/111"},
		{"the central bank stays government", "The Kenyan central bank criticised the Ugandan government.", "2005-01-15", "KENGOVBUS/UGAGOV/111"},
		// a firm's name after its country's possessive (firms20: firmname.go namedFirmOf)
		{"a country's named firm", "Kenya's Otieno Motors criticised the Ugandan government.", "2005-01-15", "KENBUS/UGAGOV/111"},
		{"a country's named firm as target", "Uganda criticised Kenya's Otieno Motors.", "2005-01-15", "UGA/KENBUS/111"},
		{"a country's central bank is no firm", "Kenya's Central Bank criticised the Ugandan government.", "2005-01-15", "KENGOVBUS/UGAGOV/111"},
		{"a country's person is no firm", "Kenya's John Otieno criticised the Ugandan government.", "2005-01-15", "KEN/UGAGOV/111"},
		{"a chief minister stays government", "The Kenyan chief minister criticised the Ugandan government.", "2005-01-15", "KENGOV/UGAGOV/111"},
		// a spokesman speaks for another, no medium (sector18: gen recodedAgents)
		{"a spokesman is no medium", "Kenyan spokesman John Otieno criticised the Ugandan government.", "2005-01-15", "KEN/UGAGOV/111"},
		{"a government's spokesman is the government's", "A Kenyan government spokesman criticised the Ugandan government.", "2005-01-15", "KENGOV/UGAGOV/111"},
		// a seat stands for the body it seats in an article naming the body (sector18: seat.go)
		{"Brussels for the EU", "The EU rejected the plan. Kenya filed a complaint against Brussels.", "2005-01-15", "KEN/IGOEUREEC/114"},
		{"Brussels without the EU", "Kenya filed a complaint against Brussels.", "2005-01-15", "KEN/BEL/114"},
		{"Brussels as a place", "The EU rejected the plan. The Kenyan president will travel to Brussels to meet Ugandan officials.", "2005-01-15", "KENGOV/UGAGOV/036"},
		// "UK" alone is Britain
		{"UK", "The UK criticised France.", "2005-01-15", "GBR/FRA/111"},
		{"UK firm", "UK water company Acme criticised the government.", "2005-01-15", "GBRBUS/GBRGOV/111"},
		// a country, qualifying words, a role: one actor
		{"country qualified role", "The Canadian stock market regulator criticised the United States.", "2005-01-15", "CANGOV/USA/111"},
		{"country 's qualified role", "Kenya's most senior judge criticised Uganda.", "2005-01-15", "KENJUD/UGA/111"},
		// followers of a party are not the party
		{"party supporters", "Labour supporters criticised France.", "2005-01-15", ""},
		// British usage: the security services
		{"security services", "Ministers criticised the security services.", "2005-01-15", "GBRGOV/GBRSPY/111"},
		// Iraq stayed a state through the occupation (Phoenix leaves a gap)
		{"Iraq 2005", "American troops attacked Iraqi police.", "2005-01-15", "USAMIL/IRQCOP/190"},
	}
	for _, tc := range tests {
		got := strings.Join(triples(c.CodeIn(context.Background(), "t", tc.text, tc.date, "GBR")), " ")
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

func TestCodeSentences(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text, date string
		want             []string // SRC/TGT/CODE, in any order; all must be present
		none             bool     // no events at all
	}{
		{"meeting", "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.", "2021-12-15", []string{"RUSGOV/CHNGOV/040"}, false},
		{"date-bounded code before office", "Vladimir Putin met Chinese officials in Beijing.", "1995-06-01", []string{"RUSELI/CHNGOV/040"}, false},
		{"actor code on the sentence's own date", "On June 1, 1995, Vladimir Putin met Chinese officials in Beijing.", "2021-12-15", []string{"RUSELI/CHNGOV/040"}, false},
		{"title resolves an unknown person", "Foreign Ministry spokesperson Zhao Lijian criticized Japan.", "2021-12-15", nil, false},
		{"spokesperson accuses", "Foreign Ministry spokesperson Zhao Lijian said on December 7, 2021 that the United States interferes in China's internal affairs.", "2021-12-08", []string{"CHNGOV/USA/112"}, false},
		{"negation", "Russia did not attack Ukraine.", "2022-01-01", nil, true},
		{"passive voice", "Ukraine was attacked by Russia.", "2022-03-01", []string{"RUS/UKR/190"}, false},
		{"compound target", "France praised Germany and Italy.", "2020-01-01", []string{"FRA/DEU/051", "FRA/ITA/051"}, false},
		{"pronoun", "Chinese President Xi Jinping arrived in Moscow. He praised Russia.", "2021-01-01", []string{"CHNGOV/RUS/051"}, false},
		{"scare quotes", "China criticized the “rules” of Washington.", "2021-01-01", nil, false},
		{"adjacent mentions", "Russia China met.", "2021-01-01", nil, false},
		{"discard", "Brazil beat Argentina in the World Cup final.", "2021-01-01", nil, true},
		{"a singular role word alone is a noun", "The minister visited a court.", "2021-01-01", nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := c.Code(context.Background(), "t", tc.text, tc.date)
			got := triples(evs)
			if tc.none && len(got) > 0 {
				t.Errorf("want no events, got %v", got)
			}
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("want %s, got %v", w, got)
				}
			}
			for _, e := range evs {
				checkEvidence(t, tc.text, e.Evidence[0].Sentence, e.Evidence[0].Start, e.Evidence[0].End)
				if e.Coder != c.Version() || !strings.HasPrefix(e.Coder, "dyad/") || !strings.Contains(e.Coder, " dict/") {
					t.Errorf("coder %q", e.Coder)
				}
				if e.Explain == nil || e.Explain.Verb == "" || e.Explain.Source == "" {
					t.Errorf("missing explanation: %+v", e.Explain)
				}
			}
		})
	}
}

func checkEvidence(t *testing.T, text, sent string, start, end int) {
	t.Helper()
	if start < 0 || end > len(text) || start > end || text[start:end] != sent {
		t.Errorf("evidence [%d,%d) does not locate %q", start, end, sent)
	}
}

func TestResolveActor(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, person, title, date, want string }{
		{"known person", "Vladimir Putin", "", "2021-12-15", "RUSGOV"},
		{"title with country", "Zhao Lijian", "Chinese Foreign Ministry spokesperson", "2021-12-15", "CHNGOV"},
		{"unknown", "John Doe", "", "2021-12-15", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.ResolveActor(tc.person, tc.title, tc.date); got.Code != tc.want {
				t.Errorf("ResolveActor = %+v, want code %q", got, tc.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"two", "Russia met China. Japan met Korea.", 2},
		{"abbreviation", "The U.S. met China. Mr. Smith left.", 2},
		{"lines", "Headline\n\nBody one. Body two.", 3},
		{"empty", "  \n ", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentences(tc.text)
			if len(got) != tc.want {
				t.Errorf("got %d sentences %v, want %d", len(got), got, tc.want)
			}
			for _, s := range got {
				if s.start < 0 || s.end > len(tc.text) || s.start >= s.end {
					t.Errorf("bad span %v", s)
				}
			}
		})
	}
}

func FuzzCode(f *testing.F) {
	f.Add("Russian President Vladimir Putin met Chinese President Xi Jinping.", "2021-12-15")
	f.Add("“The u.s. violates rules,” he said.\n– Foreign Ministry spokesperson Zhao Lijian said on December 7, 2021.", "")
	f.Add("The two sides agreed and the two leaders met. He said she did not attack it.", "x")
	f.Add("Russia, the evil China, and good India they it he met between Japan and Korea's troops.", "2020-02-30")
	f.Add("Neither Iran nor Iraq, officials of Syria said, would be attacked by U.S. forces; “democracy” rules.", "1999-01-01")
	f.Add("Arnor, the old kingdom, met Gondor and it attacked them, an anti- Gondor envoy said, after all.", "1995-01-01")
	dyadRules := testCoder(f)
	// the same dictionaries under TABARI's options and rules
	tabari := dict.TabariOptions()
	tabari.CodeBy = dict.CodeAll
	tabari.Default = dict.Defaults{Source: "DEF", Target: "DEF", Prior: true, After: true}
	tabariRules := dyadRules.WithSettings(tabari)
	f.Fuzz(func(t *testing.T, text, date string) {
		for _, c := range []*Coder{dyadRules, tabariRules} {
			fuzzCode(t, c, text, date)
		}
	})
}

func fuzzCode(t *testing.T, c *Coder, text, date string) {
	{
		// without Code's per-sentence recover, so that a panic is found
		st := newState(c, date)
		st.text, st.sents = text, sentences(text)
		for _, sp := range st.sents {
			st.codeSentence("f", text[sp.start:sp.end], sp.start, date)
		}
		for _, e := range c.Code(context.Background(), "f", text, date) {
			ev := e.Evidence[0]
			if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End || text[ev.Start:ev.End] != ev.Sentence {
				t.Fatalf("evidence span [%d,%d) outside text", ev.Start, ev.End)
			}
			for _, sp := range []*news.Span{ev.SourceSpan, ev.TargetSpan, ev.VerbSpan} {
				if sp != nil && (sp.Start < 0 || sp.End > len(ev.Sentence) || sp.Start > sp.End) {
					t.Fatalf("span %+v outside sentence %q", *sp, ev.Sentence)
				}
			}
		}
	}
}

// TestConcurrent codes from several goroutines with one Coder (run with
// -race).
func TestConcurrent(t *testing.T) {
	c := testCoder(t)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				c.Code(context.Background(), "c", "Chinese President Xi Jinping met Russian President Vladimir Putin. He praised Russia. The two sides agreed to extend the treaty.", "2021-12-15")
			}
		}()
	}
	wg.Wait()
}

// TestCustomDictionaries codes with small dictionaries in three formats.
func TestCustomDictionaries(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name           string
		verbs, actors  string
		vname, aname   string
		text, date     string
		want           string
		wantExplainHas string
	}{
		{"dyad", "# dyad verbs v1\nblock\tPRAISE\t051\nverb\tPRAISE | PRAISED\n", "# dyad actors v1\nARNOR\tARN\nGONDOR\tGON@1990-01-01..1999-12-31\n",
			"v.dyad", "a.dyad", "Arnor praised Gondor.", "1995-01-01", "ARN/GON/051", "v.dyad:3"},
		{"petrarch", "--- PRAISE [051] ---\nPRAISE\n- * (FOR AID) [0512]\n", "ARNOR [ARN]\nGONDOR\n\t[GON 900101-991231]\n",
			"CAMEO.verbs.txt", "x.actors.txt", "Arnor praised Gondor for aid.", "1995-01-01", "ARN/GON/0512", "CAMEO.verbs.txt:3"},
		{"tabari", "PRAISE [051]\n- * FOR_AID [0512]\n", "ARNOR [ARN]\nGONDOR [GON 900101-991231]\n",
			"x.verbs", "x.actors", "Arnor praised Gondor for aid.", "1995-01-01", "ARN/GON/0512", "x.verbs:2"},
		{"date bound out of range", "# dyad verbs v1\nblock\tPRAISE\t051\nverb\tPRAISE | PRAISED\n", "# dyad actors v1\nARNOR\tARN\nGONDOR\tGON@1990-01-01..1999-12-31\n",
			"w.dyad", "b.dyad", "Arnor praised Gondor.", "2005-01-01", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := New(context.Background(), Options{Explain: true,
				Verbs: []string{write(tc.vname, tc.verbs)}, Actors: []string{write(tc.aname, tc.actors)}})
			if err != nil {
				t.Fatal(err)
			}
			evs := c.Code(context.Background(), "t", tc.text, tc.date)
			got := strings.Join(triples(evs), " ")
			if got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			if tc.want != "" && !strings.Contains(evs[0].Explain.Verb, tc.wantExplainHas) {
				t.Errorf("explanation %q lacks %q", evs[0].Explain.Verb, tc.wantExplainHas)
			}
		})
	}
}

func TestDateFunc(t *testing.T) {
	c, err := New(context.Background(), Options{DateFunc: func(s, ref string) (string, string) {
		if strings.Contains(s, "Tuesday") {
			return "2021-12-14", "Tuesday"
		}
		return ref, ""
	}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, date, dateText string }{
		{"resolved", "Russia met China on Tuesday.", "2021-12-14", "Tuesday"},
		{"reference date", "Russia met China.", "2021-12-15", ""},
		{"explicit date wins when the resolver finds none", "Russia met China on December 1, 2021.", "2021-12-01", "December 1, 2021"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := c.Code(context.Background(), "d", tc.text, "2021-12-15")
			if len(evs) == 0 {
				t.Fatal("no events")
			}
			if evs[0].Date != tc.date || evs[0].DateText != tc.dateText {
				t.Errorf("date %q %q, want %q %q", evs[0].Date, evs[0].DateText, tc.date, tc.dateText)
			}
		})
	}
}

// TestSentenceDateActors: a date the text gives an event (Options.DateFunc)
// reads the event's actors on that date.
func TestSentenceDateActors(t *testing.T) {
	c, err := New(context.Background(), Options{DateFunc: func(s, ref string) (string, string) {
		if strings.Contains(s, "1985") {
			return "1985-01-01", "In 1985"
		}
		return ref, ""
	}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, want string }{
		{"a state of the past", "In 1985 Moscow criticised Washington.", "SUN/USA/111"},
		{"with a role", "In 1985 Russian troops attacked Afghanistan.", "SUNMIL/AFG/190"},
		{"the publication date", "Moscow criticised Washington.", "RUS/USA/111"},
	}
	for _, tc := range tests {
		got := strings.Join(triples(c.Code(context.Background(), "d", tc.text, "2005-03-01")), " ")
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestDyadVerbs: each verb and pattern of internal/dict/gen/verbs.dyad and
// each name of internal/actors' politics and periods files used here, in a
// sentence written for this test.
// A role word the sentence's one country places keeps its words as the
// actor's name.
func TestPlacedRoleName(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ text, code, name string }{
		{"Kenyan police arrested protesters.", "KENOPP", "protesters"},
		{"Kenyan rebels killed 30 civilians.", "KENCVL", "civilians"},
	} {
		evs := c.Code(context.Background(), "t", tc.text, "2010-01-01")
		if len(evs) != 1 || evs[0].Target.Code != tc.code || evs[0].Target.Name != tc.name {
			t.Errorf("%q: got %v, want one event with target %s %q", tc.text, evs, tc.code, tc.name)
		}
	}
}

// TestEventDates: the sentence's own date, not a maturity, and the past
// flag, through the default date resolver.
func TestEventDates(t *testing.T) {
	c := resolvingCoder(t)
	tests := []struct{ name, text, ref, date, dateText, flags string }{
		{"month of the act", "In January Canada signed a fisheries treaty with France.", "1987-03-10", "1987-01-01", "In January", "date-from-text past"},
		{"maturity is no act date", "Canada criticised France over the bonds due April 14, 1989.", "1987-03-10", "1987-03-10", "", ""},
		{"a future act is dated when reported", "Kenya will meet Uganda on Thursday.", "2021-12-15", "2021-12-15", "", ""},
		{"the verb's own clause", "The cuts were agreed in early March after Canada criticised France in February.", "1987-03-26", "1987-02-01", "in February", "date-from-text past"},
		{"recent day is not past", "On March 8, 1987 Canada criticised France.", "1987-03-10", "1987-03-08", "March 8, 1987", "date-from-text"},
		{"a relative clause's date is its own", "Canada's prime minister, who was born in 1940, criticised France.", "1987-03-10", "1987-03-10", "", ""},
		{"a date inside the relative clause's act", "Canada's prime minister, who in 1985 criticised France, met Spain.", "1987-03-10", "1985-01-01", "in 1985", "date-from-text past"},
		{"a time set off after the relative word", "Canada's prime minister, who, on a visit in 1985, criticised France, met Spain.", "1987-03-10", "1985-01-01", "in 1985", "date-from-text past"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := c.Code(context.Background(), "t", tc.text, tc.ref)
			if len(evs) == 0 {
				t.Fatal("no event")
			}
			e := evs[0]
			if e.Date != tc.date || e.DateText != tc.dateText || strings.Join(e.Flags, " ") != tc.flags {
				t.Errorf("got %s %q %v, want %s %q %q", e.Date, e.DateText, e.Flags, tc.date, tc.dateText, tc.flags)
			}
		})
	}
}

// TestOutOfOffice: a person with only dated codes, none on the date and
// no title in the text, is the elite of the country of the nearest term.
func TestOutOfOffice(t *testing.T) {
	c := testCoder(t)
	if got := triples(c.Code(context.Background(), "t", "Donald Trump criticised Russia.", "2016-03-01")); len(got) != 1 || got[0] != "USAELI/RUS/111" {
		t.Errorf("out of office: got %v, want USAELI/RUS/111", got)
	}
	if got := triples(c.Code(context.Background(), "t", "Donald Trump criticised Russia.", "2018-03-01")); len(got) != 1 || got[0] != "USAGOV/RUS/111" {
		t.Errorf("in office: got %v, want USAGOV/RUS/111", got)
	}
}

func TestSplitPossessive(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"NEW PEOPLE'S ARMY", "NEW PEOPLE 'S ARMY"},
		{"PEOPLE'S LIBERATION ARMY", "PEOPLE 'S LIBERATION ARMY"},
		{"CHINA", "CHINA"},
		{"'S", "'S"},
	} {
		if got := splitPossessive(dict.ParsePhrase(tc.in, false)).String(); got != tc.want {
			t.Errorf("splitPossessive(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
