package clean

import (
	"strings"
	"sync"
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

// detectLang returns the ISO 639-1 code of the text's language, or "" when
// it cannot be told reliably.
func detectLang(text string) string {
	detectorOnce.Do(func() {
		detector = lingua.NewLanguageDetectorBuilder().
			FromLanguages(newsLanguages...).
			WithLowAccuracyMode().
			WithPreloadedLanguageModels().
			Build()
	})
	sample := text
	if len(sample) > langSample {
		cut := langSample
		for cut < len(sample) && !utf8.RuneStart(sample[cut]) {
			cut++
		}
		sample = sample[:cut]
	}
	lang, ok := detector.DetectLanguageOf(sample)
	if !ok {
		return ""
	}
	return strings.ToLower(lang.IsoCode639_1().String())
}
