package main

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"

	"dyad/internal/ingest"
	"dyad/internal/news"
	"dyad/internal/pipeline"
)

// progress is a progress bar on a terminal (nil otherwise). When every
// input is a plain file or a directory of them, it knows the total size
// (gzip files by their trailer) and shows the document bytes read of the
// total with a rate and an ETA, and the documents done; otherwise (stdin,
// URLs, FIFOs) it counts documents. The bytes are the documents' bodies,
// so a JSONL file's keys and titles make the bar end somewhat short of its
// total: the ETA errs long.
type progress struct {
	bar   *progressbar.ProgressBar
	total int64 // bytes; 0 unknown
	docs  atomic.Int64
	read  atomic.Int64
}

func newProgress(w io.Writer, inputs []string) *progress {
	if !isTerminal(w) {
		return nil
	}
	total := inputSize(inputs)
	p := &progress{total: total}
	common := []progressbar.Option{
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionThrottle(100 * time.Millisecond),
		progressbar.OptionClearOnFinish(),
	}
	if total > 0 {
		p.bar = progressbar.NewOptions64(total, append(common,
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionShowElapsedTimeOnFinish(),
			progressbar.OptionSetWidth(24))...)
		return p
	}
	p.bar = progressbar.NewOptions(-1, append(common,
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"))...)
	return p
}

// Add counts finished documents (pipeline.Progress).
func (p *progress) Add(n int) {
	d := p.docs.Add(int64(n))
	if p.total > 0 {
		p.bar.Describe(fmt.Sprintf("ingesting (%d docs)", d))
		return
	}
	_ = p.bar.Add(n)
}

// Finish ends the bar (pipeline.Progress).
func (p *progress) Finish() { _ = p.bar.Finish() }

// open is pipeline.Options.Open counting the bytes of each document read.
func (p *progress) open(maxBytes int64, source string) func(context.Context, []string) (pipeline.Source, error) {
	return func(ctx context.Context, inputs []string) (pipeline.Source, error) {
		src, err := ingest.Open(ctx, inputs, ingest.Options{MaxBytes: maxBytes, SourceName: source})
		if err != nil {
			return nil, err
		}
		return &countingSource{Source: src, p: p}, nil
	}
}

type countingSource struct {
	pipeline.Source
	p *progress
}

func (c *countingSource) Next(ctx context.Context) (news.RawDoc, error) {
	raw, err := c.Source.Next(ctx)
	if err == nil && c.p.total > 0 {
		n := int64(len(raw.Body))
		// never past the total: a document's body can exceed its share of
		// the file (decoded JSON escapes)
		if r := c.p.read.Add(n); r <= c.p.total {
			_ = c.p.bar.Add64(n)
		}
	}
	return raw, err
}

// inputSize is the total size of the inputs when every one is a plain,
// uncompressed file or a directory of them; 0 when it cannot be known.
func inputSize(inputs []string) int64 {
	var total int64
	for _, in := range inputs {
		if in == "-" || strings.Contains(in, "://") {
			return 0
		}
		err := filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				return nil
			}
			if !d.Type().IsRegular() {
				return errUnknownSize // a FIFO, a symlink: size unknown
			}
			if strings.HasSuffix(path, ".gz") {
				n, err := gzipSize(path)
				total += n
				return err
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			total += info.Size()
			return nil
		})
		if err != nil {
			return 0
		}
	}
	return total
}

// gzipSize reads a gzip file's uncompressed size from its trailer (ISIZE,
// the size modulo 4 GiB of the last member: right for the usual
// single-member files under 4 GiB, and only a progress estimate).
func gzipSize(path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	var b [4]byte
	info, err := f.Stat()
	if err != nil || info.Size() < 18 {
		return 0, errUnknownSize
	}
	if _, err := f.ReadAt(b[:], info.Size()-4); err != nil {
		return 0, err
	}
	n := int64(binary.LittleEndian.Uint32(b[:]))
	if n < info.Size() { // over 4 GiB, or not gzip
		return 0, errUnknownSize
	}
	return n, nil
}

var errUnknownSize = errors.New("size unknown")
