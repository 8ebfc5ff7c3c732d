package code

import "dyad/internal/dict"

// discardGated says, for --explain, that a discard phrase (toks[i:i+n],
// entry d) dropped the whole sentence: the sentence codes nothing, and
// without this line the drop was silent.
func discardGated(sent string, toks []token, i, n int, d *dict.Discard) Gated {
	return Gated{Gate: "discards", Reason: "the sentence holds the discard phrase \"" + sent[toks[i].start:toks[i+n-1].end] + "\" (" +
		entryExplain(d.Pos, d.Origin, d.Phrase, "discard") + "): nothing in it is coded", Level: "sentence", Start: 0, End: len(sent)}
}
