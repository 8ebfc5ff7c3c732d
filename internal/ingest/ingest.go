// Package ingest reads inputs — files, directories (walked recursively in
// sorted order, hidden entries skipped), standard input ("-") and http(s)
// URLs — and yields raw documents one at a time. Container formats are
// detected from content, the file extension being only a hint: gzip,
// JSONL records, RSS/Atom feeds, WARC/ARC archives; anything else is one
// document, HTML or plain text, left for the cleaner.
//
// Every input yields at least one RawDoc: a document, or a RawDoc with Err
// set and Path saying where ("file", "file:LINE", "-", a URL). Nothing is
// dropped silently and reading never loads a whole corpus: JSONL is read
// line by line with a bounded buffer, files over the size limit are not
// read at all.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"dyad/internal/news"
)

// Options configure Open. The zero value is the default.
type Options struct {
	// MaxBytes is the size limit of one document; 0 means 10 MB.
	MaxBytes int64
	// SourceName fills RawDoc.Source when the input names no outlet.
	SourceName string
	// HTTPClient fetches URLs; nil means a client with a 30 s timeout.
	HTTPClient *http.Client
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
	// FetchArticles makes a feed item without full content
	// (content:encoded) fetch its link instead, bounded by MaxBytes and
	// the client's timeout; the description is kept when the fetch fails.
	FetchArticles bool
}

// userAgent names dyad in every HTTP request.
const userAgent = "dyad (+news event coder)"

// Source yields raw documents; Next returns io.EOF at the end.
type Source interface {
	Next(ctx context.Context) (news.RawDoc, error)
	Close() error
}

// Open returns one source over all inputs, in order.
func Open(ctx context.Context, inputs []string, opts Options) (Source, error) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 10 << 20
	}
	if opts.HTTPClient == nil {
		opts.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	return &multi{inputs: inputs, opts: opts}, nil
}

// multi walks the inputs, expanding directories, and delegates to one
// reader at a time.
type multi struct {
	inputs  []string
	opts    Options
	pending []news.RawDoc // error rows and single documents waiting
	files   []string      // files of the directory being walked
	cur     reader
}

// reader yields the documents of one opened input.
type reader interface {
	next() (news.RawDoc, bool)
	close() error
}

func (m *multi) Close() error {
	if m.cur != nil {
		return m.cur.close()
	}
	return nil
}

func (m *multi) Next(ctx context.Context) (news.RawDoc, error) {
	for {
		if err := ctx.Err(); err != nil {
			return news.RawDoc{}, err
		}
		if len(m.pending) > 0 {
			d := m.pending[0]
			m.pending[0] = news.RawDoc{} // the array would hold the body after the document is done
			m.pending = m.pending[1:]
			return m.fill(d), nil
		}
		if m.cur != nil {
			if d, ok := m.cur.next(); ok {
				return m.fill(d), nil
			}
			m.cur.close()
			m.cur = nil
			continue
		}
		if len(m.files) > 0 {
			f := m.files[0]
			m.files = m.files[1:]
			m.openFile(f)
			continue
		}
		if len(m.inputs) == 0 {
			return news.RawDoc{}, io.EOF
		}
		in := m.inputs[0]
		m.inputs = m.inputs[1:]
		m.openInput(ctx, in)
	}
}

func (m *multi) fill(d news.RawDoc) news.RawDoc {
	if d.Source == "" {
		d.Source = m.opts.SourceName
	}
	return d
}

func (m *multi) fail(path string, err error) {
	m.pending = append(m.pending, news.RawDoc{Path: path, Err: err})
}

func (m *multi) openInput(ctx context.Context, in string) {
	switch {
	case in == "-":
		m.openStream(ctx, "-", "", io.NopCloser(m.opts.Stdin), "")
	case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
		m.openURL(ctx, in)
	default:
		st, err := os.Stat(in)
		if err != nil {
			m.fail(in, fmt.Errorf("cannot read: %s", describe(err)))
			return
		}
		if st.IsDir() {
			m.files = append(walk(in, m), m.files...)
			return
		}
		m.openFile(in)
	}
}

// walk lists the regular files under dir in sorted order, skipping hidden
// files and directories; unreadable entries become error rows.
func walk(dir string, m *multi) []string {
	var files []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			m.fail(path, fmt.Errorf("cannot read: %s", describe(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch t := d.Type(); {
		case t.IsRegular():
			files = append(files, path)
		case t.IsDir():
		case t&fs.ModeSymlink != 0:
			// A link to a file is read; one to a directory is not
			// followed (it could loop), and says so.
			st, err := os.Stat(path)
			switch {
			case err != nil:
				m.fail(path, fmt.Errorf("broken symbolic link: %s", describe(err)))
			case st.Mode().IsRegular():
				files = append(files, path)
			case st.IsDir():
				m.fail(path, fmt.Errorf("symbolic link to a directory: not followed (give the directory itself)"))
			default:
				m.fail(path, fmt.Errorf("symbolic link to %s: not read", kind(st.Mode())))
			}
		default:
			m.fail(path, fmt.Errorf("%s: not read inside a directory (give it as an input of its own)", kind(t)))
		}
		return nil
	})
	sort.Strings(files)
	return files
}

// kind names a file type that is not a regular file or a directory.
func kind(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0, mode&fs.ModeCharDevice != 0:
		return "a device"
	case mode&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "not a regular file"
}

func (m *multi) openFile(path string) {
	f, err := os.Open(path)
	if err != nil {
		m.fail(path, fmt.Errorf("cannot read: %s", describe(err)))
		return
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		m.fail(path, fmt.Errorf("cannot read: %s", describe(err)))
		return
	}
	m.openStream(context.Background(), path, "", f, sizeHint(st.Size()))
}

func sizeHint(n int64) string { return fmt.Sprint(n) }

func (m *multi) openURL(ctx context.Context, url string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		m.fail(url, fmt.Errorf("bad URL: %v", err))
		return
	}
	req.Header.Set("User-Agent", userAgent)
	resp, err := m.opts.HTTPClient.Do(req)
	if err != nil {
		m.fail(url, fmt.Errorf("fetch failed: %s", describe(err)))
		return
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		m.fail(url, fmt.Errorf("fetch failed: HTTP %s", resp.Status))
		return
	}
	m.openStream(ctx, url, url, resp.Body, "")
}

// openStream detects the format of one input and sets the current reader.
// size is the file size when known ("" otherwise).
func (m *multi) openStream(ctx context.Context, path, url string, rc io.ReadCloser, size string) {
	br := bufio.NewReaderSize(rc, 64<<10)
	head, _ := br.Peek(512)
	var r io.Reader = br
	closer := rc
	if bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			rc.Close()
			m.fail(path, fmt.Errorf("corrupt gzip: %v", err))
			return
		}
		br = bufio.NewReaderSize(zr, 64<<10)
		head, _ = br.Peek(512)
		r = br
		size = "" // the uncompressed size is unknown
	}
	if len(head) == 512 && needMore(head) {
		head, _ = br.Peek(maxHead) // a feed's root after a long prolog
	}
	switch Detect(head, path) {
	case FormatJSONL:
		m.cur = newJSONL(br, path, m.opts.MaxBytes, closer)
	case FormatFeed:
		m.cur = newFeed(ctx, r, path, url, m.opts, closer)
	case FormatWARC:
		m.cur = newWARC(br, path, m.opts.MaxBytes, closer)
	default:
		if size != "" {
			var n int64
			fmt.Sscan(size, &n)
			if n > m.opts.MaxBytes {
				rc.Close()
				m.fail(path, tooLarge(n, m.opts.MaxBytes))
				return
			}
		}
		body, err := io.ReadAll(io.LimitReader(r, m.opts.MaxBytes+1))
		rc.Close()
		if err != nil {
			m.fail(path, fmt.Errorf("cannot read: %s", describe(err)))
			return
		}
		if int64(len(body)) > m.opts.MaxBytes {
			m.fail(path, tooLarge(-1, m.opts.MaxBytes))
			return
		}
		m.pending = append(m.pending, news.RawDoc{Path: path, URL: url, Body: body})
	}
}

func tooLarge(n, limit int64) error {
	if n < 0 {
		return fmt.Errorf("over the %s size limit", mb(limit))
	}
	return fmt.Errorf("over the %s size limit (%s)", mb(limit), mb(n))
}

func mb(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

// describe gives a short reason for a file-system or network error.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return strings.Join(strings.Fields(err.Error()), " ")
}
