package api_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"dyad/internal/api"
	"dyad/internal/ingest"
	"dyad/internal/pipeline"
	"dyad/internal/store"
)

// pipelineIngester ingests a request body through a pipeline, as dyad
// serve does.
type pipelineIngester struct{ p *pipeline.Pipeline }

func (pi pipelineIngester) IngestBody(ctx context.Context, body io.Reader, name string) (api.Summary, error) {
	src, err := ingest.Open(ctx, []string{"-"}, ingest.Options{Stdin: body})
	if err != nil {
		return api.Summary{}, err
	}
	defer src.Close()
	sum, err := pi.p.IngestSource(ctx, src)
	return api.Summary{New: sum.New, Duplicate: sum.Duplicate, Failed: sum.Failed, Copies: sum.Copies, DocIDs: sum.DocIDs}, err
}

// largeDoc is a text document of about size bytes that repeats one event
// (France's foreign minister meets China's ambassador) in every other
// sentence; n makes it unique.
func largeDoc(n, size int) []byte {
	para := fmt.Sprintf("The foreign minister of France met the Chinese ambassador in Paris on Monday to discuss trade. "+
		"Officials said the talks were constructive and would continue next month, in report %d. ", n)
	head := fmt.Sprintf("Dispatch %d. ", n)
	return append([]byte(head), bytes.Repeat([]byte(para), max(1, (size-len(head))/len(para)))...)
}

// BenchmarkEventsLoadLarge is the "store" row of BenchmarkEventsLoad (16
// clients, the pipeline ingesting at 200 documents a second) before and
// after 13 API ingests of large documents that each repeat one event tens
// of thousands of times (issue 14: 9.4 MB each gave one event 195,120
// evidence rows, a 56 MB default events page, and 5,596 → 1.7 req/s).
// The mix is the load mix plus, one query in ten, the default events page
// (no filter: the undated events first, where the repeated event sits).
// "ingest13" POSTs the documents to the API's queue, waits for the jobs,
// and reports the default page's bytes and the repeated event's evidence
// count. DYAD_LOAD_LARGE_BYTES sets the documents' size (default
// 9,400,000; each takes minutes to ingest on a loaded 2-core machine).
//
// Measured with 1 MB documents (DYAD_LOAD_LARGE_BYTES=1000000) at load
// average 13–19, two runs: 169.7 → 63.3 req/s (3.37 → 3.80 CPU-ms a
// request), then, 3 periods each, 115.7 → 179.0 req/s (3.31 → 2.73); the
// default page 84,825 bytes after. At that load the runs disagree in sign:
// the within-20% target is neither shown met nor missed; a quiet run is
// needed. Quiet (load average 0.2–1.2, 9.4 MB documents, -benchtime 3x):
// 1,981 → 2,364 req/s (1.006 → 0.842 CPU-ms a request), the default page
// 85,635 bytes after.
func BenchmarkEventsLoadLarge(b *testing.B) {
	corpusStore(b)
	const clients = 16
	mix := make([]string, 0, len(corpus.mix)*11/10)
	for i, q := range corpus.mix {
		if i%10 == 0 {
			mix = append(mix, "")
		}
		mix = append(mix, q)
	}
	b.Run("before", func(b *testing.B) { eventsLoad(b, corpus.st, mix, clients, 0, 200) })
	b.Run("ingest13", func(b *testing.B) {
		for range b.N {
			ingestLarge(b)
		}
	})
	b.Run("after", func(b *testing.B) { eventsLoad(b, corpus.st, mix, clients, 0, 200) })
}

var largeIngested int

// ingestLarge POSTs 13 large documents to the API (once per process) and
// reports the default events page's size.
func ingestLarge(b *testing.B) {
	size := 9_400_000
	if v, err := strconv.Atoi(os.Getenv("DYAD_LOAD_LARGE_BYTES")); err == nil && v > 0 {
		size = v
	}
	a := api.New(corpus.st, api.Options{IngestToken: "t", Ingester: pipelineIngester{corpus.p}, IngestWait: time.Hour})
	srv := httptest.NewServer(a)
	defer func() { srv.Close(); a.Close() }()
	start := time.Now()
	if largeIngested == 0 {
		var ids []string
		for n := range 13 {
			req, _ := http.NewRequest("POST", srv.URL+"/api/v1/ingest", bytes.NewReader(largeDoc(n, size)))
			req.Header.Set("Authorization", "Bearer t")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusAccepted {
				b.Fatalf("POST %d: %d %s", n, resp.StatusCode, body)
			}
			id, _, _ := strings.Cut(strings.TrimPrefix(string(body), `{"data":{"id":"`), `"`)
			ids = append(ids, id)
		}
		js := corpus.st.(store.JobStore)
		for _, id := range ids {
			for {
				j, err := js.Job(context.Background(), id)
				if err != nil {
					b.Fatal(err)
				}
				if j.Status == "ok" {
					largeIngested += j.New
					break
				}
				if j.Status != store.JobQueued && j.Status != store.JobRunning {
					b.Fatalf("job %s: %s", id, j.Status)
				}
				time.Sleep(time.Second)
			}
		}
		b.Logf("13 documents of %d bytes ingested through the API in %v", size, time.Since(start).Round(time.Second))
	}
	resp, err := http.Get(srv.URL + "/api/v1/events")
	if err != nil {
		b.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	b.ReportMetric(float64(len(page)), "page-bytes")
	b.ReportMetric(float64(largeIngested), "docs")
	b.ReportMetric(0, "ns/op")
}
