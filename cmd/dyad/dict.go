package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"dyad/internal/dict"
)

func init() {
	register(&command{
		name:    "dict",
		args:    "check FILE...",
		summary: "validate dictionary files (PETRARCH2, Phoenix, TABARI, dyad) and print counts",
		example: "dyad dict check CAMEO.2.0.txt Phoenix.Countries.actors.txt TABARI.Demo.verbs",
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			return func(ctx context.Context, args []string) error {
				if len(args) < 2 || args[0] != "check" {
					return usagef("usage: dyad dict check FILE...")
				}
				bad := 0
				for _, p := range args[1:] {
					f, err := dict.Load(p, "")
					var es dict.Errors
					switch {
					case err != nil && errors.As(err, &es):
						for _, x := range es {
							fmt.Fprintln(e.stdout, x.Error())
						}
						bad++
					case err != nil:
						return err
					}
					if f != nil {
						fmt.Fprintf(e.stdout, "%s: %s (%s format): %s", p, f.Kind, f.Format, f.Counts())
						if len(es) > 0 {
							fmt.Fprintf(e.stdout, "; %d bad entries", len(es))
						}
						fmt.Fprintln(e.stdout)
					}
				}
				if bad > 0 {
					return fmt.Errorf("%d of %d files have bad entries", bad, len(args)-1)
				}
				return nil
			}
		},
	})
}
