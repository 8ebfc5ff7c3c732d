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
	if root, _ := xmlRoot(h); root == "rss" || root == "feed" || root == "rdf:rdf" {
		return FormatFeed
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

// maxHead is how far Detect may need to look: a feed's root element can
// follow a long prolog (comments, stylesheet instructions, a doctype).
const maxHead = 64 << 10

// needMore reports whether head (the first bytes of an input, all of it
// when shorter) ends inside an XML prolog, before the root element that
// decides whether it is a feed.
func needMore(head []byte) bool {
	_, done := xmlRoot(bytes.TrimLeft(head, "\ufeff \t\r\n"))
	return !done
}

// xmlRoot returns the lower-cased name of the first element of h after
// the XML declaration, processing instructions, comments and a doctype.
// done is false when h ends before that element; name is "" when h does
// not start as markup.
func xmlRoot(h []byte) (name string, done bool) {
	for {
		h = bytes.TrimLeft(h, " \t\r\n")
		switch {
		case len(h) == 0:
			return "", false
		case h[0] != '<':
			return "", true
		case bytes.HasPrefix(h, []byte("<?")):
			i := bytes.Index(h, []byte("?>"))
			if i < 0 {
				return "", false
			}
			h = h[i+2:]
		case bytes.HasPrefix(h, []byte("<!--")):
			i := bytes.Index(h[4:], []byte("-->"))
			if i < 0 {
				return "", false
			}
			h = h[4+i+3:]
		case len(h) < 9 && bytes.HasPrefix(h, []byte("<!")):
			return "", false
		case len(h) >= 9 && bytes.EqualFold(h[:9], []byte("<!doctype")):
			// an internal subset [ … ] may hold '>'
			end := bytes.IndexByte(h, '>')
			if open := bytes.IndexByte(h, '['); open >= 0 && (end < 0 || open < end) {
				close := bytes.Index(h[open:], []byte("]"))
				if close < 0 {
					return "", false
				}
				end = bytes.IndexByte(h[open+close:], '>')
				if end >= 0 {
					end += open + close
				}
			}
			if end < 0 {
				return "", false
			}
			h = h[end+1:]
		default:
			n := 1
			for n < len(h) && n <= 64 && !isSpaceByte(h[n]) && h[n] != '>' && h[n] != '/' {
				n++
			}
			if n == len(h) {
				return "", false
			}
			return strings.ToLower(string(h[1:n])), true
		}
	}
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }
