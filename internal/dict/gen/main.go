// Command gen writes dyad's built-in dictionaries (internal/dict/data) in
// the dyad format from the MIT-licensed PETRARCH2/Phoenix dictionaries and
// dyad's own additions. Run from the module root:
//
//	go run ./internal/dict/gen [-src DIR] [-out internal/dict/data]
//
// Every generated entry names the source entry it came from (@file:line).
package main

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"dyad/internal/dict"
)

func main() {
	src := flag.String("src", "../shared/data/eventcoding/petrarch2/dictionaries", "PETRARCH2 dictionaries folder")
	out := flag.String("out", "internal/dict/data", "output folder")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		log.Fatal(err)
	}
}

func load(src, name string, kind dict.Kind) *dict.File {
	f, err := dict.Load(filepath.Join(src, name), kind)
	var es dict.Errors
	if err != nil && (f == nil || !errors.As(err, &es)) {
		log.Fatal(err)
	}
	if len(es) > 0 {
		log.Printf("%s: skipped %d bad entries", name, len(es))
	}
	return f
}

func origin(p dict.Pos) string { return fmt.Sprintf("%s:%d", filepath.Base(p.File), p.Line) }

func run(src, out string) error {
	verbs := load(src, "CAMEO.2.0.txt", dict.KindVerbs)
	for _, b := range verbs.Verbs.Blocks {
		b.Origin = origin(b.Pos)
		for i := range b.Verbs {
			b.Verbs[i].Origin = origin(b.Verbs[i].Pos)
		}
		for i := range b.Patterns {
			b.Patterns[i].Origin = origin(b.Patterns[i].Pos)
		}
	}
	if err := addVerbs(verbs); err != nil {
		return err
	}
	if err := mergeVerbs(verbs, "verbs.dyad", dyadVerbs); err != nil {
		return err
	}
	actors := &dict.File{Kind: dict.KindActors}
	for _, n := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		f := load(src, n, dict.KindActors)
		for _, a := range f.Actors {
			a.Origin = origin(a.Pos)
			actors.Actors = append(actors.Actors, a)
		}
	}
	actors.Actors = mergeActors(actors.Actors, officeholders())
	log.Printf("actors: %d names without a leading THE added", dropThe(actors.Actors))
	log.Printf("actors: %d plural nationality names added", pluralNationals(actors.Actors))
	log.Printf("actors: %d demonyms Phoenix lacks added", addDemonyms(actors.Actors))
	log.Printf("actors: %d names without their parentheses added", splitParens(actors.Actors))
	log.Printf("actors: %d names with PEOPLE'S for Phoenix's PEOPLES added", peoplesPossessive(actors.Actors))
	log.Printf("actors: %d names without a middle initial added", dropInitial(actors.Actors))
	log.Printf("actors: %d firm names with & for AND added", firmAmpersand(actors.Actors))
	log.Printf("actors: %d news outlets given their country", mediaCountry(actors.Actors))
	agents := load(src, "Phoenix.agents.txt", dict.KindAgents)
	for i := range agents.Agents {
		agents.Agents[i].Origin = origin(agents.Agents[i].Pos)
	}
	agents.Agents = append(agents.Agents, extraAgents()...)
	var dropped int
	agents.Agents, dropped = dropNonAgents(agents.Agents)
	log.Printf("agents: %d names that name no sector removed", dropped)
	log.Printf("agents: %d agents given another sector", recodeAgents(agents.Agents))
	expandMinist(agents.Agents)
	discards := load(src, "Phoenix.discards.txt", dict.KindDiscards)
	for i := range discards.Discards {
		discards.Discards[i].Origin = origin(discards.Discards[i].Pos)
	}
	discards.Discards, dropped = dropNonDiscards(discards.Discards)
	log.Printf("discards: %d disease names removed", dropped)
	issues := load(src, "Phoenix.IssueCoding.txt", dict.KindIssues)
	for i := range issues.Issues {
		issues.Issues[i].Origin = origin(issues.Issues[i].Pos)
	}
	logSources(verbs, actors, agents)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, f := range []*dict.File{verbs, actors, agents, discards, issues} {
		var buf bytes.Buffer
		if err := dict.WriteDyad(&buf, f); err != nil {
			return err
		}
		// Check that the output reads back.
		if _, err := dict.ReadDyad(bytes.NewReader(buf.Bytes()), string(f.Kind)); err != nil {
			return fmt.Errorf("generated %s does not read back: %w", f.Kind, err)
		}
		var gz bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		zw.Write(buf.Bytes())
		zw.Close()
		p := filepath.Join(out, string(f.Kind)+".dyad.gz")
		if err := os.WriteFile(p, gz.Bytes(), 0o644); err != nil {
			return err
		}
		log.Printf("%s: %s (%d bytes, %d gzipped)", p, f.Counts(), buf.Len(), gz.Len())
	}
	return nil
}

// additions are dyad's own verb patterns, added to the PETRARCH2 blocks
// named (facts about how treaties, visits and accusations are reported in
// current news; written for dyad).
var additions = []struct{ block, code, pattern string }{
	{"EXTEND", "057", "* &TREATY"},
	{"EXTEND", "057", "* AGREEMENT"},
	{"EXTEND", "057", "* PACT"},
	{"EXTEND", "051", "* MUTUAL SUPPORT"},
	{"EXTEND", "051", "* FIRM MUTUAL SUPPORT"},
	{"MEET_PEOPLE", "---", "* CHALLENGES"},
	{"MEET_PEOPLE", "040:040", "HAD *"},
	{"MEET_PEOPLE", "040:040", "HAS *"},
	{"MEET_PEOPLE", "040:040", "HAVE *"},
	{"MEET_PEOPLE", "040:040", "HELD *"},
	{"MEET_PEOPLE", "040:040", "HOLD *"},
	{"MEET_PEOPLE", "040:040", "HOLDS *"},
	{"MEET_PEOPLE", "---", "* CHALLENGE"},
	{"EXPLAIN_VERBAL", "057", "* RENEWAL"},
	{"EXPLAIN_VERBAL", "057", "* EXTENSION"},
	{"INTERVENE", "---", "verb:INTERFERE"},
	{"CALL", "---", "* RELATIONSHIP"},
	{"CALL", "---", "* RELATIONS"},
	{"OVERSEE_MANAGE", "042", "* DELEGATION TO +"},
}

//go:embed verbs.dyad
var dyadVerbs string

// mergeVerbs adds the blocks of a dyad-format verb file: a block named
// like an existing one adds its verbs and patterns to it (patterns first,
// so they win ties; a verb it already holds takes the line's code),
// another block is appended. A set named like an existing one adds its
// members to it (Reuters' "DLRS" and "STG" to CAMEO.2.0.txt's CURRENCY).
func mergeVerbs(f *dict.File, name, text string) error {
	g, err := dict.ReadDyad(strings.NewReader(text), name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for set, phrases := range g.Verbs.Sets {
		f.Verbs.Sets[set] = append(f.Verbs.Sets[set], phrases...)
	}
	blocks := map[string]*dict.VerbBlock{}
	for _, b := range f.Verbs.Blocks {
		if _, ok := blocks[b.Name]; !ok {
			blocks[b.Name] = b
		}
	}
	for _, nb := range g.Verbs.Blocks {
		nb.Origin = origin(nb.Pos)
		for i := range nb.Verbs {
			nb.Verbs[i].Origin = origin(nb.Verbs[i].Pos)
		}
		for i := range nb.Patterns {
			nb.Patterns[i].Origin = origin(nb.Patterns[i].Pos)
		}
		b, ok := blocks[nb.Name]
		if !ok {
			takeOver(f, nb)
			f.Verbs.Blocks = append(f.Verbs.Blocks, nb)
			blocks[nb.Name] = nb
			continue
		}
		for _, v := range nb.Verbs {
			if ks := verbIndex(b, v.Forms[0].String()); len(ks) > 0 {
				// a verb the block holds (maybe twice): the line sets its code
				for _, k := range ks {
					b.Verbs[k].Code = v.Code
					b.Verbs[k].Origin += " code set by " + v.Origin
				}
				continue
			}
			b.Verbs = append(b.Verbs, v)
		}
		b.Patterns = append(nb.Patterns, b.Patterns...)
	}
	return nil
}

// takeOver removes from the blocks of f the verbs that the new block nb
// lists (by first form): a verb dyad files in a block of its own leaves
// the block CAMEO.2.0.txt filed it in, whose patterns would otherwise
// still read it (the coder tries a verb's first block: MATCH left in
// PHYSICAL_CONFLICT kept its "* WITH" 190).
func takeOver(f *dict.File, nb *dict.VerbBlock) {
	for _, v := range nb.Verbs {
		form := v.Forms[0].String()
		for _, b := range f.Verbs.Blocks {
			ks := verbIndex(b, form)
			for j := len(ks) - 1; j >= 0; j-- {
				log.Printf("verbs.dyad: %s moved from block %s to %s", form, b.Name, nb.Name)
				b.Verbs = append(b.Verbs[:ks[j]], b.Verbs[ks[j]+1:]...)
			}
		}
	}
}

// verbIndex returns the indexes of the block's verbs whose first form is
// form.
func verbIndex(b *dict.VerbBlock, form string) []int {
	var out []int
	for k := range b.Verbs {
		if b.Verbs[k].Forms[0].String() == form {
			out = append(out, k)
		}
	}
	return out
}

func addVerbs(f *dict.File) error {
	if _, ok := f.Verbs.Sets["TREATY"]; !ok {
		f.Verbs.Sets["TREATY"] = []dict.Phrase{dict.ParsePhrase("TREATY", false), dict.ParsePhrase("TREATIES", false)}
	}
	// Verbs of misconduct: a speaker who says another actor does these
	// accuses it (112); see docs/dictionaries.md.
	for _, w := range strings.Fields("INTERFERE INTERFERES INTERFERED INTERFERING MEDDLE MEDDLES MEDDLED MEDDLING VIOLATE VIOLATES VIOLATED VIOLATING SMEAR SMEARS SMEARED SMEARING SLANDER SLANDERS SLANDERED POLITICIZE POLITICIZES POLITICIZED POLITICIZING POLITICISE POLITICISES POLITICISED LIE LIES LIED HYPE HYPES HYPED UNDERMINE UNDERMINES UNDERMINED UNDERMINING BULLY BULLIES BULLIED BULLYING") {
		f.Verbs.Sets["DYAD_MISCONDUCT"] = append(f.Verbs.Sets["DYAD_MISCONDUCT"], dict.ParsePhrase(w, false))
	}
	blocks := map[string]*dict.VerbBlock{}
	for _, b := range f.Verbs.Blocks {
		if _, ok := blocks[b.Name]; !ok {
			blocks[b.Name] = b
		}
	}
	for i, a := range additions {
		b := blocks[a.block]
		if b == nil {
			return fmt.Errorf("addition %d: no verb block %s", i, a.block)
		}
		if form, ok := strings.CutPrefix(a.pattern, "verb:"); ok {
			found := false
			for k := range b.Verbs {
				if b.Verbs[k].Forms[0].String() == form {
					c, err := dict.ParseCode(a.code)
					if err != nil {
						return err
					}
					b.Verbs[k].Code = c
					b.Verbs[k].Origin += fmt.Sprintf(" code set by dyad-additions:%d", i+1)
					found = true
				}
			}
			if !found {
				return fmt.Errorf("addition %d: no verb %s in %s", i, form, a.block)
			}
			continue
		}
		var df bytes.Buffer
		fmt.Fprintf(&df, "# dyad verbs v1\nblock\tX\t---\npattern\t%s\t%s\n", a.code, a.pattern)
		g, err := dict.ReadDyad(&df, "additions")
		if err != nil {
			return fmt.Errorf("addition %d: %w", i, err)
		}
		p := g.Verbs.Blocks[0].Patterns[0]
		p.Origin = fmt.Sprintf("dyad-additions:%d", i+1)
		// Added patterns go first so they win ties with older ones.
		b.Patterns = append([]dict.Pattern{p}, b.Patterns...)
	}
	return nil
}

// extraAgents are role words missing from Phoenix.agents.txt.
func extraAgents() []dict.Agent {
	var out []dict.Agent
	for i, a := range []struct{ names, code string }{
		{"FOREIGN MINISTRY SPOKESPERSON|FOREIGN MINISTRY SPOKESMAN|FOREIGN MINISTRY SPOKESWOMAN", "~GOV"},
		{"COUNTERPART|COUNTERPARTS", "~GOV"},
		{"PRESIDENT|PRESIDENTS", "~GOV"},
		{"PREMIER", "~GOV"},
		// the hyphenated spellings of British usage, one token each
		// ("Vice-President", "vice-premier"), which "VICE PRESIDENT" as
		// PRESIDENT does not match (cover18)
		{"VICE-PRESIDENT|VICE-PRESIDENTS|VICE-PREMIER|VICE-PREMIERS|VICE-MINISTER|VICE-MINISTERS", "~GOV"},
		{"STATE COUNCILOR", "~GOV"},
		{"OPPOSITION|OPPOSITION CANDIDATE|OPPOSITION CANDIDATES|OPPOSITION PARTY|OPPOSITION PARTIES", "~OPP"},
		{"OFFICIAL|OFFICIALS|GOVERNMENT OFFICIAL|GOVERNMENT OFFICIALS|SENIOR OFFICIAL|SENIOR OFFICIALS", "~GOV"},
		{"DEFENSE MINISTER|DEFENCE MINISTER|DEFENSE MINISTRY|DEFENCE MINISTRY", "~GOVMIL"},
		// British cabinet and shadow-cabinet titles (gov.uk, UK Parliament)
		{"HOME SECRETARY|FOREIGN SECRETARY|CULTURE SECRETARY|HEALTH SECRETARY|EDUCATION SECRETARY|TRANSPORT SECRETARY|ENVIRONMENT SECRETARY|TRADE SECRETARY|WORK AND PENSIONS SECRETARY|NORTHERN IRELAND SECRETARY|SCOTTISH SECRETARY|WELSH SECRETARY|INTERNATIONAL DEVELOPMENT SECRETARY|DEFENCE SECRETARY|CABINET SECRETARY|CHIEF SECRETARY TO THE TREASURY|LORD CHANCELLOR|ATTORNEY GENERAL|DEPUTY PRIME MINISTER|DEPUTY PM", "~GOV"},
		{"SHADOW CHANCELLOR|SHADOW HOME SECRETARY|SHADOW FOREIGN SECRETARY|SHADOW SECRETARY|SHADOW SECRETARY OF STATE|SHADOW MINISTER|SHADOW MINISTERS|SHADOW CABINET|SHADOW SPOKESMAN|OPPOSITION LEADER|LEADER OF THE OPPOSITION", "~OPP"},
		{"UNION LEADER|UNION LEADERS|TRADE UNION|TRADE UNIONS|TRADES UNION CONGRESS", "~LAB"},
		// Phoenix has INTELLIGENCE SERVICE; British usage says "security services"
		{"SECURITY SERVICE|SECURITY SERVICES", "~SPY"},
		// people held by a state, civilians as CAMEO's agents have it
		// (Phoenix has only PRISONER OF WAR, ~MIL, and DETAINEE, ~OPP)
		{"PRISONER|PRISONERS|INMATE|INMATES|HOSTAGE|HOSTAGES", "~CVL"},
		// parties many countries have, so that "Democrats" inside them is
		// not the US party (internal/actors/parties.tsv)
		{"SOCIAL DEMOCRAT|SOCIAL DEMOCRATS|SOCIAL DEMOCRATIC PARTY|CHRISTIAN DEMOCRAT|CHRISTIAN DEMOCRATS|CHRISTIAN DEMOCRATIC PARTY|NEW DEMOCRATS", "~PTY"},
		// Iraq's and Syria's guard, not the US Republican Party
		{"REPUBLICAN GUARD|REPUBLICAN GUARDS", "~MIL"},
		// private people of business Phoenix lacks (it has INVESTOR,
		// TRADER, TYCOON, BUSINESSMAN): "a US banker", "Kenyan financiers"
		// are their country's business sector, not the country, so that
		// the relevance gate's business-only rule sees them (firms20)
		{"BANKER|BANKERS|FINANCIER|FINANCIERS|INDUSTRIALIST|INDUSTRIALISTS|SHAREHOLDER|SHAREHOLDERS|STOCKBROKER|STOCKBROKERS|FUND MANAGER|FUND MANAGERS|COMPANY EXECUTIVE|COMPANY EXECUTIVES|BANK EXECUTIVE|BANK EXECUTIVES", "~BUS"},
		// British and Commonwealth courts by their level, lower case in
		// news ("an appeal court's decision", "all crown courts"), which
		// Phoenix lacks (it has APPEALS COURT, COURT OF APPEALS, HIGH
		// COURT): a court with a word before it was no actor at all
		// (rejudge16)
		{"APPEAL COURT|APPEAL COURTS|COURT OF APPEAL|COURTS OF APPEAL|CROWN COURT|CROWN COURTS|COUNTY COURT|COUNTY COURTS|MAGISTRATES COURT|MAGISTRATES COURTS|MAGISTRATES' COURT|MAGISTRATES' COURTS|TRIAL COURT|TRIAL COURTS|LOWER COURT|LOWER COURTS", "~JUD"},
		// humanitarian workers and agencies, non-governmental as Phoenix's
		// AID GROUP (~NGODEV) and NGO are (chcov22)
		{"AID WORKER|AID WORKERS|HUMANITARIAN WORKER|HUMANITARIAN WORKERS|HUMANITARIAN AID WORKER|HUMANITARIAN AID WORKERS|RELIEF WORKER|RELIEF WORKERS|AID AGENCY|AID AGENCIES|RELIEF AGENCY|RELIEF AGENCIES|HUMANITARIAN AGENCY|HUMANITARIAN AGENCIES|AID ORGANISATION|AID ORGANISATIONS|AID ORGANIZATION|AID ORGANIZATIONS|HUMANITARIAN ORGANISATION|HUMANITARIAN ORGANISATIONS|HUMANITARIAN ORGANIZATION|HUMANITARIAN ORGANIZATIONS", "~NGO"},
	} {
		ag := dict.Agent{Code: a.code, Origin: fmt.Sprintf("dyad-agents:%d", i+1)}
		for _, n := range strings.Split(a.names, "|") {
			ag.Names = append(ag.Names, dict.ParsePhrase(n, false))
		}
		out = append(out, ag)
	}
	return out
}

// expandMinist spells out Phoenix's truncated "MINIST" (meant as the
// !MINIST! macro: minister, ministers, ministry, ministries), which an
// exact-match coder would never see in text.
func expandMinist(ags []dict.Agent) {
	for i := range ags {
		var names []dict.Phrase
		for _, n := range ags[i].Names {
			k := -1
			for j, w := range n {
				if w.Text == "MINIST" || w.Text == "MINISTS" {
					k = j
				}
			}
			if k < 0 {
				names = append(names, n)
				continue
			}
			for _, full := range []string{"MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"} {
				p := append(dict.Phrase{}, n...)
				p[k] = dict.Word{Text: full}
				names = append(names, p)
			}
		}
		ags[i].Names = dedupe(names)
	}
}

func dedupe(ps []dict.Phrase) []dict.Phrase {
	seen := map[string]bool{}
	var out []dict.Phrase
	for _, p := range ps {
		if !seen[p.String()] {
			seen[p.String()] = true
			out = append(out, p)
		}
	}
	return out
}

// dropThe gives a name that Phoenix writes only with a leading "the" its
// form without it, as news also writes it ("THE EU" → "EU", "THE ISLAMIC
// STATE" → "ISLAMIC STATE": "EU ministers", "Islamic State fighters"),
// when no entry holds that form already and it is a name rather than
// common words: an acronym of two to five letters, or two or more words.
// It returns how many names it added.
func dropThe(acts []dict.Actor) int {
	return addNameForms(acts, nil, false, func(n dict.Phrase) (dict.Phrase, bool) {
		if len(n) < 2 || n[0].Text != "THE" || n[0].Stem || n[0].Gap || !theName(n[1:]) {
			return nil, false
		}
		return append(dict.Phrase(nil), n[1:]...), true
	})
}

// theName reports whether the words after a leading "the" can stand as a
// name alone: two words or more (the coder does not read them as a name
// in lower case: "the holy men"), or an acronym of two or three letters
// ("EU", "DRC"); not one word ("HAGUE": William Hague, "FOUNDATION",
// "COMMONS").
func theName(p dict.Phrase) bool {
	if len(p) >= 2 {
		return true
	}
	w := p[0].Text
	if len(w) < 2 || len(w) > 3 || p[0].Stem {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// pluralNationals gives a country's one-word names ending in -an or -i
// (the demonyms: "KENYAN", "IRAQI") their plural, as news names a
// country's people ("300 Kenyans", "Iraqis"), with the country's code, as
// Phoenix itself codes "ISRAELIS" and "PALESTINIANS", when no entry
// holds the plural already. A city's name of that shape gets a plural
// too ("TEHRANS"), a form news does not write. It returns how many names
// it added.
func pluralNationals(acts []dict.Actor) int {
	return addNameForms(acts, countryOnly, false, func(n dict.Phrase) (dict.Phrase, bool) {
		if len(n) != 1 || n[0].Stem || n[0].Gap {
			return nil, false
		}
		w := n[0].Text
		if len(w) < 4 || !(strings.HasSuffix(w, "AN") || strings.HasSuffix(w, "I")) || strings.ContainsFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) {
			return nil, false
		}
		return dict.Phrase{{Text: w + "S"}}, true
	})
}

// countryOnly reports whether an entry's codes are all a country's code
// alone (three letters), the entries of countries, their capitals and
// demonyms.
func countryOnly(a *dict.Actor) bool {
	if len(a.Codes) == 0 {
		return false
	}
	for _, c := range a.Codes {
		if len(c.Code) != 3 {
			return false
		}
	}
	return true
}

// splitParens gives a name that Phoenix writes with a parenthesised
// acronym or qualifier ("LIBERATION TIGERS OF TAMIL EELAM (LTTE)",
// "NATIONAL LIBERATION ARMY (COLOMBIA)") — a form the coder never meets,
// as the text's parentheses are punctuation — the forms news writes, when
// the parenthesised word spells the initials of the name's words
// (hyphenated parts count; "OF", "THE", "AND", "FOR" may be skipped): the
// name without it, when two words or more, and the acronym alone, when
// three letters or more and not an English word (englishAcronyms). A
// qualifier ("(COLOMBIA)") adds nothing: the name alone is ambiguous. A form
// that another entry already holds, or that two entries with different
// codes would both get ("NATIONAL LIBERATION ARMY" of Colombia and of
// Bolivia), is not added. It returns how many names it added.
func splitParens(acts []dict.Actor) int {
	have := nameSet(acts)
	type prop struct {
		i    int
		name dict.Phrase
	}
	var props []prop
	codes := map[string]map[string]bool{} // proposed name → codes of the entries proposing it
	for i := range acts {
		a := &acts[i]
		for _, n := range a.Names {
			base, inner, ok := parenName(n)
			if !ok {
				continue
			}
			if !initials(inner, base) {
				continue // a qualifier ("(COLOMBIA)"): the name alone is ambiguous
			}
			var cands []dict.Phrase
			if len(base) >= 2 {
				cands = append(cands, base)
			}
			if len(inner) >= 3 && !englishAcronyms[inner] {
				cands = append(cands, dict.Phrase{{Text: inner}})
			}
			for _, p := range cands {
				k := p.String()
				if have[k] {
					continue
				}
				if codes[k] == nil {
					codes[k] = map[string]bool{}
				}
				codes[k][codeKey(a)] = true
				props = append(props, prop{i, p})
			}
		}
	}
	added := 0
	for _, p := range props {
		k := p.name.String()
		if have[k] || len(codes[k]) != 1 {
			continue
		}
		acts[p.i].Names = append(acts[p.i].Names, p.name)
		have[k] = true
		added++
	}
	return added
}

// parenName splits a name whose last word is a parenthesised word
// ("… EELAM (LTTE)") into the words before it and the word inside.
func parenName(n dict.Phrase) (dict.Phrase, string, bool) {
	if len(n) < 2 {
		return nil, "", false
	}
	last := n[len(n)-1]
	if last.Stem || last.Gap || !strings.HasPrefix(last.Text, "(") || !strings.HasSuffix(last.Text, ")") {
		return nil, "", false
	}
	base := append(dict.Phrase(nil), n[:len(n)-1]...)
	for _, w := range base {
		if strings.ContainsAny(w.Text, "()") || w.Stem || w.Gap {
			return nil, "", false
		}
	}
	return base, strings.Trim(last.Text, "()"), true
}

// englishAcronyms are acronyms of Phoenix's parenthesised names that are
// also English words or first names, which news writes capitalised at the
// start of a sentence ("Let", "Elf", "Alf"), or that news mostly uses for
// something else (MCC: the Marylebone Cricket Club; CBA: a collective
// bargaining agreement).
var englishAcronyms = map[string]bool{"LET": true, "CAR": true, "HUM": true, "ERG": true, "GAM": true, "DAWN": true, "ANA": true, "ISA": true, "ELF": true, "ALF": true, "MCC": true, "CBA": true, "EMETIC": true}

// initials reports whether a is the initials of the words of name.
func initials(a string, name dict.Phrase) bool {
	if len(a) < 2 || strings.ContainsFunc(a, func(r rune) bool { return r < 'A' || r > 'Z' }) {
		return false
	}
	var parts []string
	for _, w := range name {
		parts = append(parts, strings.FieldsFunc(w.Text, func(r rune) bool { return r == '-' })...)
	}
	// match letters to word initials left to right; small words may be skipped
	k := 0
	for _, p := range parts {
		if k < len(a) && p[0] == a[k] {
			k++
			continue
		}
		switch p {
		case "OF", "THE", "AND", "FOR", "E", "I", "AL":
			continue
		}
		return false
	}
	return k == len(a)
}

func codeKey(a *dict.Actor) string {
	var s []string
	for _, c := range a.Codes {
		s = append(s, c.Code+"@"+c.From+".."+c.To)
	}
	return strings.Join(s, " ")
}

// srcOf names the source of a generated entry from its origin
// ("Phoenix.Countries.actors.txt:9828" → Phoenix.Countries.actors.txt,
// "dyad/internal/actors/parties.tsv (…)" → internal/actors/parties.tsv).
func srcOf(origin string) string {
	if rest, ok := strings.CutPrefix(origin, "dyad/internal/actors/"); ok {
		if f := strings.Fields(rest); len(f) > 0 {
			return "internal/actors/" + f[0]
		}
	}
	if i := strings.IndexByte(origin, ':'); i > 0 {
		return origin[:i]
	}
	return origin
}

// logSources logs what each source gives the built-in dictionaries:
// entries (and names) by the source that made them, and for the files of
// dyad/internal/actors also the entries of other sources they add codes
// or names to. docs/reference-data.md's table is written from it.
func logSources(verbs, actors, agents *dict.File) {
	type count struct{ blocks, verbs, patterns, codesSet, entries, names, extended int }
	by := map[string]*count{}
	get := func(k string) *count {
		if by[k] == nil {
			by[k] = &count{}
		}
		return by[k]
	}
	for _, b := range verbs.Verbs.Blocks {
		get(srcOf(b.Origin)).blocks++
		for _, v := range b.Verbs {
			get(srcOf(v.Origin)).verbs++
			if _, set, ok := strings.Cut(v.Origin, " code set by "); ok {
				get(srcOf(set)).codesSet++
			}
		}
		for _, p := range b.Patterns {
			get(srcOf(p.Origin)).patterns++
		}
	}
	for _, a := range actors.Actors {
		c := get(srcOf(a.Origin))
		c.entries++
		c.names += len(a.Names)
		seen := map[string]bool{}
		for _, part := range strings.Split(a.Origin, "; codes added from ")[1:] {
			if s := srcOf(part); !seen[s] {
				seen[s] = true
				get(s).extended++
			}
		}
	}
	for _, a := range agents.Agents {
		c := get(srcOf(a.Origin))
		c.entries++
		c.names += len(a.Names)
	}
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c := by[k]
		var parts []string
		for _, f := range []struct {
			n    int
			what string
		}{{c.blocks, "verb blocks"}, {c.verbs, "verbs"}, {c.patterns, "patterns"}, {c.codesSet, "verb codes set"},
			{c.entries, "entries"}, {c.names, "names in them"}, {c.extended, "entries of other sources given codes or names"}} {
			if f.n > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", f.n, f.what))
			}
		}
		log.Printf("source %s: %s", k, strings.Join(parts, ", "))
	}
}

// peoplesPossessive gives a name in which Phoenix writes "PEOPLES" for
// "PEOPLE'S" before another word ("DEMOCRATIC PEOPLES REPUBLIC OF KOREA",
// "TIGRAY PEOPLES LIBERATION FRONT") the form with the apostrophe, as news
// writes it, when no entry holds that form; not before "OF" or "AND" or at
// the end, where the word is a plural ("THE PEOPLES OF ASIA"). It returns
// how many names it added.
func peoplesPossessive(acts []dict.Actor) int {
	return addNameForms(acts, nil, false, func(n dict.Phrase) (dict.Phrase, bool) {
		k := -1
		for j, w := range n {
			if w.Text == "PEOPLES" && !w.Stem && !w.Gap && j+1 < len(n) && n[j+1].Text != "OF" && n[j+1].Text != "AND" {
				k = j
			}
		}
		if k < 0 {
			return nil, false
		}
		p := append(dict.Phrase(nil), n...)
		p[k] = dict.Word{Text: "PEOPLE'S"}
		return p, true
	})
}

// firmAmpersand gives a firm Phoenix names with "AND" between two words
// ("PROCTER AND GAMBLE", "MARSH AND MCLENNAN", "JOHNSON AND JOHNSON";
// its codes all MNC…) the form with "&" that business news writes
// ("Procter & Gamble", "Marsh & McLennan"), when no entry holds it. It
// returns how many names it added.
func firmAmpersand(acts []dict.Actor) int {
	return addNameForms(acts, firmCodes, false, func(n dict.Phrase) (dict.Phrase, bool) {
		k := -1
		for i := 1; i+1 < len(n); i++ {
			if n[i].Text == "AND" && !n[i].Stem && !n[i].Gap {
				k = i
				break
			}
		}
		if k < 0 {
			return nil, false
		}
		p := append(dict.Phrase(nil), n...)
		p[k] = dict.Word{Text: "&"}
		return p, true
	})
}

// firmCodes reports whether all of an entry's codes are a firm's (MNC…).
func firmCodes(a *dict.Actor) bool {
	for _, c := range a.Codes {
		if !strings.HasPrefix(c.Code, "MNC") {
			return false
		}
	}
	return len(a.Codes) > 0
}

// dropInitial gives a person whom Phoenix names only with a middle
// initial ("MIKHAIL S. GORBACHEV", "ROBERT M. HILL") the name without it,
// as news mostly writes it ("Mikhail Gorbachev"), when no entry holds
// that name. It returns how many names it added.
func dropInitial(acts []dict.Actor) int {
	return addNameForms(acts, personCodes, true, func(n dict.Phrase) (dict.Phrase, bool) {
		if len(n) != 3 || !initialWord(n[1].Text) || len(n[0].Text) < 2 || len(n[2].Text) < 2 || initialWord(n[0].Text) {
			return nil, false
		}
		return dict.Phrase{n[0], n[2]}, true
	})
}

// addNameForms adds to each entry that keep accepts (nil: every entry) the
// other form that form gives of each of its names, when no entry holds
// that form already (nor has been given it by an earlier name); with
// onePerEntry, only the first such form of an entry. The names added are
// not themselves read again. It returns how many names it added: the
// shared loop of the generator's name-variant passes (dropThe,
// pluralNationals, peoplesPossessive, dropInitial).
func addNameForms(acts []dict.Actor, keep func(*dict.Actor) bool, onePerEntry bool, form func(dict.Phrase) (dict.Phrase, bool)) int {
	have := nameSet(acts)
	added := 0
	for i := range acts {
		a := &acts[i]
		if keep != nil && !keep(a) {
			continue
		}
		for _, n := range a.Names {
			p, ok := form(n)
			if !ok || have[p.String()] {
				continue
			}
			a.Names = append(a.Names, p)
			have[p.String()] = true
			added++
			if onePerEntry {
				break
			}
		}
	}
	return added
}

// nameSet is the set of every name the entries hold, as written in a
// dictionary: the name passes add a form only when no entry holds it.
func nameSet(acts []dict.Actor) map[string]bool {
	have := map[string]bool{}
	for _, a := range acts {
		for _, n := range a.Names {
			have[n.String()] = true
		}
	}
	return have
}

// initialWord reports whether w is one letter, with or without its dot.
func initialWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// personCodes reports whether an entry's codes are those of a person
// Phoenix dates by office (at least one dated code).
func personCodes(a *dict.Actor) bool {
	for _, c := range a.Codes {
		if c.From != "" || c.To != "" {
			return true
		}
	}
	return false
}
