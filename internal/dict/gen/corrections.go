package main

import (
	"slices"

	"dyad/internal/dict"
)

// nonAgents are Phoenix.agents.txt names that name no sector of their
// own, so that the agent wrongly codes the people they are said of:
//   - settlements are places or legal agreements ("the SEC announced the
//     settlements"), not civilians (~CVL); settlers stay civilians;
//   - representatives of anybody ("industry representatives") are no
//     legislators (~LEG); the House of Representatives and a
//     representative in parliament keep their own entries;
//   - campaigners for a cause ("campaigners against airport expansion",
//     a regiment's campaigners) are no political opposition (~OPP);
//   - a revolt is an act ("the revolt was reduced by news that …"), not
//     rebels (~REB); rebels and insurgents keep their entries.
var nonAgents = []string{
	"SETTLEMENT", "SETTLEMENTS",
	"REPRESENTATIVES", "REPRESENTATIVESES",
	"CAMPAIGNER", "CAMPAIGNERS",
	"REVOLT", "REVOLTS",
}

// nonDiscards are Phoenix.discards.txt phrases that name a disease:
// Phoenix drops every sentence that names one, but aid sent, a border
// closed or a team dispatched to fight an epidemic is an event news
// reports ("Kenya sent doctors to fight the Ebola outbreak in Uganda"
// KEN 073 UGA); a sentence with no actor and no act still codes nothing.
// Phrases about one person's or an animal's illness (CONTRACTED
// CHOLERA, EQUINE INFLUENZA, ROUTINE MEDICAL CHECK UP) stay discards.
var nonDiscards = []string{
	"EBOLA", "POLIO", "AVIAN FLU", "AVIAN INFLUENZA", "BIRD FLU", "H5N1", "DENGUE FEVER",
	"WEST NILE FEVER", "WEST NILE VIRUS", "RIFT VALLEY FEVER", "CHICKUNGUNGA", "BACTERIA EPIDEMIC",
}

// dropNonDiscards removes the nonDiscards phrases from the discards. It
// returns how many it removed.
func dropNonDiscards(ds []dict.Discard) ([]dict.Discard, int) {
	out := ds[:0]
	for _, d := range ds {
		if slices.Contains(nonDiscards, d.Phrase.String()) {
			continue
		}
		out = append(out, d)
	}
	return out, len(ds) - len(out)
}

// recodedAgents are Phoenix.agents.txt names whose sector is another one
// in the news dyad codes:
//   - a chief executive (~GOV in Phoenix, Hong Kong's head of government)
//     is in news a firm's head ("Chief executive Steve Jobs", "the bank's
//     chief executive"): ~BUS, as Phoenix's CEO, BOSS, TOP EXECUTIVE;
//     none of the BBC, Reuters or PolNeAR articles names Hong Kong's;
//   - a spokesman (~MED in Phoenix) speaks for a government, a party or a
//     firm, not for the press: "~", no sector of its own, so that the
//     body before it gives it ("a government spokesman" GOV, "the Lib Dem
//     spokesman" OPP) and a bare title leaves the person's country
//     alone ("Spokesman Marlin Fitzwater" USA, was USAMED); a person
//     still, for "he" and "she".
var recodedAgents = map[string]string{
	"CHIEF EXECUTIVE": "~BUS",
	"SPOKESMAN":       "~",
}

// recodeAgents gives the agents whose first name recodedAgents lists
// that code. It returns how many it recoded.
func recodeAgents(ags []dict.Agent) int {
	n := 0
	for i := range ags {
		if len(ags[i].Names) == 0 {
			continue
		}
		if c, ok := recodedAgents[ags[i].Names[0].String()]; ok && ags[i].Code != c {
			ags[i].Code = c
			n++
		}
	}
	return n
}

// dropNonAgents removes the nonAgents names from the agents, and an agent
// left without a name. It returns how many names it removed.
func dropNonAgents(ags []dict.Agent) ([]dict.Agent, int) {
	n := 0
	out := ags[:0]
	for _, a := range ags {
		var keep []dict.Phrase
		for _, p := range a.Names {
			if slices.Contains(nonAgents, p.String()) {
				n++
				continue
			}
			keep = append(keep, p)
		}
		if len(keep) == 0 {
			continue
		}
		a.Names = keep
		out = append(out, a)
	}
	return out, n
}
