package code

// inPicture reports whether the event's verb comes after a picture that
// shows it, with the source before the picture: "the Kenyan opposition
// released an ad this week showing the president making remarks …,
// including an attack on Uganda" is the ad's content, no act of the
// opposition's (picturedAct takes the plain "an ad showing X attacking
// Y" by its participle; this takes the act nouns and verbs further on).
// A picture noun (imageNouns) must come within six words before the
// verb that shows (imageVerbs), and no sentence break (".", ";", ":")
// nor "but" may come between it and the event's verb.
func inPicture(toks []token, cd cand) bool {
	vs := cd.verbStart
	if vs >= len(toks) || cd.src.sent != 0 || cd.src.end > vs {
		return false
	}
	for k := cd.src.end; k < vs; k++ {
		if !imageVerbs[toks[k].up] {
			continue
		}
		for j := k - 1; j >= cd.src.end && j >= k-6; j-- {
			if imageNouns[toks[j].up] {
				for g := k + 1; g < vs; g++ {
					if w := toks[g].up; w == "." || w == ";" || w == ":" || w == "BUT" {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}
