package code

import "testing"

// TestUKOffices: holders of British titled offices and other people of
// British news 1997–2016 (internal/actors politics.tsv, the section on
// titled offices) are coded by the office they held on the story's date:
// a judge JUD while a judge, a Lord Chancellor or a devolved First
// Minister GOV, the Speaker LEG, a union leader LAB, the Met's
// Commissioner COP, the heads of MI5 and MI6 SPY, an archbishop REL, the
// BBC's heads MED; outside every term a person is the country's elite
// (ELI), as Phoenix codes former officeholders. The sentences are
// invented.
func TestUKOffices(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-03-01", "GBR", []tripleCase{
		{"a Lord Chief Justice", "Lord Woolf criticised the Kenyan government.",
			[]string{"GBRJUD/KENGOV/111"}, nil},
		{"a Lord Chancellor", "Lord Falconer criticised the Kenyan government.",
			[]string{"GBRGOV/KENGOV/111"}, nil},
		{"a law lord", "Lord Bingham criticised the Kenyan government.",
			[]string{"GBRJUD/KENGOV/111"}, nil},
		{"the Speaker", "Speaker Michael Martin criticised the Kenyan government.",
			[]string{"GBRLEG/KENGOV/111"}, nil},
		{"a Scottish First Minister", "Jack McConnell criticised the Kenyan government.",
			[]string{"GBRGOV/KENGOV/111"}, nil},
		{"the Mayor of London", "Ken Livingstone criticised the Kenyan government.",
			[]string{"GBRGOV/KENGOV/111"}, nil},
		{"a union leader", "Brendan Barber criticised the Kenyan government.",
			[]string{"GBRLAB/KENGOV/111"}, nil},
		{"the Met's Commissioner", "Sir Ian Blair criticised the Kenyan government.",
			[]string{"GBRCOP/KENGOV/111"}, nil},
		{"the head of MI5", "Eliza Manningham-Buller criticised the Kenyan government.",
			[]string{"GBRSPY/KENGOV/111"}, nil},
		{"an archbishop", "Rowan Williams criticised the Kenyan government.",
			[]string{"GBRREL/KENGOV/111"}, nil},
		{"the BBC's chairman", "Michael Grade criticised the Kenyan government.",
			[]string{"GBRMED/KENGOV/111"}, nil},
		{"a shadow minister", "David Davis criticised the government.",
			[]string{"GBROPP/GBRGOV/111"}, nil},
		{"a Lib Dem MP", "Mark Oaten criticised the government.",
			[]string{"GBROPP/GBRGOV/111"}, nil},
		{"a UKIP leader", "Roger Knapman criticised the government.",
			[]string{"GBRPTY/GBRGOV/111"}, nil},
		{"a Northern Ireland party leader", "Gerry Adams criticised the government.",
			[]string{"GBRPTY/GBRGOV/111"}, nil},
		{"a retired Met Commissioner", "Sir John Stevens criticised the Kenyan government.",
			[]string{"GBRELI/KENGOV/111"}, []string{"GBRCOP"}},
	})
	// the same people on other dates
	checkTripleCases(t, c, "2010-03-01", "GBR", []tripleCase{
		{"a Lord Chief Justice retired", "Lord Woolf criticised the Kenyan government.",
			[]string{"GBRELI/KENGOV/111"}, []string{"GBRJUD"}},
		{"a First Minister's successor", "Alex Salmond criticised the Kenyan government.",
			[]string{"GBRGOV/KENGOV/111"}, []string{"GBROPP"}},
		{"a Mayor of London after", "Boris Johnson criticised the Kenyan government.",
			[]string{"GBRGOV/KENGOV/111"}, []string{"GBROPP"}},
		{"a Northern Ireland First Minister", "Peter Robinson criticised the Kenyan government.",
			[]string{"GBRGOV/KENGOV/111"}, []string{"GBRPTY"}},
	})
	checkTripleCases(t, c, "1999-03-01", "GBR", []tripleCase{
		{"the Mayor of London before the office", "Ken Livingstone criticised the Kenyan government.",
			nil, []string{"GBRGOV"}},
		{"a First Minister before", "Alex Salmond criticised the government.",
			[]string{"GBROPP/GBRGOV/111"}, nil},
		{"the previous Archbishop", "George Carey criticised the Kenyan government.",
			[]string{"GBRREL/KENGOV/111"}, nil},
		{"a Lord Chancellor of the day", "Lord Irvine criticised the Kenyan government.",
			[]string{"GBRGOV/KENGOV/111"}, nil},
	})
	// an undated story: a party officer's title ("Lib Dem president") is
	// no state office (partytitle.go); a state's title still is
	checkTripleCases(t, c, "", "GBR", []tripleCase{
		{"a party's president", "Lib Dem president Simon Hughes criticised the government.",
			[]string{"GBROPP/GBRGOV/111"}, []string{"GBRGOV/GBRGOV"}},
		{"a party's chairman", "Liberal Democrat chairman Matthew Taylor criticised the government.",
			[]string{"GBROPP/GBRGOV/111"}, []string{"GBRGOV/GBRGOV"}},
		{"a state's title after a party's name", "Kenyan President Mwai Kibaki criticised the Ugandan government.",
			[]string{"KENGOV/UGAGOV/111"}, nil},
	})
}
