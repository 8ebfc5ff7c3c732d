package dict

import "strings"

// Inflect returns the -s, past and -ing forms of an English verb given
// without its forms (CAMEO.2.0.txt's "DIE", "HIT", "TRAVEL"). PETRARCH2
// only adds S, ED and ING (dropping a final E), which made "DIING",
// "HITED", "HITING" and left "dying", "hitting", "setting" unknown; here
// the spelling rules of English are followed:
//
//   - a final -ie becomes -ying (dying, tying);
//   - the final consonant of a one-syllable verb ending in one vowel and
//     one consonant is doubled (hitting, slammed, stunned; "hoped" is
//     hope's, "scared" scare's);
//   - the verbs of more syllables stressed on their last (`doubleFinal`:
//     regretted, committed, kidnapped) and the others ending in one vowel
//     and -l take both forms: the doubled one and the one American or
//     careless writing uses (kidnaped, commited, traveled, travelled);
//   - a final -ic takes a k (mimicked), a consonant and -o take -oes
//     (vetoes);
//   - a verb with an irregular past (`irregularPast`) takes its past and
//     participle (hit, set, taught, heard) besides the regular form, which
//     careless or foreign writing uses ("Australia lended $1 billion").
func Inflect(v string) []string {
	if v == "" {
		return nil
	}
	var out []string
	add := func(s ...string) {
		for _, f := range s {
			if f != v {
				out = append(out, f)
			}
		}
	}
	add(thirdPerson(v))
	past, ing := pastAndGerund(v)
	if irr, ok := irregularPast[v]; ok {
		// the regular past stays: news writes "lended", "payed"
		past = append(strings.Fields(irr), past...)
	}
	add(past...)
	add(ing...)
	return out
}

// thirdPerson returns the -s form.
func thirdPerson(v string) string {
	last := v[len(v)-1]
	switch {
	case v == "HAVE":
		return "HAS"
	case strings.HasSuffix(v, "S") || strings.HasSuffix(v, "X") || strings.HasSuffix(v, "Z") || strings.HasSuffix(v, "CH") || strings.HasSuffix(v, "SH"):
		return v + "ES"
	case last == 'Y' && len(v) > 1 && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "IES"
	case last == 'O' && len(v) > 1 && !isVowel(v[len(v)-2]):
		return v + "ES"
	}
	return v + "S"
}

// pastAndGerund returns the regular past and -ing forms, more than one
// where American and British spelling differ.
func pastAndGerund(v string) (past, ing []string) {
	last := v[len(v)-1]
	switch {
	case strings.HasSuffix(v, "IE") && len(v) > 2:
		stem := v[:len(v)-2]
		return []string{v + "D"}, []string{stem + "YING"}
	case strings.HasSuffix(v, "EE") || strings.HasSuffix(v, "YE") || strings.HasSuffix(v, "OE"):
		return []string{v + "D"}, []string{v + "ING"}
	case last == 'E':
		return []string{v + "D"}, []string{v[:len(v)-1] + "ING"}
	case last == 'Y' && len(v) > 1 && !isVowel(v[len(v)-2]):
		return []string{v[:len(v)-1] + "IED"}, []string{v + "ING"}
	case strings.HasSuffix(v, "IC") && len(v) > 3:
		return []string{v + "KED"}, []string{v + "KING"}
	case endsCVC(v) && syllables(v) == 1:
		d := v + string(last)
		return []string{d + "ED"}, []string{d + "ING"}
	case endsCVC(v) && doubleFinal[v] || last == 'L' && (endsCVC(v) || strings.HasSuffix(v, "UEL")):
		d := v + string(last)
		return []string{v + "ED", d + "ED"}, []string{v + "ING", d + "ING"}
	}
	return []string{v + "ED"}, []string{v + "ING"}
}

// isVowel reports whether c is one of A, E, I, O, U.
func isVowel(c byte) bool { return strings.IndexByte("AEIOU", c) >= 0 }

// endsCVC reports whether v ends in a consonant, one vowel and a
// consonant other than W, X or Y ("HIT", "REGRET", "QUIT": the U of QU is
// a consonant here).
func endsCVC(v string) bool {
	n := len(v)
	if n < 3 {
		return false
	}
	c, vw, before := v[n-1], v[n-2], v[n-3]
	if isVowel(c) || strings.IndexByte("WXY", c) >= 0 || !isVowel(vw) || c < 'A' || c > 'Z' {
		return false
	}
	if !isVowel(before) {
		return before >= 'A' && before <= 'Z'
	}
	return before == 'U' && n > 3 && v[n-4] == 'Q'
}

// syllables counts the groups of vowels in v (Y counts as a vowel after
// the first letter), enough to tell one-syllable verbs from the others.
func syllables(v string) int {
	n, in := 0, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		vow := isVowel(c) || (c == 'Y' && i > 0)
		if c == 'U' && i > 0 && v[i-1] == 'Q' {
			vow = false // the U of QU
		}
		if vow && !in {
			n++
		}
		in = vow
	}
	return n
}

// doubleFinal lists verbs of more than one syllable that are stressed on
// their last and so double its consonant (committed, controlled,
// kidnapped).
var doubleFinal = setOf(`ABET ABHOR ACQUIT ADMIT ALLOT ANNUL AVER BEFIT BEGIN COMMIT COMPEL
CONCUR CONFER CONTROL DEFER DEMUR DETER DISPEL DISTIL EAVESDROP EMBED EMIT
ENROL ENTRAP EQUIP EXPEL EXTOL FORBID FORGET FULFIL HANDICAP IMBED IMPEL INCUR
INFER INSTIL KIDNAP OCCUR OMIT OUTBID OUTFIT OUTSTRIP OVERRUN OVERSTEP PATROL
PERMIT PREFER PROPEL READMIT RE-ADMIT REBEL RECUR REFER REGRET REMIT REPEL RESUBMIT
SIDESTEP SUBMIT TRANSFER TRANSMIT UNPLUG UPSET WORSHIP WIRETAP`)

// irregularPast gives the past and participle of irregular verbs, for the
// verbs a dictionary lists without their forms.
var irregularPast = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(irregularList, "\n") {
		if f := strings.Fields(line); len(f) > 1 {
			m[f[0]] = strings.Join(f[1:], " ")
		}
	}
	return m
}()

// irregularList: a base, then its past and participle forms.
const irregularList = `ARISE AROSE ARISEN
AWAKE AWOKE AWOKEN
BEAR BORE BORNE
BEAT BEAT BEATEN
BECOME BECAME
BEGIN BEGAN BEGUN
BEND BENT
BET BET
BID BID
BIND BOUND
BITE BIT BITTEN
BLEED BLED
BLOW BLEW BLOWN
BREAK BROKE BROKEN
BREED BRED
BRING BROUGHT
BROADCAST BROADCAST
BUILD BUILT
BURN BURNED BURNT
BURST BURST
BUY BOUGHT
CAST CAST
CATCH CAUGHT
CHOOSE CHOSE CHOSEN
CLING CLUNG
COME CAME
COST COST
CREEP CREPT
CUT CUT
DEAL DEALT
DIG DUG
DO DID DONE
DRAW DREW DRAWN
DRINK DRANK DRUNK
DRIVE DROVE DRIVEN
EAT ATE EATEN
FALL FELL FALLEN
FEED FED
FEEL FELT
FIGHT FOUGHT
FIND FOUND
FLEE FLED
FLING FLUNG
FLY FLEW FLOWN
FORBID FORBADE FORBIDDEN
FORECAST FORECAST
FORESEE FORESAW FORESEEN
FORGET FORGOT FORGOTTEN
FORGIVE FORGAVE FORGIVEN
FREEZE FROZE FROZEN
GET GOT GOTTEN
GIVE GAVE GIVEN
GO WENT GONE
GRIND GROUND
GROW GREW GROWN
HANG HUNG HANGED
HAVE HAD
HEAR HEARD
HIDE HID HIDDEN
HIT HIT
HOLD HELD
HURT HURT
KEEP KEPT
KNEEL KNELT
KNOW KNEW KNOWN
LAY LAID
LEAD LED
LEAN LEANED LEANT
LEAP LEAPED LEAPT
LEARN LEARNED LEARNT
LEAVE LEFT
LEND LENT
LET LET
LIGHT LIT LIGHTED
LOSE LOST
MAKE MADE
MEAN MEANT
MEET MET
MISLEAD MISLED
MISTAKE MISTOOK MISTAKEN
OVERCOME OVERCAME
OVERRIDE OVERRODE OVERRIDDEN
OVERRUN OVERRAN
OVERSEE OVERSAW OVERSEEN
OVERTAKE OVERTOOK OVERTAKEN
OVERTHROW OVERTHREW OVERTHROWN
PAY PAID
PUT PUT
QUIT QUIT
READ READ
REBUILD REBUILT
RID RID
RIDE RODE RIDDEN
RING RANG RUNG
RISE ROSE RISEN
RUN RAN
SAY SAID
SEE SAW SEEN
SEEK SOUGHT
SELL SOLD
SEND SENT
SET SET
SHAKE SHOOK SHAKEN
SHED SHED
SHINE SHONE
SHOOT SHOT
SHRINK SHRANK SHRUNK
SHUT SHUT
SING SANG SUNG
SINK SANK SUNK
SIT SAT
SLAY SLEW SLAIN
SLEEP SLEPT
SLIDE SLID
SPEAK SPOKE SPOKEN
SPEED SPED SPEEDED
SPEND SPENT
SPILL SPILLED SPILT
SPIN SPUN
SPIT SPAT
SPLIT SPLIT
SPOIL SPOILED SPOILT
SPREAD SPREAD
SPRING SPRANG SPRUNG
STAND STOOD
STEAL STOLE STOLEN
STICK STUCK
STING STUNG
STRIKE STRUCK STRICKEN
STRING STRUNG
STRIVE STROVE STRIVEN
SWEAR SWORE SWORN
SWEEP SWEPT
SWELL SWELLED SWOLLEN
SWIM SWAM SWUM
SWING SWUNG
TAKE TOOK TAKEN
TEACH TAUGHT
TEAR TORE TORN
TELL TOLD
THINK THOUGHT
THROW THREW THROWN
THRUST THRUST
UNDERGO UNDERWENT UNDERGONE
UNDERSTAND UNDERSTOOD
UNDERTAKE UNDERTOOK UNDERTAKEN
UPHOLD UPHELD
UPSET UPSET
WAKE WOKE WOKEN
WEAR WORE WORN
WEEP WEPT
WIN WON
WIND WOUND
WITHDRAW WITHDREW WITHDRAWN
WITHHOLD WITHHELD
WITHSTAND WITHSTOOD
WRING WRUNG
WRITE WROTE WRITTEN`

// setOf returns the set of the words of s.
func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
