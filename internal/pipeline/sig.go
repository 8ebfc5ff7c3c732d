package pipeline

import (
	"encoding/binary"
	"errors"
)

// The store keeps index entries as opaque bytes; these helpers prefix the
// stages' own bytes with what the pipeline needs to restore them. Since
// one entry per document costs the store less than two, a document's
// near-duplicate signature and story features are kept together (kind
// "index"); stores written before keep them apart (kinds "dedupe" and
// "story"), and are still read.

type dupSig struct {
	published string
	sig       []byte
}

type storySig struct {
	storyID  string
	features []byte
}

var errBadSig = errors.New("malformed signature record")

func putString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func getString(b []byte) (string, []byte, error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k) < n {
		return "", nil, errBadSig
	}
	return string(b[k : k+int(n)]), b[k+int(n):], nil
}

func encodeDupSig(published string, sig []byte) []byte {
	return append(putString(nil, published), sig...)
}

func decodeDupSig(b []byte) (dupSig, error) {
	p, rest, err := getString(b)
	if err != nil {
		return dupSig{}, err
	}
	return dupSig{published: p, sig: rest}, nil
}

func encodeStorySig(storyID string, features []byte) []byte {
	return append(putString(nil, storyID), features...)
}

func decodeStorySig(b []byte) (storySig, error) {
	id, rest, err := getString(b)
	if err != nil {
		return storySig{}, err
	}
	return storySig{storyID: id, features: rest}, nil
}

// indexSig is a document's combined entry: either part may be empty.
type indexSig struct {
	published, storyID string
	dup, features      []byte
}

// indexSigVersion is the first byte of a combined entry.
const indexSigVersion = 1

func encodeIndexSig(e indexSig) []byte {
	b := make([]byte, 0, 1+4*binary.MaxVarintLen32+len(e.published)+len(e.storyID)+len(e.dup)+len(e.features))
	b = append(b, indexSigVersion)
	b = putString(b, e.published)
	b = putString(b, e.storyID)
	b = binary.AppendUvarint(b, uint64(len(e.dup)))
	b = append(b, e.dup...)
	return append(b, e.features...)
}

func decodeIndexSig(b []byte) (indexSig, error) {
	var e indexSig
	if len(b) == 0 || b[0] != indexSigVersion {
		return e, errBadSig
	}
	var err error
	if e.published, b, err = getString(b[1:]); err != nil {
		return e, err
	}
	if e.storyID, b, err = getString(b); err != nil {
		return e, err
	}
	n, k := binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k) < n {
		return e, errBadSig
	}
	e.dup, e.features = b[k:k+int(n)], b[k+int(n):]
	return e, nil
}
