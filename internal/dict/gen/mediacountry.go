package main

import "dyad/internal/dict"

// mediaCountries are the news outlets Phoenix.International.actors.txt
// codes MED with no country, each with the country it is based in (its
// head office and the law it publishes under): the BBC and The Guardian
// British; the New York Times, the Washington Post, the Associated Press,
// the Wall Street Journal, CNN, BuzzFeed and McClatchy American; Xinhua
// China's state agency; Al Jazeera Qatar's (Doha); AFP French; Der Spiegel
// German. A CAMEO actor is a country and a sector, so "MPs urged the BBC
// to ..." is GBRLEG 020 GBRMED, not toward a country-less "MED"; Phoenix
// itself codes Haaretz ISRMED. Left country-less: Reuters (London-based
// until 2008, Thomson Reuters since, of Toronto and New York), the
// Dubai-based, Saudi-owned Al Arabiya, Washington's Al-Monitor, and the
// entries for a journalist by name or "a DC reporter".
var mediaCountries = map[string]string{
	"BBC":                 "GBR",
	"THE GUARDIAN":        "GBR",
	"NEW YORK TIMES":      "USA",
	"WASHINGTON POST":     "USA",
	"ASSOCIATED PRESS":    "USA",
	"WALL STREET JOURNAL": "USA",
	"CNN":                 "USA",
	"BUZZFEED":            "USA",
	"MCCLATCHY":           "USA",
	"XINHUA":              "CHN",
	"AL-JAZEERA":          "QAT",
	"AL JAZEERA":          "QAT",
	"AFP":                 "FRA",
	"DER SPIEGEL":         "DEU",
}

// mediaCountry gives the outlets mediaCountries lists (by an entry's head
// name) their country before the undated MED code Phoenix gives them. It
// returns how many entries it recoded.
func mediaCountry(acts []dict.Actor) int {
	n := 0
	for i := range acts {
		if len(acts[i].Names) == 0 {
			continue
		}
		cc, ok := mediaCountries[acts[i].Names[0].String()]
		if !ok {
			continue
		}
		for j, c := range acts[i].Codes {
			if c.Code == "MED" && c.From == "" && c.To == "" {
				acts[i].Codes[j].Code = cc + "MED"
				n++
			}
		}
	}
	return n
}
