package geo

import "dyad/internal/news"

// NewsPlace is a mention as a stored document's place.
func (m *Mention) NewsPlace() news.Place {
	p := m.Place
	return news.Place{Start: m.Start, End: m.End, Text: m.Text, Name: p.Name, GeonamesID: p.ID, Lat: p.Lat, Lon: p.Lon,
		Country: p.Country, Admin1: p.Admin1, Feature: p.Feature, Demonym: m.Demonym}
}

// Places parses a text and returns its places (offsets in code points).
func (p *Parser) Places(text string, o Options) []news.Place {
	ms := p.Parse(text, o)
	out := make([]news.Place, 0, len(ms))
	for i := range ms {
		out = append(out, ms[i].NewsPlace())
	}
	return out
}
