// Package dict loads, validates and writes event-coding dictionaries.
//
// It reads the formats the field already has — PETRARCH2's CAMEO verb
// dictionary, the Phoenix actor, agent, discard and issue dictionaries,
// TABARI's .verbs, .actors, .agents and .options files — and dyad's own
// line-oriented format (see docs/dictionaries.md), which is what the
// built-in dictionaries embedded in the binary use. Every loader reports a
// bad entry as "file:line: message" and keeps the file and line of every
// entry, so the coder can explain which entry produced an event.
//
// All formats load into the same model: a Set of Verbs (synonym sets, verb
// blocks with their forms and patterns), Actors (names with date-bounded
// codes), Agents (role words such as PRESIDENT with a code suffix),
// Discards and Issues.
package dict
