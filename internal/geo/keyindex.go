package geo

import "fmt"

// keyIndex maps a key (see Key) to the places it may name. It holds no
// pointer per entry: the keys are one string, the lists one slice, and the
// map goes from a key's 64-bit hash to its entry, so the garbage collector
// scans none of its ~260,000 entries (a map[string][]int32 was two objects
// and two pointers an entry, marked again at every collection of a
// process that keeps the gazetteer).
type keyIndex struct {
	slot map[uint64]uint32 // hash of a key → its entry in ents
	ents []keyEnt
	blob string  // the keys, one after another
	ids  []int32 // the lists, one after another
}

type keyEnt struct{ off, n, ids, nids uint32 }

// hashKey is 64-bit FNV-1a: fixed, so a collision between two keys shows
// at every load (Load fails) rather than in one process in a billion.
func hashKey(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// newKeyIndex packs a map of keys to place lists.
func newKeyIndex(m map[string][]int32) (keyIndex, error) {
	x := keyIndex{slot: make(map[uint64]uint32, len(m)), ents: make([]keyEnt, 0, len(m))}
	nb, ni := 0, 0
	for k, v := range m {
		nb += len(k)
		ni += len(v)
	}
	blob := make([]byte, 0, nb)
	x.ids = make([]int32, 0, ni)
	for k, v := range m {
		h := hashKey(k)
		if j, dup := x.slot[h]; dup {
			e := x.ents[j]
			return keyIndex{}, fmt.Errorf("gazetteer: keys %q and %q have one hash", k, blob[e.off:e.off+e.n])
		}
		x.slot[h] = uint32(len(x.ents))
		x.ents = append(x.ents, keyEnt{off: uint32(len(blob)), n: uint32(len(k)), ids: uint32(len(x.ids)), nids: uint32(len(v))})
		blob = append(blob, k...)
		x.ids = append(x.ids, v...)
	}
	x.blob = string(blob)
	return x, nil
}

// get returns the places of a key, largest first; nil if none.
func (x *keyIndex) get(k string) []int32 {
	j, ok := x.slot[hashKey(k)]
	if !ok {
		return nil
	}
	e := x.ents[j]
	if x.blob[e.off:e.off+e.n] != k {
		return nil
	}
	return x.ids[e.ids : e.ids+e.nids : e.ids+e.nids]
}
