package code

import "testing"

// TestPeers: a peer named by a British title before a surname no entry
// holds is coded when the text names the role: an office apposed or
// before it, "peer" (the legislature), a judge's title (the judiciary);
// in Britain only when the story has a British tie; a capacity named
// beside it, or the title alone, leaves it uncoded (peer.go). A minister's
// or secretary's portfolio after "for" is part of the title
// (portfolio.go).
func TestPeers(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-03-01", "GBR", []tripleCase{
		{"a peer alone: no role named", "Lord Okello criticised the Home Secretary.",
			nil, []string{"GBRLEG"}},
		{"a peer apposed", "Lord Okello, a crossbench peer, criticised the Home Secretary.",
			[]string{"GBRLEG/GBRGOV/111"}, nil},
		{"a peer before", "Disgraced peer Lord Okello criticised the Home Secretary.",
			[]string{"GBRLEG/GBRGOV/111"}, nil},
		{"a baroness of a party", "Labour peer Baroness Otieno accused the Home Secretary of lying.",
			[]string{"GBRLEG/GBRGOV/112"}, nil},
		{"the party's peer named again", "Labour peer Lord Okello spoke in London. Lord Okello criticised the Home Secretary.",
			[]string{"GBRLEG/GBRGOV/111"}, nil},
		{"an office apposed after", "Lord Okello, the Lord Chief Justice, criticised the Home Secretary.",
			[]string{"GBRJUD/GBRGOV/111"}, []string{"GBRLEG"}},
		{"an office apposed before", "The Lord Chancellor, Lord Okello, criticised the opposition.",
			[]string{"GBRGOV/GBROPP/111"}, []string{"GBRLEG"}},
		{"the office, then the surname alone", "The Lord Chancellor, Lord Okello, spoke in London. Lord Okello criticised the opposition.",
			[]string{"GBRGOV/GBROPP/111"}, []string{"GBRLEG"}},
		{"a title before", "Attorney General Lord Okello criticised the opposition.",
			[]string{"GBRGOV/GBROPP/111"}, []string{"GBRLEG"}},
		{"a law lord", "Senior law lord Lord Okello criticised the government.",
			[]string{"GBRJUD/GBRGOV/111"}, []string{"GBRLEG"}},
		{"a judge of appeal", "Lord Justice Mwangi criticised the government.",
			[]string{"GBRJUD/GBRGOV/111"}, nil},
		{"the peerage's place", "Tory peer Lord Okello of Kisumu criticised the Home Secretary.",
			[]string{"GBRLEG/GBRGOV/111"}, []string{"KEN"}},
		{"a capacity before", "Fertility expert Lord Okello criticised the government.",
			nil, []string{"GBRLEG"}},
		{"a capacity apposed", "Lord Okello, chairman of the regulator, criticised the government.",
			nil, []string{"GBRLEG"}},
		{"a party's peer", "Labour peer Lord Okello criticised the Home Secretary.",
			[]string{"GBRLEG/GBRGOV/111"}, nil},
		{"an office qualified", "Lord Okello, a junior agriculture minister, told the House of Lords the tax would rise.",
			[]string{"GBRGOVAGR/GBRLEG/010"}, []string{"GBRLEG/GBRLEG"}},
		{"a former office apposed", "Lord Okello, a former minister, criticised the Home Secretary.",
			nil, []string{"GBRELI", "GBRGOV/GBRGOV"}},
		{"a shadow secretary of state, a portfolio and a name", "The Shadow Secretary of State for Health, John Okello, criticised the government.",
			[]string{"GBROPP/GBRGOV/111"}, nil},
		{"a shadow minister for a region", "The shadow minister for Europe criticised Tony Blair.",
			[]string{"GBROPP/GBRGOV/111"}, []string{"EUR"}},
		{"a secretary of state for a list", "The Secretary of State for Culture, Media and Sport, Jane Okello, criticised the opposition.",
			[]string{"GBRGOV/GBROPP/111"}, []string{"USAGOV"}},
		{"a portfolio apposed to a peer", "Lord Okello, Minister for Sport, criticised the opposition.",
			[]string{"GBRGOV/GBROPP/111"}, []string{"GBRLEG"}},
		{"a portfolio before a name", "Minister for Work Jane Okello criticised the opposition.",
			[]string{"GBRGOV/GBROPP/111"}, nil},
		{"the US Secretary of State", "The US Secretary of State criticised Kenya.",
			[]string{"USAGOV/KEN/111"}, nil},
	})
	checkTripleCases(t, c, "2005-03-01", "", []tripleCase{
		{"no British tie", "Kenya's president met Lord Okello, a crossbench peer, in Nairobi.",
			nil, []string{"KENLEG", "GBRLEG"}},
		{"a British tie", "Lord Okello, a crossbench peer, met Tony Blair in London.",
			[]string{"GBRLEG/GBRGOV/040"}, nil},
		{"a book's lord", "The Lord of the Rings criticised Tony Blair.",
			nil, []string{"GBRLEG"}},
	})
}
