package ingest

import (
	"bytes"
	"path/filepath"
	"strings"
)

// Format is a container format of an input.
type Format int

// The formats Detect tells apart.
const (
	FormatSingle Format = iota // one document: HTML or text, for the cleaner
	FormatJSONL
	FormatFeed
	FormatWARC
)

// Detect tells the format of an input from its first bytes (after gzip is
// undone); the name's extension decides only when the content does not.
func Detect(head []byte, name string) Format {
	h := bytes.TrimLeft(head, "\ufeff \t\r\n")
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")):
		return FormatWARC
	case bytes.HasPrefix(h, []byte("filedesc://")):
		return FormatWARC // ARC version 1
	case bytes.HasPrefix(h, []byte("{")) && looksJSONL(h):
		return FormatJSONL
	}
	lower := bytes.ToLower(h)
	if bytes.HasPrefix(lower, []byte("<?xml")) || bytes.HasPrefix(lower, []byte("<rss")) || bytes.HasPrefix(lower, []byte("<feed")) {
		if bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf")) {
			return FormatFeed
		}
	}
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")))
	switch ext {
	case ".jsonl", ".ndjson":
		if bytes.HasPrefix(h, []byte("{")) || len(h) == 0 {
			return FormatJSONL
		}
	case ".warc", ".arc":
		if len(h) == 0 {
			return FormatWARC
		}
	}
	return FormatSingle
}

// looksJSONL reports whether a buffer starting with '{' is JSON lines
// rather than one JSON document or text that starts with a brace: the
// first line must close its object on the same line.
func looksJSONL(h []byte) bool {
	line := h
	if i := bytes.IndexByte(h, '\n'); i >= 0 {
		line = h[:i]
	} else if len(h) >= 512 {
		return true // a long first line: decide by the record reader
	}
	line = bytes.TrimSpace(line)
	return bytes.HasSuffix(line, []byte("}")) || len(line) >= 500
}
