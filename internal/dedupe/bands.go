package dedupe

// bandTable maps a band key to the latest posting (document*bands + band)
// with that key. It is a hash table with linear probing over a power of
// two of slots, each holding a posting (plus one; zero is empty) and the
// key's high 32 bits; the key itself is not kept but recomputed from the
// posting's signature when the high bits match. That takes 8 bytes a slot
// where a map[uint64]int32 takes about twice as many.
type bandTable struct {
	post []int32  // posting + 1, or 0 for an empty slot
	high []uint32 // the high 32 bits of the slot's key
	n    int      // slots in use
}

// keyFunc recomputes the band key of a posting.
type keyFunc func(posting int32) uint64

// get returns the posting stored for key k.
func (t *bandTable) get(k uint64, keyOf keyFunc) (int32, bool) {
	if len(t.post) == 0 {
		return 0, false
	}
	mask := len(t.post) - 1
	hi := uint32(k >> 32)
	for i := int(k) & mask; t.post[i] != 0; i = (i + 1) & mask {
		if t.high[i] == hi && keyOf(t.post[i]-1) == k {
			return t.post[i] - 1, true
		}
	}
	return 0, false
}

// put stores posting p for key k, replacing the posting stored before,
// which it returns.
func (t *bandTable) put(k uint64, p int32, keyOf keyFunc) (prev int32, ok bool) {
	if 4*(t.n+1) > 3*len(t.post) {
		t.grow(keyOf)
	}
	mask := len(t.post) - 1
	hi := uint32(k >> 32)
	i := int(k) & mask
	for ; t.post[i] != 0; i = (i + 1) & mask {
		if t.high[i] == hi && keyOf(t.post[i]-1) == k {
			prev = t.post[i] - 1
			t.post[i] = p + 1
			return prev, true
		}
	}
	t.post[i], t.high[i] = p+1, hi
	t.n++
	return 0, false
}

// grow doubles the slots, placing every posting again.
func (t *bandTable) grow(keyOf keyFunc) {
	old := t.post
	size := max(1024, 2*len(old))
	t.post, t.high = make([]int32, size), make([]uint32, size)
	mask := size - 1
	for _, p := range old {
		if p == 0 {
			continue
		}
		k := keyOf(p - 1)
		i := int(k) & mask
		for t.post[i] != 0 {
			i = (i + 1) & mask
		}
		t.post[i], t.high[i] = p, uint32(k>>32)
	}
}
