// Package clean turns one raw input into a cleaned document: decoded text,
// the article's main text (HTML through go-trafilatura), the text-level
// repairs an extractor cannot know (syndication and content-farm tails,
// scan and OCR junk, broken lines and hyphenation, damaged capitals), and
// metadata (title, publication date with a confidence, source, origin,
// affiliation, language).
//
// The steps, in order: size, emptiness and binary checks; decoding (below);
// HTML through go-trafilatura, its tree rendered as paragraphs separated by
// blank lines, the headline dropped from the body (a paragraph among the
// first three that is the page's title, also without the site's name);
// junk lines (content-farm and syndication tails, archive furniture, OCR
// placeholders) removed, also when glued to the next text; in HTML, links
// to other pieces inside the text ("Read more: …"), lone byline
// paragraphs and the reporting credits that end a piece ("(Reporting by
// …; Editing by …)") removed; for plain text, a lone publication line
// (the source) and a short first line (the title) taken off the top;
// hard-wrapped lines joined into paragraphs (indents start paragraphs,
// words broken at a line end mended, compounds kept); a dateline read
// (date, distributor, wire) and removed — it is metadata, and its place
// name is no actor; the old " Reuter" sign-off removed; language
// identified; damaged capitals repaired (case.go); a date from the text
// when nothing better is known.
//
// Dates, in order of preference, with their confidence: the input's own
// date 0.95 ("input"), a dateline 0.9 ("dateline"), the page's metadata
// 0.8 ("html-meta"), the latest full date the text gives after "on" or
// "dated" 0.3 ("text").
//
// Copyright and credit lines stay in the text: the extraction benchmark's
// ground truth keeps them, and they hold no events.
//
// Encodings: valid UTF-8 is used as is; text with a UTF-16 byte-order mark
// is decoded as UTF-16; an HTML page's declared (or sniffed) charset is
// honoured. Other text that is not valid UTF-8 is one of two things. With
// no valid multi-byte UTF-8 sequence in it, it is a legacy single-byte
// text and is decoded as Windows-1252 (a superset of Latin-1 for printable
// text), which is what such files in news archives almost always are.
// With valid multi-byte sequences at least as many as the invalid bytes,
// it is UTF-8 damaged in transit (a truncated or spliced file): decoding it
// as Windows-1252 would garble every correct character, so each invalid
// byte is replaced by U+FFFD instead. Input with NUL bytes (without a
// UTF-16 mark) or mostly control characters is binary and fails.
package clean

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"dyad/internal/news"
	"dyad/internal/sources"
)

// Errors of inputs that cannot be cleaned; each message is one line.
var (
	ErrEmpty     = errors.New("empty document")
	ErrBinary    = errors.New("binary content, not text or HTML")
	ErrTooLarge  = errors.New("over the size limit")
	ErrNoArticle = errors.New("no article text found")
)

// Options configure Clean. The zero value is the default.
type Options struct {
	// MaxBytes is the size limit; 0 means 10 MB.
	MaxBytes int64
	// MinChars is the least text an article must have; 0 means 40.
	MinChars int
	// NoLang skips language identification (raw.Lang is kept).
	NoLang bool
}

// Clean cleans one raw document. It does not set ID, Status, ContentHash,
// DupOf or StoryID.
func Clean(ctx context.Context, raw news.RawDoc, opts Options) (news.Document, error) {
	return clean(ctx, raw, opts, nil)
}

// clean is Clean; when extracted is not nil it receives the extractor's
// text before the text-level cleanup (to measure what the cleanup adds).
func clean(ctx context.Context, raw news.RawDoc, opts Options, extracted *string) (news.Document, error) {
	if err := ctx.Err(); err != nil {
		return news.Document{}, err
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 10 << 20
	}
	if opts.MinChars <= 0 {
		opts.MinChars = 40
	}
	if int64(len(raw.Body)) > opts.MaxBytes {
		return news.Document{}, fmt.Errorf("%w (%d bytes > %d)", ErrTooLarge, len(raw.Body), opts.MaxBytes)
	}
	if len(bytes.TrimSpace(raw.Body)) == 0 {
		return news.Document{}, ErrEmpty
	}
	if u, ok := decodeUTF16(raw.Body); ok {
		raw.Body = u
	}
	if isBinary(raw.Body) {
		return news.Document{}, ErrBinary
	}
	format := raw.Format
	if format == "" {
		format = detectFormat(raw.Body)
	}
	doc := news.Document{URL: raw.URL, Path: raw.Path, Title: strings.TrimSpace(raw.Title), Lang: raw.Lang}
	var m meta
	var text string
	if format == news.FormatHTML {
		var err error
		text, m, err = extractHTML(raw.Body, raw.URL)
		if err != nil {
			return news.Document{}, err
		}
	} else {
		text = decodeText(raw.Body)
	}
	if extracted != nil {
		*extracted = text
	}
	// The headline is the title, not body text.
	if format == news.FormatHTML {
		text = dropHeadline(text, m.title, doc.Title)
	}
	text = cleanText(text, &m, format == news.FormatText)
	if doc.Lang == "" && !opts.NoLang {
		doc.Lang = detectLang(text)
	}
	english := doc.Lang == "en" || doc.Lang == "" && looksEnglish(text[:min(len(text), langSample)])
	text = repairText(text, &m, english)
	if utf8.RuneCountInString(strings.TrimSpace(text)) < opts.MinChars {
		if format == news.FormatHTML {
			return news.Document{}, ErrNoArticle
		}
		if strings.TrimSpace(text) == "" {
			return news.Document{}, ErrEmpty
		}
	}
	doc.Text = text
	if doc.Title == "" {
		doc.Title = m.title
	}
	setPublished(&doc, raw.Published, m)
	if doc.Published == "" {
		doc.Published, doc.PublishedFrom = addressDate(raw.URL, raw.Path)
		if doc.Published != "" {
			doc.PublishedConfidence = 0.5
		}
	}
	setSource(&doc, raw.Source, m)
	return doc, nil
}

// meta is what cleaning found out about a document besides its text.
type meta struct {
	title       string
	siteName    string
	publication string // a lone publication line of a scanned page
	published   time.Time
	pubFrom     string // html-meta | dateline | text
	pubConf     float64
	distributor string
	wire        string // a news agency that wrote and carried the piece
}

func isBinary(b []byte) bool {
	if len(b) > 4096 {
		b = b[:4096]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*10 > len(b)
}

func detectFormat(b []byte) news.Format {
	head := bytes.TrimLeft(b[:min(len(b), 8192)], "\ufeff \t\r\n")
	// Pages often open with template comments before the doctype.
	for bytes.HasPrefix(head, []byte("<!--")) {
		end := bytes.Index(head, []byte("-->"))
		if end < 0 {
			break
		}
		head = bytes.TrimLeft(head[end+3:], " \t\r\n")
	}
	head = bytes.ToLower(head[:min(len(head), 2048)])
	for _, p := range []string{"<!doctype html", "<html", "<?xml", "<head", "<meta ", "<style", "<link ", "<title>"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return news.FormatHTML
		}
	}
	tags := 0
	for _, t := range []string{"<p>", "<p ", "<div", "<body", "<br", "<article", "<h1", "<span", "</a>", "<head"} {
		tags += bytes.Count(head, []byte(t))
	}
	if tags >= 3 {
		return news.FormatHTML
	}
	return news.FormatText
}

// decodeUTF16 decodes text that starts with a UTF-16 byte-order mark.
func decodeUTF16(b []byte) ([]byte, bool) {
	if len(b) < 2 || !(b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff) {
		return nil, false
	}
	out, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder().Bytes(b)
	if err != nil {
		return nil, false
	}
	return out, true
}

// damagedUTF8 reports whether b, which is not valid UTF-8, is UTF-8 with
// some bad bytes rather than a legacy single-byte text: it has at least as
// many valid multi-byte sequences as invalid bytes.
func damagedUTF8(b []byte) bool {
	multi, bad := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			bad++
			i++
			continue
		}
		multi++
		i += n
	}
	return multi > 0 && multi >= bad
}

// decodeText returns b as UTF-8 (see the package comment for text that is
// not valid UTF-8).
func decodeText(b []byte) string {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if utf8.Valid(b) {
		return string(b)
	}
	if damagedUTF8(b) {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(out)
}

// extractorOptions are the options dyad passes to go-trafilatura, each
// measured side by side on the ScrapingHub benchmark (shingle F1) and on
// trafilatura's own evaluation set (snippet F1), see TestSideBySide and
// docs/design.md:
//   - Focus Balanced (the default). FavorRecall scored a little higher
//     (0.967 / 0.902 against 0.966 / 0.901) but costs 5% more allocations
//     and time in the library; FavorPrecision loses recall (0.934 on
//     ScrapingHub).
//   - ExcludeComments true: go-trafilatura does not look for the comments
//     apart. Looking for them (false) takes them out of the page before the
//     article is found, but gave the same text on all three sets and costs
//     about 6% more allocations.
//   - EnableFallback (readability, DOM distiller) false: it scored lower
//     (0.960 against 0.962 for go-trafilatura alone), also when used only
//     for pages whose extracted text is short beside the page's prose
//     (0.958), and costs time.
//   - IncludeLinks, IncludeImages false: dyad reads text; links changed the
//     extraction (snippet F1 0.898 against 0.901).
//   - ExcludeTables false: tables of figures are article text.
//   - Deduplicate false: 0.9616 against 0.9618 on ScrapingHub; repeated
//     paragraphs are in the benchmark's gold text.
var extractorOptions = trafilatura.Options{ExcludeComments: true}

// extractHTML finds the main text of an HTML page with go-trafilatura.
func extractHTML(body []byte, rawURL string) (string, meta, error) {
	var m meta
	// Valid UTF-8 is read as is; anything else is decoded by its declared
	// or sniffed charset. The page is parsed here, not by the extractor,
	// whose statistical charset guess can misread a correct page.
	if !utf8.Valid(body) {
		enc, _, _ := charset.DetermineEncoding(body, "text/html")
		if dec, err := enc.NewDecoder().Bytes(body); err == nil {
			body = dec
		}
	}
	if !norm.NFC.IsNormal(body) {
		body = norm.NFC.Bytes(body)
	}
	root, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return "", m, ErrNoArticle
	}
	opts := extractorOptions
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil || res == nil {
		return "", m, ErrNoArticle
	}
	m.title = strings.TrimSpace(res.Metadata.Title)
	m.siteName = strings.TrimSpace(res.Metadata.Sitename)
	if !res.Metadata.Date.IsZero() {
		m.published, m.pubFrom, m.pubConf = res.Metadata.Date, "html-meta", 0.8
	}
	text := res.ContentText
	if res.ContentNode != nil {
		text = nodeText(res.ContentNode)
	}
	text = dropLinkTail(root, addSiblingParts(root, text))
	return text, m, nil
}

// setPublished picks the publication date: the input's own, then a
// dateline, HTML metadata, a date in the text.
func setPublished(doc *news.Document, given string, m meta) {
	if d := day(given); d != "" {
		doc.Published, doc.PublishedConfidence, doc.PublishedFrom = d, 0.95, "input"
		return
	}
	if !m.published.IsZero() {
		doc.Published, doc.PublishedConfidence, doc.PublishedFrom = m.published.Format("2006-01-02"), m.pubConf, m.pubFrom
	}
}

// day normalises YYYY-MM-DD or RFC 3339 to YYYY-MM-DD.
func day(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// setSource fills the source: who shows the piece, who distributed it and
// who wrote it (the origin), and the origin's affiliation.
func setSource(doc *news.Document, given string, m meta) {
	s := news.Source{Distributor: m.distributor}
	var byDomain string // the registry's name for the URL's host
	if u, err := url.Parse(doc.URL); err == nil && u.Host != "" {
		s.Domain = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		if o, ok := sources.Lookup(s.Domain); ok {
			byDomain = o.Name
		}
	}
	// The outlet as shown: declared, printed on the page, the site's own
	// name, the registry's name for the site, the distributor, the host.
	switch {
	case given != "":
		s.Name = given
	case m.publication != "":
		s.Name = m.publication
	case m.siteName != "":
		s.Name = m.siteName
	case byDomain != "":
		s.Name = byDomain
	case m.distributor != "":
		s.Name = m.distributor
	default:
		s.Name = s.Domain
	}
	if o, ok := sources.Lookup(s.Name); ok {
		s.Name = o.Name
	}
	s.Origin = s.Name
	if m.wire != "" {
		s.Origin = m.wire
	}
	// A release or syndicated piece whose title names its author ("CGTN:
	// …") was written by that outlet.
	if i := strings.Index(doc.Title, ":"); i > 0 && i < 40 {
		if o, ok := sources.Lookup(doc.Title[:i]); ok && o.Affiliation != sources.Unknown {
			s.Origin = o.Name
		}
	}
	s.Affiliation = sources.Unknown
	if o, ok := sources.Lookup(s.Origin); ok {
		s.Origin, s.Affiliation, s.Country = o.Name, o.Affiliation, o.Country
	}
	doc.Source = s
}

// isUpperWord reports whether w starts with an upper-case letter.
func isUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// Extract is what `dyad extract` prints for one input: the cleaned
// document with status, id and content hash set (a failure is a document
// with a failed status, not an error).
func Extract(ctx context.Context, raw news.RawDoc, opts Options) news.Document {
	return extract(ctx, raw, opts, nil)
}

func extract(ctx context.Context, raw news.RawDoc, opts Options, extracted *string) news.Document {
	hash := news.ContentHash(raw.Body)
	doc, err := clean(ctx, raw, opts, extracted)
	if err != nil {
		return news.Document{ID: news.DocID(hash), URL: raw.URL, Path: raw.Path, ContentHash: hash,
			Status: news.Failed(err.Error()), Amounts: []news.Amount{}, Source: news.Source{Affiliation: sources.Unknown}}
	}
	doc.ID, doc.ContentHash, doc.Status = news.DocID(hash), hash, news.StatusOK
	if doc.Amounts == nil {
		doc.Amounts = []news.Amount{}
	}
	return doc
}

// sameText compares two short texts ignoring case and white space.
func sameText(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// dropHeadline removes the headline from the top of the text: a paragraph
// among the first three that is one of the titles, or a title without the
// site's name after " | " or " - ".
func dropHeadline(text string, titles ...string) string {
	var names []string
	for _, t := range titles {
		if t = strings.TrimSpace(t); t == "" {
			continue
		}
		names = append(names, t)
		for _, sep := range []string{" | ", " - ", " – ", " — "} {
			if i := strings.LastIndex(t, sep); i > 0 {
				names = append(names, t[:i])
			}
		}
	}
	paras := strings.SplitN(text, "\n\n", 4)
	for i := 0; i < len(paras)-1 && i < 3; i++ {
		for _, n := range names {
			if sameText(paras[i], n) || headlineVariant(paras[i], n) {
				return strings.Join(append(paras[:i:i], paras[i+1:]...), "\n\n")
			}
		}
	}
	return text
}

// headlineVariant reports whether the paragraph p is the headline worded a
// little apart from the title ("Julian Assange: Sweden drops rape
// investigation" under the title "Sweden drops Assange rape
// investigation"): short, no sentence (no closing stop), at least three
// words, and at least four in five of its words in the title.
func headlineVariant(p, title string) bool {
	if utf8.RuneCountInString(p) > 150 || strings.ContainsRune(p, '\n') {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(p)); strings.ContainsRune(".!?:;", last) {
		return false
	}
	inTitle := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(title), notWordRune) {
		inTitle[w] = true
	}
	words := strings.FieldsFunc(strings.ToLower(p), notWordRune)
	if len(words) < 3 {
		return false
	}
	hit := 0
	for _, w := range words {
		if inTitle[w] {
			hit++
		}
	}
	return 5*hit >= 4*len(words)
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
