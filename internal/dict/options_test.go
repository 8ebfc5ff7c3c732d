package dict

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestOptionsApply(t *testing.T) {
	def := TabariOptions()
	tests := []struct {
		name  string
		lines []string
		check func(*Options) bool
		err   bool
	}{
		{"code by sentence", []string{"SET: CODE BY SENTENCE"}, func(o *Options) bool { return o.CodeBy == CodeBySentence }, false},
		{"code all then clause", []string{"SET: CODE ALL", "SET: CODE BY CLAUSE"}, func(o *Options) bool { return o.CodeBy == CodeByClause }, false},
		{"code all, spacing", []string{"set:   code   all"}, func(o *Options) bool { return o.CodeBy == CodeAll }, false},
		{"comma bounds", []string{"COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8"},
			func(o *Options) bool {
				return o.Comma == Comma{On: true, Min: 4, Max: 6, EMin: 3, EMax: 6, BMin: 3, BMax: 8}
			}, false},
		{"comma unspaced", []string{"COMMA: MIN=3 MAX=5"},
			func(o *Options) bool { return o.Comma.Min == 3 && o.Comma.Max == 5 && o.Comma.EMax == def.Comma.EMax }, false},
		{"comma off", []string{"COMMA: OFF"}, func(o *Options) bool { return !o.Comma.On }, false},
		{"comma bad number", []string{"COMMA: MIN = x"}, nil, true},
		{"comma unknown bound", []string{"COMMA: FOO = 3"}, nil, true},
		{"comma dangling", []string{"COMMA: MIN = 3 MAX"}, nil, true},
		{"convert agent", []string{"SET: CONVERT AGENT = TRUE"}, func(o *Options) bool { return o.ConvertAgent }, false},
		{"convert agent off", []string{"SET: CONVERT AGENT = TRUE", "SET: CONVERT AGENT = FALSE"}, func(o *Options) bool { return !o.ConvertAgent }, false},
		{"bad flag", []string{"SET: CONVERT AGENT = MAYBE"}, nil, true},
		{"minimum words, trailing text", []string{"SET: MINIMUM WORDS = 4  */"}, func(o *Options) bool { return o.MinWords == 4 }, false},
		{"minimum words bad", []string{"SET: MINIMUM WORDS = many"}, nil, true},
		{"default", []string{"DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"},
			func(o *Options) bool {
				return o.Default == Defaults{Source: "DEFSRC", Target: "DEFTAR", Prior: true, After: true}
			}, false},
		{"default off", []string{"DEFAULT: SOURCE [X] PRIOR", "DEFAULT: OFF"}, func(o *Options) bool { return o.Default == Defaults{} }, false},
		{"default stray code", []string{"DEFAULT: [X]"}, nil, true},
		{"complex", []string{"COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN"},
			func(o *Options) bool { return o.Complex == Complexity{Verbs: 5, Conj: 4, NoActorPrior: true} }, false},
		{"complex bad", []string{"COMPLEX: VERBS[x]"}, nil, true},
		{"forward", []string{"FORWARD: ^^*****NNN*SSS"}, func(o *Options) bool { return o.Forward == "^^*****NNN*SSS" }, false},
		{"forward off", []string{"FORWARD: ^^*****NNN*SSS", "FORWARD: ^^*****NNN*SSS OFF"}, func(o *Options) bool { return o.Forward == "" }, false},
		{"label", []string{"LABEL: 010=YIELD"}, func(o *Options) bool { return o.Labels["010"] == "YIELD" }, false},
		{"output ignored", []string{"OUTPUT: ACTOR MATCH ID"}, func(o *Options) bool { return reflect.DeepEqual(o.Comma, def.Comma) }, false},
		{"unknown", []string{"FROB: 1"}, nil, true},
		{"no colon", []string{"SET CODE ALL"}, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := TabariOptions()
			var err error
			for _, l := range tc.lines {
				err = errors.Join(err, o.Apply(l))
			}
			if (err != nil) != tc.err {
				t.Fatalf("err = %v, want error %v", err, tc.err)
			}
			if tc.check != nil && !tc.check(o) {
				t.Errorf("options after %q: %+v", tc.lines, o)
			}
		})
	}
}

func TestOptionsCloneIndependent(t *testing.T) {
	a := TabariOptions()
	if err := a.Apply("LABEL: 010=YIELD"); err != nil {
		t.Fatal(err)
	}
	b := a.Clone()
	if err := b.Apply("LABEL: 011=SURRENDER"); err != nil {
		t.Fatal(err)
	}
	if err := b.Apply("SET: CODE ALL"); err != nil {
		t.Fatal(err)
	}
	if len(a.Labels) != 1 || len(a.Raw) != 1 || a.CodeBy != CodeByClause {
		t.Errorf("changing the clone changed the original: %+v", a)
	}
}

func TestReadTabariOptions(t *testing.T) {
	in := "// comment\n# comment\nSET: CODE ALL\n\nCOMMA: MIN = 3\nBOGUS LINE\n~~~~~\nSET: CODE BY SENTENCE\n"
	o, err := ReadTabariOptions(strings.NewReader(in), "x.options")
	var es Errors
	if !errors.As(err, &es) || len(es) != 1 || es[0].Pos.Line != 6 {
		t.Fatalf("want one error on line 6, got %v", err)
	}
	if o.CodeBy != CodeAll {
		t.Errorf("the line after ~ was read: CodeBy %v", o.CodeBy)
	}
	if o.Comma.Min != 3 || o.Comma.Max != TabariOptions().Comma.Max {
		t.Errorf("comma %+v", o.Comma)
	}
}

func FuzzTabariOptions(f *testing.F) {
	f.Add("SET: CODE ALL\nCOMMA: MIN = 4 MAX = 6\nDEFAULT: SOURCE [X] PRIOR\nCOMPLEX: VERBS[5]\nFORWARD: ^^NNN*SSS\n")
	f.Add("COMMA: MIN=\nDEFAULT: SOURCE [X\nSET: MINIMUM WORDS = -1\n")
	f.Fuzz(func(t *testing.T, s string) {
		o, err := ReadTabariOptions(strings.NewReader(s), "f")
		if o == nil && err == nil {
			t.Fatal("no options and no error")
		}
		if o != nil && (o.MinWords < 0 || o.Comma.Min < 0 || o.Complex.Verbs < 0) {
			t.Fatalf("negative bound: %+v", o)
		}
	})
}
