package cluster

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/internal/shareddata"
	"dyad/internal/spin"
)

func TestStories(t *testing.T) {
	c := New(Options{})
	a := Extract("Leaders meet in Geneva", "President Alvarez of Chile met Prime Minister Okafor of Nigeria in Geneva on Monday to discuss copper and oil exports.", "2023-05-01")
	b := Extract("Chile, Nigeria talk trade", "The Chilean president, Alvarez, held talks with Nigeria's Okafor in Geneva about copper and oil exports on Monday.", "2023-05-02")
	other := Extract("Floods in Bavaria", "Heavy rain flooded towns in Bavaria on Monday, and the German army helped evacuate residents from Passau.", "2023-05-01")
	late := Extract("Leaders meet again", "President Alvarez of Chile met Prime Minister Okafor of Nigeria in Geneva to discuss copper and oil exports.", "2023-09-01")
	s1, new1 := c.Assign("da", a)
	s2, _ := c.Assign("db", b)
	s3, _ := c.Assign("dc", other)
	s4, _ := c.Assign("dd", late)
	if !new1 || s1 != "sa" || s2 != s1 {
		t.Errorf("reports of one meeting: %s %s (new %v)", s1, s2, new1)
	}
	if s3 == s1 || s4 == s1 {
		t.Errorf("unrelated or months-later story joined: %s %s", s3, s4)
	}
	// Restore rebuilds the same state.
	r := New(Options{})
	r.Restore("da", s1, a)
	if got, _ := r.Assign("db", b); got != s1 {
		t.Errorf("after restore: %s, want %s", got, s1)
	}
	bb, _ := a.MarshalBinary()
	if f, err := UnmarshalFeatures(bb); err != nil || len(f.Terms) != len(a.Terms) || f.Date != a.Date {
		t.Errorf("features round trip: %v", err)
	}
}

func FuzzUnmarshalFeatures(f *testing.F) {
	good, _ := Extract("Xi met Putin", "President Xi Jinping met Vladimir Putin in Beijing.", "2021-12-15").MarshalBinary()
	f.Add(good)
	f.Add([]byte{2, 1})
	f.Fuzz(func(t *testing.T, b []byte) { UnmarshalFeatures(b) })
}

func FuzzExtract(f *testing.F) {
	f.Add("Xi met Putin.", "2021-12-15")
	f.Fuzz(func(t *testing.T, s, d string) { Extract(s, s, d) })
}

// The two seed articles are one story.
func TestSeeds(t *testing.T) {
	dir := shareddata.Path(t, "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	c := New(Options{})
	var ids []string
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := c.Assign(fmt.Sprint("d", i), Extract("", string(b), "2021-12-15"))
		ids = append(ids, id)
	}
	if len(ids) != 2 || ids[0] != ids[1] {
		t.Errorf("seed stories %v, want one", ids)
	}
}

// TestReuters measures on Reuters stories: every spun copy must join its
// original's story, and few originals may join another original's story.
func TestReuters(t *testing.T) {
	recs := shareddata.Records(t, "corpora/reuters21578.jsonl.gz", 3000)
	c := New(Options{})
	var originals, joined, copies, copiesTogether int
	storyOf := map[string]string{}
	sizes := map[string]int{}
	for i, r := range recs {
		if len(strings.Fields(r.Text)) < 60 {
			continue
		}
		originals++
		s, isNew := c.Assign(r.ID, Extract(r.Title, r.Text, r.Published))
		storyOf[r.ID] = s
		sizes[s]++
		if !isNew {
			joined++
		}
		if i%10 == 0 {
			o := spin.Default
			o.Seed = int64(i)
			st, sx := spin.Spin(r.Title, r.Text, o)
			cs, _ := c.Assign(r.ID+"-spun", Extract(st, sx, r.Published))
			copies++
			if cs == s {
				copiesTogether++
			}
		}
	}
	largest := 0
	for _, n := range sizes {
		largest = max(largest, n)
	}
	metrics := fmt.Sprintf("# Story clustering on the first 3,000 Reuters-21578 stories (those of >= 60 words),\n"+
		"# with a spun copy (spin.Default) of every tenth. Rewritten by TestReuters.\n"+
		"originals %d\nstories %d\noriginals that joined an earlier story %d (%.3f; Reuters has real follow-ups and repeats)\n"+
		"largest story %d\nspun copies %d\nspun copies in their original's story %d (%.3f)\n",
		originals, len(sizes), joined, float64(joined)/float64(originals), largest, copies, copiesTogether, float64(copiesTogether)/float64(copies))
	if err := os.WriteFile("testdata/metrics.txt", []byte(metrics), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + metrics)
	if float64(copiesTogether) < 0.95*float64(copies) {
		t.Errorf("only %d of %d spun copies joined their original's story", copiesTogether, copies)
	}
	if float64(joined) > 0.25*float64(originals) {
		t.Errorf("%d of %d originals joined another story: clustering too loose", joined, originals)
	}
}
