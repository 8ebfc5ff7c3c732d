package dict

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/internal/shareddata"
)

func TestParseCode(t *testing.T) {
	tests := []struct {
		name, in string
		want     Code
		err      bool
	}{
		{"plain", "036", Code{Code: "036"}, false},
		{"paired", "042:043", Code{Code: "042", Reverse: "043"}, false},
		{"reverse only", ":020", Code{Reverse: "020"}, false},
		{"null", "---", Code{Null: true}, false},
		{"tabari letter", "075A", Code{Code: "075A"}, false},
		{"subordinate", "023?", Code{Code: "023", Sub: true}, false},
		{"dominant", "031!", Code{Code: "031", Dom: true}, false},
		{"complex", "+++", Code{Null: true, Complex: true}, false},
		{"bad", "0$1", Code{}, true},
		{"empty", "", Code{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseCode(tc.in)
			if (err != nil) != tc.err {
				t.Fatalf("err = %v, want error %v", err, tc.err)
			}
			if !tc.err && got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestParsePhraseStems(t *testing.T) {
	tests := []struct {
		in   string
		stem bool
		want string // words, '*' for a stem, '..' before a gap
	}{
		{"BURN DOWN", true, "BURN* ..DOWN*"},
		{"BURN_DOWN", true, "BURN DOWN*"},
		{"BURN_DOWN_", true, "BURN DOWN"},
		{"AL_GORE_", true, "AL GORE"},
		{"BAN=", true, "BAN"},
		{"OF BY", true, "OF ..BY*"},
		{"BURN DOWN", false, "BURN DOWN"},
	}
	for _, tc := range tests {
		var got []string
		for _, w := range ParsePhrase(tc.in, tc.stem) {
			s := w.Text
			if w.Stem {
				s += "*"
			}
			if w.Gap {
				s = ".." + s
			}
			got = append(got, s)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("ParsePhrase(%q, %v) = %q, want %q", tc.in, tc.stem, g, tc.want)
		}
	}
}

func TestTabariPatternJoins(t *testing.T) {
	tests := []struct {
		in        string
		pre, post string // Adj of each element, 'j' joined, '.' free
	}{
		{"RECENT~_* [025]", "j", ""},
		{"* THE_NEAT~_PLACE [027]", "", "."},
		{"IN_ * [075A]", ".", ""},
		{"IN_* [075]", "j", ""},
		{"SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS [111]", "j.", ".jj"},
		{"* IN_+ [042]", "", ".j"},
	}
	for _, tc := range tests {
		p, err := parsePattern(tc.in, true)
		if err != nil {
			t.Fatalf("%s: %v", tc.in, err)
		}
		adj := func(ts []PatTok) string {
			var b strings.Builder
			for _, x := range ts {
				if x.Adj {
					b.WriteByte('j')
				} else {
					b.WriteByte('.')
				}
			}
			return b.String()
		}
		if g := adj(p.Pre); g != tc.pre {
			t.Errorf("%s: pre %q, want %q", tc.in, g, tc.pre)
		}
		if g := adj(p.Post); g != tc.post {
			t.Errorf("%s: post %q, want %q", tc.in, g, tc.post)
		}
	}
}

func TestParseDatedCode(t *testing.T) {
	tests := []struct {
		name, in string
		want     DatedCode
		err      bool
	}{
		{"undated", "CHN", DatedCode{Code: "CHN"}, false},
		{"from 8 digits", "CHNGOV >20121115", DatedCode{"CHNGOV", "2012-11-15", ""}, false},
		{"from 6 digits", "RUSGOV >080508", DatedCode{"RUSGOV", "2008-05-08", ""}, false},
		{"until", "USAGOV <011214", DatedCode{"USAGOV", "", "2001-12-14"}, false},
		{"range", "RUSGOV 991231-080507", DatedCode{"RUSGOV", "1999-12-31", "2008-05-07"}, false},
		{"bad date", "X >9008223", DatedCode{}, true},
		{"bad month", "X >991331", DatedCode{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseDatedCode(tc.in)
			if (err != nil) != tc.err {
				t.Fatalf("err = %v, want error %v", err, tc.err)
			}
			if !tc.err && got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestCodeAt(t *testing.T) {
	a := Actor{Codes: []DatedCode{{"RUSELI", "1970-01-01", "1999-08-09"}, {"RUSGOV", "2008-05-08", ""}, {"RUS", "", ""}}}
	tests := []struct{ name, date, want string }{
		{"inside first range", "1995-01-01", "RUSELI"},
		{"open end", "2021-12-15", "RUSGOV"},
		{"gap falls back to undated", "2003-01-01", "RUS"},
		{"no date: the office held now", "", "RUSGOV"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := a.CodeAt(tc.date); got != tc.want {
				t.Errorf("CodeAt(%q) = %q, want %q", tc.date, got, tc.want)
			}
		})
	}
	// several terms hold on the date: the latest to begin (an office over
	// the elite range that overlaps it; the incoming holder on a handover
	// day)
	overlap := Actor{Codes: []DatedCode{{"GBRELI", "1968-01-01", "2000-01-01"}, {"GBRGOV", "1997-05-02", "2007-06-27"}, {"GBRELI", "", ""}}}
	for _, tc := range []struct{ date, want string }{{"1998-01-01", "GBRGOV"}, {"1997-05-02", "GBRGOV"}, {"1990-01-01", "GBRELI"}, {"2001-01-01", "GBRGOV"}} {
		if got := overlap.CodeAt(tc.date); got != tc.want {
			t.Errorf("overlapping terms: CodeAt(%q) = %q, want %q", tc.date, got, tc.want)
		}
	}
	// without a date and without an undated code: the office held now,
	// else the one held last
	undated := []struct {
		name  string
		codes []DatedCode
		want  string
	}{
		{"closed terms: the last", []DatedCode{{"USAELI", "1997-01-08", "2005-01-03"}, {"USAGOV", "2009-01-20", "2017-01-20"}}, "USAGOV"},
		{"open term beats closed", []DatedCode{{"GBRGOV", "2016-07-13", "2019-07-24"}, {"GBRLEG", "2019-07-24", ""}}, "GBRLEG"},
		{"latest open term", []DatedCode{{"X1", "2001-01-01", ""}, {"X2", "2010-01-01", ""}}, "X2"},
	}
	for _, tc := range undated {
		t.Run(tc.name, func(t *testing.T) {
			a := Actor{Codes: tc.codes}
			if got := a.CodeAt(""); got != tc.want {
				t.Errorf("CodeAt(\"\") = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestInflect(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"MEET", "MEETS MET MEETED MEETING"},
		{"PRAISE", "PRAISES PRAISED PRAISING"},
		{"ACCUSE", "ACCUSES ACCUSED ACCUSING"},
		{"CARRY", "CARRIES CARRIED CARRYING"},
		{"PUSH", "PUSHES PUSHED PUSHING"},
		// senses13: English spelling, not PETRARCH2's (DIING, HITED)
		{"DIE", "DIES DIED DYING"},
		{"HIT", "HITS HITTED HITTING"},
		{"STUN", "STUNS STUNNED STUNNING"},
		{"HOP", "HOPS HOPPED HOPPING"},
		{"QUIT", "QUITS QUITTED QUITTING"},
		{"QUICKEN", "QUICKENS QUICKENED QUICKENING"},
		{"VISIT", "VISITS VISITED VISITING"},
		{"REGRET", "REGRETS REGRETED REGRETTED REGRETING REGRETTING"},
		{"TRAVEL", "TRAVELS TRAVELED TRAVELLED TRAVELING TRAVELLING"},
		{"FUEL", "FUELS FUELED FUELLED FUELING FUELLING"},
		{"MIMIC", "MIMICS MIMICKED MIMICKING"},
		{"VETO", "VETOES VETOED VETOING"},
		{"AGREE", "AGREES AGREED AGREEING"},
		{"TEACH", "TEACHES TAUGHT TEACHED TEACHING"},
		{"LEND", "LENDS LENT LENDED LENDING"},
		{"WITHDRAW", "WITHDRAWS WITHDREW WITHDRAWN WITHDRAWED WITHDRAWING"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := strings.Join(Inflect(tc.in), " "); got != tc.want {
				t.Errorf("Inflect(%s) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

// TestShadowedForms: a form generated for one verb line gives way to a
// line that lists it ("LEAVE" makes LEFT, which "LEFT [042:043]" lists).
func TestShadowedForms(t *testing.T) {
	src := `---  LEAVE   [012]  ---
LEAVE
---  LEFT   [042:043]  ---
LEFT
`
	v, err := ReadPetrarchVerbs(strings.NewReader(src), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	leave, left := phrasesString(v.Blocks[0].Verbs[0].Forms), phrasesString(v.Blocks[1].Verbs[0].Forms)
	if strings.Contains(leave, "LEFT") || !strings.Contains(leave, "LEAVING") || !strings.Contains(left, "LEFT") {
		t.Errorf("LEAVE forms %q, LEFT forms %q", leave, left)
	}
}

func TestPetrarchVerbs(t *testing.T) {
	src := `&TREATY
+TREATY
+PACT

---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH +MEETS_WITH}
MEET {MEETS MET MEETING}
- * (WITH LEADERS)   [036:036]  # MEET
- $ * &TREATY + [057]
---  BROKEN   [040]  ---
- * NO CODE HERE
`
	v, err := ReadPetrarchVerbs(strings.NewReader(src), "t.txt")
	var es Errors
	if !errors.As(err, &es) || len(es) != 1 || es[0].Pos.Line != 11 {
		t.Fatalf("want one error at line 11, got %v", err)
	}
	if !errors.Is(err, ErrBadEntry) {
		t.Errorf("entry errors should wrap ErrBadEntry")
	}
	if got := len(v.Sets["TREATY"]); got != 2 {
		t.Errorf("set TREATY has %d members, want 2", got)
	}
	b := v.Blocks[0]
	if b.Name != "MEET_PEOPLE" || b.Code.Code != "040" || len(b.Verbs) != 2 || len(b.Patterns) != 2 {
		t.Fatalf("block = %+v", b)
	}
	forms := phrasesString(b.Verbs[1].Forms)
	for _, f := range []string{"MEET", "MET", "MEETING", "MEETS"} {
		if !strings.Contains(forms, f) {
			t.Errorf("forms %q lack %s", forms, f)
		}
	}
	p := b.Patterns[1]
	if len(p.Pre) != 1 || p.Pre[0].Kind != TokSource || len(p.Post) != 2 || p.Post[0].Kind != TokSet || p.Post[1].Kind != TokTarget {
		t.Errorf("pattern parsed as %+v", p)
	}
	if p.Pos.Line != 9 {
		t.Errorf("pattern line %d, want 9", p.Pos.Line)
	}
}

func TestPhoenixActors(t *testing.T) {
	src := `# comment
XI_JINPING
+PRESIDENT_XI_JINPING
	[CHNGOV >20121115]
IVO_JOSIPOVIC_
JOSIPOVIC_
	[HRVGOV >20120219]
BOROMIR [---]
BAD_ONE
	[X >9008223]
`
	as, err := ReadPhoenixActors(strings.NewReader(src), "a.txt")
	if err == nil || !strings.Contains(err.Error(), "a.txt:10: bad date") {
		t.Errorf("want a.txt:10 bad date error, got %v", err)
	}
	if len(as) != 2 {
		t.Fatalf("got %d actors, want 2: %+v", len(as), as)
	}
	if as[0].CodeAt("2021-12-15") != "CHNGOV" || len(as[0].Names) != 2 {
		t.Errorf("Xi: %+v", as[0])
	}
	if len(as[1].Names) != 2 || as[1].CodeAt("2013-01-01") != "HRVGOV" {
		t.Errorf("consecutive heads share codes: %+v", as[1])
	}
}

func TestAgents(t *testing.T) {
	src := "!MINIST! = MINISTER, MINISTRY\nFOREIGN_!MINIST! [~GOV]\nPRESIDENT_  [ ~GOVPRS] ;ns\nBAD\n"
	ags, err := ReadAgents(strings.NewReader(src), "g.txt", false)
	if err == nil || !strings.Contains(err.Error(), "g.txt:4") {
		t.Errorf("want g.txt:4 error, got %v", err)
	}
	if len(ags) != 2 || len(ags[0].Names) < 2 {
		t.Fatalf("agents = %+v", ags)
	}
	if c, after := ags[1].Suffix(); c != "GOVPRS" || !after {
		t.Errorf("suffix %q %v", c, after)
	}
}

func TestDyadRoundTrip(t *testing.T) {
	for _, kind := range []Kind{KindVerbs, KindActors, KindAgents, KindDiscards, KindIssues} {
		t.Run(string(kind), func(t *testing.T) {
			f, data, err := Builtin(kind)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := WriteDyad(&buf, f); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), data) {
				t.Errorf("%s: writing the parsed built-in dictionary does not give it back", kind)
			}
		})
	}
}

func TestDyadErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"no header", "X\tCHN\n", "x:1: not a dyad dictionary"},
		{"bad range", "# dyad actors v1\nCHINA\tCHN@2020-13-01..\n", "x:2: bad date range"},
		{"pattern outside block", "# dyad verbs v1\npattern\t036\t* WITH\n", "x:2: pattern needs a block"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadDyad(strings.NewReader(tc.src), "x")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}

// TestSharedDictionaries loads every dictionary in the shared folder.
func TestSharedDictionaries(t *testing.T) {
	dir := shareddata.Path(t, "eventcoding")
	var files []string
	for _, g := range []string{"petrarch2/dictionaries/*", "tabari/*.verbs", "tabari/*.actors", "tabari/*.agents", "tabari/*.options", "universalpetrarch/validate/PETR_Validate_[avd]*.txt"} {
		m, _ := filepath.Glob(filepath.Join(dir, g))
		files = append(files, m...)
	}
	for _, p := range files {
		t.Run(filepath.Base(p), func(t *testing.T) {
			f, err := Load(p, "")
			var es Errors
			if err != nil && !errors.As(err, &es) {
				t.Fatal(err)
			}
			for _, e := range es {
				if !strings.HasPrefix(e.Error(), p+":") {
					t.Errorf("error without file:line: %v", e)
				}
			}
			if f == nil || f.Counts() == "" {
				t.Errorf("nothing loaded")
			}
		})
	}
}

func FuzzPetrarchVerbs(f *testing.F) {
	f.Add("SHOULD  [101]\n- SUGGESTED + * REQUIRE_{ GENEVA | INTERNATIONAL }_CONVENTIONS  [151]\n- RECENT~_* [025]\nBAN= [191]\n- $ IN ^ *  [163]\n")
	f.Add("---  MEET   [040]  ---\nMEET {MET}\n- * (WITH {A | B}) + [036:036]\n&S\n+X_Y\n")
	f.Add("- * &")
	f.Fuzz(func(t *testing.T, s string) {
		ReadPetrarchVerbs(strings.NewReader(s), "f")
		ReadTabariVerbs(strings.NewReader(s), "f")
	})
}

func FuzzActors(f *testing.F) {
	f.Add("XI\n+X_J\n\t[CHNGOV >20121115]\nA [B 990101-000101] [C]\n<NOUN>\nX\n</NOUN>\n")
	f.Fuzz(func(t *testing.T, s string) {
		ReadPhoenixActors(strings.NewReader(s), "f")
		ReadTabariActors(strings.NewReader(s), "f")
	})
}

func FuzzAgentsDiscardsIssues(f *testing.F) {
	f.Add("!P! = MAN, MEN\nX!P! [~GOV]\n<ISSUE>\nn:school [SCHOOLS]\n")
	f.Fuzz(func(t *testing.T, s string) {
		ReadAgents(strings.NewReader(s), "f", false)
		ReadAgents(strings.NewReader(s), "f", true)
		ReadDiscards(strings.NewReader(s), "f")
		ReadIssues(strings.NewReader(s), "f")
		ReadTabariOptions(strings.NewReader(s), "f")
	})
}

func FuzzDyad(f *testing.F) {
	f.Add("# dyad verbs v1\nset\tX\tA | B\nblock\tM\t040\nverb\tMEET | MET\t\npattern\t036\t$ * {A | B} +\n")
	f.Add("# dyad actors v1\nCHINA\tCHN CHNGOV@2012-11-15..\t@x:1\n")
	f.Fuzz(func(t *testing.T, s string) {
		ReadDyad(strings.NewReader(s), "f")
		Parse("f", []byte(s), "")
	})
}

func TestMain(m *testing.M) { os.Exit(m.Run()) }
