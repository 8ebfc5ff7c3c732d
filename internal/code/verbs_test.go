package code

import (
	"context"
	"strings"
	"testing"
)

func TestDyadVerbs(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text, date string
		want             string // SRC/TGT/CODE that must be among the events; "" none at all
	}{
		{"urge", "Kenya urged Uganda to repatriate the men.", "2010-01-01", "KEN/UGA/020"},
		// prec17: calling someone out denounces them (111), no phone call
		// and no appeal; calling out the army mobilises it, no event
		{"called out", "Kenya called out Uganda for its raids.", "2010-01-01", "KEN/UGA/111"},
		{"calling out", "Kenya is calling out the Ugandans over the raids.", "2010-01-01", "KEN/UGA/111"},
		{"called out the army", "Kenya called out the army.", "2010-01-01", ""},
		{"called, no out", "Kenya called Uganda to discuss the raids.", "2010-01-01", "KEN/UGA/041"},
		// prec17: approval or permission received from someone is their
		// act of allowing (080), the giver the source
		{"received approval from", "Kenya received approval from Uganda to build the road.", "2010-01-01", "UGA/KEN/080"},
		{"won permission from", "Kenya has won permission from Uganda to fly over its territory.", "2010-01-01", "UGA/KEN/080"},
		{"received a call from", "Kenya received a call from Uganda.", "2010-01-01", "KEN/UGA/041"},
		// prec17: giving someone a chance, a lead or delegates is no 060;
		// "pledged delegates" are no pledge
		{"given a chance", "Uganda has given Kenya a real chance.", "2010-01-01", ""},
		{"gave a big lead", "The Ugandan poll gave Kenya a big lead.", "2010-01-01", ""},
		{"gave food stays", "Kenya gave Uganda food.", "2010-01-01", "KEN/UGA/073"},
		{"pledged delegates", "Kenya's leader has a lead in pledged delegates over Uganda's.", "2010-01-01", ""},
		{"pledged aid stays", "Kenya pledged aid to Uganda.", "2010-01-01", "KEN/UGA/030"},
		// fixes18: matching something (subsidies, an offer) equals it, no
		// fight (MATCH left PHYSICAL_CONFLICT and its "* WITH" 190);
		// fighting or clashing with someone stays 190
		{"matched subsidies with", "Kenya will match those subsidies with Uganda.", "2010-01-01", ""},
		// lead: casting doubt is criticism, an endorsement given is one
		{"called into question", "Kenya called into question Uganda's commitment to the deal.", "2010-01-01", "KEN/UGA/111"},
		{"calling into question", "Kenyan groups are calling into question Uganda's leadership.", "2010-01-01", "KEN/UGA/111"},
		{"gave an endorsement", "Kenya gave Uganda a ringing endorsement.", "2010-01-01", "KEN/UGA/051"},
		{"gave its endorsement", "Kenya gave Uganda its endorsement.", "2010-01-01", "KEN/UGA/051"},
		{"matched offer", "Kenya matched the Ugandan offer.", "2010-01-01", ""},
		{"matched against", "Kenya will be matched against Uganda in the final.", "2010-01-01", ""},
		{"fought with stays", "Kenyan troops fought with Ugandan soldiers.", "2010-01-01", "KENMIL/UGAMIL/190"},
		{"clashed with stays", "Kenyan troops clashed with Ugandan soldiers.", "2010-01-01", "KENMIL/UGAMIL/190"},
		// prec17: conflating is no merger; checking in with someone consults them
		{"conflated", "A Kenyan reporter conflated the Ugandan leader with a dictator.", "2010-01-01", ""},
		{"checked in with", "Kenyan officials checked in with Ugandan ministers.", "2010-01-01", "KENGOV/UGAGOV/040"},
		{"checked stays", "Kenya checked Ugandan trucks at the border.", "2010-01-01", "KEN/UGA/090"},
		// prec17: leeway, a role, time until a date, any credit given are no
		// 060; testimony given to a body is a statement (010)
		{"gave leeway", "Kenya gave Uganda more leeway.", "2010-01-01", ""},
		{"won't give any credit", "Kenya won't give Uganda any credit.", "2010-01-01", ""},
		{"gave testimony to", "The Kenyan minister gave testimony to Ugandan lawmakers.", "2010-01-01", "KENGOV/UGALEG/010"},
		{"gave a credit of an amount stays", "Kenya gave Uganda credit of $5 million.", "2010-01-01", "KEN/UGA/071"},
		// prec16: blocking another's push, bid or proposal rejects it
		// (EXCLUDE's BLOCK bare is 170); blocking people or goods stays
		{"blocked a push", "Russia blocked a Kenyan push to renew the inquiry.", "2010-01-01", "RUS/KEN/120"},
		{"blocked a bid", "Kenya blocked Uganda's bid to join the council.", "2010-01-01", "KEN/UGA/120"},
		{"blocked imports", "Kenya blocked Ugandan imports.", "2010-01-01", "KEN/UGA/170"},
		// aid16: an amount of aid announced is aid given (071); aid
		// announced without an amount stays an intent (0331)
		{"announced amount in aid", "Kenya announced $5 million in aid to Uganda.", "2010-01-01", "KEN/UGA/071"},
		{"announced assistance of amount", "Kenya announced humanitarian assistance of 60 million euros for Uganda.", "2010-01-01", "KEN/UGA/071"},
		{"announced aid, no amount", "Kenya announced new aid to Uganda.", "2010-01-01", "KEN/UGA/0331"},
		// phrase17: an amount written with a currency sign is money, as
		// "5 million dollars" is, for a pattern of aid given (07); a
		// pattern of raising or earning money does not take it
		{"allocated a sign amount", "Kenya allocated $5 million to Uganda.", "2010-01-01", "KEN/UGA/071"},
		{"lent a sign amount", "Kenya lent Uganda £50m.", "2010-01-01", "KEN/UGA/071"},
		{"raised a sign amount", "Kenya raised $5 million from Ugandan banks.", "2010-01-01", ""},
		// cov14: a claim of responsibility is the act (015), not a claim
		// of something said; a compound subject before a progressive; a
		// list inside an opening phrase is no subject
		{"claimed responsibility", "Kenyan rebels claimed responsibility for the attack on the Ugandan embassy.", "2010-01-01", "KENREB/UGAGOV/015"},
		{"compound progressive", "Kenya and Uganda are holding talks.", "2010-01-01", "UGA/KEN/046"},
		{"compound progressive, been", "Kenya and Uganda have been holding talks on their border.", "2010-01-01", "KEN/UGA/046"},
		{"list in an opening phrase", "Under an agreement with Kenya and Uganda, Tanzania increased imports.", "2010-01-01", ""},
		// cov14: the place of an attack whose responsibility was claimed
		// or denied is its target, a group of that country's own too
		{"claimed responsibility, place", "Kenyan rebels claimed responsibility for the attack in Kampala.", "2010-01-01", "KENREB/UGA/015"},
		{"claimed responsibility, own place", "Ugandan rebels claimed responsibility for the attack in Kampala.", "2010-01-01", "UGAREB/UGA/015"},
		{"denied responsibility, place", "Kenyan rebels denied responsibility for the bombing in Kampala.", "2010-01-01", "KENREB/UGA/016"},
		{"claimed responsibility, venue", "Kenyan rebels claimed responsibility for the kidnapping at a meeting in Kampala.", "2010-01-01", ""},
		// venue16: the third location of a 044 meeting is no party to it;
		// a partner after "with" is, and so are the actors who met
		{"third location", "The Kenyan president attended a conference in Uganda.", "2010-01-01", ""},
		{"third location, partner", "The Kenyan president held a summit in Uganda with the Tanzanian president.", "2010-01-01", "KENGOV/TZAGOV/044"},
		{"third location, who met", "Kenyan and Ugandan leaders held a summit in Tanzania.", "2010-01-01", "KEN/UGA/044"},
		// venue16: where something takes place is no party to any act
		{"took place in", "Kenya has been invited to take part in the meeting taking place in Uganda on Friday.", "2010-01-01", ""},
		// roles17: a court in a passive's subject or an opening phrase, and
		// a programme one is heard on, are where it happened, no party
		{"courts in a passive's subject", "New rules for witnesses giving evidence in courts in Kenya have been announced by the Ugandan justice minister.", "2010-01-01", ""},
		{"courts criticised in a passive", "The Kenyan courts have been criticised by the Ugandan justice minister.", "2010-01-01", "UGAGOV/KENJUD/111"},
		{"a court in an opening phrase", "Last month in a Kenyan court, the bank pleaded guilty to failing to report payments relating to accounts held by the Tanzanian government.", "2010-01-01", ""},
		{"prosecutors after a court's opening phrase", "Last month in a Kenyan court, Kenyan prosecutors accused the Tanzanian government of fraud.", "2010-01-01", "KENJUD/TZAGOV/173"},
		{"on a programme", "The Kenyan minister insisted on BBC Radio 4's Today programme that the plan would work.", "2010-01-01", ""},
		{"the BBC criticised", "The Kenyan government criticised the BBC over its programme.", "2010-01-01", "KENGOV/GBRMED/111"},
		// roles17: what an act went against, what a gathering is about,
		// and an act only asked for are no party
		{"despite objections", "The Kenyan minister said he wanted to lift the ban, despite Ugandan objections.", "2010-01-01", ""},
		{"declined despite a request", "The Kenyan minister declined to resign, despite the Ugandan president's request.", "2010-01-01", "KENGOV/UGAGOV/120"},
		{"a meeting on a topic hosted", "Tuesday's meeting on Ugandan reform is being hosted by the Kenyan president.", "2010-01-01", ""},
		{"a meeting with ministers hosted", "Tuesday's meeting with Ugandan ministers is being hosted by the Kenyan president.", "2010-01-01", "KENGOV/UGAGOV/043"},
		{"a place before a gathering without a venue word", "The Kenyan minister will attend a Kampala meeting of the Group of 24 next week.", "2010-01-01", ""},
		{"an agenda against a place's summit", "Kenyan campaigners have promised to set an alternative agenda to that of the Ugandan summit.", "2010-01-01", ""},
		{"a meeting of a place's officials", "The Kenyan minister will attend a meeting of Ugandan officials next week.", "2010-01-01", "KENGOV/UGAGOV/036"},
		{"a demand for another to act", "The deal came despite a Kenyan demand for Uganda to recognise Tanzania.", "2010-01-01", "KEN/UGA/100"},
		{"took place in, object", "Kenya invited Uganda to the talks taking place in Tanzania.", "2010-01-01", "KEN/UGA/036"},
		{"place qualifying a venue", "Kenyan ministers spoke at a Kampala meeting on Monday.", "2010-01-01", ""},
		{"place qualifying a venue, target kept", "Kenyan ministers criticised Uganda at a Nairobi meeting on Monday.", "2010-01-01", "KENGOV/UGA/111"},
		// cov14: predicate adjectives of outlook with their preposition
		{"skeptical of", "Kenya is skeptical of Uganda's announcement.", "2010-01-01", "KEN/UGA/012"},
		{"optimistic about", "Kenyan officials are optimistic about Ugandan growth.", "2010-01-01", "KENGOV/UGA/013"},
		{"skeptical that", "Kenya is skeptical that the plan will work.", "2010-01-01", ""},
		// cov14: a denial of another's claims has their author as target
		{"denied claims", "Kenya denied Uganda's claims.", "2010-01-01", "KEN/UGA/016"},
		{"refuted claim", "Kenya refuted Uganda's claim that it had armed the rebels.", "2010-01-01", "KEN/UGA/016"},
		// senses13: verb forms spelt as English spells them (the
		// generator made "HITED", "DIING", "HOPED" for hop)
		{"hitting", "Kenyan troops are hitting Ugandan rebels.", "2010-01-01", "KENMIL/UGAREB/190"},
		{"dying in clashes", "Kenyan troops were dying in clashes with Ugandan rebels.", "2010-01-01", "UGAREB/KENMIL/190"},
		{"dying at a place", "The Kenyan president was dying at a Ugandan hospital.", "2010-01-01", ""},
		{"withdrawn troops from", "Kenya has withdrawn its troops from Uganda.", "2010-01-01", "KEN/UGA/0874"},
		{"assets withdrawn from", "Kenya withdrew $1bn in assets from Uganda.", "2010-01-01", ""},
		{"concern about", "Kenya expressed concern about Uganda's nuclear programme.", "2010-01-01", "KEN/UGA/012"},
		{"optimism about", "Kenya expressed optimism about Uganda's new government.", "2010-01-01", "KEN/UGAGOV/013"},
		{"talk about", "Kenya talked about Uganda.", "2010-01-01", ""},
		{"broken a body's rules", "Kenya has broken the East African Community's customs union rules.", "2010-01-01", ""},
		{"broke rebel lines", "Kenyan troops broke Ugandan rebel lines.", "2010-01-01", "KENMIL/UGAREB/190"},
		{"arrive at a school", "The Kenyan minister arrived at a Ugandan school.", "2010-01-01", ""},
		{"arrive at a court", "The Kenyan minister arrived at the Ugandan High Court.", "2010-01-01", ""},
		{"arrive in a country", "The Kenyan president arrived in Uganda.", "2010-01-01", "KENGOV/UGA/040"},
		{"discuss relations between", "Kenya discussed relations between Uganda and Tanzania.", "2010-01-01", ""},
		{"discuss a dispute between", "Kenya discussed the border dispute between Uganda and Tanzania.", "2010-01-01", ""},
		{"talks between", "Talks between Kenya and Uganda resumed.", "2010-01-01", "KEN/UGA/046"},
		{"heard in a court", "The case against the Kenyan minister will be heard in the Ugandan High Court.", "2010-01-01", ""},
		{"suit in a court against", "Kenya filed a lawsuit against Uganda in a Ugandan court.", "2010-01-01", "KEN/UGA/115"},
		{"arrive for a radio show", "The Kenyan minister was arriving for a BBC radio show.", "2010-01-01", ""},
		{"stolen", "Kenyan rebels have stolen Ugandan cattle.", "2010-01-01", "KENREB/UGA/171"},
		{"counselling", "The Kenyan minister was counselling Ugandan officials.", "2010-01-01", "KENGOV/UGAGOV/020"},
		{"vetoes", "Kenya vetoes a Ugandan proposal.", "2010-01-01", "KEN/UGA/129"},
		{"hoped", "The Kenyan president said he hoped the Ugandan government would release the men.", "2010-01-01", "KENGOV/UGAGOV/020"},
		// senses12: senses that name no act on another, or another act
		{"die at a place", "The Kenyan president died at a Ugandan hospital.", "2010-01-01", ""},
		{"die where", "Kenyan troops died in Uganda.", "2010-01-01", ""},
		{"die in clashes", "Kenyan troops died in clashes with Ugandan rebels.", "2010-01-01", "UGAREB/KENMIL/190"},
		{"benefit from", "The Kenyan opposition is benefiting most from Ugandan anger.", "2010-01-01", ""},
		{"benefit someone", "The Kenyan scheme benefits Ugandan farmers.", "2010-01-01", ""},
		{"aid someone", "Kenya aided Ugandan farmers.", "2010-01-01", "KEN/UGAAGR/060"},
		{"end a trip", "The Kenyan president is ending a three-day trip to Uganda.", "2010-01-01", "KENGOV/UGA/042"},
		{"end a trip, hosted", "The Kenyan president is ending a three-day trip to Uganda.", "2010-01-01", "UGA/KENGOV/043"},
		{"fire both barrels", "The Kenyan minister fired both barrels at the Ugandan government.", "2010-01-01", "KENGOV/UGAGOV/111"},
		{"fire at", "Kenyan troops fired at Ugandan rebels.", "2010-01-01", "KENMIL/UGAREB/190"},
		{"move into an office", "The Kenyan opposition leader moved into the Ugandan president's office.", "2010-01-01", ""},
		{"move into a country", "Kenyan troops moved into Uganda.", "2010-01-01", "KENMIL/UGA/192"},
		{"receive an envoy", "Kenya received the Ugandan envoy.", "2010-01-01", "KEN/UGAGOV/043"},
		{"receive an envoy, the visit", "Kenya received the Ugandan envoy.", "2010-01-01", "UGAGOV/KEN/042"},
		{"convict a state", "A Kenyan court convicted Uganda of inhuman acts.", "2010-01-01", "KENJUD/UGA/116"},
		{"convict a firm", "A Kenyan court convicted a Ugandan company of fraud.", "2010-01-01", "KENJUD/UGABUS/116"},
		{"convict a person", "A Kenyan court convicted a Ugandan businessman of fraud.", "2010-01-01", "KENJUD/UGABUS/173"},
		{"convict people", "A Kenyan court convicted three Ugandan journalists.", "2010-01-01", "KENJUD/UGAMED/173"},
		// places12: a part of a place after a force or a visit is the place's country
		{"shelled the outskirts of a city", "Kenyan troops shelled the outskirts of Kampala.", "2010-01-01", "KENMIL/UGA/190"},
		{"raided villages in a country's north", "Kenyan troops raided villages in northern Uganda.", "2010-01-01", "KENMIL/UGA/190"},
		{"visited the city of", "The Kenyan president visited the city of Kampala.", "2010-01-01", "KENGOV/UGA/042"},
		{"strengthened its forces in", "Kenya strengthened its forces in Uganda.", "2010-01-01", "KEN/UGA/154"},
		{"boosted its forces in", "Kenya boosted its forces in Uganda.", "2010-01-01", "KEN/UGA/154"},
		{"a bank's reserves are no forces", "The Kenyan bank built up its reserves in Uganda.", "2010-01-01", ""},
		{"troops deployed in a country are not its troops", "Kenya deployed 300 troops in Uganda.", "2010-01-01", "KEN/UGA/062"},
		{"troops reinforced in a country are not its troops", "Kenya reinforced its troops in Uganda.", "2010-01-01", "KEN/UGA/154"},
		// chcov11: codebook categories' common phrasings (gen/verbs.dyad)
		{"impose an embargo", "Kenya imposed an arms embargo on Uganda.", "2010-01-01", "KEN/UGA/163"},
		{"engage in talks", "Kenya engaged in talks with Uganda.", "2010-01-01", "UGA/KEN/046"},
		// bbcrole11: senses of politics news that name no act on another
		{"engage with voters", "Kenyan MPs want to engage with Ugandan voters.", "2010-01-01", ""},
		{"engage in a campaign", "The Kenyan government is engaging in a campaign against Ugandan smugglers.", "2010-01-01", ""},
		{"engage in fighting", "Kenyan troops engaged in fierce fighting with Ugandan rebels.", "2010-01-01", "UGAREB/KENMIL/190"},
		{"engage an actor in a place", "Kenyan troops engaged Ugandan rebels in Kismayo.", "2010-01-01", "KENMIL/UGAREB/190"},
		{"catch up with", "Kenya will catch up with Uganda in broadband speeds.", "2010-01-01", ""},
		{"strike a chord", "The Kenyan opposition's policies are striking a chord with Ugandan voters.", "2010-01-01", ""},
		{"target seats", "Kenyan campaigners targeted nine marginal Ugandan seats.", "2010-01-01", ""},
		{"a court ruled that", "A Kenyan court ruled on Friday that the Ugandan government could not sue the firms.", "2010-01-01", ""},
		{"founded by", "The Kenyan company founded by the former Ugandan president fell 15%.", "2010-01-01", ""},
		{"made a trip to", "The Kenyan president made a surprise trip to Uganda this week.", "2010-01-01", "KENGOV/UGA/042"},
		{"a trip made is hosted", "The Kenyan president made a visit to Uganda on Monday.", "2010-01-01", "UGA/KENGOV/043"},
		{"conduct joint exercises", "Kenya conducted joint military exercises with Uganda.", "2010-01-01", "UGA/KEN/062"},
		{"hold joint drills", "Kenya held joint drills with Uganda.", "2010-01-01", "KEN/UGA/062"},
		{"normalise relations", "Kenya normalised relations with Uganda.", "2010-01-01", "UGA/KEN/054"},
		{"upgrade ties", "Kenya upgraded diplomatic ties with Uganda.", "2010-01-01", "KEN/UGA/050"},
		{"downgrade ties", "Kenya downgraded diplomatic ties with Uganda.", "2010-01-01", "KEN/UGA/161"},
		{"downgrade debt", "A Kenyan agency downgraded Ugandan debt.", "2010-01-01", ""},
		{"relax restrictions", "Kenya relaxed restrictions on Uganda.", "2010-01-01", "KEN/UGA/081"},
		{"scrap sanctions", "Kenya scrapped sanctions against Uganda.", "2010-01-01", "KEN/UGA/085"},
		{"take to court", "Kenya took Uganda to court.", "2010-01-01", "KEN/UGA/115"},
		{"let free", "Kenya let free Ugandan prisoners.", "2010-01-01", "KEN/UGACVL/0841"},
		{"round up", "Kenyan police rounded up Ugandan activists.", "2010-01-01", "KENCOP/UGAOPP/173"},
		{"phone call", "Kenya held a phone call with Uganda.", "2010-01-01", "UGA/KEN/041"},
		{"donate supplies", "Kenya donated medical supplies to Uganda.", "2010-01-01", "KEN/UGA/073"},
		{"declare a ceasefire", "Kenya declared a ceasefire with Ugandan rebels.", "2010-01-01", "KEN/UGAREB/0871"},
		{"expressed disquiet", "Kenya expressed disquiet over Uganda.", "2010-01-01", "KEN/UGA/012"},
		// the organiser of a statement's venue is not whom it addressed
		// (venueAgent)
		{"speak at a seminar organised by", "The Kenyan president was speaking at a seminar organised by the Ugandan government.", "2010-01-01", ""},
		{"speak to", "The Kenyan president spoke to the Ugandan government on Monday.", "2010-01-01", "KENGOV/UGAGOV/010"},
		// a civilians' role word in the singular before a plural noun
		// qualifies it (civilianModifier): no actor
		{"civilian as a modifier", "The Kenyan president praised the civilian officers on Monday.", "2010-01-01", ""},
		{"civilians acted on", "The Kenyan police detained civilians on Monday.", "2010-01-01", "KENCOP/KENCVL/173"},
		// a meeting named as a noun beside the sentence's act
		// (nominalMeetings, devnoun17): both sides met
		{"during a meeting with", "Kenya presented the draft treaty during a meeting with Uganda.", "2010-01-01", "KEN/UGA/040"},
		{"during a meeting with, the other side", "Kenya presented the draft treaty during a meeting with Uganda.", "2010-01-01", "UGA/KEN/040"},
		{"a meeting at a place with", "Kenya presented the draft treaty during a one-hour meeting at the Ugandan mission with the Tanzanian delegation.", "2010-01-01", "TZA/KEN/040"},
		{"after talks with, fronted", "After talks with Uganda, Kenya signed the border treaty.", "2010-01-01", "UGA/KEN/046"},
		{"a meeting still to come", "Kenya will present the draft treaty at a meeting with Uganda.", "2010-01-01", ""},
		{"before talks with", "Before talks with Uganda, Kenya signed the border treaty.", "2010-01-01", ""},
		{"a meeting to come after the phrase", "Kenya, at a meeting with Uganda next week, will sign the border treaty.", "2010-01-01", ""},
		{"in time for a meeting", "Kenya revised the border treaty in time for its meeting with Uganda.", "2010-01-01", ""},
		{"the absence of talks", "In the absence of talks with Uganda, Kenya closed the border.", "2010-01-01", ""},
		{"after the talks, another clause", "The Kenyan president said after the talks there was anger with Uganda.", "2010-01-01", ""},
		{"a meeting beside a negated act", "Kenya didn't sign the border treaty during a meeting with Uganda.", "2010-01-01", ""},
		{"a meeting beside an act not done", "Kenya did not sign the border treaty during a meeting with Uganda.", "2010-01-01", ""},
		{"a meeting starting later", "Kenya presented the draft treaty at a meeting with Uganda starting on Sunday.", "2010-01-01", ""},
		{"a meeting with its side next", "Kenya presented the draft treaty at a meeting with Uganda next month.", "2010-01-01", ""},
		// a visit named as a noun beside the sentence's act (nominalVisits,
		// visit17): the visitor visits, the place hosts
		{"during a visit to", "Kenya signed the border treaty during a visit to Uganda.", "2010-01-01", "KEN/UGA/042"},
		{"during a visit to, the host", "Kenya signed the border treaty during a visit to Uganda.", "2010-01-01", "UGA/KEN/043"},
		{"on a visit to, fronted", "On a visit to Uganda, the Kenyan president praised its army.", "2010-01-01", "KENGOV/UGA/042"},
		{"a visit still to come", "Kenya will sign the border treaty during a visit to Uganda.", "2010-01-01", ""},
		{"in time for a visit", "Kenya revised the border treaty in time for its visit to Uganda.", "2010-01-01", ""},
		{"a visiting pronoun", "The Kenyan president arrived on Monday. He signed the treaty during a visit to Tanzania.", "2010-01-01", ""},
		{"a visit to a person's building", "The Kenyan president spoke after a visit to John Mwangi.", "2010-01-01", ""},
		{"a visit by, the visitor after by", "The border treaty was signed during a visit by Kenya to Uganda.", "2010-01-01", "KEN/UGA/042"},
		{"a visit by, the host", "The border treaty was signed during a visit by Kenya to Uganda.", "2010-01-01", "UGA/KEN/043"},
		{"a tour of", "On a tour of Uganda, the Kenyan president praised its army.", "2010-01-01", "UGA/KENGOV/043"},
		{"a visit by, still to come", "The border treaty will be signed during a visit by Kenya to Uganda.", "2010-01-01", ""},
		{"a visit by, negated", "The border treaty wasn't signed during a visit by Kenya to Uganda.", "2010-01-01", ""},
		{"an owner's tour of", "The border treaty was signed during the Kenyan president's tour of Uganda.", "2010-01-01", "UGA/KENGOV/043"},
		{"an owner's tour of, negated", "The border treaty wasn't signed during the Kenyan president's tour of Uganda.", "2010-01-01", ""},
		{"a tour of, starting", "Kenya signed the border treaty on a tour of Uganda starting on Sunday.", "2010-01-01", ""},
		{"an act toward the host during a visit", "Kenya pledged support to the Ugandan people during a visit to Uganda.", "2010-01-01", "KEN/UGAPPL/032"},
		// a judgement named as a noun with its owner (nominalJudgements):
		// the owner judged the actor after the noun's preposition
		{"owner's criticism", "The crowd cheered Kenya's criticism of Uganda.", "2010-01-01", "KEN/UGA/111"},
		{"his praise", "The Kenyan president, who went on the radio to defend his praise of the Ugandan president, spoke on Monday.", "2010-01-01", "KENGOV/UGAGOV/051"},
		{"rivals' attacks", "The Kenyan opposition's repeated attacks on the Kenyan government alarmed the crowd.", "2010-01-01", "KENOPP/KENGOV/111"},
		{"a possible condemnation is not stated", "Kenya's possible condemnation of Uganda surprised the crowd.", "2010-01-01", ""},
		{"their: a plural owner is not paired", "Kenya and Tanzania met on Monday. Their criticism of Uganda surprised the crowd.", "2010-01-01", "KEN/TZA/040"},
		// troops withdrawn "from" a country leave it (withdrawnFrom,
		// RETREAT "* TROOPS FROM +"); "troops from Kenya" elsewhere are
		// Kenyan troops
		{"withdraw its troops from", "Kenya began withdrawing some of its troops from Uganda.", "2010-01-01", "KEN/UGA/0874"},
		{"willing to withdraw troops from", "Kenya is willing to withdraw its troops from Uganda.", "2010-01-01", "KEN/UGA/035"},
		{"troops from a country", "Troops from Kenya attacked Uganda.", "2010-01-01", "KENMIL/UGA/190"},
		// chcov11, second probe
		{"travelled (British spelling)", "The Kenyan president travelled to Uganda.", "2010-01-01", "KENGOV/UGA/040"},
		{"ratify a treaty", "Kenya ratified a treaty with Uganda.", "2010-01-01", "UGA/KEN/057"},
		{"ink a deal", "Kenya inked a deal with Uganda.", "2010-01-01", "KEN/UGA/057"},
		{"carry out airstrikes", "Kenyan jets carried out airstrikes against Ugandan rebels.", "2010-01-01", "KEN/UGAREB/195"},
		{"slap tariffs", "Kenya slapped tariffs on Ugandan goods.", "2010-01-01", "KEN/UGA/163"},
		{"brush aside", "Kenya brushed aside Uganda's concerns.", "2010-01-01", "KEN/UGA/120"},
		{"impose a travel ban", "Kenya imposed a travel ban on Ugandan officials.", "2010-01-01", "KEN/UGAGOV/172"},
		// a curfew or state of emergency imposed or lifted "in" a place of
		// the state's own country is laid on that place (domesticForce,
		// placeMeasure); "near" still only locates it
		{"curfew in an own city", "Iraqi officials imposed a curfew in Basra.", "2010-01-01", "IRQGOV/IRQ/1723"},
		{"state of emergency lifted in an own city", "The Kenyan government lifted the state of emergency in Nairobi.", "2010-01-01", "KENGOV/KEN/0814"},
		{"curfew near an own city", "Kenyan police imposed a curfew near Nairobi.", "2010-01-01", ""},
		// martial law and a state of siege declared, lifted, extended (places13)
		{"martial law declared in an own city", "The Thai government declared martial law in Bangkok.", "2010-01-01", "THAGOV/THA/1724"},
		{"martial law lifted in an own city", "The Thai government lifted martial law in Bangkok.", "2010-01-01", "THAGOV/THA/0814"},
		{"a state of siege declared in an own city", "The Bolivian president declared a state of siege in Santa Cruz.", "2010-01-01", "BOLGOV/BOL/1724"},
		{"a state of siege imposed is no blockade", "The Bolivian president imposed a state of siege on Santa Cruz.", "2010-01-01", "BOLGOV/BOL/1724"},
		// "mean" is a consequence, no intent; legal protection is no
		// military aid (nounverb14)
		{"a decision means", "The Kenyan decision means Ugandan traders can buy dollars.", "2010-01-01", ""},
		{"intend to help", "Kenya intends to help Uganda.", "2010-01-01", "KEN/UGA/033"},
		{"means to attack", "Kenya means to attack Uganda.", "2010-01-01", "KEN/UGA/138"},
		{"legal protection given", "Kenya gave the same legal protection to its tea as to Ugandan coffee.", "2010-01-01", ""},
		{"military protection given", "Kenya gave military protection to Uganda.", "2010-01-01", "KEN/UGA/072"},
		// going ahead or on the offensive is no travel; joining a body is
		// membership; hoping for a state is a wish (nounverb14)
		// being referred to as something is a name, no statement (lead)
		{"referred to as", "The Kenyan envoy, referred to as the oldest friend of Uganda, retired.", "2010-01-01", ""},
		// a row of seats is no quarrel (lead)
		{"watched from the front row", "The Kenyan president watched from the front row, beside the Ugandan president.", "2010-01-01", ""},
		{"watched the row", "Kenya watched the row with Uganda.", "2010-01-01", "KEN/UGA/110"},
		// leading another by points or percent is a poll (lead)
		{"leads by points", "A poll shows the Kenyan president leads the Ugandan opposition leader by 5 points.", "2010-01-01", ""},
		{"led by percentage points", "The Kenyan president led the Ugandan opposition leader by 5 percentage points among likely voters.", "2010-01-01", ""},
		{"led troops", "Kenya led Ugandan troops into the border zone.", "2010-01-01", "KEN/UGAMIL/060"},
		{"referred to another as", "Kenya referred to Uganda as its oldest friend.", "2010-01-01", "KEN/UGA/010"},
		{"go ahead with a sale", "Kenya went ahead with the sale of Ugandan ships.", "2010-01-01", ""},
		{"go on the offensive", "The Kenyan leader went on the offensive over comments the Ugandan president made.", "2010-01-01", ""},
		{"go ahead with a visit", "The Kenyan president went ahead with his visit to Uganda.", "2010-01-01", "KENGOV/UGA/042"},
		{"join the WTO", "Kenya has been waiting for a decade to join the WTO.", "2010-01-01", ""},
		{"try to join the EU", "Kenya is trying to join the European Union.", "2010-01-01", ""},
		{"join the community", "Kenya joined the community last year.", "2010-01-01", ""},
		{"join the shadow cabinet", "The Kenyan minister joined the shadow cabinet in 1980.", "2010-01-01", ""},
		{"join a country in", "Kenya joined Uganda in seeking debt relief.", "2010-01-01", "KEN/UGA/040"},
		{"hope a person would be", "The Kenyan president said he hoped the Ugandan president would be re-elected.", "2010-01-01", ""},
		{"hope a country would act", "The Kenyan president said he hoped Uganda would end its unfair practices.", "2010-01-01", "KENGOV/UGA/020"},
		// a target after "as a" is the source's role; insisting that
		// something is so is a claim (nounverb14)
		{"step down as a party's MP", "The Kenyan finance minister is to step down as a Ugandan MP at the election.", "2010-01-01", ""},
		{"countries such as", "Kenya criticised countries such as Uganda.", "2010-01-01", "KEN/UGA/111"},
		{"insist it would not", "Kenya had insisted it would not bow to Ugandan demands.", "2010-01-01", ""},
		{"insist that it was", "The Kenyan foreign minister insisted it was for parliament, and not Ugandan judges, to decide.", "2010-01-01", ""},
		{"insist on", "Kenya insisted on the same price for supplies to Uganda.", "2010-01-01", "KEN/UGA/100"},
		{"insist that a country comply", "Kenya is insisting that Uganda comply with the ruling.", "2010-01-01", "KEN/UGA/100"},
		{"insist that a country must", "Kenya insists that Uganda must withdraw its troops.", "2010-01-01", "KEN/UGA/100"},
		// needing is no demand, affecting no cooperation (nounverb14)
		{"need approval", "The Kenyan minister will need Ugandan approval for the plan.", "2010-01-01", ""},
		{"need aid", "Kenya needs Ugandan aid.", "2010-01-01", "KEN/UGA/023"},
		{"need to act", "Kenya needs Uganda to act.", "2010-01-01", "KEN/UGA/100"},
		{"affect travellers", "The Kenyan drought affected Ugandan travellers.", "2010-01-01", ""},
		{"persuade stays", "The Kenyan president persuaded Uganda to join.", "2010-01-01", "KENGOV/UGA/050"},
		// a pattern's noun before a modal is a reported clause's subject (nounverb14)
		{"deny a decision would", "The Kenyan foreign minister denied the decision would suggest to Uganda that the border had been forgotten.", "2010-01-01", ""},
		{"reject a decision to", "Kenya rejected the Ugandan decision to close the border.", "2010-01-01", "KEN/UGA/127"},
		// pushed another off a place is no demand (pushedAway, sense15)
		{"pushed off the top", "Kenya pushed Uganda off the top of the coffee table.", "2010-01-01", ""},
		{"pushed to cut", "Kenya pushed Uganda to cut tariffs.", "2010-01-01", "KEN/UGA/100"},
		{"pushed to call off", "Kenya pushed Uganda to call off the strike.", "2010-01-01", "KEN/UGA/100"},
		// a suicide bomber is a person, no aircraft (suicideBomber, sense15)
		{"use suicide bombers", "Kenyan rebels are prepared to use suicide bombers in Uganda.", "2010-01-01", ""},
		{"use bombers", "Kenya used bombers against Ugandan rebels.", "2010-01-01", "KEN/UGAREB/090"},
		// a figure that "exploded to" an amount grew, no bombing (sense15)
		{"population exploded to", "The Kenyan prison population has exploded to two million in Uganda.", "2010-01-01", ""},
		{"bomb exploded", "A Kenyan bomb exploded in Uganda.", "2010-01-01", "KEN/UGA/190"},
		// a pattern's word past a subject pronoun and its verb is in a
		// reported clause with no "that" (pronounClause, sense15)
		{"confirmed she received support", "The Kenyan minister confirmed she received spiritual support from the Ugandan church.", "2010-01-01", "UGA/KENGOV/051"},
		{"confirmed its support", "Kenya confirmed its support for Uganda.", "2010-01-01", "KEN/UGA/051"},
		// a target after "was from" is where a person comes from (nounverb14)
		{"said he was from", "He was questioned by a Kenyan man who said he was from the Ugandan army.", "2010-01-01", ""},
		{"withdrew from", "Kenyan troops withdrew from Uganda.", "2010-01-01", "KENMIL/UGA/0874"},
		{"fly to", "The Kenyan president flew to Uganda.", "2010-01-01", "KENGOV/UGA/042"},
		{"fly food to", "Kenya flew food to Uganda.", "2010-01-01", "KEN/UGA/073"},
		// an irregular past between a country and a role word is the verb
		// (placeRole, pastVerbForms); diplomats withdrawn "from" are 161
		{"sent troops to", "Kenya sent troops to Uganda.", "2010-01-01", "KEN/UGA/062"},
		{"withdrew counted troops from", "Kenya withdrew 300 troops from Uganda.", "2010-01-01", "KEN/UGA/0874"},
		{"withdrew diplomats from", "Kenya withdrew four diplomats from Uganda.", "2010-01-01", "KEN/UGA/161"},
		{"withdrew its ambassador from", "Kenya withdrew its ambassador from Uganda.", "2010-01-01", "KEN/UGA/161"},
		{"a qualifier is still one actor", "The Kenyan stock market regulator criticised Uganda.", "2010-01-01", "KENGOV/UGA/111"},
		{"invite to talks", "Kenya invited Uganda to talks.", "2010-01-01", "KEN/UGA/036"},
		{"invite to bid stays", "The Kenyan president invited Ugandan firms to bid for oil contracts.", "2010-01-01", "KENGOV/UGABUS/0311"},
		// troops sent or given to a peacekeeping mission, force or
		// operation in a country protect that country (074), not the body
		// that runs the mission; "ready to" makes it an intent (0334)
		// a list of bare actors before a plural noun of the people who act
		// for them is the verb's subject (sharedHead)
		{"leaders of a list", "Kenyan and Ugandan leaders agreed to reopen the border.", "2010-01-01", "UGA/KEN/035"},
		{"negotiators of a list", "UK and EU negotiators have agreed a trade deal.", "2010-01-01", "GBR/IGOEUREEC/050"},
		{"pacts of a list", "The Kenyan and Ugandan pacts have agreed a merger.", "2010-01-01", ""},
		// aid sent: assistance, resources, food, medicines, tents (SEND)
		{"send assistance", "Kenya sent assistance to Uganda.", "2010-01-01", "KEN/UGA/070"},
		{"send food and medicines", "Kenya sent food and medicines to Uganda.", "2010-01-01", "KEN/UGA/073"},
		{"willing to send resources", "Kenya is willing to send more resources to Uganda.", "2010-01-01", "KEN/UGA/033"},
		{"deliver assistance", "Kenya delivered assistance to Uganda.", "2010-01-01", "KEN/UGA/070"},
		{"fly medicine in", "Kenya flew ten tons of medicine into Uganda.", "2010-01-01", "KEN/UGA/073"},
		{"pledge assistance", "Kenya pledged assistance to Uganda.", "2010-01-01", "KEN/UGA/033"},
		{"send to a peacekeeping mission", "Kenya is sending troops to the UN peacekeeping mission in Uganda.", "2010-01-01", "KEN/UGA/074"},
		{"contribute to a peacekeeping force", "Kenya contributed troops to the African Union peacekeeping force in Uganda.", "2010-01-01", "KEN/UGA/074"},
		{"ready to contribute to a peacekeeping force", "Kenya is ready to contribute air support to an African Union peacekeeping force in Uganda.", "2010-01-01", "KEN/UGA/0334"},
		// an intent stated by a compound subject is toward each other only
		// when they agree on it, intend to meet or what they intend is done
		// with each other (mutualIntent)
		{"decide together", "Kenya and Uganda decided to cut taxes.", "2010-01-01", ""},
		{"say both plan", "Kenya and Uganda have said they plan to raise pensions.", "2010-01-01", ""},
		{"pledge ties", "Kenya and Uganda pledged to strengthen ties.", "2010-01-01", "KEN/UGA/030"},
		{"agree to establish", "Kenya and Uganda agreed to establish a border commission.", "2010-01-01", "UGA/KEN/031"},
		// preparing to act gives way to the act (was PREPARE's 030): a
		// cooperative act becomes its intent here, force a threat (138) in
		// the modality gate (internal/modality's tests)
		{"prepare to battle", "Kenyan troops prepare to battle Ugandan rebels.", "2010-01-01", "KENMIL/UGAREB/190"},
		{"preparing to meet", "Kenya is preparing to meet Uganda.", "2010-01-01", "KEN/UGA/036"},
		// calling another a threat or a risk denounces it
		{"call a threat", "Kenya called Uganda a threat to the region.", "2010-01-01", "KEN/UGA/111"},
		// "blasted" another is criticism; with weapons it stays force
		{"blast a rival", "The Kenyan opposition blasted the government over the budget.", "2010-01-01", "KENOPP/KENGOV/111"},
		{"blast with rockets", "Kenyan troops blasted Ugandan rebels with rockets.", "2010-01-01", "KENMIL/UGAREB/194"},
		// criticism CAMEO.2.0.txt lacks; codes the codebook gives where it files others
		{"rail against", "Kenya railed against Uganda.", "2010-01-01", "KEN/UGA/111"},
		{"take a swipe at", "Kenya took a swipe at Uganda.", "2010-01-01", "KEN/UGA/111"},
		{"tear into", "The Kenyan minister went on to tear into the Ugandan plans.", "2010-01-01", "KENGOV/UGA/111"},
		{"lay into", "The Kenyan minister laid into Uganda.", "2010-01-01", "KENGOV/UGA/111"},
		// going to a university is studying there; joining up to act is no gathering
		{"went to university", "The Kenyan minister went to a Ugandan university.", "2010-01-01", ""},
		{"went to a country", "The Kenyan minister went to Uganda.", "2010-01-01", "KENGOV/UGA/040"},
		{"join up to", "Kenya and Uganda are joining up to put money into a Tanzanian fund.", "2010-01-01", ""},
		// finding out is learning, no meeting
		{"find out", "The Kenyan president wants to find out more about the Ugandan government's policies.", "2010-01-01", ""},
		// an actor qualifying a noun of money or dealings is no subject (thingSubject)
		{"money came to", "Less Kenyan farm money came to Uganda.", "2010-01-01", ""},
		{"cooperation would help", "Kenyan cooperation would help Uganda.", "2010-01-01", ""},
		{"officials came to", "Kenyan officials came to Uganda.", "2010-01-01", "KENGOV/UGA/040"},
		{"break off relations", "Kenya broke off diplomatic relations with Uganda.", "2010-01-01", "KEN/UGA/161"},
		{"break off talks", "Kenya broke off talks with Uganda.", "2010-01-01", "KEN/UGA/164"},
		{"negotiate with", "Kenya negotiated with Uganda.", "2010-01-01", "KEN/UGA/046"},
		{"negotiate with, both ways", "Kenya negotiated with Uganda.", "2010-01-01", "UGA/KEN/046"},
		{"mobilise troops against", "Kenya mobilised troops against Uganda.", "2010-01-01", "KEN/UGA/154"},
		{"rally against", "Kenyans rallied against Uganda.", "2010-01-01", "KEN/UGA/141"},
		{"press to act", "Kenya pressed Uganda to act.", "2010-01-01", "KEN/UGA/100"},
		// an order to act is a demand of the one ordered
		{"order to act", "Kenya ordered Uganda to withdraw its troops.", "2010-01-01", "KEN/UGA/100"},
		{"tell to act", "Kenya told Uganda to leave its waters.", "2010-01-01", "KEN/UGA/100"},
		// tariffs imposed, a border sealed, a deal sealed, troops massed
		{"impose tariffs", "Kenya imposed tariffs on Ugandan sugar.", "2010-01-01", "KEN/UGA/163"},
		{"seal a border", "Kenya sealed its border with Uganda.", "2010-01-01", "KEN/UGA/172"},
		{"seal a deal", "Kenya sealed a deal with Uganda.", "2010-01-01", "UGA/KEN/057"},
		{"mass troops", "Kenya massed troops on the Ugandan border.", "2010-01-01", "KEN/UGA/154"},
		// a meeting's partner after its venue
		{"talks in a place with", "The Kenyan president held talks in Nairobi on Monday with the Ugandan president.", "2010-01-01", "KENGOV/UGAGOV/046"},
		{"met in a place with", "The Kenyan president met in Nairobi with the Ugandan president.", "2010-01-01", "KENGOV/UGAGOV/040"},
		// what is given back may be longer than a pattern's reach
		{"return a long object to", "Kenya returned cultural artefacts, including a column and a wall panel, to the government of Uganda.", "2010-01-01", "KEN/UGAGOV/084"},
		{"assail", "The Kenyan opposition assailed the government's budget.", "2010-01-01", "KENOPP/KENGOV/111"},
		// pulling out is no travel: troops withdrawn, talks halted, else nothing
		{"troops pull out of", "Kenyan troops pulled out of Uganda.", "2010-01-01", "KENMIL/UGA/0874"},
		{"pull out of talks", "Kenya pulled out of talks with Uganda.", "2010-01-01", "KEN/UGA/164"},
		{"pull out of a deal", "A Kenyan firm pulled out of an agreement with Uganda.", "2010-01-01", ""},
		// imposing or enforcing a blockade, 191 (EXCLUDE's 170 for the verb)
		{"blockade", "Kenya blockaded Uganda.", "2010-01-01", "KEN/UGA/191"},
		{"impose a blockade", "Kenya imposed a blockade on Uganda.", "2010-01-01", "KEN/UGA/191"},
		// a decision's act after a time or with an adverb (was DECIDE's 030)
		{"decided on a day to", "Kenya decided on Thursday to ease sanctions on Uganda.", "2010-01-01", "KEN/UGA/085"},
		{"decided to partially", "Kenya has decided to partially lift sanctions on Uganda.", "2010-01-01", "KEN/UGA/085"},
		// an electoral contest is no force; an armed side or an election named as a time keeps it
		{"beat a rival candidate", "Tory leader Michael Howard said he was the candidate best placed to beat Tony Blair.", "2005-01-15", ""},
		{"defeat in a vote", "Kenya defeated Uganda in the vote for the council seat.", "2010-01-01", ""},
		{"defeat rebels before an election", "The Kenyan army defeated the rebels before the election.", "2010-01-01", "KENMIL/KENREB/190"},
		{"battle troops in a campaign", "Kenya battled Ugandan troops during the election campaign.", "2010-01-01", "KEN/UGAMIL/190"},
		{"fight before an election", "Kenya fought Uganda before the election.", "2010-01-01", "KEN/UGA/190"},
		{"fight a militant group", "The candidates called on Kenya to fight the Islamic State.", "2016-01-01", "KEN/IMGMUSISI/190"},
		{"take down a rival party", "The Conservative Party plans to take down the Labour Party.", "2012-01-15", ""},
		{"take rivals on", "Michael Howard says he can take them on, Tony Blair and Gordon Brown.", "2005-01-15", ""},
		{"a state defeats a state", "Kenya defeated Uganda.", "2010-01-01", "KEN/UGA/190"},
		{"battle in a military campaign", "Kenya battled Uganda in a military campaign.", "2010-01-01", "KEN/UGA/190"},
		{"fight in a campaign", "Kenya fought Uganda in a campaign along the border.", "2010-01-01", "KEN/UGA/190"},
		{"award a contract", "Kenya awarded a contract to a Ugandan firm.", "2010-01-01", "KEN/UGABUS/061"},
		{"make clear", "Kenya made clear that Uganda had declined the plan.", "2010-01-01", ""},
		{"depart a country", "The Kenyan president departs Uganda on Sunday.", "2010-01-01", ""},
		{"sanction", "Washington sanctioned Iran over the tests.", "2010-01-01", "USA/IRN/163"},
		{"over-rule", "The Lords over-ruled the Home Office.", "2005-01-15", "GBRLEG/GBRGOV/120"},
		{"speak of", "Kenya spoke of its respect for Uganda.", "2010-01-01", ""},
		{"sign a deal", "Israel signed a deal with Egypt.", "2010-01-01", "ISR/EGY/057"},
		{"party by date", "Tory leader Michael Howard criticised Tony Blair.", "2005-01-15", "GBROPP/GBRGOV/111"},
		{"party in government later", "The Conservative Party criticised the Labour Party.", "2012-01-15", "GBRGOV/GBROPP/111"},
		{"past state", "Moscow criticised Washington.", "1987-03-01", "SUN/USA/111"},
		{"present state", "Moscow criticised Washington.", "2010-03-01", "RUS/USA/111"},
		{"Yugoslavia", "Yugoslavia accused Albania of meddling.", "1985-03-01", "YUG/ALB/112"},
		// domestic politics: two people of one code are two actors
		{"two ministers", "Gordon Brown criticised Tony Blair.", "2005-01-15", "GBRGOV/GBRGOV/111"},
		{"one person twice", "Tony Blair praised Mr Blair.", "2005-01-15", ""},
		{"two roles of one code", "Ministers criticised officials in Kenya.", "2010-01-01", ""},
		{"a state on its opposition", "Venezuela banned opposition leader Carlos Perez from office.", "2010-01-01", "VEN/VENOPP/172"},
		{"a state and its army", "Kenya praised Kenyan troops.", "2010-01-01", ""},
		{"a state on its opposition, as subject", "Kenya banned opposition leader John Kamau from office.", "2010-01-01", "KEN/KENOPP/172"},
		{"a state on its own group, an adverb between", "Kenya first opened its border to refugees.", "2010-01-01", "KEN/KENREF/080"},
		{"a state on its own group, will not", "Kenya will not release protesters.", "2010-01-01", "KEN/KENOPP/124"},
		{"launch warfare", "Kenya launched cyber warfare against Uganda.", "2010-01-01", "KEN/UGA/190"},
		{"send emergency supplies", "Kenya sent emergency supplies to Uganda.", "2010-01-01", "KEN/UGA/073"},
		{"extend a curfew", "Kenyan police extended the curfew on protesters.", "2010-01-01", "KENCOP/KENOPP/1723"},
		// a part of a state judging its own country's act, named as a
		// possessive right after the verb (a country and its part
		// elsewhere stay one actor: "a state and its army" below)
		{"judge one's own country's act", "The Kenyan foreign minister defended Kenya's decision to close the border.", "2010-01-01", "KENGOV/KEN/052"},
		{"own country not possessed", "The Kenyan foreign minister praised Kenya.", "2010-01-01", ""},
		{"halt trade with", "Kenya halted trade with Uganda.", "2010-01-01", "KEN/UGA/163"},
		{"remove sanctions", "Kenya removed sanctions on Uganda.", "2010-01-01", "KEN/UGA/085"},
		{"remove an envoy", "Kenya removed the Ugandan envoy.", "2010-01-01", "KEN/UGAGOV/174"},
		{"hyphenated cyber-attacks", "Kenya launched cyber-attacks on Uganda.", "2010-01-01", "KEN/UGA/190"},
		// an appeal or demand asks its object of the actor after "from"
		{"request from", "Kenya requested assistance from Uganda.", "2010-01-01", "KEN/UGA/020"},
		{"demand from", "Kenya demanded an apology from Uganda.", "2010-01-01", "KEN/UGA/100"},
		// domestic force: an armed group or a state body, the subject,
		// using force on a place of its own country that the object names
		// (a place after in/near/a compass word only locates the act)
		{"rebels attack a city of their country", "Ugandan rebels attacked Kampala.", "2010-01-01", "UGAREB/UGA/190"},
		{"police impose a curfew on a city", "Kenyan police imposed a curfew on Mombasa.", "2010-01-01", "KENCOP/KEN/1723"},
		{"a place that locates the attack", "Ugandan rebels attacked a base in northern Uganda.", "2010-01-01", ""},
		// (the army base is the army's: a facility names its holder)
		{"a place near the target", "Ugandan rebels attacked an army base near Kampala.", "2010-01-01", "UGAREB/UGAMIL/190"},
		// a subordinator ("as", "since") before the verb's adjacent
		// subject opens its clause; "as well as" does not
		{"the subject after as", "Ugandan civilians were killed as Kenyan troops attacked Somali rebels.", "2010-01-01", "KENMIL/SOMREB/190"},
		{"as well as", "Uganda, as well as Kenya, criticised Tanzania.", "2010-01-01", "UGA/TZA/111"},
		// a place named by who holds it is the holder: a group's or a
		// state body's role word, or a named group (not a bare country)
		{"a rebel-held town", "Kenyan troops attacked the rebel-held town.", "2010-01-01", "KENMIL/KENREB/190"},
		{"a rebel-controlled district", "Ugandan troops attacked a rebel-controlled district.", "2010-01-01", "UGAMIL/UGAREB/190"},
		{"towns held by a named group", "Kenyan troops shelled Shabaab-held towns.", "2010-01-01", "KENMIL/SOMREB/190"},
		{"a place held by a country", "Kenya criticised the Ugandan-held island.", "2010-01-01", ""},
		// a part of a state acting on a person of its own country, named by
		// a nationality and a name the dictionaries lack, is a domestic
		// event; a body so named ("the Kenyan Wheat Board") is not a person
		{"police arrest a named national", "Kenyan police arrested Kenyan Sergeant John Kamau on Monday.", "2010-01-01", "KENCOP/KEN/173"},
		{"an investigation into a named national", "The Kenyan army launched an investigation into Kenyan VC recipient John Kamau.", "2010-01-01", "KENMIL/KEN/090"},
		{"a body named with a nationality", "Kenyan police criticised the Kenyan Wheat Board on Monday.", "2010-01-01", ""},
		// a faith before a group's role word only qualifies it: the group
		// is placed as the role word alone is ("Muslim insurgents")
		{"a faith before insurgents", "Muslim insurgents attacked Kenyan troops.", "2010-01-01", "KENREB/KENMIL/190"},
		{"a faith before protesters", "Kenyan police arrested Muslim protesters.", "2010-01-01", "KENCOP/KENOPP/175"},
		{"a faith before refugees", "The Kenyan government deported Muslim refugees.", "2010-01-01", "KENGOV/KENREF/174"},
		// a facility named by the force or body that holds it is that
		// body, placed as "the army" is in a sentence of one country
		{"a military base", "Kenyan rebels overran a military base on Monday.", "2010-01-01", "KENREB/KENMIL/192"},
		{"a police headquarters", "Ugandan militants stormed a police headquarters in Gulu.", "2010-01-01", "UGAUAF/UGACOP/192"},
		{"a facility with its country after in", "Rebels ambushed a military vehicle in Kenya.", "2010-01-01", "KENREB/KENMIL/190"},
		// people at large and workers counted ("18 people", "dozens of
		// workers") are persons acted on, placed by a sentence of one
		// country as "protesters" are (countedPeople); uncounted they stay
		// subject matter
		{"counted people", "Kenyan police detained 18 people after the riot.", "2010-01-01", "KENCOP/KENPPL/173"},
		{"dozens of people", "Kenyan police arrested dozens of people near the border.", "2010-01-01", "KENCOP/KENPPL/173"},
		{"counted employees", "Kenyan authorities launched an investigation into 70 employees of the firm.", "2010-01-01", "KENGOV/KENLAB/090"},
		{"people uncounted", "Kenyan police said people were angry.", "2010-01-01", ""},
		{"people counted in two countries", "Kenyan police detained 18 people from Uganda.", "2010-01-01", "KENCOP/UGAPPL/173"},
		{"people counted are no source", "At least 14 people were injured and many arrested in clashes called by Kenyan workers.", "2010-01-01", ""},
		// holding people as human shields is using them so, 184
		{"held as human shields", "Kenyan rebels held Ugandan villagers as human shields.", "2010-01-01", "KENREB/UGACVL/184"},
		// domestic politics: a group's or a state body's role word alone
		// takes the country of a sentence that names one country only
		{"police and protesters", "Kenyan police arrested protesters.", "2010-01-01", "KENCOP/KENOPP/175"},
		{"government and opposition", "The Kenyan government criticised the opposition.", "2010-01-01", "KENGOV/KENOPP/111"},
		{"opposition and government", "Kenya's opposition accused the government of fraud.", "2010-01-01", "KENOPP/KENGOV/1121"},
		{"court and minister", "Kenya's Supreme Court overruled the interior minister.", "2010-01-01", "KENJUD/KENGOV/120"},
		{"rebels and army", "Kenyan rebels attacked the army.", "2010-01-01", "KENREB/KENMIL/190"},
		{"army and militants", "Pakistan's army launched an offensive against militants.", "2010-01-01", "PAKMIL/PAKUAF/190"},
		{"court and opposition MP", "A Kenyan court jailed an opposition MP.", "2010-01-01", "KENJUD/KENOPP/173"},
		{"a group in a sentence of two countries", "Kenya criticised Ugandan troops for attacking protesters.", "2010-01-01", "KEN/UGAMIL/111"},
		{"government and a union leader", "Kenya's government criticised a union leader.", "2010-01-01", "KENGOV/KENLAB/111"},
		{"workers at large are not placed", "Kenyan police arrested striking workers.", "2010-01-01", ""},
		{"people at large are not placed", "Kenyan police detained people.", "2010-01-01", ""},
		// names Phoenix writes only after "the", and names in lower case
		{"a name Phoenix gives only after 'the'", "Islamic State fighters attacked Kenyan troops.", "2015-01-01", "IMGMUSISI/KENMIL/190"},
		{"an acronym Phoenix gives only after 'the'", "EU ministers criticised Kenya.", "2015-01-01", "IGOEUREEC/KEN/111"},
		{"a country's people", "Kenya deported 300 Ugandans.", "2015-01-01", "KEN/UGA/174"},
		{"a name Phoenix gives with its acronym in parentheses", "Sri Lankan troops attacked the Liberation Tigers of Tamil Eelam.", "2008-01-01", "LKAMIL/LKAREB/190"},
		{"that acronym alone", "The LTTE attacked Sri Lankan troops.", "2008-01-01", "LKAREB/LKAMIL/190"},
		{"PEOPLE'S where Phoenix writes PEOPLES", "The Democratic People's Republic of Korea criticised Japan.", "2015-01-01", "PRK/JPN/111"},
		{"a name Phoenix gives only with a middle initial", "Paul Volcker criticised Japan.", "1987-03-10", "USAGOVBUS/JPN/111"},
		// a name matches however its accents are written (token.go foldAccents)
		{"a name without the accents the dictionary gives it", "Stephane Sejourne criticised Iran.", "2024-03-01", "FRAGOV/IRN/111"},
		{"a name with accents the dictionary lacks", "Álvaro Uribe Vélez criticised Venezuela.", "2005-03-01", "COLGOV/VEN/111"},
		// state bodies by their short names and acronyms (internal/actors/institutions.tsv)
		{"a US agency by its acronym", "ICE arrested 40 Mexicans.", "2019-01-01", "USACOP/MEX/173"},
		{"a US department by its short name", "The State Department criticised Kenya.", "2019-01-01", "USAGOV/KEN/111"},
		{"a British department by its acronym", "DfID praised Kenya.", "2005-01-01", "GBRGOV/KEN/051"},
		{"a seat of government for its government", "The Elysee criticised Italy.", "2019-01-01", "FRAGOV/ITA/111"},
		// an envoy is his own side's, not the side he is sent to
		{"an envoy to an international body", "The Kenyan ambassador to the United Nations criticised Uganda.", "2010-01-01", "KENGOV/UGA/111"},
		{"an envoy of one body to another", "The European Union ambassador to the WTO criticised Iran.", "2010-01-01", "IGOEUREEC/IRN/111"},
		// parties by their periods in and out of government (internal/actors/parties.tsv)
		{"a US party out of government", "Democrats criticised the White House.", "2018-03-01", "USAOPP/USAGOV/111"},
		{"parties by the date of government", "The BJP accused the Congress party of corruption.", "2010-01-01", "INDOPP/INDGOV/1121"},
		// international organisations and armed groups (internal/actors/organisations.tsv)
		{"an intergovernmental body Phoenix lacks", "The African Union criticised Mali.", "2021-01-01", "IGOAFRAFU/MLI/111"},
		{"a UN agency by its acronym", "UNRWA urged Israel to open the crossings.", "2021-01-01", "IGOUNOREF/ISR/020"},
		{"an armed group Phoenix lacks", "Houthi rebels attacked Saudi Arabia.", "2021-01-01", "YEMREB/SAU/190"},
		// phrase17: the Eurasian Economic Union and the SPLM/A-IO by their acronyms
		{"an economic union by its acronym", "The EAEU criticised Kenya.", "2021-01-01", "IGOCASEEU/KEN/111"},
		{"an opposition army by its acronym", "The SPLA-IO attacked Kenyan troops.", "2021-01-01", "SSDREB/KENMIL/190"},
		// phrase17: a list's last member named again by its acronym in
		// parentheses is no member of its own; the list stays a subject
		{"acronym after a list's member", "Kenya and the African Union (AU) signed an agreement.", "2021-01-01", "KEN/IGOAFRAFU/057"},
		{"acronym after a list's member, time between", "Kenya and the African Union (AU) on Thursday signed an agreement.", "2021-01-01", "IGOAFRAFU/KEN/057"},
		{"acronym after a list's member, one way", "Kenya and the African Union (AU) criticised Uganda.", "2021-01-01", "KEN/UGA/111"},
		// phrase17: a counted object after the one returned to is goods
		// given back (084); a journey with a span of time stays none
		{"returned to, counted object", "Kenya returned to the Ugandan government eight stolen artifacts.", "2021-01-01", "KEN/UGAGOV/084"},
		{"returned to, time then counted object", "Kenya returned to Uganda last Wednesday 21 stolen paintings.", "2021-01-01", "KEN/UGA/084"},
		{"returned to, span of time", "The Kenyan envoy returned to Uganda 10 days later.", "2021-01-01", ""},
		{"acronym after a list's member, noun goes on", "The Kenyan president prepared to meet with the Ugandan president and other African Union (AU) leaders.", "2021-01-01", "KENGOV/IGOAFRAFU/036"},
		{"a country's people, in a list", "Kenya opened its borders to Somalis and Ethiopians.", "2015-01-01", "KEN/ETH/080"},
		{"a name with a possessive", "The New People's Army attacked Philippine troops.", "2015-01-01", "PHLREB/PHLMIL/190"},
		{"a name with a possessive after a country's", "China's People's Liberation Army attacked Indian troops.", "2015-01-01", "CHNMIL/INDMIL/190"},
		{"a name in lower case is common words", "Kenya criticised the holy men.", "2015-01-01", ""},
		{"the same name capitalised", "Kenya criticised the Holy Men.", "2015-01-01", "KEN/PAKREB/111"},
		{"civilians take the sentence's one country", "Kenyan rebels killed 30 civilians.", "2010-01-01", "KENREB/KENCVL/202"},
		{"civilians with a country of their own", "Ugandan troops killed 30 civilians in Kenya.", "2010-01-01", "UGAMIL/KENCVL/202"},
		{"hostages are civilians", "Kenyan rebels freed 40 hostages.", "2010-01-01", "KENREB/KENCVL/0841"},
		{"prisoners are civilians", "Ugandan troops freed Kenyan prisoners.", "2010-01-01", "UGAMIL/KENCVL/0841"},
		{"civilians in a sentence of two countries", "Kenyan and Ugandan rebels killed civilians.", "2010-01-01", ""},
		{"officials who report are not placed", "Kenyan rebels killed five soldiers, officials said.", "2010-01-01", "KENREB/KENMIL/190"}, // the act stands; the officials are its tag
		{"the police take the sentence's one country", "Kenyan rebels attacked the police.", "2010-01-01", "KENREB/KENCOP/190"},
		{"authorities take the sentence's one country", "A Kenyan opposition leader surrendered to the authorities.", "2010-01-01", "KENOPP/KENGOV/080"},
		{"plural state roles beside an international body", "Kenyan rebels attacked the police near a United Nations camp.", "2010-01-01", "KENREB/IGOUNO/190"},
		{"broker as a noun", "Marsh, Kenya's biggest insurance broker, is a Ugandan firm.", "2010-01-01", ""},
		{"broker a deal", "Kenya brokered a deal between Uganda and Tanzania.", "2010-01-01", "KEN/UGA/045"},
		{"a pair, a day between it and the verb", "Britain and France on Wednesday signed an agreement on customs.", "2010-01-01", "GBR/FRA/057"},
		{"a place, not the state", "Later Nairobi's Tom Mboya suggested the Kenyan opposition leader John Kamau should resign.", "2010-01-01", ""},
		// 120 reject, and a judging verb's target is the act's author
		{"reject", "Kenya rejected Uganda.", "2010-01-01", "KEN/UGA/120"},
		{"rule out", "Kenya ruled out an alliance with Uganda.", "2010-01-01", "KEN/UGA/120"},
		{"author of a judged act", "Kenya criticised Uganda's plan.", "2010-01-01", "KEN/UGA/111"},
		{"slam", "Kenya slammed Uganda.", "2010-01-01", "KEN/UGA/111"},
		{"slam into", "A Kenyan jet slammed into Ugandan troops.", "2010-01-01", ""},
		{"compete is no disapproval", "Kenya competed with Uganda for the contract.", "2010-01-01", ""},
		{"insult", "Kenya insulted Uganda.", "2010-01-01", "KEN/UGA/111"},
		{"round on", "Kenya rounded on Uganda.", "2010-01-01", "KEN/UGA/111"},
		// dev14: a predicate adjective of judgement with "of"
		{"critical of", "Kenya is highly critical of Uganda.", "2010-01-01", "KEN/UGA/111"},
		{"been critical of", "Kenyan opposition leaders have been critical of the Kenyan government's plan.", "2010-01-01", "KENOPP/KENGOV/111"},
		{"proud of", "Kenya said it was proud of the Ugandan coffee industry.", "2010-01-01", "KEN/UGABUS/051"},
		{"supportive of", "Kenya has been supportive of Uganda.", "2010-01-01", "KEN/UGA/051"},
		{"critical to", "The talks are critical to Uganda.", "2010-01-01", ""},
		{"author of a praised act", "Kenya praised Uganda's plan.", "2010-01-01", "KEN/UGA/051"},
		// senses of take and go that are no act on another
		{"take the lead", "Kenya took the lead in the campaign against Uganda.", "2010-01-01", ""},
		{"take steps", "Kenya took steps against Uganda.", "2010-01-01", ""},
		{"take place", "Kenya took place beside Uganda at the talks.", "2010-01-01", ""},
		{"take to", "Kenya took to the radio about Uganda.", "2010-01-01", ""},
		{"take to the streets", "Kenyan students took to the streets against Uganda.", "2010-01-01", "KENEDU/UGA/141"},
		{"take a city", "Kenya took Uganda's capital.", "2010-01-01", "KEN/UGA/171"},
		{"go on to", "Kenya went on to become an ally of Uganda.", "2010-01-01", ""},
		{"go to", "Kenya went to Uganda.", "2010-01-01", "KEN/UGA/040"},
		// thinking, learning, introducing and facing are no consultation
		{"consider", "Kenya considered Uganda a rival.", "2010-01-01", ""},
		// calling someone something names them; no telephone call
		{"call someone something", "The Kenyan president called the Ugandan president a giant of the region.", "2010-01-01", ""},
		{"call someone something in quotes", "Kenya called Uganda \"a true friend\".", "2010-01-01", ""},
		{"call someone a liar", "Kenya called Uganda a liar.", "2010-01-01", "KEN/UGA/111"},
		{"call someone a day later", "The Kenyan president called the Ugandan president a day after the vote.", "2010-01-01", "KENGOV/UGAGOV/041"},
		// a share of a people is a poll's finding, not an act
		{"percent of a people", "Sixty percent of Kenyans oppose the Ugandan government.", "2010-01-01", ""},
		// roles17: the pollster or its client after the people polled is
		// no speaker of what they said (polledFor)
		{"polled for a broadcaster", "Most of the 1,000 adults quizzed by pollsters for the BBC said the Ugandan government had failed them.", "2010-01-01", ""},
		{"a survey for a broadcaster", "A survey for the BBC said the Ugandan government had failed.", "2010-01-01", "GBRMED/UGAGOV/111"},
		{"people surveyed act", "Kenyan voters surveyed by Ugandan officials criticised the Tanzanian government.", "2010-01-01", "KENCVL/TZAGOV/111"},
		{"per cent of some voters", "Seventy per cent of all Kenyan voters criticised the Ugandan president.", "2010-01-01", ""},
		{"two in three", "Two in three Kenyan voters now view the Ugandan president favourably.", "2010-01-01", ""},
		{"a majority acts", "A majority of Kenyan MPs criticised the Ugandan president.", "2010-01-01", "KENLEG/UGAGOV/111"},
		{"a number of soldiers acts", "Two Kenyan soldiers attacked Ugandan troops.", "2010-01-01", "KENMIL/UGAMIL/190"},
		{"learn", "The Kenyan party had learned to work with a Ugandan party.", "2010-01-01", ""},
		{"introduce", "The Kenyan minister introduced the Ugandan bill.", "2010-01-01", ""},
		{"face", "Kenya is facing opposition from Ugandan MPs.", "2010-01-01", ""},
		{"came to a head", "The clash between Kenya and Uganda came to a head last year.", "2010-01-01", ""},
		{"came to", "The Kenyan president came to Uganda on Monday.", "2010-01-01", "KENGOV/UGA/040"},
		// see, admit and "given that"
		{"see growth", "The Kenyan states will see growth, the Ugandan ministry said.", "2010-01-01", ""},
		{"admitted a fact", "The Kenyan minister admitted the Ugandan role could not be frozen.", "2010-01-01", ""},
		{"admit a member", "Kenya admitted Uganda into the trade bloc.", "2010-01-01", "KEN/UGA/050"},
		{"given that", "The Kenyan party can win, given that Uganda has the capacity to take seats.", "2010-01-01", ""},
		{"given aid", "Kenya has given Uganda $5m in aid.", "2010-01-01", "KEN/UGA/070"},
		// economic senses of hit and meet
		{"hit sales", "Kenya's slowdown hit Ugandan firms' sales.", "2010-01-01", ""},
		{"meet demand", "Kenyan oil producers raised output to meet Ugandan demand.", "2010-01-01", ""},
		{"hit rebels", "Kenyan troops hit Ugandan rebels with artillery.", "2010-01-01", "KENMIL/UGAREB/194"},
		// a statement to the press of any country is not one to an actor
		{"told the foreign press", "The Kenyan foreign minister told the Ugandan media that talks would resume.", "2010-01-01", ""},
		{"told a government", "The Kenyan foreign minister told the Ugandan government that talks would resume.", "2010-01-01", "KENGOV/UGAGOV/010"},
		// return, lift, threaten, hand over, share, accept, reduce
		{"return something to", "Kenya returned two statues to Uganda.", "2010-01-01", "KEN/UGA/084"},
		{"return to a place", "Kenya returned to Uganda.", "2010-01-01", ""},
		{"lift curbs", "Kenya lifted travel curbs on Uganda.", "2010-01-01", "KEN/UGA/081"},
		{"threaten sanctions", "Kenya threatened sanctions against Uganda.", "2010-01-01", "KEN/UGA/1312"},
		{"threaten military action", "Kenya threatened military action against Uganda.", "2010-01-01", "KEN/UGA/138"},
		{"hand over supplies", "Kenya handed over medical supplies to Uganda.", "2010-01-01", "KEN/UGA/073"},
		{"hand over suspects", "Kenya handed over two suspects to Uganda.", "2010-01-01", "KEN/UGA/0841"},
		{"hand over a letter", "Kenya handed over a letter to Uganda.", "2010-01-01", ""},
		{"share intelligence", "Kenya shared intelligence with Uganda.", "2010-01-01", "KEN/UGA/064"},
		{"accept demands", "Kenya accepted the demands of Uganda.", "2010-01-01", "KEN/UGA/080"},
		{"reduce aid", "Kenya reduced military aid to Uganda.", "2010-01-01", "KEN/UGA/1622"},
		// senses with a common non-political object (issue 17)
		{"overshadow", "Kenya overshadowed Uganda at the summit.", "2010-01-01", ""},
		{"damage chances", "Kenya damaged Uganda's chances of a deal.", "2010-01-01", ""},
		{"damage a ship", "Kenya damaged a Ugandan ship.", "2010-01-01", "KEN/UGA/180"},
		{"give views", "Kenya gave Uganda its views on the plan.", "2010-01-01", ""},
		{"give an interview", "The Kenyan president gave Ugandan television an interview.", "2010-01-01", ""},
		{"demonstrate that", "Kenya demonstrated to Uganda that the plan works.", "2010-01-01", ""},
		{"demonstrate against", "Kenyan students demonstrated against Uganda.", "2010-01-01", "KENEDU/UGA/141"},
		{"attack taxes", "Kenya attacked Uganda's new taxes.", "2010-01-01", "KEN/UGA/111"},
		{"release figures", "Kenya released Ugandan trade figures.", "2010-01-01", ""},
		{"release prisoners", "Kenya released Ugandan prisoners.", "2010-01-01", "KEN/UGACVL/0841"},
		{"fail to reach", "Kenya failed to reach agreement with Uganda.", "2010-01-01", "KEN/UGA/120"},
		{"overtake", "China overtook Japan as Kenya's biggest trading partner.", "2010-01-01", ""},
		{"step up attacks", "Kenyan rebels stepped up attacks on Ugandan forces.", "2010-01-01", "KENREB/UGAMIL/190"},
		{"step up efforts", "Kenya stepped up its peace efforts with Uganda.", "2010-01-01", ""},
		{"expel peacekeepers", "Kenya expelled the Ugandan peacekeepers.", "2010-01-01", "KEN/UGA/1661"},
		{"head to a place for talks", "The Kenyan president headed to Uganda for talks.", "2010-01-01", "KENGOV/UGA/042"},
		{"head to a place", "The Kenyan president headed to Uganda on Monday.", "2010-01-01", "KENGOV/UGA/040"},
		{"an investigation into whether", "Kenya launched an investigation into whether Uganda is receiving illegal aid.", "2010-01-01", "KEN/UGA/090"},
		{"an investigation into an actor's act", "Kenya launched an investigation into Uganda's trade.", "2010-01-01", "KEN/UGA/090"},
		{"expel inspectors", "Kenya expelled Ugandan inspectors.", "2010-01-01", "KEN/UGA/1662"},
		{"inspectors expelled", "Two Ugandan inspectors were expelled from Kenya.", "2010-01-01", "KEN/UGA/1662"},
		{"reveal a figure", "Kenya revealed Uganda's trade deficit.", "2010-01-01", ""},
		// senses17: unveiling is announcing, no cooperation; expecting is
		// a forecast, no intent (expecting to act: modality's TestJudge)
		{"unveil a proposal", "Kenya and Uganda unveiled a joint proposal.", "2010-01-01", ""},
		// senses17: calling an object a name is a description, no call,
		// appeal or election (namingCall)
		{"call a thing a name", "Kenya has called climate change a hoax perpetrated by Uganda.", "2010-01-01", ""},
		{"call an actor a quoted name", "The Kenyan president called Uganda \"a machine for talking\".", "2010-01-01", ""},
		{"call an election a name", "The Kenyan president called the Ugandan election a triumph.", "2010-01-01", ""},
		{"call a day later", "The Kenyan president called the Ugandan president a day after the attack.", "2010-01-01", "KENGOV/UGAGOV/041"},
		{"call for talks", "The Kenyan president called for talks with Uganda.", "2010-01-01", "KENGOV/UGA/026"},
		{"call a partner", "The Kenyan president called Uganda a reliable partner.", "2010-01-01", "KENGOV/UGA/013"},
		{"call a liar", "The Kenyan president called the Ugandan president a liar.", "2010-01-01", "KENGOV/UGAGOV/111"},
		{"unveil a plan", "Kenya unveiled a plan for Uganda.", "2010-01-01", "KEN/UGA/010"},
		{"expect a thing to", "Kenya expects the Ugandan deficit to fall.", "2010-01-01", ""},
		{"expect that", "Kenya expects that Ugandan output will expand.", "2010-01-01", ""},
		{"expect a visit", "Kenya expects a visit by Uganda.", "2010-01-01", "KEN/UGA/036"},
		{"intend to", "Kenya intended to stay in Uganda.", "2010-01-01", ""},
		{"want to", "Kenyan couples wanted to remain in Uganda.", "2010-01-01", ""},
		{"take out of", "Kenya took Uganda out of the talks.", "2010-01-01", ""},
		{"leave a country", "Kenyan workers leaving Uganda were searched.", "2010-01-01", ""},
		{"study", "Kenyan students study in Uganda.", "2010-01-01", ""},
		{"promote", "Kenyan ministers promoted the Ugandan news.", "2010-01-01", ""},
		{"conduct talks", "Kenya conducted talks with Uganda.", "2010-01-01", "KEN/UGA/046"},
		{"numbers released by", "Kenyan exports rose in numbers released by Uganda's finance ministry.", "2010-01-01", ""},
		{"give victories", "Kenyan voters gave the Ugandan party two victories.", "2010-01-01", ""},
		{"met at a place", "The Kenyan president met the Ugandan president at State House on Monday.", "2010-01-01", "KENGOV/UGAGOV/040"},
		// the place visited is where it was said, not whom it addressed
		// (re-judged samples 5 and the held-out pool: wrong, a venue); the
		// visit itself is coded (nominalVisits, visit17), no 010 to Uganda
		{"said during a visit", "The Kenyan minister said during a visit to Uganda that trade would grow.", "2010-01-01", "KENGOV/UGA/042"},
		{"have … to meet demand", "Kenyan producers have raised output to meet Ugandan demand.", "2010-01-01", ""},
		// a statement that another actor must act is a demand of it
		{"said must", "Kenya said on Monday that Uganda must withdraw its troops.", "2010-01-01", "KEN/UGA/100"},
		{"says must, a list", "The Kenyan minister says Uganda and Tanzania must now open their borders.", "2010-01-01", "KENGOV/TZA/100"},
		{"said it must", "Kenya said it must act.", "2010-01-01", ""},
		{"must of a thing", "Kenya said the report on Uganda must be published.", "2010-01-01", ""},
		{"must of a farther clause", "Kenya said the talks failed because Uganda must pay.", "2010-01-01", ""},
		{"pair failed to reach a deal", "Kenya and Uganda failed to reach a deal on the border.", "2010-01-01", "UGA/KEN/120"},
		{"pair failed to agree", "Kenya and Uganda failed to agree on the border.", "2010-01-01", "KEN/UGA/120"},
		{"pair failed to reach a deal with a third", "Kenya and Uganda failed to reach a trade deal with Sudan.", "2010-01-01", "UGA/SDN/120"},
		{"pair failed to reach a place", "Kenya and Uganda failed to reach Sudan.", "2010-01-01", "KEN/SDN/120"},
		// an announced refusal of a cooperative act is its rejection
		{"will not release", "Kenya will not release the Ugandan pilots.", "2010-01-01", "KEN/UGA/124"},
		{"won't meet", "Kenya won't meet Uganda.", "2010-01-01", "KEN/UGA/125"},
		{"did not release", "Kenya did not release the Ugandan pilots.", "2010-01-01", ""},
		{"will not attack", "Kenya will not attack Uganda.", "2010-01-01", ""},
		{"says it cannot support", "Kenya says it cannot support the Ugandan plan.", "2010-01-01", "KEN/UGA/120"},
		{"can't release", "Kenya can't release the Ugandan pilots.", "2010-01-01", "KEN/UGA/124"},
		{"cannot attack", "Kenya cannot attack Uganda.", "2010-01-01", ""},
		// a present-tense verb after the subject that the tagger reads as a plural noun
		{"urges, present", "Kenya urges Uganda to act.", "2010-01-01", "KEN/UGA/020"},
		// codes the codebook gives that CAMEO.2.0.txt files elsewhere
		{"veto", "Kenya vetoed the Ugandan plan.", "2010-01-01", "KEN/UGA/129"},
		{"sue", "Kenya sued Uganda over the debt.", "2010-01-01", "KEN/UGA/115"},
		{"sue for", "Kenya sued Uganda for damages.", "2010-01-01", "KEN/UGA/115"},
		{"reopen a border", "Kenya reopened its border with Uganda.", "2010-01-01", "KEN/UGA/080"},
		{"defend verbally", "Kenya defended Uganda over the claims.", "2010-01-01", "KEN/UGA/052"},
		{"defend another's act", "Kenya defended Uganda's involvement in the talks.", "2010-01-01", "KEN/UGA/052"},
		{"defend a town", "Kenyan troops defended the town against Ugandan rebels.", "2010-01-01", "KENMIL/UGAREB/152"},
		// prec3: senses keyed to the object, particle or construction
		{"break a pact", "Kenya has broken the Ugandan pact.", "2010-01-01", ""},
		{"break laws", "Kenya has broken Uganda's laws.", "2010-01-01", ""},
		{"break a record", "Kenya broke Uganda's record.", "2010-01-01", ""},
		{"took off from", "The Kenyan plane took off from Uganda.", "2010-01-01", ""},
		{"take a capital", "Kenya took Uganda's capital.", "2010-01-01", "KEN/UGA/171"},
		{"aid group closed down", "The Kenyan aid group closed down its office in Uganda.", "2010-01-01", ""},
		{"aid worker led", "A Kenyan aid worker led the charity's work in Uganda.", "2010-01-01", ""},
		{"joined by", "The Kenyan president was joined by the Ugandan president.", "2010-01-01", ""},
		{"enlist in an army", "The Kenyan minister enlisted in the Ugandan army.", "2010-01-01", ""},
		{"allow to take the lead", "Uganda allowed Kenya to take the lead in the talks.", "2010-01-01", ""},
		{"return from a holiday", "The Kenyan president spoke after returning from his holiday in Uganda.", "2010-01-01", ""},
		{"return from talks", "Kenya returned from talks in Uganda.", "2010-01-01", "KEN/UGA/042"},
		{"help stocks", "Kenyan exports have helped rebuild Ugandan stocks.", "2010-01-01", ""},
		{"help", "Kenya helped Uganda.", "2010-01-01", "KEN/UGA/070"},
		{"allied forces", "Kenyan and allied forces have launched an attack against Ugandan rebels.", "2010-01-01", "KEN/UGAREB/190"},
		{"announce a suspension of aid", "Kenya announced a suspension of aid to Uganda.", "2010-01-01", "KEN/UGA/162"},
		{"announce aid", "Kenya announced new aid to Uganda.", "2010-01-01", "KEN/UGA/0331"},
		{"to + plural is a noun", "Kenya responded to attacks by Ugandan rebels.", "2010-01-01", ""},
		{"agreed to talks", "Kenya agreed to talks with Uganda.", "2010-01-01", "KEN/UGA/036"},
		{"an actor's operations", "The Kenyan manager led Oxfam operations in Uganda.", "2010-01-01", ""},
		{"operations against", "Kenya led operations against Ugandan rebels.", "2010-01-01", "KEN/UGAREB/190"},
		{"going to a place", "The Kenyan president is going to Uganda next week.", "2010-01-01", "KENGOV/UGA/040"},
		// prec4
		{"lead to is a cause", "The Kenyan decision led to protests in Uganda.", "2010-01-01", ""},
		{"no plans", "Kenya said it had no plans to close its border with Uganda.", "2010-01-01", ""},
		{"plans as a said clause's subject", "Kenya said the plans were based on policies in Uganda.", "2010-01-01", ""},
		{"plans announced", "Kenya announced plans to help Uganda.", "2010-01-01", "KEN/UGA/030"},
		{"take on a rival", "Kenya's ruling party will take on the Ugandan opposition at the polls.", "2010-01-01", ""},
		{"take into account", "Kenya took into account Uganda's interests.", "2010-01-01", ""},
		{"ask why", "Kenya asked why Uganda had closed the border.", "2010-01-01", ""},
		{"ask whether", "Kenya asked Uganda whether the talks would resume.", "2010-01-01", ""},
		{"ask to", "Kenya asked Uganda to release the pilots.", "2010-01-01", "KEN/UGA/020"},
		{"suggest that it may be so", "Kenya suggested Ugandan troops could have been involved.", "2010-01-01", ""},
		{"suggest to act", "Kenya suggested Uganda should withdraw.", "2010-01-01", "KEN/UGA/020"},
		{"give a warning", "Kenya gave the Ugandan president a stern and personal warning.", "2010-01-01", "KEN/UGAGOV/130"},
		{"give an ultimatum", "Kenya gave Uganda an ultimatum.", "2010-01-01", "KEN/UGA/139"},
		// rejudge14: a list after "in" is where a noun is; a capacity
		// after "as"; a minister and the governing party are one actor
		{"list after in", "Media reports in both Kenya and Uganda describe the deal as a major step.", "2010-01-01", ""},
		{"people in a list", "Officials in Kenya and Uganda met on Monday.", "2010-01-01", "KENGOV/UGA/040"},
		// rejudge17: a list after "to" (or another preposition) is its object
		{"list after to", "Kenyan firms are looking to Uganda and Tanzania to provide future growth.", "2010-01-01", ""},
		{"list after between", "Talks between Uganda and Tanzania to provide aid began.", "2010-01-01", "UGA/TZA/046"},
		{"as under another verb", "The Kenyan minister stepped down from his post to stand as a Ugandan candidate.", "2010-01-01", ""},
		{"resigned as", "The Kenyan general resigned as president of Uganda.", "2010-01-01", "KEN/UGAGOV/083"},
		{"minister and own party", "Tony Blair hailed Labour's record on schools.", "2005-01-15", ""},
		{"minister and own party's people", "Gordon Brown told the Labour Party to back the budget.", "2005-01-15", ""},
		{"two opposition parties", "The Liberal Democrats criticised the Conservatives.", "2005-01-15", "GBROPP/GBROPP/111"},
		{"opposition leader and another party", "Michael Howard criticised the Liberal Democrats.", "2005-01-15", "GBROPP/GBROPP/111"},
		// rejudge14: a place after a noun that names no people
		{"office in a place", "The charity shut its office in Uganda last year and has withdrawn from Tanzania.", "2010-01-01", ""},
		{"tour of a place", "The minister has embarked on a tour of Uganda to set out his plans and will visit Kenya.", "2010-01-01", ""},
		{"people in a place", "Rebels in Uganda attacked Kenyan troops.", "2010-01-01", "UGAREB/KENMIL/190"},
		{"group based in a place", "A rebel group based in Uganda has attacked Kenyan troops.", "2010-01-01", "UGA/KENMIL/190"},
		{"perfect after a perfect say-verb", "Kenya has said its embassy in Uganda is watched and has accused Uganda of spying.", "2010-01-01", "KEN/UGA/1125"},
		// attrib16: economic measures told are no threat
		{"economic measures explained", "Kenya will explain its economic measures to Uganda.", "2010-01-01", ""},
		{"measures announced against", "Kenya announced measures against Uganda.", "2010-01-01", "KEN/UGA/130"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriple(t, c, tc.text, tc.date, tc.want)
		})
	}
}

// checkTriple codes text on date and wants the event want ("SRC/TGT/CAMEO")
// among its events, or no event at all when want is "".
func checkTriple(t *testing.T, c *Coder, text, date, want string) {
	t.Helper()
	got := triples(c.Code(context.Background(), "t", text, date))
	if want == "" {
		if len(got) > 0 {
			t.Errorf("want no events, got %v", got)
		}
		return
	}
	if !strings.Contains(" "+strings.Join(got, " ")+" ", " "+want+" ") {
		t.Errorf("want %s among %v", want, got)
	}
}
