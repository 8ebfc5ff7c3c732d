package clean

import (
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// addressDateRE finds a day written into an address: 2016-10-04,
// 2016_10_04 or 2016/10/04, not inside a longer run of digits.
var addressDateRE = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})[-_/]([01][0-9])[-_/]([0-3][0-9])(?:[^0-9]|$)`)

// addressDate is the last resort for a document's publication date when
// neither the input, the page's metadata nor its text gives one: many news
// sites put the day in the article's URL (/2016/10/04/slug), and archived
// articles are often saved under names that start with it
// (outlet_2016-10-04_slug.txt). It returns the day and where it came from
// ("url" or "file-name"), or "" when the address holds no valid day. A
// record of a container file (path "corpus.jsonl:12") takes nothing from
// the container's name, which is not the record's.
func addressDate(rawURL, path string) (day, from string) {
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		if d := dayIn(u.Path); d != "" {
			return d, "url"
		}
	}
	if path == "" || path == "-" {
		return "", ""
	}
	base := filepath.Base(path)
	if i := strings.LastIndexByte(base, ':'); i >= 0 && strings.Trim(base[i+1:], "0123456789") == "" {
		return "", "" // a record of a container
	}
	if d := dayIn(base); d != "" {
		return d, "file-name"
	}
	return "", ""
}

// dayIn returns the first valid YYYY-MM-DD day written in s, or "".
func dayIn(s string) string {
	for _, m := range addressDateRE.FindAllStringSubmatch(s, -1) {
		if t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}
