package dedupe

import (
	"math/rand/v2"
	"testing"
)

// TestBandTable checks the table against a map, with keys chosen to
// collide: equal low bits (one probe sequence), and equal high bits with
// different low bits, so that only the recomputed key tells them apart.
func TestBandTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var keys []uint64 // posting → its key
	keyOf := func(p int32) uint64 { return keys[p] }
	var tab bandTable
	want := map[uint64]int32{}
	for p := int32(0); p < 20000; p++ {
		var k uint64
		switch rng.IntN(4) {
		case 0: // a key seen before: the posting replaces the latest
			if len(keys) > 0 {
				k = keys[rng.IntN(len(keys))]
				break
			}
			fallthrough
		case 1: // the same low bits as many others
			k = rng.Uint64()<<20 | 7
		case 2: // the same high bits as many others, other low bits
			k = 0xABCDEF12<<32 | uint64(rng.Uint32())
		default:
			k = rng.Uint64()
		}
		keys = append(keys, k)
		prev, ok := tab.put(k, p, keyOf)
		if wp, wok := want[k]; ok != wok || ok && prev != wp {
			t.Fatalf("put(%x, %d) = %d, %v; want %d, %v", k, p, prev, ok, wp, wok)
		}
		want[k] = p
	}
	for k, p := range want {
		if got, ok := tab.get(k, keyOf); !ok || got != p {
			t.Fatalf("get(%x) = %d, %v; want %d", k, got, ok, p)
		}
	}
	for range 1000 {
		k := rng.Uint64()
		if _, in := want[k]; in {
			continue
		}
		if got, ok := tab.get(k, keyOf); ok {
			t.Fatalf("get(%x) = %d for a key never put", k, got)
		}
	}
	if tab.n != len(want) {
		t.Errorf("%d slots in use for %d keys", tab.n, len(want))
	}
}
