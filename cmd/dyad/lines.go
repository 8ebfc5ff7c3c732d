package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// lineStream reads r line by line and writes one JSON line per input line,
// in order: what each returns, unless its second result is false. Lines are
// numbered from 1; "\r\n" and "\n" endings are dropped. It is the loop of
// the stateless commands (`dyad code`, `dyad geo`).
func lineStream(ctx context.Context, r io.Reader, w io.Writer, each func(line string, n int) (any, bool)) error {
	br := bufio.NewReaderSize(r, 1<<20)
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	n := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := br.ReadString('\n')
		if len(line) == 0 && err != nil {
			if err == io.EOF {
				return nil
			}
			return fmt.Errorf("read stdin: %w", err)
		}
		n++
		if out, ok := each(strings.TrimRight(line, "\r\n"), n); ok {
			if err := enc.Encode(out); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}
