package main

import "dyad/internal/actors"

// holderFiles are the files of dyad/internal/actors the generator merges,
// in merge order.
var holderFiles = []struct {
	name string
	rows func() []actors.Officeholder
}{
	{"officeholders.tsv", actors.Officeholders},
	{"politics.tsv", actors.Politics},
	{"periods.tsv", actors.Periods},
	{"institutions.tsv", actors.Institutions},
	{"parties.tsv", actors.Parties},
	{"organisations.tsv", actors.Organisations},
	{"regions.tsv", actors.Regions},
}

// loadHolders reads the officeholders, politics, past states,
// institutions, parties, organisations and regions of dyad/internal/actors.
func loadHolders() []holder {
	var out []holder
	for _, f := range holderFiles {
		for _, o := range f.rows() {
			out = append(out, holder{Name: o.Name, Aliases: o.Aliases, Code: o.Code, From: o.From, To: o.To,
				File: f.name, Basis: o.Role + ", " + o.Country + ": " + o.Basis})
		}
	}
	return out
}
