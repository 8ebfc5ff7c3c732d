package clean

import "testing"

func TestAddressDate(t *testing.T) {
	tests := []struct {
		url, path, day, from string
	}{
		{"https://news.example.org/2016/10/04/talks-resume", "", "2016-10-04", "url"},
		{"https://news.example.org/world/talks-resume", "", "", ""},
		{"", "archive/outlet_2016-10-04_talks-resume.txt", "2016-10-04", "file-name"},
		{"", "archive/2016_10_04-talks.html", "2016-10-04", "file-name"},
		{"", "corpus-2016-10-04.jsonl:12", "", ""},      // a record takes nothing from its container
		{"", "archive/outlet_2016-13-40_x.txt", "", ""}, // not a day
		{"", "archive/id12016-10-0412.txt", "", ""},     // inside a longer number
		{"", "-", "", ""},
		{"https://example.org/2016/02/30/x", "a_2015-01-02.txt", "2015-01-02", "file-name"}, // 30 February is no day
	}
	for _, tc := range tests {
		day, from := addressDate(tc.url, tc.path)
		if day != tc.day || from != tc.from {
			t.Errorf("addressDate(%q, %q) = %q, %q; want %q, %q", tc.url, tc.path, day, from, tc.day, tc.from)
		}
	}
}

func FuzzAddressDate(f *testing.F) {
	f.Add("https://example.org/2016/10/04/x", "a_2016-10-04.txt")
	f.Fuzz(func(t *testing.T, u, p string) {
		day, from := addressDate(u, p)
		if (day == "") != (from == "") {
			t.Fatalf("day %q from %q", day, from)
		}
	})
}
