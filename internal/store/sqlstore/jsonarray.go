package sqlstore

import (
	"encoding/json"
	"strings"
)

// smallArray is the element count under which jsonArray is json.Marshal.
const smallArray = 256

// jsonArray returns the JSON text of xs, byte for byte what json.Marshal
// gives (an empty array for nil), in one allocation of the exact size.
// json.Marshal of a large slice holds its doubling buffer in a pool until
// the next collections besides the copy it returns, and the copy to a
// string for the driver is a third: for the 50 MB places column of a
// 9.9 MB document that was ~160 MB live at the store stage's peak. Here
// each element is encoded twice (sizes, then text) by a json.Encoder,
// whose buffer is pooled: json.Marshal's copy of each element was twice
// the column's size in garbage (100 MB), which grew the heap just before
// the database makes its own copies of the row.
func jsonArray[T any](xs []T) (string, error) {
	if len(xs) < smallArray {
		b, err := json.Marshal(nonNil(xs))
		return string(b), err
	}
	var size counter
	enc := json.NewEncoder(&size)
	for i := range xs {
		if err := enc.Encode(&xs[i]); err != nil {
			return "", err
		}
	}
	// Each Encode wrote the element and a newline: the newlines' room
	// holds the brackets and commas (n+1 of them for n elements).
	var out strings.Builder
	out.Grow(int(size) + 1)
	out.WriteByte('[')
	enc = json.NewEncoder(element{&out})
	for i := range xs {
		if i > 0 {
			out.WriteByte(',')
		}
		if err := enc.Encode(&xs[i]); err != nil {
			return "", err
		}
	}
	out.WriteByte(']')
	return out.String(), nil
}

// counter counts the bytes written to it.
type counter int

func (c *counter) Write(p []byte) (int, error) {
	*c += counter(len(p))
	return len(p), nil
}

// element writes what a json.Encoder gives for one value (one Write of
// the value and its newline) without the newline.
type element struct{ b *strings.Builder }

func (e element) Write(p []byte) (int, error) {
	e.b.Write(p[:len(p)-1])
	return len(p), nil
}
