package main

import "dyad/internal/dict"

// officeholders returns the post-2016 officeholders as actor entries.
// It is filled from dyad/internal/actors once that package exists.
func officeholders() []dict.Actor { return nil }
