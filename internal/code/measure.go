package code

// measureNouns are measures taken against someone, whose object follows
// "on": "the ban on Indian television channels", "sanctions on Ugandan
// broadcasters". Such an object is the measure's target, never the
// programme a speaker was heard on (onBroadcast).
var measureNouns = map[string]bool{
	"BAN": true, "BANS": true, "SANCTION": true, "SANCTIONS": true, "EMBARGO": true,
	"RESTRICTION": true, "RESTRICTIONS": true, "CURBS": true, "CRACKDOWN": true,
	"CENSORSHIP": true, "BLACKOUT": true,
}
