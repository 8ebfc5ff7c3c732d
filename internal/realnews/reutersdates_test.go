package realnews

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"dyad/internal/news"
)

// The Reuters date check: a sample of Reuters events whose sentence names
// a date (drawn with reutersDatesSeed from the events of random Reuters
// documents, one event a document), each judged by hand: is the date the
// sentence gives the date of the act coded, and which date is it
// (testdata/reuters-dates.tsv: doc id, the sentence's offset, the event's
// source|target|code, the judged date or "-" when the sentence's date is
// not the act's, a note). No article text is stored. The test codes the
// documents again and counts the judged events that carry the judged date.
// A line "#draw NAME" starts a draw of its own (the rows before the first
// one are the draw "12+13"); the metrics count every draw and each apart.
const (
	reutersDatesSeed  = 12
	reutersDatesFloor = 0.85
)

// dateExprRe finds a date expression the way a reader would notice one.
var dateExprRe = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2}\b|\b\d{1,2}\s+(January|February|March|April|June|July|August|September|October|November|December)\b|\b(?i:in|since|during)\s+(January|February|March|April|May|June|July|August|September|October|November|December|1[89]\d\d)\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\b`)

func eventKey(ev news.Event) string {
	return ev.Source.Code + "|" + ev.Target.Code + "|" + ev.CAMEO
}

// sameJudgedEvent reports whether an event key is the judged one: the
// same, or a meeting or visit (04x) judged that is now coded as planned
// (036, "visits Uganda on April 29"): the same act, its date the same.
func sameJudgedEvent(key, judged string) bool {
	if key == judged {
		return true
	}
	k, j := strings.LastIndex(key, "|"), strings.LastIndex(judged, "|")
	return k >= 0 && j >= 0 && key[:k] == judged[:j] && key[k+1:] == "036" && strings.HasPrefix(judged[j+1:], "04")
}

type dateVerdict struct {
	doc   string
	start int
	key   string
	date  string // YYYY, YYYY-MM or YYYY-MM-DD; "-" when skipped
	kind  string // text, pub or skip
	draw  string // the "#draw" line the row follows
}

func readDateVerdicts(t *testing.T) []dateVerdict {
	f, err := os.Open(filepath.Join("testdata", "reuters-dates.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []dateVerdict
	draw := "12+13"
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if d, ok := strings.CutPrefix(l, "#draw "); ok {
			draw = strings.TrimSpace(d)
			continue
		}
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fs := strings.Split(l, "\t")
		if len(fs) < 5 {
			t.Fatalf("reuters-dates.tsv:%d: %d fields", n, len(fs))
		}
		start, err := strconv.Atoi(fs[1])
		if err != nil {
			t.Fatalf("reuters-dates.tsv:%d: %v", n, err)
		}
		out = append(out, dateVerdict{fs[0], start, fs[2], fs[3], fs[4], draw})
	}
	return out
}

// TestReutersDates scores the judged sample; with -realnews.datesample N
// it prints a fresh sample of N events to judge instead.
func TestReutersDates(t *testing.T) {
	if *dateSample > 0 {
		printDateSample(t, *dateSample)
		return
	}
	vs := readDateVerdicts(t)
	var ids []string
	for _, v := range vs {
		ids = append(ids, v.doc)
	}
	loadDocs(t, ids)
	n := map[string]int{}
	right := map[string]int{}
	gone := map[string]int{}
	var draws []string
	var rows []any
	for _, v := range vs {
		if len(draws) == 0 || draws[len(draws)-1] != v.draw {
			draws = append(draws, v.draw)
		}
		if v.kind == "skip" {
			continue
		}
		n[v.kind]++
		n[v.draw+" "+v.kind]++
		_, evs := docEvents(t, v.doc)
		var got *news.Event
		for i := range evs {
			if len(evs[i].Evidence) > 0 && evs[i].Evidence[0].Start == v.start && sameJudgedEvent(eventKey(evs[i]), v.key) {
				got = &evs[i]
				break
			}
		}
		switch {
		case got == nil:
			gone[v.kind]++
			gone[v.draw+" "+v.kind]++
		case strings.HasPrefix(got.Date, v.date):
			right[v.kind]++
			right[v.draw+" "+v.kind]++
		default:
			rows = append(rows, map[string]any{"doc": v.doc, "start": v.start, "event": v.key, "kind": v.kind, "want": v.date, "got": got.Date, "date_text": got.DateText})
		}
	}
	dump(t, "reuters-dates", rows)
	text := Ratio(right["text"], n["text"]-gone["text"])
	pub := Ratio(right["pub"], n["pub"]-gone["pub"])
	body := fmt.Sprintf(`# Reuters events whose sentence names a date (seeds %d, 13 and 22, one event a document, judged by hand; testdata/reuters-dates.tsv), the judged date's precision
sample %d (%d the sentence dates the act, %d its date is another thing's, %d no real act)
carry_the_sentence_date %.3f (%d of %d still coded; %d no longer coded)
other_dates_not_taken %.3f (%d of %d carry the publication date; %d no longer coded)
`, reutersDatesSeed, len(vs), n["text"], n["pub"], len(vs)-n["text"]-n["pub"], text, right["text"], n["text"]-gone["text"], gone["text"], pub, right["pub"], n["pub"]-gone["pub"], gone["pub"])
	for _, d := range draws {
		k, p := d+" text", d+" pub"
		body += fmt.Sprintf("draw %s: carry_the_sentence_date %.3f (%d of %d still coded; %d no longer coded); other_dates_not_taken %.3f (%d of %d; %d no longer coded)\n",
			d, Ratio(right[k], n[k]-gone[k]), right[k], n[k]-gone[k], gone[k], Ratio(right[p], n[p]-gone[p]), right[p], n[p]-gone[p], gone[p])
	}
	writeMetrics(t, "reuters-dates", body)
	t.Log("\n" + body)
	if text < reutersDatesFloor {
		t.Errorf("Reuters dates: %.3f carry the sentence's date (floor %.2f)", text, reutersDatesFloor)
	}
}

var (
	dateSample     = flag.Int("realnews.datesample", 0, "print N Reuters events whose sentence names a date, to judge, instead of scoring")
	dateSampleSeed = flag.Int64("realnews.dateseed", reutersDatesSeed, "seed of -realnews.datesample")
)

func printDateSample(t *testing.T, n int) {
	r := rand.New(rand.NewSource(*dateSampleSeed))
	perm := r.Perm(21578)
	for b := 0; b < len(perm) && n > 0; b += 400 {
		var ids []string
		for _, k := range perm[b:min(b+400, len(perm))] {
			ids = append(ids, "reuters-"+strconv.Itoa(k+1))
		}
		loadDocs(t, ids)
		for _, id := range ids {
			d, evs := docEvents(t, id)
			if d == nil || n == 0 {
				continue
			}
			for _, ev := range evs {
				if len(ev.Evidence) == 0 || !dateExprRe.MatchString(ev.Evidence[0].Sentence) {
					continue
				}
				fmt.Printf("%s\t%d\t%s\tpub=%s date=%s text=%q\n    %s\n", id, ev.Evidence[0].Start, eventKey(ev), d.Published, ev.Date, ev.DateText, ev.Evidence[0].Sentence)
				n--
				break
			}
		}
	}
}
