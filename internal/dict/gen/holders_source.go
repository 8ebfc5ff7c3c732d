package main

import "dyad/internal/actors"

// loadHolders reads the officeholders, politics, past states,
// institutions, parties and organisations of dyad/internal/actors.
func loadHolders() []holder {
	var out []holder
	rows := append(actors.Officeholders(), actors.Politics()...)
	rows = append(rows, actors.Periods()...)
	rows = append(rows, actors.Institutions()...)
	rows = append(rows, actors.Parties()...)
	rows = append(rows, actors.Organisations()...)
	for _, o := range rows {
		out = append(out, holder{Name: o.Name, Aliases: o.Aliases, Code: o.Code, From: o.From, To: o.To,
			Basis: o.Role + ", " + o.Country + ": " + o.Basis})
	}
	return out
}
