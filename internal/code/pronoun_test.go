package code

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"dyad/internal/news"
)

// checkRoots fails t unless each of want ("SRC ROOT TGT") is among the
// events' source, root and target codes, and none of not is (not may
// stop after the root: "KENGOV 03").
func checkRoots(t *testing.T, evs []news.Event, want, not []string) {
	t.Helper()
	var got []string
	for _, ev := range evs {
		got = append(got, fmt.Sprintf("%s %s %s", ev.Source.Code, ev.Root, ev.Target.Code))
	}
	all := strings.Join(got, "|")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("no %s in %v", w, got)
		}
	}
	for _, n := range not {
		for _, g := range got {
			if strings.HasPrefix(g+" ", n+" ") {
				t.Errorf("%s in %v", n, got)
			}
		}
	}
}

// TestPronounsAndRoles: "he", "she" and titles in sentences written for
// this test, in the shapes of the pronoun and role errors judged on real
// news.
func TestPronounsAndRoles(t *testing.T) {
	c, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, date string
		want             []string // "SRC ROOT TGT" that must be there
		not              []string // source codes (or "SRC ROOT TGT") that must not be
	}{
		// a name before an apposition of its office is known by its
		// surname later (noteAppositionName, devnoun17)
		{"surname after a name and its office in apposition", "John Mwangi, the Kenyan foreign minister, spoke on Monday. Mr Mwangi criticised Uganda.", "2004-05-01",
			[]string{"KENGOV 11 UGA"}, nil},
		{"surname after a name and a possessor's office", "John Mwangi, Kenya's foreign minister, spoke on Monday. Mwangi criticised Uganda.", "2004-05-01",
			[]string{"KENGOV 11 UGA"}, nil},
		{"no surname after an apposition of no office", "John Mwangi, a Kenyan teacher, spoke on Monday. Mr Mwangi criticised Uganda.", "2004-05-01",
			nil, []string{"KENCVL", "KENEDU", "KENGOV"}},
		{"no surname after an open apposition", "John Mwangi, the Kenyan foreign minister who resigned, spoke on Monday. Mr Mwangi criticised Uganda.", "2004-05-01",
			nil, []string{"KENGOV 11 UGA"}},
		// a named body referred to again by its head noun in lower case
		// (bodyHeadAt, domestic11)
		{"the commission: the body named before", "The Electoral Commission published a report on Monday. The commission urged Kenya to hold fair elections.", "2005-03-01",
			[]string{"GBRGOV 02 KEN"}, nil},
		{"the commission with none named before", "Britain published a report on Monday. The commission urged Kenya to hold fair elections.", "2005-03-01",
			nil, []string{"GBRGOV"}},
		{"a UK regulator by its short name", "Ofcom criticised the Kenyan government on Monday.", "2005-03-01",
			[]string{"GBRGOVBUS 11 KENGOV"}, nil},
		{"she is no organisation named before", "Kenya's lawyer Jane Otieno praised the decision of the US Supreme Court on Monday. She also criticised Uganda.", "2004-05-01",
			nil, []string{"USAGOVJUD 11 UGA"}},
		{"she is no organisation with a long name", "The ILO has been working with a Kenyan firm on the cards. She urged Uganda to ratify the convention.", "2004-05-01",
			nil, []string{"IGOUNOLABILO"}},
		{"he is no organisation written short", "Kenya criticised the UN. He urged Uganda to release the pilots.", "2004-05-01",
			nil, []string{"IGOUNO 02 UGA"}},
		// a "he" opening a sentence takes up the sentence before's
		// subject when its last person was oblique (pron13)
		{"he after a by-phrase is the subject before", "The Kenyan president met farmers who feel ignored by the Ugandan president. He urged Tanzania to release the pilots.", "2004-05-01",
			[]string{"KENGOV 02 TZA"}, []string{"UGAGOV 02 TZA"}},
		{"he after a possessor is the subject before", "The Kenyan president rejected the Ugandan president's offer of talks. He urged Tanzania to release the pilots.", "2004-05-01",
			[]string{"KENGOV 02 TZA"}, []string{"UGAGOV 02 TZA"}},
		{"he after a named possessor is the subject before", "Tony Blair later rejected a post in Jacques Chirac's cabinet. He urged Kenya to release the pilots.", "2004-05-01",
			[]string{"GBRGOV 02 KEN"}, []string{"FRAGOV 02 KEN"}},
		// a direct object no longer stays the candidate: the subject is
		// taken up (objectSubject, pron17)
		{"he after a direct object is the subject before", "The Kenyan president met the Ugandan president. He urged Tanzania to release the pilots.", "2004-05-01",
			[]string{"KENGOV 02 TZA"}, []string{"UGAGOV 02 TZA"}},
		{"he inside a later clause keeps the last person", "The Kenyan president met farmers who feel ignored by the Ugandan president. Tanzania said he had urged Rwanda to release the pilots.", "2004-05-01",
			nil, []string{"KENGOV 02 RWA"}},
		// bodies named by a role before "of", by a media noun or by the
		// House, and organisations that name no person (rejudge13)
		{"he is no government named before its country", "Kenya criticised the government of Uganda. He urged Tanzania to release the pilots.", "2004-05-01",
			nil, []string{"UGAGOV 02 TZA"}},
		{"he is no newspaper", "Kenya criticised the newspaper. He urged Uganda to release the pilots.", "2004-05-01",
			nil, []string{"KENMED 02 UGA"}},
		{"she is no White House", "Kenya criticised the White House. She urged Uganda to release the pilots.", "2004-05-01",
			nil, []string{"USAGOV 02 UGA"}},
		{"he is no short name of a house named before", "Kenya praised the House of Lords. The Lords met on Monday. He urged Uganda to release the pilots.", "2004-05-01",
			nil, []string{"GBRLEG 02 UGA"}},
		{"a minister of a ministry is still a person", "Kenya criticised the Ugandan Minister of Defence. He urged Tanzania to release the pilots.", "2004-05-01",
			[]string{"UGAGOVMIL 02 TZA"}, nil},
		{"he is no media organisation that opens the sentence", "Kenya criticised Uganda. The BBC said he had criticised Tanzania.", "2004-05-01",
			nil, []string{"GBRMED 11 TZA"}},
		{"an unresolved he is no country before it", "Kenya met Uganda. Kenya said that he had once criticised Tanzania.", "2004-05-01",
			nil, []string{"KEN 11 TZA"}},
		{"an organisation before a title and a name stands for its officer", "IMF Managing Director Michel Camdessus visited Kenya. He urged Uganda to cut tariffs.", "2004-05-01",
			[]string{"IGOBUSIMF 02 UGA"}, nil},
		{"an object pronoun is no subject of the next verb", "Jacques Chirac met Tony Blair. The plan will reassure voters who have abandoned him and appeal to Kenya.", "2004-05-01",
			nil, []string{"GBRGOV 02 KEN"}},
		{"an object pronoun after by is the agent", "Jacques Chirac met Tony Blair. Uganda was criticised by him.", "2004-05-01",
			[]string{"GBRGOV 11 UGA"}, nil},
		{"a forename met before is another's before a capitalised name", "Tony Blair met Jacques Chirac in Paris. Tony Benn criticised Germany.", "2004-05-01",
			nil, []string{"GBRGOV 11 DEU"}},
		{"a forename met before alone stays the person's", "Tony Blair met Jacques Chirac in Paris. Later Tony criticised Germany.", "2004-05-01",
			[]string{"GBRGOV 11 DEU"}, nil},
		{"a party's first word is no short name", "The Scottish National Party criticised Tony Blair. The Scottish Executive urged Kenya to release the pilots.", "2004-05-01",
			nil, []string{"GBROPP 02 KEN"}},
		{"a body's last word stays its short name", "The European Commission criticised Kenya. The Commission also urged Uganda to release the pilots.", "2004-05-01",
			[]string{"IGOEUREEC 02 UGA"}, nil},
		{"a firm's first word stays its short name", "Continental Airlines sued the Kenyan government. Continental also criticised Uganda.", "2004-05-01",
			[]string{"MNCUSA 11 UGA"}, nil},
		{"an actor in an opening phrase is no subject", "At the summit in Nairobi, Ugandan ministers criticised Sudan.", "2024-01-01",
			[]string{"UGAGOV 11 SDN"}, []string{"KENGOV", "KEN"}},
		{"an opening phrase ends no list", "At their meeting in Nairobi, Ugandan ministers backed Sudan.", "2024-01-01",
			[]string{"UGAGOV 05 SDN"}, []string{"KENGOV 05 UGAGOV", "UGAGOV 05 KENGOV", "KENGOV", "KEN"}},
		{"an opening clause's object is no subject", "Before visiting Kenya, the Ugandan president met Sudanese officials.", "2024-01-01",
			[]string{"UGAGOV 04 SDNGOV"}, []string{"KEN"}},
		{"a subject after an opening place", "In Nairobi, Uganda and Sudan signed a peace deal.", "2024-01-01",
			[]string{"UGA 05 SDN", "SDN 05 UGA"}, []string{"KEN"}},
		{"an opening clause's object is no subject of the main clause", "After Kenya attacked Uganda, Sudan condemned the raid.", "2024-01-01",
			[]string{"KEN 19 UGA"}, []string{"KEN 19 SDN", "UGA 19 SDN"}},
		{"an apposition after an opening phrase with no comma", "In recent days Ugandan President Yoweri Museveni, a former rebel, has criticised Sudan.", "2024-01-01",
			[]string{"UGAGOV 11 SDN"}, nil},
		{"a relative clause of a noun is not the subject's act", "Kenya praised a deal that would give Uganda more aid.", "2024-01-01",
			nil, []string{"KEN 03 UGA", "KEN 07 UGA"}},
		{"a relative clause of the target is not the subject's act", "Kenya warned Uganda, which attacked Tanzania.", "2024-01-01",
			[]string{"KEN 13 UGA"}, []string{"KEN 13 TZA", "KEN 19 TZA"}},
		{"an unknown person named after the known one", "Tony Blair met Jacques Chirac in Paris. Mr Dalton is Canadian, but he lived in Belgium where he criticised the Belgian government.", "2004-05-01",
			nil, []string{"GBRGOV 11", "FRAGOV 11", "USA"}},
		{"a role and an unknown name", "Tony Blair met Jacques Chirac in Paris. The lecturer Doug Smith arrived later, and he criticised the Labour government.", "2004-05-01",
			nil, []string{"GBRGOV 11", "FRAGOV 11"}},
		{"she is not a man named Mr", "Mr Blair met Mr Chirac in Paris. She urged Germany to cut tariffs.", "2004-05-01",
			nil, []string{"FRAGOV 02 DEU", "GBRGOV 02 DEU"}},
		{"he after the known person", "Tony Blair met Jacques Chirac in Paris. He urged Germany to cut tariffs.", "2004-05-01",
			[]string{"GBRGOV 02 DEU"}, nil}, // the subject over a direct object (objectSubject, pron17)
		{"an unknown object does not block he", "Jacques Chirac telephoned committee chairman Fernand Dupont on Monday. He urged Germany to cut tariffs.", "2004-05-01",
			[]string{"FRAGOV 02 DEU"}, nil},
		{"the second he is the first", "Tony Blair spoke in London. He visited President Putin, and later he met Chancellor Schroeder in Berlin.", "2004-05-01",
			[]string{"GBRGOV 04 RUSGOV", "GBRGOV 04 DEUGOV"}, nil},
		{"a place after a title is a surname", "Mr Houston criticised the Labour government.", "2004-05-01",
			nil, []string{"USA"}},
		{"a place after a title with its dot is a surname", "Mr. Rhodes criticised Iran on Monday.", "2016-03-01",
			nil, []string{"GRC"}},
		{"an undated article is read in the year it names", "In 2004 the economy grew. Tony Blair met Jacques Chirac in Paris in the 2004 talks.", "",
			[]string{"GBRGOV 04 FRAGOV"}, nil},
		{"a pair praising something is not praising each other", "Italy and Germany praised the early start of the reform.", "2004-05-01",
			nil, []string{"ITA 05 DEU", "DEU 05 ITA"}},
		{"a reduced passive: the agent is the by-phrase", "The Tories, backed by some independent forecasters, criticised Gordon Brown.", "2004-06-01",
			[]string{"GBROPP 11 GBRGOV"}, []string{"GBROPP 05"}},
		{"a participle right after an actor, then by: a passive", "Kenyan rebels backed by Uganda attacked Tanzania.", "2010-01-01",
			[]string{"UGA 05 KENREB"}, []string{"KENREB 05"}},
		{"an -ly adverb between the actor and the participle, then by: a passive", "The family of a Ugandan civilian allegedly killed by Kenyan troops won a challenge.", "2010-01-01",
			[]string{"KENMIL 19 UGACVL"}, []string{"UGACVL 19"}},
		{"a participle after a noun that is no actor, then by", "Kenyan MPs will be elected under new proposals unveiled by Ugandan ministers.", "2010-01-01",
			nil, []string{"KENLEG 03", "UGAGOV 03"}},
		{"a by-phrase that is no actor", "Hillary Clinton said that fears, as articulated by Alan Stone, the former chairman of President Barack Obama's council, were real.", "2016-01-01",
			nil, []string{"USAELI 01"}},
		{"a title of office beats the elite reading", "Venezuelan President Hugo Chavez and Argentine President Nestor Kirchner signed an energy accord in Caracas.", "",
			[]string{"VENGOV 05 ARGGOV"}, []string{"ARGELI"}},
		{"titled officeholders date an undated article", "Tony Blair flew to Berlin to meet German Chancellor Gerhard Schroeder.", "",
			[]string{"GBRGOV 04 DEU"}, []string{"GBRELI"}},
		{"a former title does not", "Former Prime Minister Tony Blair criticised Iran.", "",
			[]string{"GBRELI 11 IRN"}, nil},
		{"the office a story speaks of dates it by the one person named who held it", "The Tories accused Tony Blair of lying to Kenya. The prime minister denied it.", "",
			[]string{"GBROPP 11 GBRGOV"}, []string{"GBRELI"}},
		{"a titled officeholder later in the article dates it from the start", "Tony Blair criticised Kenya on Monday. Chancellor Gordon Brown spoke in Leeds.", "",
			[]string{"GBRGOV 11 KEN"}, []string{"GBRELI"}},
		{"a former office does not date it", "The Tories accused Tony Blair of lying to Kenya. The former prime minister denied it.", "",
			[]string{"GBROPP 11 GBRELI"}, nil},
		{"the day inside the term is the one most named persons held office on", "Vince Cable accused Gordon Brown of ducking tough choices. The chancellor denied it.", "",
			[]string{"GBROPP 11 GBRGOV"}, []string{"GBRGOVBUS", "GBRELI"}},
		{"a title dates the article inside the term, not on its first day", "The Democrats criticised President George W Bush on Monday.", "",
			[]string{"USAOPP 11 USAGOV"}, []string{"USAGOV 11"}},
		{"the offices it speaks of beat a year outside their terms", "The Tories accused Tony Blair of lying about the 1989 disaster. The prime minister denied it.", "",
			[]string{"GBROPP 11 GBRGOV"}, []string{"GBRELI", "GBRLEG"}},
		{"nor a former office a word or two before the title", "The Tories accused Tony Blair of lying to Kenya. A statement came from former British Prime Minister Tony Blair.", "",
			[]string{"GBROPP 11 GBRELI"}, nil},
		{"nor an office two named persons held (the persons named date it: May in opposition, Blair in office, datePersons)", "The Tories accused Tony Blair of lying to Kenya. Theresa May said the prime minister should resign.", "",
			[]string{"GBROPP 11 GBRGOV"}, []string{"GBRELI"}},
		{"an undated story with no year or title is read when the persons it names held office", "Mr Blair criticised Uganda. Michael Howard praised Kenya.", "",
			[]string{"GBRGOV 11 UGA", "GBROPP 05 KEN"}, []string{"GBRELI"}},
		{"a person named before the title that dates the story is read in office too", "Gen Pervez Musharraf arrived in London on Sunday. Gen Musharraf met Tony Blair on Monday.", "",
			[]string{"PAKGOV 04 GBRGOV"}, []string{"PAKELI"}},
		{"a year named once before the persons' years is background", "Uganda pumped 400 barrels a day in 1973. Vladimir Putin criticised Uganda on Monday.", "",
			[]string{"RUSGOV 11 UGA"}, []string{"RUSELI"}},
		// sector18: a background year dates the parties too; a person
		// titled with another office dates nothing; a person with no term
		// on the story's year is read on the nearest term
		{"a background year: parties are read on the persons' date", "The Kenyan crackdown of 1989 was condemned by Jack Straw and Michael Howard. The Conservatives criticised Uganda on Monday.", "",
			[]string{"GBROPP 11 UGA"}, []string{"GBRGOV 11 UGA"}},
		{"one person's long stretch does not date the parties", "The Kenyan crackdown of 1989 was condemned by Jack Straw. The Conservatives criticised Uganda on Monday.", "",
			[]string{"GBRGOV 11 UGA"}, nil},
		{"a person titled with another office than theirs dates nothing", "Tory MP Boris Johnson criticised Mr Blair. Labour criticised Uganda.", "",
			[]string{"GBRLEG 11 GBRGOV", "GBRGOV 11 UGA"}, []string{"GBRLEG 11 GBRELI"}},
		{"a person with no term on the story's year is read on the nearest one", "Kenya's 2001 plan was discussed. Vince Cable criticised Uganda on Monday. The 2001 plan failed.", "",
			[]string{"GBROPP 11 UGA"}, []string{"GBRGOVBUS"}},
		{"a story that speaks of a former office reads no one in office by the others' dates", "Mr Blair criticised Uganda. The former prime minister also praised Kenya.", "",
			[]string{"GBRELI 11 UGA"}, []string{"GBRGOV"}},
		{"an adverb inside a passive", "Kenya was also criticised over its trade with Uganda.", "2004-05-01",
			nil, []string{"KEN 11 UGA"}},
		{"a passive of tell without by names no teller", "The Kenyan trade minister was told that according to Ugandan officials the border would reopen.", "2004-05-01",
			nil, []string{"KENGOV 01", "UGAGOV 01"}},
		{"a passive of tell with by", "The Kenyan trade minister was told by Ugandan officials that the border would reopen.", "2004-05-01",
			[]string{"UGAGOV 01 KENGOV"}, nil},
		{"the actor after a charge's gerund is not the one charged", "Kenyan prosecutors have charged nine food suppliers with helping Uganda evade sanctions.", "2004-05-01",
			nil, []string{"KENJUD 17"}},
		{"an actor charged", "Kenyan prosecutors have charged a Ugandan businessman with fraud.", "2004-05-01",
			[]string{"KENJUD 17 UGABUS"}, nil},
		{"an adverb inside a passive with by", "Kenyan troops were later released by Uganda.", "2004-05-01",
			[]string{"UGA 08 KENMIL"}, []string{"KENMIL 08"}},
		{"the act judged is the source's own", "The Kenyan president has defended his decision to sell arms to Uganda.", "2004-05-01",
			nil, []string{"KENGOV 05"}},
		{"the act judged is another's", "The Kenyan president praised Uganda's decision to reopen the border.", "2004-05-01",
			[]string{"KENGOV 05 UGA"}, nil},
		{"a participle qualifying a noun", "Kenya said the deal was part of a set of measures agreed with Uganda.", "2004-05-01",
			nil, []string{"KEN 03"}},
		{"the main verb after a relative clause", "Some 160 Kenyan soldiers who are part of a group of troops arrived in Uganda on Thursday.", "2004-05-01",
			[]string{"KENMIL 0"}, nil},
		{"the subject of the next clause after a dash apposition", "At the same time as Kenya announced its new plan, Uganda - the region's second largest coffee exporter - announced record revenues.", "2004-05-01",
			nil, []string{"KEN 03"}},
		{"the subject of a clause joined by \"and the\"", "Kenya has already announced plans for new roads and the Ugandans would extend their schemes.", "2004-05-01",
			nil, []string{"KEN 03 UGA"}},
		{"a target after the verb's own words", "Kenya has already announced plans for new roads to the Ugandans.", "2004-05-01",
			[]string{"KEN 03 UGA"}, nil},
		{"a listed target before a preposition", "Kenya and Tanzania have jointly proposed deregulating air fares between Africa and the U.S. In exchange for greater access, Kenyan officials said.", "2004-05-01",
			[]string{"KEN 02 USA"}, nil},
		{"a dash apposition of a target", "Kenya criticised Uganda - its largest neighbour - on Monday.", "2004-05-01",
			[]string{"KEN 11 UGA"}, nil},
		{"an object pronoun is not the subject of its own clause", "The Kenyan president said the Ugandan president had paid for him to fly to Nairobi.", "2004-05-01",
			[]string{"UGAGOV 06 KENGOV"}, []string{"UGAGOV 06 UGAGOV"}},
		{"an object pronoun after a conjunction may be the object before it", "The Kenyan president met the Ugandan president and thanked him.", "2004-05-01",
			[]string{"KENGOV 05 UGAGOV"}, nil},
		{"a title before a surname met earlier is part of the name", "Gordon Brown spoke in London on Monday. Kenya praised Mr Brown on Tuesday.", "2005-01-15",
			[]string{"KEN 05 GBRGOV"}, nil},
		{"a body is not he", "Tony Blair said the Kenyan government would send aid to Uganda. He also criticised Tanzania on Monday.", "2004-05-01",
			[]string{"GBRGOV 11 TZA"}, []string{"KENGOV 11"}},
		{"many are not he", "Tony Blair said Kenyan ministers would send aid to Uganda. He also criticised Tanzania on Monday.", "2004-05-01",
			[]string{"GBRGOV 11 TZA"}, []string{"KENGOV 11"}},
		{"a title inside the name the dictionary matched", "Kenya criticised US President George Bush on Monday.", "",
			[]string{"KEN 11 USAGOV"}, []string{"USAELI"}},
		{"a former title inside the name does not", "Kenya criticised former US President George Bush on Monday.", "",
			[]string{"KEN 11 USAELI"}, nil},
		{"a title alone is no surname of the person named with it", "Mr Blair met Jacques Chirac in Paris. Later Mr Wyatt criticised Germany.", "2005-01-01",
			[]string{"GBRGOV 04 FRAGOV"}, []string{"GBRGOV 11"}},
		{"a date is not an actor", "Home Secretary Charles Clarke criticised the plan on 17 November.", "2005-01-01",
			nil, []string{"GBRGOV 11"}},
		{"countries listed before a currency are currencies", "Chile said it will buy more of the Australian and Canadian dollar.", "2005-01-01",
			nil, []string{"CHL"}},
		{"a passive without by names no agent", "British troops were ambushed last night; Iran denied any role.", "2005-01-01",
			nil, []string{"IRN 19"}},
		{"the next actor is not the agent", "The German bank was barred from lending, and Russia welcomed the move.", "2005-01-01",
			nil, []string{"RUS 16"}},
		{"a pair signing", "Italy and Germany signed the agreement on Monday.", "2004-05-01",
			[]string{"ITA 05 DEU"}, nil},
		{"a title of office and a surname: the one person of that surname in such an office on the date", "President Kenyatta criticised Uganda on Monday.", "2016-03-01",
			[]string{"KENGOV 11 UGA"}, nil},
		{"a surname after a title is not the person out of that office on the date", "Prime Minister Thatcher criticised Kenya on Monday.", "2016-03-01",
			nil, []string{"GBRGOV"}},
		{"a titled surname, then the surname alone", "President Museveni arrived in Nairobi on Monday. Museveni criticised Kenya on Tuesday.", "2016-03-01",
			[]string{"UGAGOV 11 KEN"}, nil},
		{"a given name after a title is no surname", "Mayor Bill de Blasio criticised Uganda on Monday.", "2016-03-01",
			nil, []string{"GNQGOV"}},
		{"an unknown name after a nationality and a title is that country's officeholder", "Ugandan President John Okello criticised Kenya on Monday.", "2016-03-01",
			[]string{"UGAGOV 11 KEN"}, nil},
		{"an abbreviated title with its dot is the title", "The US election campaign went on in Iowa. Sen. Ted Cruz criticised Iran on Monday.", "2016-03-01",
			[]string{"USALEG 11 IRN"}, nil},
		{"two abbreviated ranks are one", "The US army trained in Texas. Lt. Gen. John Smith criticised Iran on Monday.", "2016-03-01",
			[]string{"USAMIL 11 IRN"}, nil},
		{"a title with its dot names a person for he and she", "Tony Blair met Jacques Chirac in Paris. Mrs. Dalton arrived later, and she criticised Germany.", "2004-05-01",
			nil, []string{"FRAGOV 11", "GBRGOV 11"}},
		{"a capitalised word that may be a verb ends a name before an auxiliary", "The US election campaign went on in Iowa. Gov. Nathan Deal has vowed to help Kenya. Deal criticised Iran on Monday.", "2016-03-01",
			[]string{"USAGOV 11 IRN"}, nil},
		{"an honorific and a surname: the one person of that surname in office on the date", "Mr Museveni criticised Kenya on Monday.", "2016-03-01",
			[]string{"UGAGOV 11 KEN"}, nil},
		{"an honorific and a surname named in full before as someone the dictionaries lack", "Jomo Museveni spoke in Kampala on Monday. Mr Museveni criticised Kenya on Tuesday.", "2016-03-01",
			nil, []string{"UGAGOV"}},
		{"an honorific and the surname of a former officeholder of a country the article named", "Britain held an election on Monday. Mrs Thatcher criticised Kenya on Tuesday.", "2005-03-01",
			[]string{"GBRELI 11 KEN"}, nil},
		{"a party's MPs are the legislature, not the party in government", "Labour MPs criticised Tony Blair on Monday.", "2005-03-01",
			[]string{"GBRLEG 11 GBRGOV"}, []string{"GBRGOV 11"}},
		// a party's own people are the party's, PTY (partyPeople, orgs13)
		{"a party's members are the party's people, not the party in government", "Tony Blair told Labour members that the Tories offered a hard right agenda.", "2005-03-01",
			[]string{"GBRGOV 01 GBRPTY"}, []string{"GBRGOV 01 GBRGOV"}},
		{"a party's activists are no trade unionists", "Jack Straw told Labour activists in Blackburn that the war was legal.", "2005-03-01",
			[]string{"GBRGOV 01 GBRPTY"}, []string{"GBRGOV 01 GBRLAB"}},
		{"a party's delegates and candidates are its people", "Republican delegates criticised Iran on Monday. A Labour candidate criticised Kenya on Tuesday.", "2016-03-01",
			[]string{"USAPTY 11 IRN", "GBRPTY 11 KEN"}, []string{"USAGOV", "USAOPP", "GBROPP"}},
		{"prospective MPs are candidates", "Tony Blair told prospective Labour MPs that phone-ins were useful.", "2005-03-01",
			[]string{"GBRGOV 01 GBRPTY"}, []string{"GBRGOV 01 GBRLEG"}},
		{"a group's members are not a party's", "Hamas members attacked Israeli soldiers on Monday.", "2005-03-01",
			nil, []string{"PSEPTY"}},
		{"a party's lawmakers are the legislature, a former one an elite", "Republican lawmakers criticised Iran on Monday. A former Republican senator praised Kenya on Tuesday.", "2016-03-01",
			[]string{"USALEG 11 IRN", "USAELI 05 KEN"}, []string{"USAOPP"}},
		{"an organisation's entry is never he or she", "The G7 criticised Kenya on Monday. He also praised Uganda.", "2016-03-01",
			[]string{"IGOGOS 11 KEN"}, []string{"IGOGOS 05 UGA"}},
		{"a given name before a person's one-word entry names someone else", "Margaret Hassan urged Britain to leave Iraq on Monday. Mrs Hassan also urged Kenya to help.", "2005-01-01",
			nil, []string{"JORELI", "JORGOV"}},
		{"the one-word entry after its own given name stays", "Prince Hassan criticised Israel on Monday.", "1995-01-01",
			[]string{"JORGOV 11 ISR"}, nil},
		{"an undated story's title beats a closed term read as the latest", "Tory MP Boris Johnson criticised Kenya. Mr Johnson also criticised Uganda.", "",
			[]string{"GBRLEG 11 KEN", "GBRLEG 11 UGA"}, []string{"GBRGOV"}},
		{"ex- joined to the title's first word makes a former officeholder", "Ex-foreign secretary Robin Cook criticised Kenya on Monday.", "",
			[]string{"GBRELI 11 KEN"}, []string{"GBRLEG", "GBRGOV"}},
		{"an organisation's president is no state's officeholder", "Kenya criticised Uganda on Monday. AFL-CIO President Richard Trumka praised Tanzania on Tuesday.", "2016-03-01",
			[]string{"KEN 11 UGA"}, []string{"KENGOV", "UGAGOV"}},
		// chprec11: a subject pronoun or a coordinated verb takes up the
		// sentence's subject, not a phrase's object or a possessor
		{"it after a by-phrase is the subject", "The Kenyan rebels spurned offers of talks by the Ugandan government, insisting that it will only negotiate with Tanzania.", "",
			[]string{"KENREB 03 TZA"}, []string{"UGAGOV 03 TZA"}},
		{"it after a place of the object is the subject", "A Kenyan court freed a Ugandan journalist in the province of Mombasa, after it convicted him on terrorism charges.", "",
			[]string{"KENJUD 17 UGAMED"}, []string{"KEN 17 UGAMED"}},
		{"he after a possessor is the subject", "The Kenyan president rejected the Ugandan president's offer of talks and he also accused the Tanzanian government of lying.", "",
			[]string{"KENGOV 11 TZAGOV"}, []string{"UGAGOV 11 TZAGOV"}},
		{"a coordinated verb after a place", "Kenyan officials arrived in Uganda on Saturday and have since met Ugandan ministers.", "",
			[]string{"KENGOV 04 UGAGOV"}, nil},
		{"he after a direct object stays with it", "The Kenyan president met the Ugandan president and he also accused the Tanzanian government of lying.", "",
			[]string{"UGAGOV 11 TZAGOV"}, nil},
		{"who after a name no dictionary holds", "Kenyan officials met Odhiambo, who criticised Uganda.", "",
			nil, []string{"KENGOV 11 UGA"}},
		{"who after a titled name is the officeholder", "The comments echoed those of Kenyan Minister of Foreign Affairs Raphael Tuju, who met the Ugandan president yesterday.", "",
			[]string{"KENGOV 04 UGAGOV"}, nil},
		{"it is no person holding an office", "Kenyan President Mwai Kibaki spurned offers of talks by the Ugandan government, insisting that it will only negotiate with Tanzania.", "",
			nil, []string{"KENGOV 03 TZA"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := c.Code(context.Background(), "t", tc.text, tc.date)
			checkRoots(t, evs, tc.want, tc.not)
		})
	}
}

func TestGuessYear(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The minister spoke in 2004 about the 2005 election and the 2005 budget.", "2005-07-01"},
		{"Growth in 2004 was 3%; the target for 2010 is 5% by 2012.", "2004-07-01"},
		{"It cost $2004 and 1,2004 units; 20045 is not a year.", ""},
		{"The deadline is set to 2010, after talks in 2003.", "2003-07-01"},
		{"No year here.", ""},
	} {
		if got := guessYear(tc.text); got != tc.want {
			t.Errorf("guessYear(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAntecedentSpan: an event whose source is a pronoun shows, as its
// evidence, the words that name the actor when the same sentence names
// it; a pronoun whose antecedent is in an earlier sentence shows itself.
func TestAntecedentSpan(t *testing.T) {
	c, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want, src string }{
		{"Kenya said on Friday it had expelled diplomats from Uganda.", "KEN 16", "Kenya"},
		{"Uhuru Kenyatta spoke in Nairobi on Monday. He expelled diplomats from Uganda on Friday.", "KENGOV 16", "He"},
		{"Kenyan President Uhuru Kenyatta said he would meet Ugandan rebels.", "KENGOV 04", "Kenyan President Uhuru Kenyatta"},
	} {
		var got []string
		found := false
		for _, ev := range c.Code(context.Background(), "t", tc.text, "2016-01-01") {
			e := ev.Evidence[0]
			if e.SourceSpan == nil {
				continue
			}
			src := e.Sentence[e.SourceSpan.Start:e.SourceSpan.End]
			got = append(got, ev.Source.Code+" "+ev.Root+" "+ev.Target.Code+" ("+src+")")
			if strings.HasPrefix(ev.Source.Code+" "+ev.Root, tc.want) && src == tc.src {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %s with source words %q, got %v", tc.text, tc.want, tc.src, got)
		}
	}
}

// TestSubjectPronounSwitch: the switch pronounClause uses holds the same
// words as subjectPronouns.
func TestSubjectPronounSwitch(t *testing.T) {
	for w := range subjectPronouns {
		if !subjectPronoun(w) {
			t.Errorf("subjectPronoun(%q) false, in subjectPronouns", w)
		}
	}
	for _, w := range []string{"HE", "SHE", "THEY", "WE", "I", "IT", "YOU", "HIM"} {
		if subjectPronoun(w) != subjectPronouns[w] {
			t.Errorf("subjectPronoun(%q) = %v, subjectPronouns %v", w, subjectPronoun(w), subjectPronouns[w])
		}
	}
}
