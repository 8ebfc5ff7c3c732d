package clean

import (
	"github.com/pemistahl/lingua-go"
	"strings"
	"testing"
)

func TestDetectLang(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english", "The two presidents met by video link on Wednesday and agreed to extend the treaty for another five years, officials said.", "en"},
		{"french", "Les deux présidents se sont entretenus mercredi par visioconférence et ont convenu de prolonger le traité de cinq ans.", "fr"},
		{"german", "Die beiden Präsidenten trafen sich am Mittwoch per Video und einigten sich darauf, den Vertrag um fünf Jahre zu verlängern.", "de"},
		{"spanish", "Los dos presidentes se reunieron el miércoles por videoconferencia y acordaron prorrogar el tratado por otros cinco años.", "es"},
		{"dutch", "De twee presidenten hadden woensdag een videogesprek en spraken af het verdrag met nog eens vijf jaar te verlengen.", "nl"},
		{"russian", "Два президента провели в среду видеоконференцию и договорились продлить договор еще на пять лет.", "ru"},
		{"chinese", "两国元首周三举行视频会晤，同意将条约再延长五年。", "zh"},
		{"english with a foreign name", "Le Monde reported that the minister of the interior, who has held the post since 2020, would resign after the vote on Friday.", "en"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := detectLang(tc.text); got != tc.want {
				t.Errorf("detectLang = %q, want %q", got, tc.want)
			}
		})
	}
}

// The English fast path must agree with the detector on real English news
// and must not claim other languages.
func TestLooksEnglishAgreesWithDetector(t *testing.T) {
	recs := readJSONL(t, "corpora/bbc-news.jsonl.gz", 300)
	fast := 0
	for _, r := range recs {
		sample := r.Text[:min(len(r.Text), langSample)]
		if looksEnglish(sample) {
			fast++
			if l, _ := newDetectorOnce().DetectLanguageOf(sample); l.String() != "English" {
				t.Errorf("%s: fast path says English, detector %s", r.ID, l)
			}
		}
	}
	if fast*10 < len(recs)*9 {
		t.Errorf("fast path took only %d of %d English documents", fast, len(recs))
	}
	for _, s := range []string{
		"Les deux présidents se sont entretenus mercredi par visioconférence et ont convenu de prolonger le traité.",
		"De twee presidenten hadden woensdag een videogesprek en spraken af het verdrag met nog eens vijf jaar te verlengen.",
		"Die Präsidenten trafen sich am Mittwoch in Berlin und sprachen über den Handel, die Energie und den Krieg.",
		strings.Repeat("Il presidente ha detto che il governo sta lavorando per la pace. ", 3),
	} {
		if looksEnglish(s) {
			t.Errorf("fast path took %q for English", s)
		}
	}
}

func newDetectorOnce() interface {
	DetectLanguageOf(string) (lingua.Language, bool)
} {
	detectLang("")
	return detector
}
