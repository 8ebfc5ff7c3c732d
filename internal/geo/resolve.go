// Resolution: which gazetteer place each recognised name is (scores, context, joint readings).

package geo

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// scored is a place with its score for one mention.
type scored struct {
	idx   int32
	score float64
	why   []string
}

func (p *Parser) resolve(toks []token, cs []cand, o Options) []Mention {
	g := p.G
	// Pass 1: each name on its own (its prior). Pass 2: each name in the
	// context of every plausible reading of the others, weighted by their
	// priors, so that two names that fit each other ("Walker County" and
	// "Huntsville", both in Texas) win together over two populous readings
	// that do not. Pass 3: each name again in the context of the others'
	// pass-2 readings (their countries, regions and whereabouts), the
	// outlet's country and "X, Region".
	keys := make([]string, len(cs))
	var order []string
	count := map[string]int{}
	prior := map[string][]weighted{} // name → its plausible readings
	scores := map[string][]scored{}  // name → its best readings and their priors
	for j, c := range cs {
		keys[j] = c.key
		if _, ok := count[keys[j]]; !ok {
			order = append(order, keys[j])
			if len(c.idx) == 0 {
				prior[keys[j]] = []weighted{{c.dem, 1}}
			} else {
				_, all := p.choose(toks, c, nil, o)
				prior[keys[j]] = plausible(all)
				scores[keys[j]] = topReadings(all, 8)
			}
		}
		count[keys[j]]++
	}
	// The context of a name is that of the other names: the same for
	// every mention of one name, so it is built once per name (a long
	// text repeating a few names was quadratic in its mentions).
	build := func(key string, readings map[string][]weighted) *context {
		ctx := &context{countries: map[string]float64{}, regions: map[region]float64{}}
		for _, other := range order {
			if other == key {
				continue
			}
			n := float64(min(count[other], 3))
			for _, r := range readings[other] {
				pl := g.place(r.idx)
				w := r.w * n
				if pl.Level() >= 2 {
					w *= 0.7
				}
				ctx.countries[pl.Country] += w
				if pl.Level() == 0 && !pl.isContinent() && r.w >= 0.5 && len(ctx.nations) < 16 {
					ctx.nations = append(ctx.nations, pl)
				}
				if pl.Level() >= 1 && pl.Admin1 != "" {
					ctx.regions[region{pl.Country, pl.Admin1}] += w
				}
				// Nearness counts up to 3 mentions of a place: a place
				// named more often than that adds nothing, and the list
				// is capped.
				if pl.Level() >= 2 && len(ctx.points) < maxPoints {
					ctx.points = append(ctx.points, weightedPlace{pl, r.w * n})
				}
			}
		}
		if o.Country != "" {
			ctx.countries[o.Country] += 1
		}
		return ctx
	}
	second := map[string][]weighted{}
	for _, key := range order {
		second[key] = prior[key]
		if sc := scores[key]; len(sc) > 0 {
			second[key] = []weighted{{sc[0].idx, 1}}
		}
	}
	p.joint(order, scores, second)
	ctxs := map[string]*context{}
	ctxs = map[string]*context{}
	contextOf := func(key string) *context {
		if ctx, ok := ctxs[key]; ok {
			return ctx
		}
		ctx := build(key, second)
		ctxs[key] = ctx
		return ctx
	}
	out := make([]Mention, 0, len(cs))
	for k, c := range cs {
		m := Mention{Start: c.start, End: c.end, Text: c.text, Cue: c.cue}
		if len(c.idx) == 0 {
			m.Demonym = true
			m.Place = g.place(c.dem)
			if o.Explain {
				m.Why = []string{"demonym of " + m.Place.Name}
			}
			out = append(out, m)
			continue
		}
		best, all := p.choose(toks, c, contextOf(keys[k]), o)
		m.Place = g.place(best.idx)
		if o.Explain {
			m.Why = append(m.Why, fmt.Sprintf("%d places named %q", len(c.idx), c.text))
			if c.cue != "" {
				m.Why = append(m.Why, "cue: "+c.cue)
			}
			m.Why = append(m.Why, describe(m.Place)+": "+strings.Join(best.why, ", "))
			sort.Slice(all, func(i, j int) bool { return all[i].score > all[j].score })
			for n, s := range all {
				if n == 0 {
					continue
				}
				if n > 2 {
					break
				}
				m.Why = append(m.Why, fmt.Sprintf("not %s (%.1f < %.1f)", describe(g.place(s.idx)), s.score, best.score))
			}
		}
		out = append(out, m)
	}
	return out
}

// context is what the rest of a text says about where it is.
// maxPoints bounds the towns a name's context holds for nearness.
const maxPoints = 512

type context struct {
	countries map[string]float64 // alpha-3 → weight
	regions   map[region]float64 // country and admin1 → weight
	points    []weightedPlace    // the towns and counties named
	nations   []*Place           // the countries named
}

// region is a first-level region by its country and admin1 code.
type region struct{ country, admin1 string }

// topReadings returns the n best-scored readings, best first.
func topReadings(all []scored, n int) []scored {
	out := append([]scored(nil), all...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// maxJointNames bounds the names the joint pass pairs (it is quadratic).
const maxJointNames = 40

// joint chooses each ambiguous name's reading by its prior and, for every
// other name, the best pair the two names can form: a pair that fits (the
// same region, a few km apart, a town in a country or region the text
// names) gains on both sides, so "Paris" and "Henry County" are read
// together as Tennessee's although France's Paris alone outscores any
// other.
func (p *Parser) joint(order []string, scores map[string][]scored, second map[string][]weighted) {
	g := p.G
	names := order
	if len(names) > maxJointNames {
		names = names[:maxJointNames]
	}
	for _, a := range names {
		ra := scores[a]
		if len(ra) < 2 {
			continue
		}
		best, bestScore := ra[0].idx, math.Inf(-1)
		for _, x := range ra {
			px := g.place(x.idx)
			total := x.score
			for _, b := range names {
				rb := scores[b]
				if b == a || len(rb) == 0 {
					continue
				}
				top := rb[0].score
				gain := 0.0
				for _, y := range rb {
					if v := y.score + 2*affinity(px, g.place(y.idx)) - top; v > gain {
						gain = v
					}
				}
				total += gain
			}
			if total > bestScore {
				best, bestScore = x.idx, total
			}
		}
		second[a] = []weighted{{best, 1}}
	}
}

// affinity is how well two readings of two names fit one text.
func affinity(a, b *Place) float64 {
	if a == b || a.Country == "" || b.Country == "" || a.Country != b.Country {
		return 0
	}
	la, lb := a.Level(), b.Level()
	if la == 0 || lb == 0 {
		return 1.5 // a place and its country
	}
	v := 0.5
	if a.Admin1 != "" && a.Admin1 == b.Admin1 {
		v += 2 // one region, or a place in the region named
	}
	if la >= 2 && lb >= 2 && !latApart(a.Lat, b.Lat, 150) {
		if d := Distance(a.Lat, a.Lon, b.Lat, b.Lon); d < 50 {
			v += 2
		} else if d < 150 {
			v += 1
		}
	}
	return v
}

// weighted is a reading of a name and its weight (its prior probability).
type weighted struct {
	idx int32
	w   float64
}

type weightedPlace struct {
	*Place
	w float64
}

// plausible turns the scores of a name's readings into probabilities
// (a softmax) and keeps those of at least 5%, at most 8.
func plausible(all []scored) []weighted {
	if len(all) == 0 {
		return nil
	}
	top := math.Inf(-1)
	for _, s := range all {
		top = math.Max(top, s.score)
	}
	var z float64
	for _, s := range all {
		z += math.Exp(s.score - top)
	}
	var out []weighted
	for _, s := range all {
		if w := math.Exp(s.score-top) / z; w >= 0.05 {
			out = append(out, weighted{s.idx, w})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].w > out[j].w })
	if len(out) > 8 {
		out = out[:8]
	}
	return out
}

// choose scores the places a candidate may name and returns the best.
func (p *Parser) choose(toks []token, c cand, ctx *context, o Options) (scored, []scored) {
	g := p.G
	var qual []int32
	if strings.HasPrefix(c.cue, ", ") {
		qual = g.byKey.get(toks[c.j].key)
	}
	// the region sharing a city's name ("New York", "Washington"): the
	// largest of each country (a short list: a map each was an allocation
	// a candidate)
	type regionSize struct {
		country string
		pop     int64
	}
	var regionBuf [4]regionSize
	regionPop := regionBuf[:0]
	regionOf := func(country string) (int64, bool) {
		for _, r := range regionPop {
			if r.country == country {
				return r.pop, true
			}
		}
		return 0, false
	}
	for _, i := range c.idx {
		if g.level(i) != 1 {
			continue
		}
		pl := g.place(i)
		found := false
		for k := range regionPop {
			if regionPop[k].country == pl.Country {
				regionPop[k].pop = max(regionPop[k].pop, pl.Population)
				found = true
			}
		}
		if !found {
			regionPop = append(regionPop, regionSize{pl.Country, pl.Population})
		}
	}
	best := scored{score: math.Inf(-1)}
	var all []scored
	for _, i := range c.idx {
		pl := g.place(i)
		s := scored{idx: i}
		add := func(v float64, why string) {
			s.score += v
			if o.Explain {
				s.why = append(s.why, fmt.Sprintf("%+.1f %s", v, why))
			}
		}
		switch pl.Level() {
		case 0:
			add(10, "a country or continent")
		case 1:
			// a large region stands for its name more than a small one
			// (Mozambique's Gaza province is not Gaza)
			size := math.Max(0, math.Min(1, (math.Log10(float64(pl.Population)+1)-5)/1.5))
			if pl.Country == "USA" {
				size = 1
			}
			add(3+4*size, "a first-level region")
		case 2:
			add(7, "a county")
		default:
			if pl.Feature == "PPLC" {
				add(6, "a capital")
			} else if pl.Feature == "PPLA" {
				add(1.5, "a region's seat")
			}
			if rp, ok := regionOf(pl.Country); ok && (pl.Feature == "PPLC" || pl.Population*4 >= rp) {
				add(4, "the main city of a region of its name")
			}
		}
		// The reasons are written only for --explain (a Sprintf a reading
		// was an allocation each).
		why := ""
		if o.Explain {
			why = fmt.Sprintf("population %d", pl.Population)
		}
		add(math.Log10(float64(pl.Population)+1), why)
		if ctx != nil {
			if w := ctx.countries[pl.Country]; w > 0 && pl.Country != "" {
				if o.Explain {
					why = "the text's other places are in " + pl.Country
				}
				add(1+1.5*math.Min(w, 3), why)
			}
			if pl.Level() >= 1 && ctx.countries[pl.Country] == 0 {
				// near a country the text names: Gaza beside Israel
				for _, n := range ctx.nations {
					if !latApart(pl.Lat, n.Lat, 500) && Distance(pl.Lat, pl.Lon, n.Lat, n.Lon) < 500 {
						if o.Explain {
							why = "near " + n.Name + ", which the text names"
						}
						add(2.5, why)
						break
					}
				}
			}
			if pl.Level() >= 2 {
				if w := ctx.regions[region{pl.Country, pl.Admin1}]; w > 0 {
					if o.Explain {
						why = "the text's other places are in " + pl.Country + "." + pl.Admin1
					}
					add(2+math.Min(w, 3), why)
				}
				near := 0.0
				for _, q := range ctx.points {
					if q.Place != pl && !latApart(pl.Lat, q.Lat, 150) && Distance(pl.Lat, pl.Lon, q.Lat, q.Lon) < 150 {
						near += q.w
					}
				}
				if near > 0 {
					if o.Explain {
						why = fmt.Sprintf("%.1f of the text's places within 150 km", near)
					}
					add(1.5*math.Min(near, 3), why)
				}
			}
		}
		if pl.Level() == 1 {
			// "Washington state", "New York state" (not "Washington
			// State University")
			if c.j < len(toks) && toks[c.j].key == "state" && !toks[c.j].cap && !toks[c.j-1].commaAfter && !toks[c.j-1].periodEnd {
				add(8, "followed by \"state\"")
			}
			if c.listed == pl.Country {
				if o.Explain {
					why = "listed beside a region of " + pl.Country
				}
				add(6, why)
			}
		}
		if pl.Level() == 3 && townSlot(toks, c) {
			add(8, "where a person's age or a street address puts a town")
		}
		if kind, ok := strings.CutSuffix(c.cue, " of"); ok {
			if regionKinds[kind] && pl.Level() == 1 || townKinds[kind] && pl.Level() == 3 {
				if o.Explain {
					why = "after " + c.cue
				}
				add(5, why)
			}
		}
		for _, q := range qual {
			qp := g.place(q)
			if qp.Level() == 0 && qp.Country == pl.Country && pl.Level() > 0 {
				add(6, "followed by its country")
			}
			if qp.Level() == 1 && qp.Country == pl.Country && qp.Admin1 == pl.Admin1 && pl.Level() > 1 {
				add(10, "followed by its region")
			}
		}
		all = append(all, s)
		if s.score > best.score {
			best = s
		}
	}
	return best, all
}

func describe(p *Place) string {
	s := p.Name
	if p.Admin1 != "" && p.Level() > 1 {
		s += ", " + p.Admin1
	}
	if p.Level() > 0 {
		s += ", " + p.Country
	}
	return fmt.Sprintf("%s (%s)", s, p.Feature)
}

// latApart tells two points whose latitudes alone put them more than km
// apart (and 1 km more, for rounding): the great-circle distance is at
// least the arc between the two parallels, so Distance need not be
// computed.
func latApart(lat1, lat2, km float64) bool {
	return math.Abs(lat1-lat2)*(math.Pi/180)*6371 > km+1
}

// Distance is the great-circle distance in kilometres.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}
