package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/internal/clean"
	"dyad/internal/news"
	"dyad/internal/shareddata"
)

func TestResolveDate(t *testing.T) {
	tests := []struct {
		name, sentence, ref, want, text string
	}{
		{"absolute", "They met on December 15, 2021 in Beijing.", "2022-01-10", "2021-12-15", "December 15, 2021"},
		{"day month year", "Talks were held on 15 Dec 2021.", "", "2021-12-15", "15 Dec 2021"},
		{"no year, near ref", "Talks were held on Dec. 7.", "2021-12-15", "2021-12-07", "Dec. 7"},
		{"across a year end", "The deal was signed on Dec 30.", "2022-01-02", "2021-12-30", "Dec 30"},
		{"weekday possessive on its day", "Wednesday’s virtual meeting went well.", "2021-12-15", "2021-12-15", "Wednesday’s"},
		{"past weekday", "The ministers met on Tuesday.", "2021-12-15", "2021-12-14", "Tuesday"},
		{"future weekday", "The ministers will meet on Tuesday.", "2021-12-15", "2021-12-21", "Tuesday"},
		{"last week", "Troops moved last week.", "2021-12-15", "2021-12-08", "last week"},
		{"yesterday", "Rebels attacked yesterday.", "2021-03-01", "2021-02-28", "yesterday"},
		{"next month", "Elections are due next month.", "2021-12-15", "2022-01-15", "next month"},
		{"forward across a year end", "The talks will resume on Jan. 3.", "2021-12-30", "2022-01-03", "Jan. 3"},
		{"weekday naming the date after it", "The vote is on Monday, January 3.", "2021-12-29", "2022-01-03", "Monday, January 3"},
		{"weekday and day month", "They met on Friday, 31 December.", "2022-01-04", "2021-12-31", "Friday, 31 December"},
		{"leap day", "The deal was signed on Feb 29.", "2024-03-05", "2024-02-29", "Feb 29"},
		{"next week across a year end", "The summit ends next week.", "2021-12-29", "2022-01-05", "next week"},
		{"no ref, no year", "They met on Tuesday, December 7.", "", "", ""},
		{"impossible date", "On February 30, 2021 nothing happened.", "", "", ""},
		{"month without a day", "In January the two states concluded a fisheries pact.", "1987-03-10", "1987-01-01", "In January"},
		{"month later than the reference is last year's", "In November the minister resigned.", "1987-03-10", "1986-11-01", "In November"},
		{"month and year", "The talks began in June 1985 in Geneva.", "1987-03-10", "1985-06-01", "in June 1985"},
		{"year alone", "In 1985 a court ordered the company to pay.", "1987-03-10", "1985-01-01", "In 1985"},
		{"late in a year", "In late 1985, Kenya called on the lenders to cut rates.", "1987-03-10", "1985-01-01", "In late 1985"},
		{"the middle of a year", "The court ruled in mid-1984 that the firm must pay.", "1987-03-10", "1984-01-01", "in mid-1984"},
		{"this year alone says nothing", "Sales rose in 1987.", "1987-03-10", "", ""},
		{"maturity", "The bonds, due April 14, 1989, were priced at par.", "1987-03-10", "", ""},
		{"expiry", "The offer expires March 20.", "1987-03-10", "", ""},
		{"deadline", "They must reply by June 1, 1987.", "1987-03-10", "", ""},
		{"period end", "Profit for the year ended December 31 rose.", "1987-03-10", "", ""},
		{"last and a month", "The department last December cut the quota.", "1987-03-10", "1986-12-01", "last December"},
		{"a season is no year", "Imports were 300,000 tonnes in 1986/87.", "1987-03-10", "", ""},
		{"a comparison's baseline is no year", "Sales rose to nine billion from four billion in 1986.", "1987-03-10", "", ""},
		{"maturity after an act date", "On March 2 the bank sold notes due May 1, 1990.", "1987-03-10", "1987-03-02", "March 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, text, ok := ResolveDate(tc.sentence, tc.ref)
			if d != tc.want || ok != (tc.want != "") || text != tc.text {
				t.Errorf("ResolveDate = %q %q %v, want %q %q", d, text, ok, tc.want, tc.text)
			}
		})
	}
}

func TestAmounts(t *testing.T) {
	tests := []struct {
		text     string
		value    float64
		currency string
		unit     string
		context  string
	}{
		{"Bilateral trade in 2021 exceeded US $100 billion for the first time.", 1e11, "USD", "", "Bilateral trade in 2021"},
		{"Trade rose to $ 100 billion.", 1e11, "USD", "", "Trade"},
		{"The fund holds 100 billion yuan in bonds.", 1e11, "CNY", "", "The fund holds"},
		{"Spending of 1.2 trillion rubles was approved.", 1.2e12, "RUB", "", "Spending"},
		{"Prices rose 5 percent in March.", 5, "", "percent", "Prices rose"},
		{"Output fell 2.5% last year.", 2.5, "", "percent", "Output fell"},
		{"This year marks the 20th anniversary of the treaty.", 20, "", "ordinal", "This year marks the"},
		{"The treaty was extended for five years.", 5, "", "year", "The treaty was extended"},
		{"Germany pledged 500 million euros in aid.", 5e8, "EUR", "", "Germany pledged"},
		{"It paid £3m for the site.", 3e6, "GBP", "", "It paid"},
		{"Net income was 12,500 dlrs.", 12500, "USD", "", "Net income"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			as := Amounts(tc.text)
			if len(as) == 0 {
				t.Fatal("no amount")
			}
			a := as[0]
			if a.Value != tc.value || a.Currency != tc.currency || a.Unit != tc.unit || a.Context != tc.context {
				t.Errorf("got %+v", a)
			}
			if tc.text[a.Start:a.End] != a.Text {
				t.Errorf("span %d:%d does not give %q", a.Start, a.End, a.Text)
			}
		})
	}
}

type fakeActors struct{}

func (fakeActors) ResolveActor(name, title, date string) news.Actor {
	if strings.Contains(title, "Foreign Ministry") {
		return news.Actor{Code: "CHNGOV"}
	}
	return news.Actor{}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, text, speaker, date string
		want                      int
	}{
		{"said after", "“We will not accept this and we will respond,” Foreign Minister Anna Berg said on Monday.", "Anna Berg", "2021-12-13", 1},
		{"pronoun", "President Omar Diallo spoke in Dakar. “Our borders are open to trade and to people,” he said.", "Omar Diallo", "2021-12-15", 1},
		{"said before", "Prime Minister Lena Holm said: “The budget will balance by next year.”", "Lena Holm", "2021-12-15", 1},
		{"according to", "According to Senator Paul Reyes, “the bill has enough votes to pass the chamber.”", "Paul Reyes", "2021-12-15", 1},
		{"straight quotes", "\"We will meet again before the summer,\" Arakawa told reporters.", "Arakawa", "2021-12-15", 1},
		{"scare quotes", "Some forces invoke “democracy” and “human rights” to interfere.", "", "", 0},
		{"unattributed heading", "“A model of cooperation in the 21st century”\n\nThe leaders met.", "", "", 0},
		{"block quote with attribution line", "“The practice gravely violates the principle of neutrality and must stop now.”\n\n– Foreign Ministry spokesperson Zhao Lijian said at a press conference on December 7, 2021.", "Zhao Lijian", "2021-12-07", 1},
		{"multi-paragraph", "“The first part of the statement is here and it goes on.\n\n“The second part ends the statement,” said Minister Ivo Petrov.", "Ivo Petrov", "2021-12-15", 1},
		{"unbalanced", "“This quote never ends and nobody said it", "", "", 0},
		{"apostrophes", "China’s envoy said the talks went “very well for all sides involved” in Geneva.", "", "", 0},
		{"mistyped closing mark", "“We will win this state and the next one,“ said Governor Ana Ruiz.", "Ana Ruiz", "2021-12-15", 1},
		{"straight open, curly close", "\"I don’t think it’s getting the attention,” Grassley said.", "Grassley", "2021-12-15", 1},
		{"no space after the mark", "“I think it has been a long road,”Clinton said.", "Clinton", "2021-12-15", 1},
		{"nested double marks", "“He called it “fake news” today, and we disagree,” said Anna Berg.", "Anna Berg", "2021-12-15", 1},
		{"colon paragraph", "Senator Tom Hale continued:\n\n“The questions asked tonight show why people do not trust us.”", "Tom Hale", "2021-12-15", 1},
		{"dash and name", "“We have never seen a campaign like this one.” ― Maria Lopez", "Maria Lopez", "2021-12-15", 1},
		{"appositive", "“The numbers are the best we have had,” Jeff Baker, the campaign’s manager, said.", "Jeff Baker", "2021-12-15", 1},
		{"inverted with of", "“Who cares about the polls anyway?” said Robert Antal of the New York delegation.", "Robert Antal", "2021-12-15", 1},
		{"subject of the sentence", "President Ken Obi noted the law, and added: “I know a little about this subject.”", "Ken Obi", "2021-12-15", 1},
		{"pronoun inside a clause", "Carla Diaz said she would run. Later, when she said, “Flying is an activity, not an accomplishment.”", "Carla Diaz", "2021-12-15", 1},
		{"name before a colon", "Pollsters agree - Carl Bialik: “One of the biggest lessons is the margin of error.”", "Carl Bialik", "2021-12-15", 1},
		{"short quote after a speech verb", "Asked about a deal, Senator Ruth Amos had said, “We’ll see,” and left.", "Ruth Amos", "2021-12-15", 1},
		{"the name of a show", "Speaking on ABC’s “This Week,” Carson admitted the course name was wrong.", "", "", 0},
		{"office of a person", "“We look forward to the meeting next week,” Ryan’s office said in a statement.", "Ryan", "2021-12-15", 1},
		{"according to after the quote", "“Officials overseeing the case are close to a decision,” according to Judicial Watch.", "Judicial Watch", "2021-12-15", 1},
		{"pronoun subject of a partial quote", "Hillary Clinton tweeted her thanks. She called his actions “a crucial step forward on gun violence.”", "Hillary Clinton", "2021-12-15", 1},
		{"people named inside quotes are not antecedents", "Pastor Kevin Swanson said it on air. “Jesus means what he says. You’ve got to apply it,” he said.", "Kevin Swanson", "2021-12-15", 1},
		{"subject with a lowercase title", "Democratic presidential front-runner Hillary Clinton stretched the truth.\n\n“He is becoming their best recruiter,” she said.", "Hillary Clinton", "2021-12-15", 1},
		{"subject after an opening phrase", "Senator Bernie Sanders spoke first.\n\nOn Thursday, Sanders unloaded on the Post. “Check out where the geniuses were on Iraq,” he said.", "Bernie Sanders", "2021-12-15", 1},
		{"pronoun skips a speaker of the other gender", "Mrs. Ann Lee opened the meeting. Then Mr. Tom Ray said the plan failed. “It has been a long week for all of us,” she said.", "Ann Lee", "2021-12-15", 1},
		{"inverted speaker as antecedent", "Cruz kept his image, said James Henson, director of the project. “They have been very clever at this,” he said.", "James Henson", "2021-12-15", 1},
		{"name leading into the quote beats the pronoun", "Sanders spoke. Vice President Joe Biden weighed in, telling reporters on Monday, “But they are both qualified for it,” he said.", "Joe Biden", "2021-12-13", 1},
		{"a capitalised adverb is not a name", "Sami Ahmed came to Clarkston in 2012.\n\nRecently, he said, he has changed his mind. “They think every visitor is a threat,” he said.", "Sami Ahmed", "2021-12-15", 1},
		{"a role without a name", "“The plan will not pass this year,” a senior aide said.", "", "2021-12-15", 1},
		{"the speaker goes on after the attribution", "“We don’t think there is room for four networks,” Jeff Zucker said. “I don’t think there is enough room for three.”", "Jeff Zucker", "2021-12-15", 2},
		{"unclosed at paragraph end", "“This runs to the end of the paragraph, said Ann Lee.\n\nThe next paragraph “has a short phrase” only.", "", "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := Quotes(tc.text, Options{Published: "2021-12-15", Actors: fakeActors{}})
			if len(qs) != tc.want {
				t.Fatalf("%d quotes, want %d: %+v", len(qs), tc.want, qs)
			}
			if tc.want == 0 {
				return
			}
			q := qs[0]
			if q.Speaker.Name != tc.speaker || q.Date != tc.date {
				t.Errorf("speaker %+v date %q, want %q %q", q.Speaker, q.Date, tc.speaker, tc.date)
			}
			if !strings.Contains(tc.text[q.Start:q.End], strings.Fields(q.Text)[0]) {
				t.Errorf("span %d:%d does not hold the quote", q.Start, q.End)
			}
		})
	}
}

func TestSeeds(t *testing.T) {
	dir := shareddata.Path(t, "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	found := map[string]string{}
	amounts := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := clean.Clean(context.Background(), news.RawDoc{Body: b}, clean.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range Quotes(d.Text, Options{Published: d.Published}) {
			found[q.Speaker.Name+" "+q.Date] = q.Text
			for _, scare := range []string{"democracy", "rules", "multilateralism", "human rights"} {
				if strings.EqualFold(q.Text, scare) {
					t.Errorf("scare quote %q taken as a quotation", q.Text)
				}
			}
			if strings.HasPrefix(q.Text, "Putting people first") && q.Speaker.Name != "Xi Jinping" {
				t.Errorf("governance quote by %q", q.Speaker.Name)
			}
		}
		for _, a := range Amounts(d.Text) {
			if a.Value == 1e11 && a.Currency == "USD" && strings.Contains(strings.ToLower(a.Context), "trade") {
				amounts++
			}
		}
		date, _, ok := ResolveDate(meetingSentence(d.Text), d.Published)
		if !ok || date != "2021-12-15" {
			t.Errorf("%s: meeting date %q", filepath.Base(f), date)
		}
	}
	for _, k := range []string{"Zhao Lijian 2021-12-07", "Wang Wenbin 2021-12-14", "Xi Jinping 2021-12-15"} {
		if _, ok := found[k]; !ok {
			t.Errorf("no quote %s among %v", k, found)
		}
	}
	if amounts != 2 {
		t.Errorf("%d trade amounts of 1e11 USD, want one per article", amounts)
	}
}

// meetingSentence is the sentence that reports the virtual meeting.
func meetingSentence(text string) string {
	for _, p := range strings.Split(text, "\n\n") {
		if strings.Contains(p, "virtual meeting") {
			return p
		}
	}
	return ""
}

func FuzzQuotes(f *testing.F) {
	f.Add("“We agree,” he said. “Nested “quotes” here,” said Minister Ann Lee on May 5.")
	f.Add("\"unbalanced")
	f.Add("\"A\n\n\"B\" he said“ ”x“y”")
	f.Add("“Open\n\n“Again” said Ann Lee.\n\n”stray")
	f.Fuzz(func(t *testing.T, s string) {
		prev := -1
		for _, sp := range quoteSpans(s) {
			if sp.open < prev || sp.open >= sp.start || sp.start > sp.end || sp.end != sp.close || sp.close >= len(s) {
				t.Fatalf("bad span %+v after %d in %d bytes", sp, prev, len(s))
			}
			prev = sp.close
		}
		for _, q := range Quotes(s, Options{Published: "2021-12-15"}) {
			if q.Start < 0 || q.End > len(s) || q.Start > q.End {
				t.Fatalf("span %d:%d outside text of %d bytes", q.Start, q.End, len(s))
			}
			if q.Date == "" {
				t.Fatalf("quote %q without a date although the publication date is known", q.Text)
			}
		}
	})
}

func FuzzAmounts(f *testing.F) {
	f.Add("US $100 billion and 5 percent and 1.2 trillion rubles")
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range Amounts(s) {
			if a.Start < 0 || a.End > len(s) || s[a.Start:a.End] != a.Text {
				t.Fatalf("bad span %+v", a)
			}
		}
	})
}

func FuzzResolveDate(f *testing.F) {
	f.Add("on Tuesday, Dec 30", "2022-01-02")
	f.Fuzz(func(t *testing.T, s, ref string) { ResolveDate(s, ref) })
}
