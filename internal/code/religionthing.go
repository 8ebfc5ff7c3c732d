package code

// religionAdjectives name a faith's people when they stand alone
// ("Muslims", "Islamic groups").
var religionAdjectives = map[string]bool{"ISLAMIC": true, "MUSLIM": true, "CHRISTIAN": true, "JEWISH": true,
	"HINDU": true, "BUDDHIST": true, "CATHOLIC": true, "SIKH": true, "PROTESTANT": true}

// religionThings are a faith's things, not its people: a holiday, a
// festival, its calendar, art, law or teachings ("a major Islamic
// holiday", "the Christian festival", "Islamic law").
var religionThings = map[string]bool{"HOLIDAY": true, "HOLIDAYS": true, "FESTIVAL": true, "FESTIVALS": true,
	"FEAST": true, "FEASTS": true, "CALENDAR": true, "ART": true, "ARCHITECTURE": true, "LAW": true, "LAWS": true,
	"TRADITION": true, "TRADITIONS": true, "TEACHINGS": true, "SCRIPTURE": true, "SCRIPTURES": true, "FAITH": true}

// religionThing reports whether a mention is a faith's adjective before
// one of its things, the noun inside the mention ("Islamic Holiday" in
// a title) or right after it ("Uganda's Islamic holiday"): a thing, no
// actor.
func religionThing(toks []token, m *mention) bool {
	e := m.end
	if e < len(toks) && religionThings[toks[e].up] {
		return religionAdjectives[toks[e-1].up]
	}
	return e-m.start >= 2 && religionThings[toks[e-1].up] && religionAdjectives[toks[e-2].up]
}
