package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"dyad/internal/news"
)

// Record is the JSONL input record of the contract.
type Record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Published string `json:"published"`
	Source    string `json:"source"`
	Lang      string `json:"lang"`
}

// jsonlReader yields one RawDoc per line: a document, or an error row.
type jsonlReader struct {
	br     *bufio.Reader
	path   string
	max    int64
	line   int
	closer io.Closer
	done   bool
	buf    []byte // line buffer, reused: records copy what they keep

	// failed counts the failed lines; past maxFailedLines they are not
	// rows of their own but counted into one row at the end.
	failed              int
	skipped             int
	firstSkip, lastSkip int
	skipReason          string
}

// maxFailedLines is how many failed lines of one JSONL input get a row
// each; the rest are summed up in one more row. A 655-byte .gz of
// 200,000 "{}" lines made 200,000 failed rows.
const maxFailedLines = 100

func newJSONL(br *bufio.Reader, path string, max int64, c io.Closer) *jsonlReader {
	return &jsonlReader{br: br, path: path, max: max, closer: c}
}

func (r *jsonlReader) close() error { return r.closer.Close() }

func (r *jsonlReader) next() (news.RawDoc, bool) {
	for {
		d, ok := r.line1()
		if !ok {
			if r.skipped == 0 {
				return d, false
			}
			n := r.skipped
			r.skipped = 0
			return news.RawDoc{Path: fmt.Sprintf("%s:%d-%d", r.path, r.firstSkip, r.lastSkip),
				Err: fmt.Errorf("%d more failed lines (%d-%d), not stored one by one; the first: %s", n, r.firstSkip, r.lastSkip, r.skipReason)}, true
		}
		if d.Err == nil {
			return d, true
		}
		if r.failed++; r.failed <= maxFailedLines {
			return d, true
		}
		if r.skipped == 0 {
			r.firstSkip, r.skipReason = r.line, d.Err.Error()
		}
		r.skipped++
		r.lastSkip = r.line
	}
}

// line1 reads the next non-blank line as a record or a failed row.
func (r *jsonlReader) line1() (news.RawDoc, bool) {
	for !r.done {
		line, tooLong, err := readLine(r.br, r.max, r.buf[:0])
		r.buf = line
		if err != nil && !errors.Is(err, io.EOF) {
			r.done = true
			r.line++
			return news.RawDoc{Path: fmt.Sprintf("%s:%d", r.path, r.line), Err: fmt.Errorf("cannot read: %s", describe(err))}, true
		}
		if errors.Is(err, io.EOF) {
			r.done = true
			if len(line) == 0 && !tooLong {
				return news.RawDoc{}, false
			}
		}
		r.line++
		path := fmt.Sprintf("%s:%d", r.path, r.line)
		if tooLong {
			return news.RawDoc{Path: path, Err: fmt.Errorf("line %d: record over the %s size limit", r.line, mb(r.max))}, true
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		return ParseRecord(line, path, r.line), true
	}
	return news.RawDoc{}, false
}

// ParseRecord turns one JSONL line into a RawDoc (an error row when the
// line is not a valid record).
func ParseRecord(line []byte, path string, lineNo int) news.RawDoc {
	var rec Record
	if err := json.Unmarshal(line, &rec); err != nil {
		return news.RawDoc{Path: path, Err: fmt.Errorf("line %d: not a JSON record: %s", lineNo, strings.Join(strings.Fields(err.Error()), " "))}
	}
	raw := news.RawDoc{ID: rec.ID, URL: rec.URL, Path: path, Title: rec.Title, Source: rec.Source,
		Published: rec.Published, Lang: rec.Lang}
	switch {
	case strings.TrimSpace(rec.HTML) != "":
		raw.Format, raw.Body = news.FormatHTML, []byte(rec.HTML)
	case strings.TrimSpace(rec.Text) != "":
		raw.Format, raw.Body = news.FormatText, []byte(rec.Text)
	default:
		raw.Err = fmt.Errorf("line %d: record has neither text nor html", lineNo)
	}
	return raw
}

// readLine reads one line of at most max bytes; a longer line is skipped
// to its end and reported with tooLong.
// The line is appended to buf.
func readLine(br *bufio.Reader, max int64, buf []byte) (line []byte, tooLong bool, err error) {
	line = buf
	for {
		chunk, isPrefix, err := br.ReadLine()
		if !tooLong {
			if int64(len(line)+len(chunk)) > max {
				tooLong, line = true, line[:0]
			} else {
				line = append(line, chunk...)
			}
		}
		if err != nil {
			return line, tooLong, err
		}
		if !isPrefix {
			return line, tooLong, nil
		}
	}
}
