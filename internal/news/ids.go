package news

import (
	"crypto/sha256"
	"encoding/hex"
)

// ContentHash is the hash that makes ingest idempotent: the same bytes
// always give the same hash.
func ContentHash(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// DocID derives a stable document id from a content hash.
func DocID(contentHash string) string {
	if len(contentHash) > 16 {
		contentHash = contentHash[:16]
	}
	return "d" + contentHash
}
