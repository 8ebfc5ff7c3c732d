// A question put to someone: "King Fahd was asked whether Saudi Arabia
// would be prepared to reduce its output …", "Asked whether the Gulf
// members had any proposals to help Qatar sell its oil, Subroto said …"
// (reuters18, issue 17).
//
// The words after "asked whether" or "asked if" are the question, not a
// thing done: an act inside them is none. The conditional gate only saw
// a "whether" or "if" inside the act's own clause, and the question's
// verb ("help", "agreed to by OPEC") opens a clause of its own. The
// question runs to the first comma, semicolon, colon, quotation mark or
// "but" (a bracket does not close it: "members of the Gulf Cooperation
// Council (GCC) had any proposals");
// an act after it ("Asked if he would meet Bush, Gorbachev said he had
// met him") stays.

package modality

// questionAskWords ask a question (askWords also holds urging and telling).
var questionAskWords = set("ASK", "ASKS", "ASKED", "ASKING", "WONDERED", "WONDERS")

// askedQuestion reports the asking word when the act's verb at v stands
// inside a question opened by a form of "ask" and "whether" or "if" with
// no clause mark between it and the verb.
func askedQuestion(up []string, v int) string {
	for k := v - 1; k > 0; k-- {
		switch up[k] {
		case ",", ";", ":", "\"", "“", "”", ".", "?", "!", "--", "—", "–", "BUT":
			return ""
		case "WHETHER", "IF":
			if questionAskWords[up[k-1]] {
				return up[k-1]
			}
		}
	}
	return ""
}
