package pipeline

import (
	"encoding/binary"
	"errors"
)

// The store keeps index entries as opaque bytes; these helpers prefix the
// stage's own bytes with what the pipeline needs to restore them.

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
