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

// inputRecord is one line of a stateless command's input: a JSON record
// {"id","text","date"|"published","source","country"} or, for a line that
// does not start with "{", the line itself as text.
type inputRecord struct {
	ID        string
	Text      string
	Date      string // YYYY-MM-DD: date, else published, cut to 10 bytes
	Source    string // outlet name or URL
	Country   string // the outlet's country (alpha-3, upper case)
	FromJSONL bool
}

// parseInputLine reads line n; a bad record gives a one-line reason.
// Without an "id" the line number is the id.
func parseInputLine(line string, n int) (inputRecord, string) {
	in := inputRecord{ID: fmt.Sprint(n), Text: line}
	t := strings.TrimSpace(line)
	if !strings.HasPrefix(t, "{") {
		return in, ""
	}
	in.FromJSONL = true
	var rec struct {
		ID        json.RawMessage `json:"id"`
		Text      *string         `json:"text"`
		Date      string          `json:"date"`
		Published string          `json:"published"`
		Source    string          `json:"source"`
		Country   string          `json:"country"`
	}
	if err := json.Unmarshal([]byte(t), &rec); err != nil {
		return in, "bad JSON: " + err.Error()
	}
	if len(rec.ID) > 0 {
		var s string
		if json.Unmarshal(rec.ID, &s) == nil {
			in.ID = s
		} else {
			in.ID = string(rec.ID)
		}
	}
	if rec.Text == nil {
		return in, `record without "text"`
	}
	in.Text, in.Date, in.Source, in.Country = *rec.Text, rec.Date, rec.Source, strings.ToUpper(rec.Country)
	if in.Date == "" {
		in.Date = rec.Published
	}
	if len(in.Date) > 10 {
		in.Date = in.Date[:10]
	}
	return in, ""
}
