// Undated articles: officeholders are resolved on the year the article
// itself is about, not on today.

package code

import (
	"strconv"
	"time"

	"dyad/internal/dict"
)

// guessYear is the date an undated article's officeholders are read on:
// the year it names most often (ties: the latest), leaving out years after
// "by", "until", "to", "till", "before", "for" and "from…to" ends (targets and
// deadlines), and years after this one. "" when it names none. A 2005
// story about "Tony Blair" that says "in 2004" and "the 2005 election"
// reads him as prime minister (GBRGOV), not as the former one he is today
// (an elite, ELI). The day is the middle of the year.
func guessYear(text string) string {
	now := time.Now().Year()
	count := map[int]int{}
	prev := ""
	for i := 0; i < len(text); {
		c := text[i]
		if c < '0' || c > '9' {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				j := i
				for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z') {
					j++
				}
				prev = text[i:j]
				i = j
				continue
			}
			if c != ' ' {
				prev = ""
			}
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		before := i > 0 && (text[i-1] == '$' || text[i-1] == '.' || text[i-1] == ',' || text[i-1] == '-' || text[i-1] >= '0' && text[i-1] <= '9')
		after := j < len(text) && (text[j] == '.' && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' || text[j] == ',' && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' || text[j] == '%')
		if j-i == 4 && !before && !after {
			y, _ := strconv.Atoi(text[i:j])
			switch prev {
			case "by", "until", "to", "till", "before", "for", "By", "Until", "Before", "For":
			default:
				if y >= 1946 && y <= now {
					count[y]++
				}
			}
		}
		prev = ""
		i = j
	}
	best, n := 0, 0
	for y, c := range count {
		if c > n || c == n && y > best {
			best, n = y, c
		}
	}
	if best == 0 {
		return ""
	}
	return strconv.Itoa(best) + "-07-01"
}

// codeAt is an actor's code on the sentence's date. In an undated article
// read on its guessed year, a name with no code that year keeps its
// undated reading: the guess corrects an officeholder's role, it does not
// unname anyone.
func (st *state) codeAt(a *dict.Actor) string {
	c := a.CodeAt(st.date)
	if c == "" && st.undated != "" && st.date == st.undated {
		c = a.CodeAt("")
	}
	return c
}
