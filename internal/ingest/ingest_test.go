package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/internal/news"
	"dyad/internal/shareddata"
)

func readAll(t *testing.T, inputs []string, opts Options) []news.RawDoc {
	t.Helper()
	src, err := Open(context.Background(), inputs, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	var out []news.RawDoc
	for {
		d, err := src.Next(context.Background())
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		head string
		file string
		want Format
	}{
		{"jsonl", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", "x.txt", FormatJSONL},
		{"jsonl by extension, long line", "{\"text\":\"" + strings.Repeat("a", 600), "x.jsonl", FormatJSONL},
		{"text starting with a brace", "{Editor's note} This article was updated.\nMore text.", "x.txt", FormatSingle},
		{"warc", "WARC/1.0\r\nWARC-Type: warcinfo\r\n", "x.bin", FormatWARC},
		{"arc", "filedesc://x.arc 0.0.0.0 20140216050221 text/plain 75\n", "x", FormatWARC},
		{"rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", "feed", FormatFeed},
		{"atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "x.xml", FormatFeed},
		{"html", "<!DOCTYPE html><html><body>", "x.jsonl", FormatSingle},
		{"text", "BEIJING, Dec. 15 - Xi met Putin.", "x.html", FormatSingle},
		{"xml that is not a feed", "<?xml version=\"1.0\"?><doc>text</doc>", "x.xml", FormatSingle},
		{"rss after a long prolog", "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"a.xsl\"?>\n<!-- " + strings.Repeat("generated ", 100) + "-->\n<!DOCTYPE rss [<!ENTITY x \"y>\">]>\n<rss version=\"2.0\">", "x", FormatFeed},
		{"rdf feed", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", "x", FormatFeed},
		{"a feed named only in a later element", "<?xml version=\"1.0\"?><doc><rss>", "x.xml", FormatSingle},
		{"html with a comment first", "<!-- page --><!DOCTYPE html><html><body><p>rss</p>", "x.xml", FormatSingle},
		{"prolog cut short", "<?xml version=\"1.0\"?><!-- no end", "x.xml", FormatSingle},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Detect([]byte(tc.head), tc.file); got != tc.want {
				t.Errorf("Detect = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestInputsYieldRows(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"a.txt":           []byte("A plain text article."),
		"b/c.html":        []byte("<html><body><p>An HTML article.</p></body></html>"),
		"b/records.jsonl": []byte("{\"id\":\"r1\",\"text\":\"One.\",\"source\":\"Wire\"}\nnot json\n\n{\"id\":\"r3\"}\n{\"id\":\"r4\",\"html\":\"<p>Four</p>\"}"),
		"d.jsonl.gz":      gz([]byte("{\"id\":\"z1\",\"text\":\"Zipped.\"}\n")),
		"big.txt":         bytes.Repeat([]byte("x"), 2000),
		".hidden.txt":     []byte("skipped"),
		"bad.gz":          {0x1f, 0x8b, 0, 1, 2},
	}
	for name, b := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs := readAll(t, []string{dir, filepath.Join(dir, "missing.txt")}, Options{MaxBytes: 1000, SourceName: "Default"})
	got := map[string]news.RawDoc{}
	for _, d := range docs {
		got[strings.TrimPrefix(d.Path, dir+"/")] = d
	}
	tests := []struct {
		path    string
		wantErr string // "" = a document
	}{
		{"a.txt", ""},
		{"b/c.html", ""},
		{"b/records.jsonl:1", ""},
		{"b/records.jsonl:2", "not a JSON record"},
		{"b/records.jsonl:4", "neither text nor html"},
		{"b/records.jsonl:5", ""},
		{"d.jsonl.gz:1", ""},
		{"big.txt", "size limit"},
		{"bad.gz", "corrupt gzip"},
		{"missing.txt", "cannot read"},
	}
	for _, tc := range tests {
		d, ok := got[tc.path]
		if !ok {
			t.Errorf("%s: no row (rows: %v)", tc.path, keys(got))
			continue
		}
		if tc.wantErr == "" && d.Err != nil {
			t.Errorf("%s: unexpected error %v", tc.path, d.Err)
		}
		if tc.wantErr != "" && (d.Err == nil || !strings.Contains(d.Err.Error(), tc.wantErr)) {
			t.Errorf("%s: error %v, want %q", tc.path, d.Err, tc.wantErr)
		}
		if d.Err != nil && strings.Contains(d.Err.Error(), "\n") {
			t.Errorf("%s: error is not one line", tc.path)
		}
	}
	if _, ok := got[".hidden.txt"]; ok {
		t.Error("hidden file was read")
	}
	if d := got["b/records.jsonl:1"]; d.Source != "Wire" || d.ID != "r1" || d.Format != news.FormatText {
		t.Errorf("record fields: %+v", d)
	}
	if d := got["a.txt"]; d.Source != "Default" {
		t.Errorf("default source not applied: %+v", d)
	}
	if len(docs) != len(tests) {
		t.Errorf("%d rows, want %d: %v", len(docs), len(tests), keys(got))
	}
}

func keys(m map[string]news.RawDoc) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestStdinAndURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/article":
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, "<html><body><p>Served article.</p></body></html>")
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Feed</title>
<item><title>First</title><link>http://127.0.0.1/1</link><pubDate>Wed, 15 Dec 2021 10:00:00 GMT</pubDate><description>&lt;p&gt;Xi met Putin.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>http://127.0.0.1/2</link></item></channel></rss>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	docs := readAll(t, []string{"-", srv.URL + "/article", srv.URL + "/feed", srv.URL + "/missing"},
		Options{Stdin: strings.NewReader("Text from stdin.")})
	if len(docs) != 5 {
		t.Fatalf("%d rows, want 5: %+v", len(docs), docs)
	}
	if docs[0].Path != "-" || string(docs[0].Body) != "Text from stdin." {
		t.Errorf("stdin: %+v", docs[0])
	}
	if !strings.Contains(string(docs[1].Body), "Served article") || docs[1].URL != srv.URL+"/article" {
		t.Errorf("url: %+v", docs[1])
	}
	if docs[2].Title != "First" || docs[2].Published[:10] != "2021-12-15" || docs[2].Source != "Example Feed" || !strings.Contains(string(docs[2].Body), "Xi met Putin") {
		t.Errorf("feed item: %+v", docs[2])
	}
	if docs[3].Err == nil {
		t.Errorf("empty feed item gave no error row")
	}
	if docs[4].Err == nil || !strings.Contains(docs[4].Err.Error(), "404") {
		t.Errorf("missing URL: %+v", docs[4])
	}
}

// Every WARC/ARC fixture, valid or malformed, yields rows and no panic.
func TestWARCFixtures(t *testing.T) {
	dir := shareddata.Path(t, "corpora/warc-fixtures")
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() == "SOURCE.txt" {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) {
			docs := readAll(t, []string{filepath.Join(dir, e.Name())}, Options{})
			if len(docs) == 0 {
				t.Fatal("no row")
			}
			for _, d := range docs {
				if d.Err == nil && (d.URL == "" || len(d.Body) == 0) {
					t.Errorf("document without URL or body: %s", d.Path)
				}
			}
		})
	}
	docs := readAll(t, []string{filepath.Join(dir, "example.warc.gz")}, Options{})
	if len(docs) != 1 || docs[0].URL != "http://example.com/" || !bytes.Contains(docs[0].Body, []byte("Example Domain")) {
		t.Errorf("example.warc.gz: %+v", docs)
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"text\":\"x\"}\n{bad\n"))
	f.Add([]byte("{\"html\":\"<p>\"}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r := newJSONL(bufioReader(b), "f", 1<<10, io.NopCloser(nil))
		for i := 0; i < 10000; i++ {
			d, ok := r.next()
			if !ok {
				return
			}
			if d.Err == nil && len(d.Body) == 0 {
				t.Fatalf("document without body: %+v", d)
			}
		}
		t.Fatal("reader did not end")
	})
}

func FuzzWARC(f *testing.F) {
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\nhi\r\n\r\n"))
	f.Add([]byte("filedesc://a 1 2 text/plain 3\nabc\n\nhttp://x 1 20140216050221 text/html 2\nhi\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r := newWARC(bufioReader(b), "f", 1<<16, io.NopCloser(nil))
		for i := 0; i < 10000; i++ {
			if _, ok := r.next(); !ok {
				return
			}
		}
		t.Fatal("reader did not end")
	})
}

func FuzzDetect(f *testing.F) {
	f.Add([]byte("<rss"), "a.xml")
	f.Fuzz(func(t *testing.T, b []byte, name string) { Detect(b, name); needMore(b) })
}

// With FetchArticles a feed item without full content is replaced by its
// linked page; a failed fetch keeps the description or reports both.
func TestFetchArticles(t *testing.T) {
	var srv *httptest.Server
	var agent string
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
<item><title>One</title><link>`+srv.URL+`/a1</link><description>short teaser</description></item>
<item><title>Two</title><link>`+srv.URL+`/gone</link><description>kept teaser</description></item>
<item><title>Three</title><link>`+srv.URL+`/gone</link></item></channel></rss>`)
		case "/a1":
			agent = r.Header.Get("User-Agent")
			io.WriteString(w, "<html><body><p>The full article.</p></body></html>")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	docs := readAll(t, []string{srv.URL + "/feed"}, Options{FetchArticles: true})
	if len(docs) != 3 {
		t.Fatalf("%d rows, want 3", len(docs))
	}
	if !strings.Contains(string(docs[0].Body), "The full article") || !strings.Contains(agent, "dyad") {
		t.Errorf("fetched item: %q (agent %q)", docs[0].Body, agent)
	}
	if docs[1].Err != nil || !strings.Contains(string(docs[1].Body), "kept teaser") {
		t.Errorf("fallback item: %+v", docs[1])
	}
	if docs[2].Err == nil || !strings.Contains(docs[2].Err.Error(), "404") {
		t.Errorf("failed item: %+v", docs[2])
	}
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><link>http://127.0.0.1/a</link><description>&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>A</title><content type="html">x</content></entry></feed>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r := newFeed(context.Background(), bytes.NewReader(b), "f", "", Options{MaxBytes: 1 << 16}, io.NopCloser(nil))
		for i := 0; i < 100000; i++ {
			d, ok := r.next()
			if !ok {
				return
			}
			if d.Err == nil && len(d.Body) == 0 {
				t.Fatalf("item without body: %+v", d)
			}
		}
		t.Fatal("reader did not end")
	})
}
