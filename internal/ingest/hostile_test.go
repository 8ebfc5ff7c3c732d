package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// heavy reports whether the large variants of the hostile-input tests run
// ($DYAD_TEST_HEAVY=1); the small ones always do.
func heavy() bool { return os.Getenv("DYAD_TEST_HEAVY") == "1" }

// gzipRepeat writes a gzip file of prefix, n bytes of fill, then suffix.
func gzipRepeat(t *testing.T, path, prefix string, fill byte, n int64, suffix string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	zw.Write([]byte(prefix))
	chunk := bytes.Repeat([]byte{fill}, 1<<20)
	for n > 0 {
		k := min(n, int64(len(chunk)))
		zw.Write(chunk[:k])
		n -= k
	}
	zw.Write([]byte(suffix))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// allocated runs f and returns the bytes it allocated.
func allocated(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

// A WARC whose header line decompresses to a huge size is a failed row,
// read in bounded memory (it took 2.2 GB for a 1 GB line).
func TestWARCHugeHeaderLine(t *testing.T) {
	size := int64(64 << 20)
	if heavy() {
		size = 1 << 30
	}
	path := filepath.Join(t.TempDir(), "bomb.warc.gz")
	gzipRepeat(t, path, "WARC/1.0\r\nWARC-Type: response\r\nX-Junk: ", 'a', size, "\r\nContent-Length: 2\r\n\r\nhi\r\n\r\n")
	st, _ := os.Stat(path)
	var docs []string
	alloc := allocated(func() {
		for _, d := range readAll(t, []string{path}, Options{}) {
			docs = append(docs, fmt.Sprint(d.Err))
		}
	})
	t.Logf("%d-byte .warc.gz with a %d-byte header line: rows %q, %d MB allocated", st.Size(), size, docs, alloc>>20)
	if len(docs) != 1 || !strings.Contains(docs[0], "header line longer than") {
		t.Errorf("rows %q, want one failed row for the header line", docs)
	}
	if alloc > 32<<20 {
		t.Errorf("allocated %d MB reading it", alloc>>20)
	}
}

// A WARC response whose gzip-encoded HTTP body decompresses beyond the
// document limit is a failed row, and is not decompressed further.
func TestWARCPayloadBomb(t *testing.T) {
	var body bytes.Buffer
	zw := gzip.NewWriter(&body)
	chunk := bytes.Repeat([]byte("<p>x</p>"), 1<<17)
	for i := 0; i < 64; i++ { // 64 MB of HTML
		zw.Write(chunk)
	}
	zw.Close()
	block := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + body.String()
	warc := fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nWARC-Target-URI: http://x/\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(block), block)
	path := filepath.Join(t.TempDir(), "payload.warc")
	if err := os.WriteFile(path, []byte(warc), 0o644); err != nil {
		t.Fatal(err)
	}
	var rows []string
	alloc := allocated(func() {
		for _, d := range readAll(t, []string{path}, Options{MaxBytes: 1 << 20}) {
			rows = append(rows, fmt.Sprint(d.Err))
		}
	})
	t.Logf("rows %q, %d MB allocated", rows, alloc>>20)
	if len(rows) != 1 || !strings.Contains(rows[0], "size limit") {
		t.Errorf("rows %q, want one failed row: too large", rows)
	}
	if alloc > 16<<20 {
		t.Errorf("allocated %d MB reading it", alloc>>20)
	}
}

// FIFOs, sockets and symbolic links inside a directory each give a row: a
// link to a file is read, a link to a directory (a loop here) and a FIFO
// are failed rows with a reason.
func TestSpecialFilesInDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("France and Germany signed a defence pact on Tuesday."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Symlink("a.txt", filepath.Join(dir, "link.txt")))
	must(os.Symlink(".", filepath.Join(dir, "loop")))
	must(os.Symlink("missing", filepath.Join(dir, "broken")))
	rows := map[string]string{}
	for _, d := range readAll(t, []string{dir}, Options{}) {
		rows[filepath.Base(d.Path)] = fmt.Sprint(d.Err)
	}
	want := map[string]string{"a.txt": "<nil>", "link.txt": "<nil>", "fifo": "named pipe", "loop": "not followed", "broken": "broken symbolic link"}
	for name, w := range want {
		if got, ok := rows[name]; !ok || !strings.Contains(got, w) {
			t.Errorf("%s: row %q (present %v), want %q", name, got, ok, w)
		}
	}
}

// A feed whose root element comes after more than 512 bytes of prolog
// (a stylesheet instruction, a long comment) is read as a feed, plain or
// gzipped: it was stored as one text document.
func TestFeedAfterLongProlog(t *testing.T) {
	feed := "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"rss.xsl\"?>\n<!-- " +
		strings.Repeat("This feed is generated every five minutes. ", 40) + "-->\n" +
		`<rss version="2.0"><channel><title>Wire</title>
<item><title>Talks</title><link>http://127.0.0.1/a</link><description>France and Germany signed a defence pact on Tuesday.</description></item>
<item><title>Visit</title><link>http://127.0.0.1/b</link><description>The Japanese prime minister visited Seoul on Monday.</description></item>
</channel></rss>`
	if i := strings.Index(feed, "<rss"); i <= 512 {
		t.Fatalf("the prolog is %d bytes, want more than 512", i)
	}
	dir := t.TempDir()
	plain, zipped := filepath.Join(dir, "feed"), filepath.Join(dir, "feed.gz")
	if err := os.WriteFile(plain, []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(zipped, gz([]byte(feed)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{plain, zipped} {
		docs := readAll(t, []string{path}, Options{})
		var rows []string
		for _, d := range docs {
			rows = append(rows, filepath.Base(d.Path)+" "+fmt.Sprint(d.Err))
		}
		if len(docs) != 2 || !strings.HasSuffix(docs[0].Path, "#item1") || docs[0].Err != nil {
			t.Errorf("%s: rows %q, want the feed's 2 items", filepath.Base(path), rows)
		}
	}
}

// 200,000 "{}" lines in a 655-byte .gz made 200,000 failed rows: the
// first 100 failed lines of an input get a row each, the rest one row
// that counts them, and the good records among them are all read.
func TestManyFailedLines(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 200_000; i++ {
		switch i {
		case 5, 150_000:
			fmt.Fprintf(&b, "{\"id\":\"good%d\",\"text\":\"France and Germany signed a pact.\"}\n", i)
		default:
			b.WriteString("{}\n")
		}
	}
	path := filepath.Join(t.TempDir(), "empty.jsonl.gz")
	if err := os.WriteFile(path, gz([]byte(b.String())), 0o644); err != nil {
		t.Fatal(err)
	}
	docs := readAll(t, []string{path}, Options{})
	var good, failed []string
	for _, d := range docs {
		if d.Err == nil {
			good = append(good, d.ID)
		} else {
			failed = append(failed, filepath.Base(d.Path)+": "+d.Err.Error())
		}
	}
	t.Logf("%d rows: %d good, %d failed; last: %s", len(docs), len(good), len(failed), failed[len(failed)-1])
	if len(good) != 2 || good[1] != "good150000" {
		t.Errorf("good records %q, want good5 and good150000", good)
	}
	if len(failed) != maxFailedLines+1 {
		t.Fatalf("%d failed rows, want %d", len(failed), maxFailedLines+1)
	}
	if want := "empty.jsonl.gz:102-200000: 199898 more failed lines (102-200000), not stored one by one; the first: line 102: record has neither text nor html"; failed[maxFailedLines] != want {
		t.Errorf("last row %q, want %q", failed[maxFailedLines], want)
	}
}
