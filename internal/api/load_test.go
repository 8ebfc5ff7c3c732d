package api_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"dyad/internal/api"
	"dyad/internal/news"
	"dyad/internal/store"
	"dyad/internal/store/sqlite"
)

var countries = []string{"CHN", "RUS", "USA", "UKR", "DEU", "FRA", "GBR", "JPN", "IND", "BRA", "TUR", "IRN", "ISR", "EGY", "ZAF", "NGA"}

// loadStore fills a store with n documents and about 2.5 events each,
// through the pipeline's write path.
func loadStore(b *testing.B, n int) store.Store {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "load.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var batch []store.Bundle
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("d%06d", i)
		day := fmt.Sprintf("1987-%02d-%02d", 1+i%12, 1+i%28)
		d := &news.Document{ID: id, ContentHash: "h" + id, Status: news.StatusOK, Published: day, StoryID: "s" + id,
			Source: news.Source{Name: "Wire", Origin: "Wire", Affiliation: []string{"state", "independent"}[i%2]},
			Text:   "The two governments met to discuss trade and security."}
		bd := store.Bundle{Doc: d}
		for k := 0; k < 2+i%2; k++ {
			a, t := countries[(i+k)%len(countries)], countries[(i*7+k+1)%len(countries)]
			if a == t {
				continue
			}
			bd.Events = append(bd.Events, news.Event{StoryID: d.StoryID, Date: day, Source: news.Actor{Code: a + "GOV", Country: a},
				Target: news.Actor{Code: t + "GOV", Country: t}, CAMEO: fmt.Sprintf("0%d0", 1+k%5), Root: fmt.Sprintf("0%d", 1+k%5),
				Goldstein: 1, QuadClass: 1, Evidence: []news.Evidence{{DocID: id, Source: "Wire", Sentence: d.Text, End: len(d.Text)}}})
		}
		batch = append(batch, bd)
		if len(batch) == 500 {
			if _, err := st.PutBundles(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if _, err := st.PutBundles(ctx, batch); err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkEventsLoad serves GET /api/v1/events with filters on loopback
// from 16 concurrent clients for a fixed time over a store of 19,000
// documents (~47,000 events), while a writer ingests more documents, and
// reports requests per second and the 99th-percentile latency. It is
// bounded in time and stops by itself. "store" answers every request from
// the store; "cache1s" with the 1-second micro-cache that dyad serve uses
// by default (--cache-ttl).
func BenchmarkEventsLoad(b *testing.B) {
	st := loadStore(b, 19000)
	defer st.Close()
	b.Run("store", func(b *testing.B) { eventsLoad(b, st, 0) })
	b.Run("cache1s", func(b *testing.B) { eventsLoad(b, st, time.Second) })
}

func eventsLoad(b *testing.B, st store.Store, ttl time.Duration) {
	srv := httptest.NewServer(api.New(st, api.Options{CacheTTL: ttl}))
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 10 * time.Second}
	const clients = 16
	duration := 3 * time.Second
	b.ResetTimer()
	var total int64
	var lat []time.Duration
	var mu sync.Mutex
	var writeErrs, reqErrs atomic.Int64
	for i := 0; i < b.N; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), duration)
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { // a concurrent ingest, written as the pipeline writes: batches of 64 documents, ~2,000 docs/s
			defer wg.Done()
			for j := 0; ctx.Err() == nil; j++ {
				var batch []store.Bundle
				for k := 0; k < 64; k++ {
					id := fmt.Sprintf("w%d-%d-%06d-%02d", ttl, i, j, k)
					d := &news.Document{ID: id, ContentHash: "h" + id, Status: news.StatusOK, Published: "1987-06-01", StoryID: "s" + id}
					ev := news.Event{StoryID: d.StoryID, Date: "1987-06-01", Source: news.Actor{Code: "CHNGOV", Country: "CHN"},
						Target: news.Actor{Code: "RUSGOV", Country: "RUS"}, CAMEO: "040", Root: "04", Evidence: []news.Evidence{{DocID: id, Sentence: "x"}}}
					batch = append(batch, store.Bundle{Doc: d, Events: []news.Event{ev}})
				}
				if _, err := st.PutBundles(context.Background(), batch); err != nil {
					writeErrs.Add(1)
				}
				time.Sleep(30 * time.Millisecond)
			}
		}()
		for c := 0; c < clients; c++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var mine []time.Duration
				for k := 0; ctx.Err() == nil; k++ {
					a, t := countries[(c+k)%len(countries)], countries[(c*3+k+1)%len(countries)]
					url := fmt.Sprintf("%s/api/v1/events?dyad=%s-%s&from=1987-03-01&to=1987-09-30&limit=50", srv.URL, a, t)
					start := time.Now()
					resp, err := client.Get(url)
					if err != nil {
						if ctx.Err() == nil {
							reqErrs.Add(1)
						}
						continue
					}
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						reqErrs.Add(1)
					}
					mine = append(mine, time.Since(start))
				}
				mu.Lock()
				lat = append(lat, mine...)
				mu.Unlock()
			}()
		}
		wg.Wait()
		cancel()
		total += int64(len(lat))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	if len(lat) == 0 {
		b.Fatal("no request completed")
	}
	b.ReportMetric(float64(len(lat))/(duration.Seconds()*float64(b.N)), "req/s")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(0, "ns/op")
	if writeErrs.Load() > 0 || reqErrs.Load() > 0 {
		b.Errorf("%d write errors, %d request errors during the load", writeErrs.Load(), reqErrs.Load())
	}
}
