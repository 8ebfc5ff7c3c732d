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
