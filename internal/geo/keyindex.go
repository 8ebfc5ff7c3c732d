package geo

import (
	"fmt"
	"math/bits"
	"sort"
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

// grow doubles t's slots, keeping its entries.
func (t *hashTable) grow() {
	old := *t
	*t = newHashTable(len(old.hs)) // room for len(old.hs) entries: twice the slots
	for i, h := range old.hs {
		if h != 0 {
			t.put(h, old.vs[i])
		}
	}
}

// growTable is a hashTable that grows as entries come (while loading).
type growTable struct {
	hashTable
	n int // entries
}

func newGrowTable(n int) growTable { return growTable{hashTable: newHashTable(n)} }

// put sets h's value, growing the table when it would be over half full.
func (t *growTable) put(h uint64, v uint32) {
	if _, ok := t.get(h); !ok {
		if 2*(t.n+1) > len(t.hs) {
			t.grow()
		}
		t.n++
	}
	t.hashTable.put(h, v)
}

// packed is the table at the size newHashTable gives for its entries.
func (t *growTable) packed() hashTable {
	if len(newHashTable(t.n).hs) == len(t.hs) {
		return t.hashTable
	}
	x := newHashTable(t.n)
	for i, h := range t.hs {
		if h != 0 {
			x.put(h, t.vs[i])
		}
	}
	return x
}

// keyBuilder gathers a keyIndex while the gazetteer loads: a growing
// table from a key's hash to its entry, the keys appended to one blob,
// and each key's places a chain through one slice. As a
// map[string][]int32 (and a set of keys beside it) the index was two
// objects a key, a list regrown a place at a time, and most of a load's
// map work.
type keyBuilder struct {
	slot  growTable
	ents  []buildEnt
	blob  []byte
	nodes []chainNode
}

type buildEnt struct {
	off, n     uint32 // the key in blob
	head, tail int32  // the chain of its places in nodes
	count      uint32
	plain      bool // a name that is no abbreviation has this key
	abbrev     bool // an abbreviation has this key
}

type chainNode struct{ idx, next int32 }

func newKeyBuilder(keys, names, places int) *keyBuilder {
	return &keyBuilder{slot: newGrowTable(keys), ents: make([]buildEnt, 0, keys), blob: make([]byte, 0, names),
		nodes: make([]chainNode, 0, places)}
}

// add lists place idx under key k (once: a place's names come one after
// another, so a repeat is the chain's last) and returns k's entry and
// whether it is new. Two keys of one hash are an error.
func (b *keyBuilder) add(k string, idx int32) (int32, bool, error) {
	h := hashKey(k)
	if j, ok := b.slot.get(h); ok {
		e := &b.ents[j]
		if string(b.blob[e.off:e.off+e.n]) != k {
			return 0, false, fmt.Errorf("gazetteer: keys %q and %q have one hash", k, b.blob[e.off:e.off+e.n])
		}
		if b.nodes[e.tail].idx != idx {
			b.nodes = append(b.nodes, chainNode{idx: idx, next: -1})
			b.nodes[e.tail].next = int32(len(b.nodes) - 1)
			e.tail = int32(len(b.nodes) - 1)
			e.count++
		}
		return int32(j), false, nil
	}
	j := int32(len(b.ents))
	b.slot.put(h, uint32(j))
	b.nodes = append(b.nodes, chainNode{idx: idx, next: -1})
	n := int32(len(b.nodes) - 1)
	b.ents = append(b.ents, buildEnt{off: uint32(len(b.blob)), n: uint32(len(k)), head: n, tail: n, count: 1})
	b.blob = append(b.blob, k...)
	return j, true, nil
}

// key is entry j's key (a view of the blob being built).
func (b *keyBuilder) key(j int32) []byte {
	e := &b.ents[j]
	return b.blob[e.off : e.off+e.n]
}

// index packs the entries; each key's places are sorted by less (stable:
// places of equal rank keep the order they were listed in).
func (b *keyBuilder) index(less func(a, b int32) bool) keyIndex {
	x := keyIndex{slot: b.slot.packed(), ents: make([]keyEnt, len(b.ents)), blob: string(b.blob), ids: make([]int32, 0, len(b.nodes))}
	for j := range b.ents {
		e := &b.ents[j]
		start := len(x.ids)
		for n := e.head; n >= 0; n = b.nodes[n].next {
			x.ids = append(x.ids, b.nodes[n].idx)
		}
		v := x.ids[start:]
		if len(v) > 1 {
			sort.SliceStable(v, func(i, j int) bool { return less(v[i], v[j]) })
		}
		x.ents[j] = keyEnt{off: e.off, n: e.n, ids: uint32(start), nids: uint32(len(v))}
	}
	return x
}
