package geo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/world.tsv.gz
var worldGz []byte

// Shape is a country's outline for the UI's map: an SVG path in an
// equirectangular projection, x = lon+180 and y = 90-lat (a 360×180 box).
type Shape struct {
	Country string // ISO alpha-3; "-" when Natural Earth gives none
	Name    string
	Path    string
}

var (
	worldOnce sync.Once
	world     []Shape
	worldErr  error
)

// World returns the embedded country outlines (Natural Earth 1:110m via
// the npm package world-atlas; see internal/geo/gen).
func World() ([]Shape, error) {
	worldOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(worldGz))
		if err != nil {
			worldErr = fmt.Errorf("world map: %w", err)
			return
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 1<<16), 1<<22)
		for sc.Scan() {
			line := sc.Text()
			if line == "" || line[0] == '#' {
				continue
			}
			f := strings.SplitN(line, "\t", 3)
			if len(f) != 3 {
				worldErr = fmt.Errorf("world map: bad line %.40q", line)
				return
			}
			world = append(world, Shape{Country: f[0], Name: f[1], Path: f[2]})
		}
		worldErr = sc.Err()
	})
	return world, worldErr
}
