package main

import "dyad/internal/actors"

// loadHolders reads the post-2016 officeholders from dyad/internal/actors.
func loadHolders() []holder {
	var out []holder
	for _, o := range actors.Officeholders() {
		out = append(out, holder{Name: o.Name, Aliases: o.Aliases, Code: o.Code, From: o.From, To: o.To,
			Basis: o.Role + ", " + o.Country + ": " + o.Basis})
	}
	return out
}
