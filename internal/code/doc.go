// Package code is dyad's event coder: it turns the sentences of an article
// into CAMEO who-did-what-to-whom events, in pure Go, with no external
// parser.
//
// The coder works on shallow structure, the way TABARI does: it splits an
// article into sentences and tokens, finds actor mentions by longest match
// against the actor and agent dictionaries (combining a country with a
// role — "Chinese President" → CHNGOV — and resolving an unknown person
// introduced with a title through the title), resolves pronouns and "the
// two sides" within the article, finds verbs and matches their patterns
// (PETRARCH2/TABARI syntax) to a CAMEO code, and picks the source before
// and the target after the verb, with passive voice, negation, discards
// and compound actors handled. Each event carries its evidence: the
// sentence, its byte span in the text, and the spans of the source,
// target and verb inside the sentence; with Options.Explain, the
// dictionary entries (file:line) that made it.
package code
