package geo

import (
	"sort"
	"strings"
	"unicode/utf8"

	"dyad/internal/news"
)

// How an event's location was chosen.
const (
	HowVenue    = "venue"    // the event's sentence says where: "in Brussels", "near Kharkiv"
	HowDateline = "dateline" // the sentence does not; the document's dateline does ("MOSCOW, Dec 4 -")
	HowDocument = "document" // neither; the document is about one place (named at least twice, more than any other country), the country of one of the event's actors
)

// venueCues are the words before a place that make it the scene of the
// sentence's act; "from", "-based" and "to" say where someone came from,
// is based or goes, and are not.
var venueCues = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true,
	"across": true, "throughout": true, "around": true, "downtown": true}

// Locate finds a document's places and sets each event's Location. The
// events' evidence offsets (Start, End and the spans) are code points of
// text, as stored. country is the outlet's country, a hint for ambiguous
// names.
func (p *Parser) Locate(text, country string, events []news.Event) []news.Place {
	ms := p.Parse(text, Options{Country: country, NotPlace: p.actorSpans(events)})
	// Mentions in text order let each event look at its own sentence's
	// only: a scan of all of them per event was quadratic on long texts
	// (a 9.9 MB document has some 100,000 events and as many mentions).
	if !sort.SliceIsSorted(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start }) {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	}
	places := make([]news.Place, 0, len(ms))
	for i := range ms {
		places = append(places, ms[i].NewsPlace())
	}
	dateline := datelinePlace(text, ms)
	byCountry := countryPlaces(ms)
	for i := range events {
		ev := &events[i]
		ev.Location = nil
		if len(ev.Evidence) == 0 {
			continue
		}
		e := ev.Evidence[0]
		if m := venue(ms, e, ev.CAMEO); m != nil {
			ev.Location = location(m, HowVenue)
			continue
		}
		// Else the document's place in the acting side's country (then the
		// other side's): a dateline there, or the place the document names
		// most there. A Manila story's Venezuelan deal is not in Manila.
		for _, c := range []string{ev.Source.Country, ev.Target.Country} {
			if c == "" {
				continue
			}
			if dateline != nil && dateline.Place.Country == c {
				ev.Location = location(dateline, HowDateline)
				break
			}
			if m := byCountry[c]; m != nil {
				ev.Location = location(m, HowDocument)
				break
			}
		}
	}
	return places
}

func location(m *Mention, how string) *news.Location {
	p := m.Place
	return &news.Location{Name: p.Name, GeonamesID: p.ID, Lat: p.Lat, Lon: p.Lon, Country: p.Country, Admin1: p.Admin1,
		Feature: p.Feature, Start: m.Start, End: m.End, How: how}
}

// venue is the place the evidence sentence names as the scene: a place
// after "in", "at", "near"… that is not one of the event's actors. A visit
// (CAMEO 042, 043) also takes "to" ("flew to Beijing"). Of several, the
// most specific, then the first.
//
// ms is in text order (by Start).
func venue(ms []Mention, e news.Evidence, cameo string) *Mention {
	var best *Mention
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= e.Start }); i < len(ms) && ms[i].Start < e.End; i++ {
		m := &ms[i]
		if m.End > e.End || m.Demonym || m.Place.isContinent() {
			continue
		}
		if !venueCues[m.Cue] && !(m.Cue == "to" && (strings.HasPrefix(cameo, "042") || strings.HasPrefix(cameo, "043"))) {
			continue
		}
		// "officials in Brussels said": the actor's place and the venue
		// are one; the cue says it is used as a location.
		if best == nil || m.Place.Level() > best.Place.Level() {
			best = m
		}
	}
	return best
}

// datelinePlace is a place at the very start of the text followed by a
// comma, a dash or a parenthesis ("MOSCOW, Dec 4 -"), or nil.
func datelinePlace(text string, ms []Mention) *Mention {
	if len(ms) == 0 {
		return nil
	}
	m := &ms[0]
	if m.Start > 2 || m.Demonym || m.Place.isContinent() {
		return nil
	}
	// the four code points after the place (no pass over the whole text)
	b := 0
	for cp := 0; cp < m.End && b < len(text); cp++ {
		_, n := utf8.DecodeRuneInString(text[b:])
		b += n
	}
	if b >= len(text) {
		return nil
	}
	e := b
	for k := 0; k < 4 && e < len(text); k++ {
		_, n := utf8.DecodeRuneInString(text[e:])
		e += n
	}
	after := strings.TrimLeft(text[b:e], " ")
	if strings.HasPrefix(after, ",") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, "(") {
		return m
	}
	return nil
}

// countryPlaces is, for each country the text names at least twice (its
// places' mentions summed; demonyms and continents do not count), the
// place that stands for it: the place inside it named most, at least
// twice, else the country itself when named.
func countryPlaces(ms []Mention) map[string]*Mention {
	count := map[*Place]int{}
	first := map[*Place]*Mention{}
	var order []*Place // the places in the order the text first names them
	total := map[string]int{}
	for i := range ms {
		m := &ms[i]
		if m.Demonym || m.Place.isContinent() {
			continue
		}
		count[m.Place]++
		total[m.Place.Country]++
		if first[m.Place] == nil {
			first[m.Place] = m
			order = append(order, m.Place)
		}
	}
	out := map[string]*Mention{}
	best := map[string]*Place{}
	// In text order, not the map's: of places that tie, the one named
	// first stands for its country, the same one every run.
	for _, pl := range order {
		n := count[pl]
		c := pl.Country
		if total[c] < 2 {
			continue
		}
		b := best[c]
		switch {
		case b == nil:
			best[c] = pl
		case pl.Level() == 0 && b.Level() > 0 && count[b] < 2:
			best[c] = pl
		case pl.Level() > 0 && n >= 2 && (b.Level() == 0 || n > count[b] || n == count[b] && pl.Level() > b.Level()):
			best[c] = pl
		case pl.Level() > 0 && b.Level() > 0 && n > count[b]:
			best[c] = pl
		}
	}
	for c, pl := range best {
		if pl.Level() > 0 && count[pl] < 2 {
			continue // only places named once each, and not the country itself
		}
		out[c] = first[pl]
	}
	return out
}

// actorSpans returns the NotPlace hook for a document's events: a span the
// coder read as a person or an organisation (an actor with more than a
// country's code, or none: "Lincoln" as USAGOV) is not also a town, unless a
// cue makes it one ("in Lincoln"). Countries and regions are never vetoed:
// "Russia" is both an actor and a place.
func (p *Parser) actorSpans(events []news.Event) func(string) bool {
	names := map[string]bool{}
	for i := range events {
		for _, a := range []news.Actor{events[i].Source, events[i].Target} {
			if a.Name != "" && (len(a.Code) > 3 || a.Country == "") {
				names[Key(a.Name)] = true
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	return func(span string) bool {
		k := Key(span)
		if !names[k] {
			return false
		}
		for _, i := range p.G.byKey.get(k) {
			if p.G.level(i) <= 1 {
				return false
			}
		}
		return true
	}
}
