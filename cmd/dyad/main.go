// Command dyad turns news articles into clean, deduplicated,
// evidence-backed political event data. Each subcommand lives in a file of
// its own and registers itself; main only parses the command line, maps
// errors to exit codes and prints them as one line on stderr.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"sort"
	"strings"
	"sync/atomic"
	"syscall"
)

// version is the dyad version, set at build time with -ldflags "-X main.version=…".
var version = "0.1.0"

// command is one subcommand.
type command struct {
	name    string
	args    string // usage after the flags, e.g. "INPUT..."
	summary string // one line for the command list
	example string // shown by --help
	// flags declares the command's flags on fs and returns the function
	// that runs the command with the remaining arguments.
	flags func(fs *flag.FlagSet, e *env) func(ctx context.Context, args []string) error
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

// env is what a command may touch: its streams and the global options.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	verbose        bool
	log            *slog.Logger
}

// errSomeFailed is returned by a command that did its job but some of
// whose inputs failed (each stored as a failed row and named on stderr):
// exit code 3.
var errSomeFailed = errors.New("some inputs failed")

// usageError is bad usage: exit code 2.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// stopSignal is the signal that stopped the command (SIGINT, SIGTERM), if
// one did: the exit code is then 128 + its number.
var stopSignal atomic.Value

// defaultMemoryLimit is the Go runtime's soft memory limit unless
// $GOMEMLIMIT sets one: the collector works harder near it instead of
// letting the heap double (a 2 MB punctuated document: peak RSS 699 →
// 605 MB). It leaves room under 512 MB for the memory the runtime does
// not see: the program itself (~45 MB resident) and SQLite's page caches
// and copies of a row being written (~170 MB more for the 60 MB row of a
// 9.9 MB document, which is stored after the heap is given back). At 512
// MiB the places stage of a 9.9 MB document, ~310 MB live, let the heap
// reach ~480 MB (peak RSS ~530 MB); at 400 MiB, 446 MB.
const defaultMemoryLimit = 400 << 20

// defaultGCPercent is the collector's GOGC unless $GOGC sets one: the heap
// may grow by half its live size between collections instead of doubling.
// The dictionaries and gazetteer leave much garbage while they load, and
// a document's stages more: peak RSS of a one-line ingest 311 → 256 MB,
// 1 MB punctuated document 387–444 → 348–362 MB, 1,002 Reuters and BBC
// records 387–400 → 294–311 MB, CPU within the noise (6.07/5.86 →
// 5.49/6.06 s, load 15–18).
const defaultGCPercent = 50

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(defaultGCPercent)
	}
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		// The first signal stops the command, which commits what is done;
		// a second one exits at once.
		sig := <-sigs
		stopSignal.Store(sig)
		cancel()
		sig = <-sigs
		os.Exit(signalCode(sig))
	}()
	wait := func() {}
	if path := os.Getenv(heapProfileEnv); path != "" {
		wait = watchHeap(ctx, path)
	}
	stopCPU := func() {}
	if path := os.Getenv(cpuProfileEnv); path != "" {
		stopCPU = startCPUProfile(path)
	}
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stopCPU()
	cancel()
	wait()
	os.Exit(code)
}

// signalCode is the exit code for a command stopped by sig: 128 + its
// number (130 for SIGINT, 143 for SIGTERM).
func signalCode(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 130
}

// run executes one command line and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 {
			return run(ctx, []string{args[1], "--help"}, stdin, stdout, stderr)
		}
		printUsage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	if args[0] == "version" || args[0] == "--version" {
		fmt.Fprintf(stdout, "dyad %s\n", version)
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "dyad: unknown command %q (run 'dyad --help' for the list)\n", args[0])
		return 2
	}
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	fs := flag.NewFlagSet("dyad "+c.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&e.verbose, "v", false, "verbose: structured logs on stderr")
	runFn := c.flags(fs, e)
	usage := func(w io.Writer) {
		fmt.Fprintf(w, "Usage: dyad %s [flags] %s\n\n%s\n\nFlags:\n", c.name, c.args, c.summary)
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(stderr)
		if c.example != "" {
			fmt.Fprintf(w, "\nExample:\n%s\n", indent(c.example))
		}
	}
	fs.Usage = func() {} // printed below, once: --help on stdout, after an error on stderr
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(stdout)
			return 0
		}
		usage(stderr) // flag printed the error
		return 2
	}
	level := slog.LevelWarn
	if e.verbose {
		level = slog.LevelDebug
	}
	e.log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	if err := runFn(ctx, fs.Args()); err != nil {
		if sig, ok := stopSignal.Load().(os.Signal); ok && ctx.Err() != nil && errors.Is(err, context.Canceled) {
			fmt.Fprintf(stderr, "dyad %s: stopped (%s); what was done is kept\n", c.name, sig)
			return signalCode(sig)
		}
		fmt.Fprintf(stderr, "dyad %s: %s\n", c.name, oneLine(err.Error()))
		var u usageError
		if errors.As(err, &u) {
			return 2
		}
		if errors.Is(err, errSomeFailed) {
			return 3
		}
		return 1
	}
	return 0
}

func printUsage(w io.Writer) {
	fmt.Fprintf(w, "dyad %s: news articles in, deduplicated political event data out.\n\nUsage: dyad COMMAND [flags] [args]\n\nCommands:\n", version)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprintf(w, "\nRun 'dyad COMMAND --help' for a command's flags and an example.\n")
}

func indent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return strings.Join(lines, "\n")
}

func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\r", " ")
	return strings.ReplaceAll(s, "\n", " ")
}
