package clean

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// The languages dyad tells apart: the major languages of international
// news. Restricting the set keeps the detector fast and its models small.
var newsLanguages = []lingua.Language{
	lingua.English, lingua.French, lingua.German, lingua.Spanish, lingua.Portuguese, lingua.Italian,
	lingua.Dutch, lingua.Russian, lingua.Ukrainian, lingua.Polish, lingua.Turkish, lingua.Arabic,
	lingua.Persian, lingua.Hebrew, lingua.Chinese, lingua.Japanese, lingua.Korean, lingua.Vietnamese,
	lingua.Indonesian, lingua.Hindi, lingua.Urdu, lingua.Swedish, lingua.Greek,
}

var (
	detectorOnce sync.Once
	detector     lingua.LanguageDetector
)

// langSample is how much text the detector reads: enough for a reliable
// answer on news prose, little enough to stay fast.
const langSample = 400

// detectorSample is how much of the sample the detector reads when the
// English fast path did not decide: its time grows with the text, and 240
// bytes of prose are enough for the news languages.
const detectorSample = 240

// newDetector builds the detector: the news languages, low-accuracy mode
// (trigram models only). Measured for these 23 languages: the low-accuracy
// models take 16 MB of heap, the high-accuracy ones 320 MB more, and one
// detection costs 0.4-0.6 ms either way — which is why English, most of
// the input, is recognised first by looksEnglish without the detector.
func newDetector() lingua.LanguageDetector {
	return lingua.NewLanguageDetectorBuilder().
		FromLanguages(newsLanguages...).
		WithLowAccuracyMode().
		WithPreloadedLanguageModels().
		Build()
}

// detectLang returns the ISO 639-1 code of the text's language, or "" when
// it cannot be told reliably.
func detectLang(text string) string {
	sample := text
	if len(sample) > langSample {
		cut := langSample
		for cut < len(sample) && !utf8.RuneStart(sample[cut]) {
			cut++
		}
		sample = sample[:cut]
	}
	if looksEnglish(sample) {
		return "en"
	}
	if len(sample) > detectorSample {
		cut := detectorSample
		for cut < len(sample) && !utf8.RuneStart(sample[cut]) {
			cut++
		}
		sample = sample[:cut]
	}
	// Built on the first text that is not plainly English: a run of
	// English documents never loads the models (16 MB live, ~30 MB while
	// they are read).
	detectorOnce.Do(func() { detector = newDetector() })
	lang, ok := detector.DetectLanguageOf(sample)
	if !ok {
		return ""
	}
	return strings.ToLower(lang.IsoCode639_1().String())
}

// englishMarkers are English function words that are no words of the
// other news languages (so not "in", "was", "will", "is", "had", "on", "over").
var englishMarkers = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "that": true, "for": true, "with": true,
	"said": true, "from": true, "has": true, "have": true, "were": true, "its": true, "which": true,
	"they": true, "their": true, "after": true, "also": true, "been": true, "would": true, "this": true,
	"by": true, "he": true, "she": true, "his": true, "her": true, "it": true, "at": true, "as": true,
	"are": true, "but": true, "not": true, "than": true, "more": true, "who": true, "be": true,
	"or": true, "there": true, "about": true, "into": true, "can": true, "could": true, "says": true,
	"mln": true, "bln": true, "dlrs": true, "cts": true, "pct": true, "shr": true, "shrs": true,
	"revs": true, "qtr": true, "mths": true, // wire abbreviations
	"year": true, "years": true, "what": true, "when": true, "we": true, "our": true,
}

// looksEnglish is the fast path of language identification: a sample of
// Latin-script words of which at least 15% are English function words
// (news prose in English has about a third) is English. Anything else
// goes to the detector.
func looksEnglish(sample string) bool {
	words, markers := 0, 0
	i := 0
	for i < len(sample) {
		c := sample[i]
		if c >= 0x80 {
			r, n := utf8.DecodeRuneInString(sample[i:])
			if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
				return false // another script
			}
			i += n
			continue
		}
		if !isASCIILetter(c) {
			i++
			continue
		}
		start := i
		for i < len(sample) && (isASCIILetter(sample[i]) || sample[i] == '\'') {
			i++
		}
		if i < len(sample) && sample[i] >= 0x80 {
			continue // a word with accented letters: not counted
		}
		words++
		if w := sample[start:i]; len(w) <= 8 && englishMarkers[strings.ToLower(w)] {
			markers++
		}
	}
	return words >= 12 && markers*20 >= words*3
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
