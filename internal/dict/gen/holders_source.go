package main

// loadHolders reads the officeholders from dyad/internal/actors once that
// package exists; until then there are none.
func loadHolders() []holder { return nil }
