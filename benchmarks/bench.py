#!/usr/bin/env python3
"""Throughput benchmark for `quotex extract`, compared against an I/O floor.

What is measured
----------------
1. A JSONL corpus of at least --mb MB (1 MB = 1,000,000 bytes) is built once
   by repeating the articles of ../shared/data/polnear/train.jsonl (only `id`
   and `text` are kept; copy N of article X gets id "X#rN").  If that file is
   missing, the .txt files in seeds/ are used as articles instead.  The corpus
   is cached under benchmarks/.cache/ (gitignored).
2. For every --jobs value, `CMD CORPUS --format jsonl --jobs N` runs as one
   child process.  Its stdout is read in 1 MiB chunks and only newlines are
   counted (records), optionally hashed with sha256 (--check-identical).
   Wall time runs from spawn to reaping; peak RSS is os.wait4() ru_maxrss
   for that child alone, taken inside a tiny `python -S` wrapper (a child
   spawned directly from this big process would inherit its RSS high-water
   mark, so readings under ~8 MB mean "no more than the wrapper").
3. Before the runs, the command runs once on an empty input, with
   PYTHONDONTWRITEBYTECODE removed from its environment (as for every run), so
   Python's bytecode caches exist as after any first run of an installed tool;
   the best of three such runs is printed as its start-up time.
4. The "I/O floor" is a child Python process that reads the corpus line by
   line, json-decodes each line and writes {"id":..., "n": len(text)} per
   article.  No extractor can be faster than that in pure Python, so it shows
   how much of quotex's time is real work.

How to read the table
---------------------
MB/s and articles/s are corpus throughput; records/s is output lines per
second.  "x floor" is quotex throughput divided by floor throughput (1.0 =
as fast as just parsing JSON; 0.05 = 20x slower).  "speedup" compares each
--jobs run against the first one given.  Peak RSS is the largest single
process (the child or any descendant it waited for), not the sum over workers.
With --repeat N the fastest of N runs is shown and RSS is the max over runs.
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
SEED_DIRS = [ROOT / "seeds", ROOT.parent / "shared" / "seeds"]
MB = 1_000_000
FLOOR_SRC = r"""
import json, sys
w = sys.stdout.write
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            a = json.loads(line)
            w(json.dumps({"id": a["id"], "n": len(a["text"])}) + "\n")
"""


def default_cmd():
    local = Path(sys.executable).parent / "quotex"
    return (shlex.quote(str(local)) if local.exists() else "quotex") + " extract"


def resolve_cmd(cmd):
    """Split --cmd; exit with a one-line error if its program is missing."""
    argv = shlex.split(cmd)
    if not argv or shutil.which(argv[0]) is None:
        sys.exit(f"error: command not found: {argv[0] if argv else cmd!r} "
                 "(install quotex with `pip install -e .` or pass --cmd)")
    return argv


def load_articles():
    """Return (label, [(id, text), ...]) from polnear or the seed .txt files."""
    if POLNEAR.is_file():
        with open(POLNEAR, encoding="utf-8") as f:
            arts = [(a["id"], a["text"]) for a in map(json.loads, f) if a.get("text")]
        return POLNEAR, arts
    for d in SEED_DIRS:
        files = sorted(d.glob("*.txt")) if d.is_dir() else []
        if files:
            return d, [(p.stem, p.read_text(encoding="utf-8")) for p in files]
    sys.exit(f"error: no articles found ({POLNEAR} missing, no seeds/*.txt)")


def build_corpus(mb):
    """Build (or reuse) the cached corpus; return (path, n_bytes, n_articles)."""
    src, arts = load_articles()
    st = src.stat()
    key = hashlib.sha256(f"{src}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:10]
    path = HERE / ".cache" / f"corpus-{src.stem}-{mb:g}mb-{key}.jsonl"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {path.relative_to(ROOT)} from {src} ...", file=sys.stderr)
        size, r = 0, 0
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent,
                                         delete=False, suffix=".tmp") as f:
            while size < mb * MB:
                for aid, text in arts:
                    line = json.dumps({"id": f"{aid}#r{r}", "text": text},
                                      ensure_ascii=False) + "\n"
                    f.write(line)
                    size += len(line.encode("utf-8"))
                    if size >= mb * MB:
                        break
                r += 1
        os.replace(f.name, path)
    n_articles = 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            n_articles += chunk.count(b"\n")
    return path, path.stat().st_size, n_articles


# Tiny wrapper (python -S: ~8 MB) that spawns the command and reports its own
# wall time and os.wait4() rusage.  Needed because a child spawned straight from
# this (large) process inherits our RSS high-water mark through fork/exec.
WRAP_SRC = r"""
import os, sys, time
t = time.perf_counter()
pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)
_, st, ru = os.wait4(pid, 0)
t = time.perf_counter() - t
with open(sys.argv[1], "w") as f:
    f.write(f"{t} {ru.ru_maxrss} {os.waitstatus_to_exitcode(st)}")
"""


def child_env():
    """The environment of every measured command: this one without PYTHONDONTWRITEBYTECODE,
    which would make each run compile the package's source again (pip writes the bytecode
    at install, and Python on the first run, unless that variable is set)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def start_up(argv, repeat=3):
    """Seconds of the command on an empty input (best of ``repeat``); the first run also
    writes the bytecode caches."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl") as empty:
        runs = [measure(argv + [empty.name, "--format", "jsonl"]) for _ in range(repeat)]
    failed = next((r for r in runs if r["rc"] != 0), None)
    if failed is not None:
        sys.exit(f"error: {shlex.join(argv)} exited with {failed['rc']} on an empty input: "
                 f"{failed['err'] or '(no stderr)'}")
    return min(r["wall"] for r in runs)


def measure(argv, want_hash=False, stdin_path=None):
    """Run argv as one child; return dict(wall, rss_mb, records, sha, rc, err).

    stdin_path (if given) is also connected to stdin, so stdin-only stand-ins work.
    """
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as res, \
            open(stdin_path or os.devnull, "rb") as inp:
        p = subprocess.Popen([sys.executable, "-S", "-c", WRAP_SRC, res.name] + argv,
                             stdin=inp, stdout=subprocess.PIPE, stderr=err, bufsize=0, env=child_env())
        h = hashlib.sha256() if want_hash else None
        records, fd = 0, p.stdout.fileno()
        while chunk := os.read(fd, 1 << 20):
            records += chunk.count(b"\n")
            if h:
                h.update(chunk)
        p.stdout.close()
        if p.wait() != 0:  # the wrapper itself failed (e.g. spawn error)
            err.seek(0)
            last = err.read().decode("utf-8", "replace").strip().splitlines() or ["?"]
            sys.exit(f"error: could not run {argv[0]}: {last[-1]}")
        wall, maxrss, rc = res.read().split()
        err.seek(0)
        tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
    rss = int(maxrss) * (1 if sys.platform == "darwin" else 1024)  # bytes vs KiB
    return {"wall": float(wall), "rss_mb": rss / MB, "records": records,
            "sha": h.hexdigest() if h else None, "rc": int(rc), "err": " | ".join(tail)}


def best_of(argv, repeat, want_hash, label, stdin_path=None):
    runs = []
    for _ in range(repeat):
        r = measure(argv, want_hash, stdin_path)
        if r["rc"] != 0:
            sys.exit(f"error: {label} exited with {r['rc']}: {r['err'] or '(no stderr)'}")
        runs.append(r)
    best = min(runs, key=lambda r: r["wall"])
    best["rss_mb"] = max(r["rss_mb"] for r in runs)
    best["shas"] = {r["sha"] for r in runs}
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 epilog="See the module docstring for how to read the table.")
    ap.add_argument("--cmd", default=default_cmd(),
                    help="extractor command; CORPUS --format jsonl --jobs N are appended "
                         "(default: quotex next to this python, else quotex on PATH)")
    ap.add_argument("--jobs", type=int, action="append", metavar="N",
                    help="worker count; repeat to compare (default: 1)")
    ap.add_argument("--mb", type=float, default=50, help="corpus size in MB (default 50)")
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs (default 1)")
    ap.add_argument("--markdown", action="store_true",
                    help="print a Markdown table with machine info for RESULTS.md")
    ap.add_argument("--check-identical", action="store_true",
                    help="sha256 each run's stdout and fail unless all are byte-identical")
    args = ap.parse_args()
    if args.repeat < 1 or args.mb <= 0 or any(j < 1 for j in args.jobs or []):
        ap.error("--repeat and --jobs must be >= 1, --mb > 0")
    jobs = args.jobs or [1]
    base = resolve_cmd(args.cmd)
    corpus, n_bytes, n_articles = build_corpus(args.mb)
    startup = start_up(base)

    rows = []
    for j in jobs:
        argv = base + [str(corpus), "--format", "jsonl", "--jobs", str(j)]
        print(f"running: {shlex.join(argv)}", file=sys.stderr)
        rows.append((f"quotex -j{j}", best_of(argv, args.repeat, args.check_identical,
                                                   f"jobs={j}", corpus)))
    print("running: I/O floor", file=sys.stderr)
    floor = best_of([sys.executable, "-c", FLOOR_SRC, str(corpus)], args.repeat, False, "floor")

    head = ["run", "MB/s", "articles/s", "records/s", "wall s", "peak RSS MB", "x floor", "speedup"]
    table = []
    for name, r in rows + [("I/O floor", floor)]:
        w = r["wall"]
        is_q = r is not floor
        table.append([name, f"{n_bytes / MB / w:.2f}", f"{n_articles / w:,.0f}",
                      f"{r['records'] / w:,.0f}", f"{w:.2f}", f"{r['rss_mb']:.1f}",
                      f"{floor['wall'] / w:.3f}" if is_q else "1.000",
                      f"{rows[0][1]['wall'] / w:.2f}" if is_q else "-"])

    info = (f"corpus: {corpus.name} ({n_bytes / MB:.1f} MB, {n_articles:,} articles); "
            f"cmd: {args.cmd}; best of {args.repeat}; start-up (empty input) {startup:.2f} s")
    if args.markdown:
        print(f"### quotex throughput, {datetime.date.today().isoformat()}\n")
        print(f"- machine: {os.cpu_count()} cores, {platform.platform()}, "
              f"Python {platform.python_version()}")
        print(f"- {info}\n")
        print("| " + " | ".join(head) + " |")
        print("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")
        for row in table:
            print("| " + " | ".join(row) + " |")
    else:
        print(info)
        widths = [max(len(x[i]) for x in [head] + table) for i in range(len(head))]
        for row in [head] + table:
            print("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                            for i, (c, w) in enumerate(zip(row, widths))))

    if args.check_identical:
        shas = set().union(*(r["shas"] for _, r in rows))
        if len(shas) != 1:
            detail = ", ".join(f"{n}={sorted(r['shas'])[0][:12]}" for n, r in rows)
            sys.exit(f"error: outputs differ across runs: {detail}")
        print(f"identical: all {len(rows) * args.repeat} quotex runs sha256={shas.pop()[:16]}...",
              file=sys.stderr)


if __name__ == "__main__":
    main()
