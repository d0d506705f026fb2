#!/usr/bin/env python3
"""Adversarial-input check for `quotex extract`: hostile text must stay fast.

What is measured
----------------
Each case below is generated in memory (deterministically, ~--mb MB of UTF-8,
1 MB = 1,000,000 bytes), written to a temporary .txt file and run as
`CMD FILE --format jsonl` in its own child process (the file is also on stdin
so stdin-only stand-ins work).  Per case we report the input size, wall
seconds, MB/s, the child's peak RSS (os.wait4() inside a tiny `python -S`
wrapper, so readings around 8 MB mean "no more than the wrapper"), the number
of output records, and the exit code.  As in bench.py, the command runs
without PYTHONDONTWRITEBYTECODE and once on an empty input first, so its
bytecode caches exist as in any installed tool; that start-up time is printed.

How to read it
--------------
These inputs target regex backtracking, quadratic scans and unbounded
buffering.  A case FAILs if it exits non-zero, is killed by --timeout, runs
below --min-mbps, or takes more than --max-s-per-mb seconds per MB.  The
script exits 1 if any case fails, else 0.  Slow-but-passing cases are the
ones to profile first; RSS far above a few times the input size hints at
per-character objects or accumulated state.
"""
import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

MB = 1_000_000
WORDS = ("the minister government officials plan budget week city council report "
         "people vote election campaign party leader press statement told reporters "
         "new law court police house senate economy health school").split()
NAMES = ("John Smith;Mary Jones;Angela Merkel;Senate Majority Leader Mitch McConnell;"
         "White House Press Secretary;Prime Minister Boris Johnson;the United Nations "
         "Security Council;Chief Executive Officer Jane Doe").split(";")
CAPS = " ".join(NAMES).replace("the ", "").split() + [w.capitalize() for w in WORDS]
# The same tiny wrapper as bench.py: our own RSS stays out of the child's ru_maxrss.
from bench import WRAP_SRC, child_env, default_cmd, resolve_cmd, start_up  # noqa: E402


def fill(piece_fn, n_bytes, sep=""):
    """Concatenate piece_fn() outputs until the UTF-8 size reaches n_bytes."""
    parts, size = [], 0
    while size < n_bytes:
        p = piece_fn() + sep
        parts.append(p)
        size += len(p.encode("utf-8"))
    return "".join(parts)


def rep(s, n_bytes):
    return s * max(1, -(-n_bytes // len(s.encode("utf-8"))))


def sentences(rng):
    w = lambda k: " ".join(rng.choice(WORDS) for _ in range(k))
    if rng.random() < 0.15:
        return "\n\n"
    return rng.choice([
        lambda: f"The {w(6)} on Monday. ",
        lambda: f"“{w(5).capitalize()},” he said. ",
        lambda: f"{rng.choice(NAMES)} said the {w(4)} would wait. ",
        lambda: f"“{w(3).capitalize()} {w(3)}?” asked {rng.choice(NAMES)}. ",
    ])()


def cases(n):
    """name -> (description, text of ~n bytes).  Deterministic (seeded)."""
    rng = random.Random(1234)
    no_stop = lambda: rng.choice(WORDS + ["said"] * 3) + ("," if rng.random() < 0.15 else "")
    return {
        "curly-open": ("only “ marks", rep("“", n)),
        "straight": ('only " marks', rep('"', n)),
        "no-full-stop": ("one paragraph, words/commas/said, no full stop",
                         fill(no_stop, n, " ")),
        "unclosed-open": ("“ at start, then normal quoted prose",
                          "“The minister said the plan would wait. " + fill(lambda: sentences(rng), n)),
        "short-quotes": ("“Yes,” he said. repeated (one paragraph)",
                         rep("“Yes,” he said. ", max(n, 10_000 * 17))),
        "apostrophes": ("apostrophes and single quotes ' ‘ ’", rep("'‘’'’ ‘", n)),
        "capitalised": ("capitalised words, no punctuation",
                        fill(lambda: rng.choice(CAPS), n, " ")),
        "said-said": ("said said said ...", rep("said ", n)),
        "according-to": ("According to X, repeated on one line",
                         rep("According to John Smith, ", n)),
        "spaces-after-cue": ("“Ruiz said” then 1 MB of spaces", "Ruiz said" + " " * n + "it."),
        "to-say": ("one sentence: a subject, filler, then “to say y” repeated",
                   "Ruiz " + rep("x ", n // 2) + rep(" to say y", n // 2)),
        "commas": ("“Ruiz said” then 1 MB of commas", "Ruiz said" + "," * n),
        "full-stops": ("“Ruiz said that” then 1 MB of full stops", "Ruiz said that " + "." * n),
        "adverbials": ("a quotation, its cue, then 1 MB of “ on Monday”, then more text",
                       "“We won,” said Ana Ruiz" + rep(" on Monday", n) + " x. “We lost.”"),
        "spaced-stops": ("a pronoun object, then “ .” repeated, then a quotation",
                         "Ruiz mentioned it in the" + rep(" .", n) + "“x, y” show."),
        "short-lines": ("a line of one letter, repeated (500,000 paragraphs)", rep("x\n", n)),
    }


def run_case(argv, path, timeout):
    """Run argv on path in a wrapper; return (seconds, rss_mb, records, rc, note)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as res, open(path, "rb") as inp:
        p = subprocess.Popen([sys.executable, "-S", "-c", WRAP_SRC, res.name] + argv,
                             stdin=inp, stdout=out, stderr=err, start_new_session=True, env=child_env())
        killed = []

        def kill():  # the wrapper leads its own process group: kill it and the command
            killed.append(1)
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        timer = threading.Timer(timeout, kill)
        timer.start()
        p.wait()
        timer.cancel()
        if killed:
            return timeout, float("nan"), 0, -9, f"killed after {timeout:g}s timeout"
        fields = res.read().split()
        err.seek(0)
        tail = err.read().decode("utf-8", "replace").strip().splitlines()
        if len(fields) != 3:
            return 0.0, float("nan"), 0, p.returncode, (tail or ["wrapper failed"])[-1]
        out.seek(0)
        records = sum(c.count(b"\n") for c in iter(lambda: out.read(1 << 20), b""))
        rss = int(fields[1]) * (1 if sys.platform == "darwin" else 1024) / MB
        return float(fields[0]), rss, records, int(fields[2]), (tail[-1] if tail else "")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 epilog="See the module docstring for how to read the output.")
    ap.add_argument("--cmd", default=default_cmd(),
                    help="extractor command; FILE --format jsonl are appended "
                         "(default: quotex next to this python, else quotex on PATH)")
    ap.add_argument("--mb", type=float, default=1.0, help="size of each case in MB (default 1)")
    ap.add_argument("--min-mbps", type=float, default=1.0,
                    help="fail a case below this many MB/s (default 1.0)")
    ap.add_argument("--max-s-per-mb", type=float, default=2.0,
                    help="fail a case above this many seconds per MB (default 2.0)")
    ap.add_argument("--timeout", type=float, default=None,
                    help="kill a case after this many seconds (default: max(30, 20*mb))")
    ap.add_argument("--only", action="append", metavar="NAME",
                    help="run only this case (repeatable); see --list")
    ap.add_argument("--list", action="store_true", help="list case names and exit")
    args = ap.parse_args()

    n = int(args.mb * MB)
    all_cases = cases(n)
    if args.list:
        for name, (desc, _) in all_cases.items():
            print(f"{name:14} {desc}")
        return 0
    unknown = set(args.only or []) - set(all_cases)
    if unknown:
        sys.exit(f"error: unknown case(s): {', '.join(sorted(unknown))} (see --list)")
    base = resolve_cmd(args.cmd)
    timeout = args.timeout or max(30.0, 20 * args.mb)
    startup = start_up(base)     # (also writes the bytecode caches before the first case)

    head = ["case", "MB", "seconds", "MB/s", "peak RSS MB", "records", "exit", "result"]
    print(f"cmd: {args.cmd}   limits: >= {args.min_mbps:g} MB/s, "
          f"<= {args.max_s_per_mb:g} s/MB, timeout {timeout:g}s; start-up (empty input) {startup:.2f} s")
    print(f"{head[0]:14} {head[1]:>6} {head[2]:>8} {head[3]:>8} {head[4]:>11} "
          f"{head[5]:>8} {head[6]:>5}  {head[7]}")
    failed = []
    with tempfile.TemporaryDirectory(prefix="quotex-adv-") as tmp:
        for name, (desc, text) in all_cases.items():
            if args.only and name not in args.only:
                continue
            path = Path(tmp) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            size = path.stat().st_size / MB
            secs, rss, records, rc, note = run_case(base + [str(path), "--format", "jsonl"],
                                                    path, timeout)
            mbps = size / secs if secs > 0 else float("inf")
            why = [w for w, bad in [(f"exit {rc}", rc != 0),
                                    (f"< {args.min_mbps:g} MB/s", mbps < args.min_mbps),
                                    (f"> {args.max_s_per_mb:g} s/MB",
                                     secs / size > args.max_s_per_mb)] if bad]
            result = "ok" if not why else "FAIL: " + "; ".join(why)
            if why:
                failed.append(name)
                if note:
                    result += f" ({note[:80]})"
            print(f"{name:14} {size:6.2f} {secs:8.2f} {mbps:8.2f} {rss:11.1f} "
                  f"{records:8d} {rc:5d}  {result}", flush=True)
            path.unlink()
    print(f"{len(failed)} failed: {', '.join(failed)}" if failed else "all cases passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
