package geo

import (
	"fmt"
	"math/bits"
)

// keyIndex maps a key (see Key) to the places it may name. It holds no
// pointer per entry: the keys are one string, the lists one slice, and a
// hashTable goes from a key's 64-bit hash to its entry, so the garbage
// collector neither scans nor marks its ~260,000 entries one by one (a
// map[string][]int32 was two objects and two pointers an entry, and a Go
// map of hashes still hundreds of tables marked at every collection).
type keyIndex struct {
	slot hashTable // hash of a key → its entry in ents
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
	x := keyIndex{slot: newHashTable(len(m)), ents: make([]keyEnt, 0, len(m))}
	nb, ni := 0, 0
	for k, v := range m {
		nb += len(k)
		ni += len(v)
	}
	blob := make([]byte, 0, nb)
	x.ids = make([]int32, 0, ni)
	for k, v := range m {
		h := hashKey(k)
		if j, dup := x.slot.get(h); dup {
			e := x.ents[j]
			return keyIndex{}, fmt.Errorf("gazetteer: keys %q and %q have one hash", k, blob[e.off:e.off+e.n])
		}
		x.slot.put(h, uint32(len(x.ents)))
		x.ents = append(x.ents, keyEnt{off: uint32(len(blob)), n: uint32(len(k)), ids: uint32(len(x.ids)), nids: uint32(len(v))})
		blob = append(blob, k...)
		x.ids = append(x.ids, v...)
	}
	x.blob = string(blob)
	return x, nil
}

// get returns the places of a key, largest first; nil if none.
func (x *keyIndex) get(k string) []int32 {
	j, ok := x.slot.get(hashKey(k))
	if !ok {
		return nil
	}
	e := x.ents[j]
	if x.blob[e.off:e.off+e.n] != k {
		return nil
	}
	return x.ids[e.ids : e.ids+e.nids : e.ids+e.nids]
}

// hashTable maps 64-bit hashes to values: open addressing with linear
// probing over two flat slices, at most half full. Hash 0 marks an empty
// slot and is stored as 1.
type hashTable struct {
	hs    []uint64
	vs    []uint32
	shift uint // 64 - log2(len(hs))
}

// newHashTable returns a table for n entries.
func newHashTable(n int) hashTable {
	size := 8
	for size < 2*n {
		size *= 2
	}
	return hashTable{hs: make([]uint64, size), vs: make([]uint32, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
}

// start is h's first slot (Fibonacci hashing: FNV's low bits alone
// cluster).
func (t *hashTable) start(h uint64) uint64 { return (h * 0x9e3779b97f4a7c15) >> t.shift }

func (t *hashTable) get(h uint64) (uint32, bool) {
	if h == 0 {
		h = 1
	}
	mask := uint64(len(t.hs) - 1)
	for i := t.start(h); ; i = (i + 1) & mask {
		switch t.hs[i] {
		case h:
			return t.vs[i], true
		case 0:
			return 0, false
		}
	}
}

// put sets h's value; the table must have room (newHashTable's n).
func (t *hashTable) put(h uint64, v uint32) {
	if h == 0 {
		h = 1
	}
	mask := uint64(len(t.hs) - 1)
	for i := t.start(h); ; i = (i + 1) & mask {
		if t.hs[i] == 0 || t.hs[i] == h {
			t.hs[i], t.vs[i] = h, v
			return
		}
	}
}
