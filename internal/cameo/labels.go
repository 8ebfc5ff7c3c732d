package cameo

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// QuadNames are the QuadClass labels of GDELT's codebook.
var QuadNames = map[int]string{
	1: "Verbal cooperation",
	2: "Material cooperation",
	3: "Verbal conflict",
	4: "Material conflict",
}

// QuadName returns a QuadClass's label, "" for an unknown class.
func QuadName(q int) string { return QuadNames[q] }

// Name returns a CAMEO code's description ("" when the table lacks it and
// its parents). Root names are upper-case in the table ("MAKE PUBLIC
// STATEMENT"); Name gives them in sentence case like the other codes.
func Name(code string) string {
	c, ok := Lookup(code)
	if !ok {
		return ""
	}
	if c.Name == strings.ToUpper(c.Name) && len(c.Name) > 1 {
		return c.Name[:1] + strings.ToLower(c.Name[1:])
	}
	return c.Name
}

// Roles are the CAMEO actor role and sector codes (CAMEO manual 1.1b3,
// chapter 3, "Actor codebook"), as dyad's dictionaries use them after a
// country code (CHNGOV, RUSMIL) or alone.
var Roles = map[string]string{
	"AGR": "agriculture", "BUS": "business", "COP": "police", "CRM": "criminal", "CVL": "civilians",
	"DEV": "development", "EDU": "education", "ELI": "elites", "ENV": "environment", "GOV": "government",
	"HLH": "health", "HRI": "human rights", "IGO": "intergovernmental organisation", "IMG": "immigrants",
	"INS": "insurgents", "JUD": "judiciary", "LAB": "labour", "LEG": "legislature", "MED": "media",
	"MIL": "military", "MNC": "multinational corporation", "MOD": "moderate", "NGM": "non-governmental movement",
	"NGO": "non-governmental organisation", "OPP": "opposition", "PTY": "political party", "RAD": "radical",
	"REB": "rebels", "REF": "refugees", "REL": "religious", "SEP": "separatists", "SET": "settlers",
	"SPY": "intelligence", "UAF": "unaligned armed forces", "UIS": "unidentified state actor",
	"UNO": "United Nations", "EEC": "European Union", "NAT": "NATO", "WTO": "World Trade Organization",
	"IMF": "International Monetary Fund", "WBK": "World Bank", "AFB": "African Development Bank",
	"ASN": "ASEAN", "ARL": "Arab League", "AFU": "African Union", "EUR": "Europe", "OPC": "OPEC",
	"CHR": "Christian", "MOS": "Muslim", "JEW": "Jewish", "BUD": "Buddhist", "HIN": "Hindu",
	"SUN": "Sunni", "SHI": "Shia", "CTH": "Catholic", "ITP": "international",
}

// Regions are CAMEO's non-ISO country-level codes.
var Regions = map[string]string{
	"AFR": "Africa", "ASA": "Asia", "EUR": "Europe", "MEA": "Middle East", "NMR": "North America",
	"SAM": "South America", "CAS": "Central Asia", "WST": "the West", "BLK": "the Balkans",
	"CAU": "the Caucasus", "CRB": "the Caribbean", "SAS": "South Asia", "SEA": "Southeast Asia",
	"WAF": "West Africa", "EAF": "East Africa", "NAF": "North Africa", "SAF": "Southern Africa",
	"CFR": "Central Africa", "MDT": "the Mediterranean", "PGS": "Persian Gulf", "LAM": "Latin America",
	"XKX": "Kosovo", "KSV": "Kosovo",
}

// CountryName returns the English name of an ISO 3166 alpha-3 country
// code or a CAMEO region code, "" when it is neither.
func CountryName(code string) string {
	if n, ok := Regions[code]; ok {
		return n
	}
	if len(code) != 3 {
		return ""
	}
	r, err := language.ParseRegion(code)
	if err != nil || r.String() == "ZZ" {
		return ""
	}
	n := display.English.Regions().Name(r)
	if n == "" || strings.HasPrefix(n, "Unknown") {
		return ""
	}
	return n
}

// ActorLabel describes a CAMEO actor code in words from its three-letter
// parts: CHNGOV → "China: government", IGOUNO → "intergovernmental
// organisation, United Nations". Parts it does not know are kept as codes;
// "" for an empty code.
func ActorLabel(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	if code == "" {
		return ""
	}
	var parts []string
	rest := code
	if n := CountryName(prefix(rest)); n != "" {
		parts = append(parts, n)
		rest = rest[3:]
	}
	var roles []string
	for len(rest) >= 3 {
		p := rest[:3]
		if n, ok := Roles[p]; ok {
			roles = append(roles, n)
		} else if n := CountryName(p); n != "" && len(parts) == 0 {
			roles = append(roles, n)
		} else {
			roles = append(roles, p)
		}
		rest = rest[3:]
	}
	if rest != "" {
		roles = append(roles, rest)
	}
	if len(roles) > 0 {
		parts = append(parts, strings.Join(roles, ", "))
	}
	return strings.Join(parts, ": ")
}

func prefix(s string) string {
	if len(s) < 3 {
		return s
	}
	return s[:3]
}
