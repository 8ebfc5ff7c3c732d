package code

// Verb senses readers found wrong (senses20, issue 17): a plea is an
// appeal, no demand; campaigning for a candidate supports, demands
// nothing; "come to" + a state or stance is no arrival; hosting a rally
// or an event of someone is no visit hosted; talks between two sides
// that collapsed are halted negotiations; recognising or acknowledging a
// fact about someone is no praise and no admission; support received
// from a lender is aid.

import "strings"

// pleaWords: the verbs of pleading in CAMEO.2.0.txt's DEMAND block
// (EXHORT, ENTREAT, ADJURE) and their kin: the codebook's appeals (02x)
// are pleas and urgings, its demands (10x) "stronger or more forceful".
var pleaWords = wordSet("EXHORT", "EXHORTS", "EXHORTED", "EXHORTING",
	"ENTREAT", "ENTREATS", "ENTREATED", "ENTREATING",
	"ADJURE", "ADJURES", "ADJURED", "ADJURING",
	"IMPLORE", "IMPLORES", "IMPLORED", "IMPLORING",
	"BESEECH", "BESEECHES", "BESOUGHT", "BESEECHED", "BESEECHING")

// pleaAppeal returns the appeal (02x) for a demand (10x) read from a
// verb of pleading ("exhorted Uganda to release the prisoners" 1053 →
// 0253): the codebook's 02 and 10 run in parallel, 020…028 as 100…108,
// "urged" (020) and "exhorted" alike. Other candidates return "".
func pleaAppeal(toks []token, cd cand) string {
	if root(cd.code) != "10" || cd.verbStart >= len(toks) || !pleaWords[toks[cd.verbStart].up] {
		return ""
	}
	return "02" + cd.code[2:]
}

// campaignWords: the forms of "campaign" (DEMAND's CAMPAIGN, 100).
var campaignWords = wordSet("CAMPAIGN", "CAMPAIGNS", "CAMPAIGNED", "CAMPAIGNING")

// campaignedFor reports whether a demand (10x) read from "campaign" has
// as its target the actor campaigned for, right after "for" ("campaigned
// for Mr Odinga in Nairobi", "campaigning for the Tories"): electioneering
// for a candidate or a party supports it and demands nothing of anyone.
// "campaigned for Kenya to release the men" and "for Mr Odinga's
// release" (a "to" or a possessive after the target) stay demands.
func campaignedFor(toks []token, cd cand) bool {
	if root(cd.code) != "10" || cd.verbStart >= len(toks) || !campaignWords[toks[cd.verbStart].up] {
		return false
	}
	k := cd.verbEnd
	for k < len(toks) && (toks[k].up == "HARD" || len(toks[k].up) > 4 && strings.HasSuffix(toks[k].up, "LY")) {
		k++ // "campaigned heavily for", "campaigned hard for"
	}
	if k >= len(toks) || toks[k].up != "FOR" {
		return false
	}
	k++
	if k < len(toks) && toks[k].up == "THE" {
		k++
	}
	if cd.tgt.start != k {
		return false
	}
	if e := cd.tgt.end; e < len(toks) {
		switch toks[e].up {
		case "TO", "'S", "'", "’":
			return false
		}
	}
	return true
}

// comeWords: the forms of "come" (ARRIVE's COME, "* TO" 040).
var comeWords = wordSet("COME", "COMES", "CAME", "COMING")

// comePurposes: verbs whose infinitive after "come to" is the purpose of
// a journey ("came to talk to Uganda", "came to sign the treaty").
var comePurposes = wordSet("TALK", "MEET", "VISIT", "SEE", "NEGOTIATE", "DISCUSS", "SIGN", "ATTEND", "STUDY",
	"WORK", "HELP", "OPEN", "ADDRESS", "SPEAK", "INSPECT", "INVESTIGATE", "OBSERVE", "MONITOR", "DELIVER",
	"PRESENT", "ASK", "OFFER", "SUPPORT", "CAMPAIGN", "LIVE", "SETTLE", "TRAIN", "FIGHT", "MEDIATE", "PLEAD",
	"SEEK", "CONSULT", "REVIEW", "ATTACK", "BUY", "SELL", "INVEST", "TRADE")

// comeRescues: what one "comes to the … of": help for its target, no
// journey to it ("came to the defence of Uganda", "to the aid of").
var comeRescues = wordSet("DEFENCE", "DEFENSE", "AID", "RESCUE", "ASSISTANCE", "HELP", "SUPPORT")

// comeStance: words between "come" and "to" that make no journey ("came
// close to a deal", "coming around to the plan", "came round to").
var comeStance = wordSet("CLOSE", "NEAR", "AROUND", "ROUND")

// cameToState reports whether an arrival read from "come" and "to" (the
// pattern "* TO" of ARRIVE, 040, and what modality made of it, as 125
// for "would not come to …") is no journey: "when it comes to Uganda"
// ("when" or "if" and "it" before the verb), "came to be seen as", "has come to loom over
// Kenya" (a verb after "to" that is no purpose of a visit), "came to
// terms with", "came close to", "coming around to", "would not come to
// the defence of Kenya" (help, no journey). "came to Kenya",
// "came to the summit" and "came to talk to Uganda" stay.
func cameToState(toks []token, cd cand) bool {
	vs := cd.verbStart
	if vs >= len(toks) || !comeWords[toks[vs].up] || cd.verbEnd != vs+1 {
		return false
	}
	k := cd.verbEnd
	if vs >= 2 && toks[vs-1].up == "IT" && (toks[vs-2].up == "WHEN" || toks[vs-2].up == "IF") && k < len(toks) && toks[k].up == "TO" {
		return true
	}
	if k+1 < len(toks) && comeStance[toks[k].up] && toks[k+1].up == "TO" {
		return true
	}
	if k+1 >= len(toks) || toks[k].up != "TO" {
		return false
	}
	nx := toks[k+1]
	if (nx.up == "THE" || nx.up == "OUR" || nx.up == "ITS" || nx.up == "THEIR" || nx.up == "HIS" || nx.up == "HER") && k+2 < len(toks) && comeRescues[toks[k+2].up] {
		return true // "would not come to the defence of Kenya"
	}
	if nx.capital || nx.punct || determiners[nx.up] || functionWords[nx.up] || numberLike(nx.up) {
		return false
	}
	return !comePurposes[nx.up]
}

// numberLike reports whether a word starts with a digit.
func numberLike(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// hostWords: the forms of "host" (HOST, 043:042).
var hostWords = wordSet("HOST", "HOSTS", "HOSTED", "HOSTING")

// hostedShows: gatherings one stages for a cause or a candidate, not for
// a guest ("hosted a rally", "a Clinton event", "a fundraiser").
var hostedShows = wordSet("RALLY", "RALLIES", "EVENT", "EVENTS", "FUNDRAISER", "FUNDRAISERS", "FUND-RAISER",
	"FUND-RAISERS", "CONCERT", "CONCERTS", "TELETHON", "DEBATE", "DEBATES", "MARCH", "VIGIL", "SCREENING")

// hostedShow reports whether a visit hosted (043, 042 back, 036 as
// intent) read from "host" has as its object a rally or an event, and
// the target is named inside it ("hosted a Clinton event") or after its
// "for" ("hosted a rally for Mr Odinga"): staging an event of a
// campaign hosts no visitor. "hosted a dinner for the Ugandan president"
// and "hosted Mr Museveni" stay.
func hostedShow(toks []token, cd cand) bool {
	switch cd.code {
	case "043", "042", "036":
	default:
		return false
	}
	if cd.verbStart >= len(toks) || !hostWords[toks[cd.verbStart].up] {
		return false
	}
	other := cd.tgt
	if cd.src.start > cd.verbStart {
		other = cd.src // 042: the guest is the source
	}
	if other.start < cd.verbEnd {
		return false
	}
	for k := cd.verbEnd; k < len(toks) && k < cd.verbEnd+6; k++ {
		t := toks[k]
		if t.punct {
			return false
		}
		if !hostedShows[t.up] {
			continue
		}
		if other.start < k {
			return true // "a Clinton event"
		}
		return k+1 < len(toks) && toks[k+1].up == "FOR" && (other.start == k+2 || other.start == k+3 && toks[k+2].up == "THE")
	}
	return false
}

// talksFailWords: verbs of talks that failed ("collapsed", "broke down",
// "failed"), with "down" checked for "broke".
var talksFailWords = wordSet("COLLAPSED", "COLLAPSE", "COLLAPSES", "FAILED", "FAIL", "FAILS", "FOUNDERED", "BROKE", "BROKEN", "BREAK", "BREAKS")

// talksFailed reports whether a meeting or negotiation (04x) read from
// talks between the two sides ("talks between Kenya and Uganda") is
// followed by its failure ("collapsed", "broke down", "failed"): the
// codebook's 164 (halt negotiations) "to code failed negotiations …
// the termination can be either unilateral or bi/multi-lateral".
func talksFailed(toks []token, cd cand) bool {
	if root(cd.code) != "04" || cd.verbStart >= len(toks) || !heldTalkNouns[toks[cd.verbStart].up] {
		return false
	}
	if cd.src.start < cd.verbEnd || cd.tgt.start < cd.verbEnd {
		return false
	}
	end := max(cd.src.end, cd.tgt.end)
	for k := end; k < len(toks) && k < end+6; k++ {
		w := toks[k].up
		if toks[k].punct || w == "WHICH" || w == "THAT" || w == "WHO" || w == "AND" || w == "BUT" {
			return false
		}
		if !talksFailWords[w] {
			continue
		}
		if strings.HasPrefix(w, "BR") {
			return k+1 < len(toks) && (toks[k+1].up == "DOWN" || toks[k+1].up == "UP" || toks[k+1].up == "OFF")
		}
		return true
	}
	return false
}

// recogniseWords, acknowledgeWords: the forms of ACCLAIM's RECOGNISE
// (051) and DISCLOSE's ACKNOWLEDGE (015).
var recogniseWords = wordSet("RECOGNISE", "RECOGNISES", "RECOGNISED", "RECOGNISING",
	"RECOGNIZE", "RECOGNIZES", "RECOGNIZED", "RECOGNIZING")

var acknowledgeWords = wordSet("ACKNOWLEDGE", "ACKNOWLEDGES", "ACKNOWLEDGED", "ACKNOWLEDGING")

// acknowledgedFact reports whether praise read from "recognise" (051) or
// an admission read from "acknowledge" (015) takes a fact, not the
// target's merit or the source's wrong: "recognised that Uganda faced
// …", "acknowledged that Uganda owns the port" (the target opens the
// "that" clause, "the" or "both" allowed), or, for "acknowledge", what the
// target did or has ("acknowledged the Ugandan president's apology",
// "Uganda's success": a possessive after the target). "recognised
// Uganda's efforts" (praise) and "acknowledged that its troops had
// killed Ugandan civilians" stay.
func acknowledgedFact(toks []token, cd cand) bool {
	if cd.verbStart >= len(toks) || cd.tgt.start < cd.verbEnd {
		return false
	}
	w := toks[cd.verbStart].up
	switch {
	case cd.code == "051" && recogniseWords[w]:
	case cd.code == "015" && acknowledgeWords[w]:
		if e := cd.tgt.end; e < len(toks) && (toks[e].up == "'S" || toks[e].up == "'" || toks[e].up == "’") {
			return true
		}
	default:
		return false
	}
	k := cd.verbEnd
	if k >= len(toks) || toks[k].up != "THAT" {
		return false
	}
	k++
	if k < len(toks) && (toks[k].up == "THE" || toks[k].up == "BOTH") {
		k++
	}
	return cd.tgt.start == k
}

// lenderSegments: the three-letter segments of international bodies
// whose support is money: the IMF (IGOBUSIMF) and the development banks
// and agencies (IGOUNODEVWBK, IGOAFRDEVAFB, …).
var lenderSegments = wordSet("IMF", "DEV")

// obtainWords: verbs of OBTAIN that receive support.
var obtainWords = wordSet("RECEIVE", "RECEIVES", "RECEIVED", "RECEIVING", "GET", "GETS", "GOT", "GETTING",
	"OBTAIN", "OBTAINS", "OBTAINED", "OBTAINING", "GAIN", "GAINS", "GAINED", "GAINING",
	"SECURE", "SECURES", "SECURED", "SECURING", "WIN", "WINS", "WON", "WINNING")

// lentSupport reports whether praise (051) read from support received
// ("Kenya received IMF support", OBTAIN's "* SUPPORT" and "* SUPPORT
// FROM") comes from the IMF or a development bank: a loan or a
// programme, economic aid (071), no endorsement.
func lentSupport(toks []token, cd cand) bool {
	a := cd.src.actor.Code
	if cd.code != "051" || !strings.HasPrefix(a, "IGO") || cd.verbStart >= len(toks) || !obtainWords[toks[cd.verbStart].up] {
		return false
	}
	support := false
	for k := cd.verbEnd; k < len(toks) && k < cd.verbEnd+5 && !toks[k].punct; k++ {
		if toks[k].up == "SUPPORT" || toks[k].up == "BACKING" {
			support = true
			break
		}
	}
	if !support {
		return false
	}
	for k := 3; k+3 <= len(a); k += 3 {
		if lenderSegments[a[k:k+3]] {
			return true
		}
	}
	return false
}

// senseRecode returns the code a verb sense gives a candidate and the
// note that says why ("", "" when none does): a plea is an appeal, talks
// that collapsed are halted, a lender's support is aid.
func senseRecode(toks []token, cd cand) (string, string) {
	if c := pleaAppeal(toks, cd); c != "" {
		return c, "a plea: " + cd.code + " → " + c + " appeal"
	}
	if talksFailed(toks, cd) {
		return "164", "talks that failed: " + cd.code + " → 164 halt negotiations"
	}
	if calledToSpeak(toks, cd) {
		return "041", "a call to speak, not an appeal: " + cd.code + " → 041 discuss by telephone"
	}
	if lentSupport(toks, cd) {
		return "071", "a lender's support: 051 → 071 economic aid"
	}
	if c := wantedAct(toks, cd); c != "" {
		return c, "wanting another to act asks it to: " + cd.code + " → " + c + " appeal"
	}
	if recognisedState(toks, cd) != "" {
		return "054", "a state or government recognised: " + cd.code + " → 054 grant diplomatic recognition"
	}
	if acknowledgedPerson(toks, cd) != "" {
		return "051", "a person acknowledged, no wrong admitted: 015 → 051 praise or endorse"
	}
	return "", ""
}
