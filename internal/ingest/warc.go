package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"dyad/internal/news"
)

// warcReader yields the HTML and text payloads of WARC `response` and
// `resource` records, and of ARC (version 1) records. Other records
// (warcinfo, request, metadata) and non-text payloads are passed over; a
// malformed record is an error row, after which reading stops (a WARC
// cannot be resynchronised reliably).
type warcReader struct {
	br     *bufio.Reader
	path   string
	max    int64
	closer io.Closer
	n      int // records read
	done   bool
	found  int // documents yielded
	isWARC bool
}

func newWARC(br *bufio.Reader, path string, max int64, c io.Closer) *warcReader {
	return &warcReader{br: br, path: path, max: max, closer: c}
}

func (w *warcReader) close() error { return w.closer.Close() }

func (w *warcReader) next() (news.RawDoc, bool) {
	for !w.done {
		d, ok, err := w.record()
		if err != nil {
			w.done = true
			w.found = -1 // the error row says why nothing follows
			return news.RawDoc{Path: fmt.Sprintf("%s#record%d", w.path, w.n), Err: err}, true
		}
		if ok {
			w.found++
			return d, true
		}
	}
	if w.found == 0 && w.n > 0 {
		w.found = -1 // report once
		return news.RawDoc{Path: w.path, Err: fmt.Errorf("archive holds no HTML or text response records (%d records read)", w.n)}, true
	}
	return news.RawDoc{}, false
}

// Caps on what a record's header may hold, so that a hostile archive (a
// header line that decompresses to a gigabyte) is a failed row, not a
// process out of memory.
const (
	maxHeaderLine  = 64 << 10 // bytes in one header line
	maxHeaderBytes = 1 << 20  // bytes in one record's header
	maxBlankBytes  = 64 << 10 // blank bytes between records
)

// line reads one line, without its line end, of at most maxHeaderLine
// bytes.
func (w *warcReader) line(record int) (string, error) {
	b, tooLong, err := readLine(w.br, maxHeaderLine, nil)
	if tooLong {
		return "", fmt.Errorf("record %d: header line longer than %d bytes", record, maxHeaderLine)
	}
	if err != nil && len(b) == 0 {
		return "", err
	}
	return string(b), nil
}

// record reads one record; ok is false for records that hold no document.
func (w *warcReader) record() (news.RawDoc, bool, error) {
	// Skip blank lines between records.
	var first string
	blank := 0
	for {
		line, err := w.line(w.n + 1)
		if err != nil {
			w.done = true
			if errors.Is(err, io.EOF) {
				if w.n == 0 {
					return news.RawDoc{}, false, fmt.Errorf("empty archive")
				}
				return news.RawDoc{}, false, nil
			}
			if strings.HasPrefix(err.Error(), "record ") {
				return news.RawDoc{}, false, err
			}
			return news.RawDoc{}, false, fmt.Errorf("cannot read record %d: %s", w.n+1, describe(err))
		}
		if strings.TrimSpace(line) != "" {
			first = line
			break
		}
		if blank += len(line) + 1; blank > maxBlankBytes {
			w.done = true
			return news.RawDoc{}, false, fmt.Errorf("record %d: more than %d blank bytes before it", w.n+1, maxBlankBytes)
		}
	}
	w.n++
	if strings.HasPrefix(first, "WARC/") {
		w.isWARC = true
		return w.warcRecord()
	}
	if w.isWARC {
		return news.RawDoc{}, false, fmt.Errorf("record %d: expected a WARC header, found %q", w.n, truncateStr(first, 80))
	}
	return w.arcRecord(first)
}

func (w *warcReader) warcRecord() (news.RawDoc, bool, error) {
	hdr := map[string]string{}
	size := 0
	for {
		line, err := w.line(w.n)
		if err != nil {
			if strings.HasPrefix(err.Error(), "record ") {
				return news.RawDoc{}, false, err
			}
			return news.RawDoc{}, false, fmt.Errorf("record %d: truncated header", w.n)
		}
		if line == "" {
			break
		}
		if size += len(line); size > maxHeaderBytes {
			return news.RawDoc{}, false, fmt.Errorf("record %d: header longer than %d bytes", w.n, maxHeaderBytes)
		}
		if k, v, ok := strings.Cut(line, ":"); ok {
			hdr[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
		}
	}
	length, err := strconv.ParseInt(hdr["content-length"], 10, 64)
	if err != nil || length < 0 {
		return news.RawDoc{}, false, fmt.Errorf("record %d: bad Content-Length %q", w.n, hdr["content-length"])
	}
	typ := hdr["warc-type"]
	keep := (typ == "response" || typ == "resource") && length <= w.max
	block, err := w.block(length, keep)
	if err != nil {
		return news.RawDoc{}, false, err
	}
	if !keep {
		if (typ == "response" || typ == "resource") && length > w.max {
			return news.RawDoc{}, false, fmt.Errorf("record %d: %v", w.n, tooLarge(length, w.max))
		}
		return news.RawDoc{}, false, nil
	}
	uri := strings.Trim(hdr["warc-target-uri"], "<>")
	d := news.RawDoc{URL: uri, Path: fmt.Sprintf("%s#%s", w.path, recordName(hdr["warc-record-id"], w.n)), Published: hdr["warc-date"]}
	ctype := hdr["content-type"]
	if typ == "response" && strings.HasPrefix(ctype, "application/http") {
		body, ct, ok := httpPayload(block, w.max)
		if !ok {
			return news.RawDoc{}, false, nil
		}
		if int64(len(body)) > w.max {
			return news.RawDoc{}, false, fmt.Errorf("record %d: decoded body %v", w.n, tooLarge(-1, w.max))
		}
		block, ctype = body, ct
	}
	if !textual(ctype) || len(bytes.TrimSpace(block)) == 0 {
		return news.RawDoc{}, false, nil
	}
	d.Body = block
	return d, true, nil
}

func (w *warcReader) arcRecord(first string) (news.RawDoc, bool, error) {
	f := strings.Fields(first)
	if len(f) < 5 {
		return news.RawDoc{}, false, fmt.Errorf("record %d: malformed ARC header %q", w.n, truncateStr(first, 80))
	}
	length, err := strconv.ParseInt(f[len(f)-1], 10, 64)
	if err != nil || length < 0 {
		return news.RawDoc{}, false, fmt.Errorf("record %d: bad ARC length %q", w.n, f[len(f)-1])
	}
	url := strings.Join(f[:len(f)-4], " ") // a URL may contain spaces
	keep := !strings.HasPrefix(url, "filedesc://") && length <= w.max
	block, err := w.block(length, keep)
	if err != nil {
		return news.RawDoc{}, false, err
	}
	if !keep {
		return news.RawDoc{}, false, nil
	}
	body, ct, ok := httpPayload(block, w.max)
	if !ok {
		body, ct = block, f[len(f)-2]
	}
	if int64(len(body)) > w.max {
		return news.RawDoc{}, false, fmt.Errorf("record %d: decoded body %v", w.n, tooLarge(-1, w.max))
	}
	if !textual(ct) || len(bytes.TrimSpace(body)) == 0 {
		return news.RawDoc{}, false, nil
	}
	d := news.RawDoc{URL: url, Path: fmt.Sprintf("%s#record%d", w.path, w.n), Body: body}
	if t, err := time.Parse("20060102150405", f[len(f)-3]); err == nil {
		d.Published = t.UTC().Format(time.RFC3339)
	}
	return d, true, nil
}

// block reads (keep) or skips a record block of n bytes.
func (w *warcReader) block(n int64, keep bool) ([]byte, error) {
	if !keep {
		if _, err := io.CopyN(io.Discard, w.br, n); err != nil {
			return nil, fmt.Errorf("record %d: truncated (%s)", w.n, describe(err))
		}
		return nil, nil
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(w.br, b); err != nil {
		return nil, fmt.Errorf("record %d: truncated (%s)", w.n, describe(err))
	}
	return b, nil
}

// httpPayload parses an HTTP response block: its decoded body (chunked
// transfer undone) and content type. A body that decodes to more than max
// bytes is cut at max+1 (the caller fails it as too large).
func httpPayload(block []byte, max int64) ([]byte, string, bool) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return nil, "", false
	}
	defer resp.Body.Close()
	var r io.Reader = resp.Body
	switch strings.ToLower(resp.Header.Get("Content-Encoding")) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, "", false
		}
		r = zr
	case "deflate":
		r = flate.NewReader(resp.Body)
	}
	body, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil && len(body) == 0 {
		return nil, "", false
	}
	return body, resp.Header.Get("Content-Type"), true
}

func textual(ct string) bool {
	ct = strings.ToLower(ct)
	return ct == "" || strings.HasPrefix(ct, "text/html") || strings.HasPrefix(ct, "text/plain") ||
		strings.HasPrefix(ct, "application/xhtml")
}

func recordName(id string, n int) string {
	id = strings.Trim(id, "<>")
	if id == "" {
		return fmt.Sprintf("record%d", n)
	}
	return id
}

func truncateStr(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
