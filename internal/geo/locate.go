package geo

import (
	"strings"

	"dyad/internal/news"
)

// How an event's location was chosen.
const (
	HowVenue    = "venue"    // the event's sentence says where: "in Brussels", "near Kharkiv"
	HowDateline = "dateline" // the sentence does not; the document's dateline does ("MOSCOW, Dec 4 -")
	HowDocument = "document" // neither; the document is about one place, named at least twice more than any other
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
	ms := p.Parse(text, Options{Country: country})
	places := make([]news.Place, 0, len(ms))
	for i := range ms {
		places = append(places, ms[i].NewsPlace())
	}
	doc, how := documentPlace(text, ms)
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
		if doc != nil {
			ev.Location = location(doc, how)
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
func venue(ms []Mention, e news.Evidence, cameo string) *Mention {
	var best *Mention
	for i := range ms {
		m := &ms[i]
		if m.Start < e.Start || m.End > e.End || m.Demonym || m.Place.isContinent() {
			continue
		}
		if !venueCues[m.Cue] && !(m.Cue == "to" && (strings.HasPrefix(cameo, "042") || strings.HasPrefix(cameo, "043"))) {
			continue
		}
		visit := strings.HasPrefix(cameo, "042") || strings.HasPrefix(cameo, "043")
		if !visit && (overlaps(m, e.Start, e.SourceSpan) || overlaps(m, e.Start, e.TargetSpan)) {
			continue // "talks in Moscow" is a venue, "Moscow said" an actor; a visit's host is both
		}
		if best == nil || m.Place.Level() > best.Place.Level() {
			best = m
		}
	}
	return best
}

// overlaps reports whether a mention lies in an actor span (relative to the
// sentence starting at base).
func overlaps(m *Mention, base int, s *news.Span) bool {
	if s == nil {
		return false
	}
	return m.Start < base+s.End && base+s.Start < m.End
}

// documentPlace is the place a document is about, when its text supports
// one: a dateline (a place at the very start followed by a comma or a
// dash), else a place named at least twice and more often than any other
// (a more specific place inside it counting for it too). Demonyms and
// continents do not count.
func documentPlace(text string, ms []Mention) (*Mention, string) {
	if len(ms) == 0 {
		return nil, ""
	}
	if m := &ms[0]; m.Start <= 2 && !m.Demonym && !m.Place.isContinent() {
		rest := []rune(text)
		if m.End < len(rest) {
			after := strings.TrimLeft(string(rest[m.End:min(len(rest), m.End+4)]), " ")
			if strings.HasPrefix(after, ",") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, "(") {
				return m, HowDateline
			}
		}
	}
	count := map[*Place]int{}
	first := map[*Place]*Mention{}
	for i := range ms {
		m := &ms[i]
		if m.Demonym || m.Place.isContinent() {
			continue
		}
		count[m.Place]++
		if first[m.Place] == nil {
			first[m.Place] = m
		}
	}
	// The leading country (its places' mentions summed) must lead clearly;
	// inside it, a more specific place named at least twice stands for it.
	byCountry := map[string]int{}
	for pl, n := range count {
		byCountry[pl.Country] += n
	}
	lead, leadN, second := "", 0, 0
	for c, n := range byCountry {
		if n > leadN {
			lead, leadN, second = c, n, leadN
		} else if n > second {
			second = n
		}
	}
	if leadN < 2 || leadN <= second {
		return nil, ""
	}
	var best *Place
	for pl, n := range count {
		if pl.Country != lead || pl.Level() == 0 || n < 2 {
			continue
		}
		if best == nil || n > count[best] || n == count[best] && pl.Level() > best.Level() {
			best = pl
		}
	}
	if best == nil {
		// no place inside it named twice: the country itself, if named
		for pl := range count {
			if pl.Country == lead && pl.Level() == 0 {
				best = pl
			}
		}
		if best == nil {
			return nil, ""
		}
	}
	return first[best], HowDocument
}
