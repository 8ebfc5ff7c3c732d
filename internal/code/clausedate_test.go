package code

import (
	"context"
	"strings"
	"testing"

	"dyad/internal/extract"
	"dyad/internal/news"
)

// resolvingCoder returns a coder that dates events by the default date
// resolver (extract.ResolveDate), as dyad code does.
func resolvingCoder(t *testing.T) *Coder {
	t.Helper()
	c, err := New(context.Background(), Options{DateFunc: func(s, ref string) (string, string) {
		if d, text, ok := extract.ResolveDate(s, ref); ok {
			return d, text
		}
		return ref, ""
	}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestClauseDates: the date of another clause is not the verb's: what a
// speaker reported, a since-clause; a participle takes its host's date.
func TestClauseDates(t *testing.T) {
	c := resolvingCoder(t)
	tests := []struct{ name, text, ref, event, date, dateText string }{
		{"a reported subject's date", "Kenyan bankers said central bank governor John Kamau last month rejected a request to raise the tax.", "1987-04-17", "KENBUS 010 KENGOVBUS", "1987-04-17", ""},
		{"a reported clause's date after a phrase", "Kenyan President Daniel arap Moi told Uganda in an interview it is unlikely Tanzania's default last month would spread.", "1987-04-17", "KENGOV 010 UGA", "1987-04-17", ""},
		{"a reported clause before the teller", "Uganda posted a trade deficit in 1986, the Kenyan foreign minister told the Ugandan parliament.", "1987-04-17", "KENGOV 010 UGALEG", "1987-04-17", ""},
		{"a reported clause after a comma", "Kenyan President Daniel arap Moi told Ugandan President Yoweri Museveni the tariffs had grown, with tea sales rising in 1986.", "1987-04-17", "KENGOV 010 UGAGOV", "1987-04-17", ""},
		{"a reported clause after that", "Kenyan President Daniel arap Moi told Ugandan President Yoweri Museveni that Tanzania last week rejected the plan.", "1987-04-17", "KENGOV 010 UGAGOV", "1987-04-17", ""},
		{"told on a day", "Kenyan President Daniel arap Moi told Ugandan President Yoweri Museveni on Tuesday that the border was closed.", "1987-04-17", "KENGOV 010 UGAGOV", "1987-04-14", "Tuesday"},
		{"told in a letter on a day", "Kenyan President Daniel arap Moi told Ugandan President Yoweri Museveni in a letter yesterday the border was closed.", "1987-04-17", "KENGOV 010 UGAGOV", "1987-04-16", "yesterday"},
		{"a bare time phrase before the teller", "On Monday, Kenyan President Daniel arap Moi told Ugandan President Yoweri Museveni the border is open.", "1987-04-17", "KENGOV 010 UGAGOV", "1987-04-13", "Monday"},
		{"a since-clause's act after the verb", "He is the first Kenyan minister to visit Uganda since the Ugandan president announced last week a new tariff.", "1987-04-17", "KENGOV 042 UGA", "1987-04-17", ""},
		{"a since-clause's act, a month", "Kenyan President Daniel arap Moi is the first leader to visit Uganda since Tanzania rejoined the union last June.", "1987-04-17", "KENGOV 042 UGA", "1987-04-17", ""},
		{"since a day is the act's", "Kenyan officials have met since Friday, when Ugandan troops attacked Kenya.", "1987-04-15", "UGAMIL 190 KEN", "1987-04-10", "Friday"},
		{"a participle takes its host's date", "On Monday, officials reported that Kenyan troops crossed the border late Sunday, attacking Ugandan troops.", "1987-04-17", "KENMIL 190 UGAMIL", "1987-04-12", "Sunday"},
		{"late in a year", "In late 1985, Kenya called on Uganda to cut its tariffs.", "1987-04-17", "KEN 020 UGA", "1985-01-01", "In late 1985"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEventDate(t, c.Code(context.Background(), "t", tc.text, tc.ref), tc.event, tc.date, tc.dateText)
		})
	}
}

// checkEventDate checks that event ("SRC CAMEO TGT") is among evs with
// the date and date text given.
func checkEventDate(t *testing.T, evs []news.Event, event, date, dateText string) {
	t.Helper()
	var got []string
	for _, e := range evs {
		k := e.Source.Code + " " + e.CAMEO + " " + e.Target.Code
		if k == event {
			if e.Date != date || e.DateText != dateText {
				t.Errorf("%s: got %s %q, want %s %q", k, e.Date, e.DateText, date, dateText)
			}
			return
		}
		got = append(got, k)
	}
	t.Errorf("no %s among %s", event, strings.Join(got, ", "))
}
