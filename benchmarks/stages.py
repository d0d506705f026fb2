#!/usr/bin/env python3
"""Where the time goes inside `quotex.extract`, stage by stage, and what the rules cost.

What is measured
----------------
The articles of ../shared/data/polnear/train.jsonl (or the seed .txt files when it is
missing) are held in memory and run through `quotex.extract` --repeat times; the best run
counts.  Each stage function is wrapped with a timer for one extra run, so the table shows
the share of each stage (wrapping costs a little, so the shares add up to a bit more than
the plain run).  No process start, no JSON: this is the library alone.

With --case NAME the text is one of `adversarial.py`'s hostile inputs instead (1 MB).

"records to JSONL" is the cost of writing the records `extract` returned as JSON lines, as
`--format jsonl` does; with many short records it is a large part of the whole.

The "skeleton" is the least any design of these rules has to do: fold the quote marks, find
paragraphs, quotations, sentences and cues, and read the characters before each cue outside
a quotation (attribute.WINDOW of them, within its sentence, for at most
MAX_CUES_PER_SENTENCE cues a sentence) into tokens once, where its speaker is looked for.
It applies no rule, builds no record and resolves no speaker. Its MB/s is a ceiling for the
library's throughput in one process, whatever the rules.

"command with no rules" adds to the skeleton what the whole command cannot avoid: its start-up
(`quotex extract` on an empty input, as bench.py measures it) and writing the records as JSON
lines. It is a ceiling for `quotex extract` in one process on this input, whatever the rules
cost; on a corpus large enough for the start-up not to count (bench.py's 50 MB), the ceiling is
the skeleton and the JSON alone.

Usage:  python benchmarks/stages.py [--repeat N] [--case NAME] [--cmd CMD]
"""
import argparse
import sys
import time
from bisect import bisect_left, bisect_right
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from adversarial import cases  # noqa: E402
from bench import default_cmd, load_articles, resolve_cmd, start_up  # noqa: E402

import quotex  # noqa: E402
from quotex import attribute as attribute_stage, pipeline  # noqa: E402
from quotex.attribute import MAX_CUES_PER_SENTENCE, WINDOW  # noqa: E402
from quotex.cues import find_cues  # noqa: E402
from quotex.mentions import tokenize  # noqa: E402
from quotex.normalize import working_copy  # noqa: E402
from quotex.quotes import find_quotes  # noqa: E402
from quotex.render import jsonl_text  # noqa: E402
from quotex.sentences import paragraphs, sentences  # noqa: E402


def best(fn, texts, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        for text in texts:
            fn(text)
        times.append(time.perf_counter() - t)
    return min(times)


def skeleton(text):
    work = working_copy(text)
    paras = paragraphs(work)
    quotes = find_quotes(text, work, paras)
    sents = sentences(work, paras, [(q.open, q.close) for q in quotes])
    opens, cues = [q.open for q in quotes], find_cues(work)
    cue_starts = [c.start for c in cues]
    for sent in sents:          # (as the rules do, no more than MAX_CUES_PER_SENTENCE each)
        first = bisect_left(cue_starts, sent.start)
        for cue in cues[first:min(first + MAX_CUES_PER_SENTENCE, bisect_left(cue_starts, sent.end))]:
            k = bisect_right(opens, cue.start) - 1
            if k < 0 or quotes[k].close < cue.start:
                tokenize(work, max(sent.start, cue.start - WINDOW), cue.start)


def stage_times(texts):
    """Seconds per stage over one run, by wrapping the stage functions in place."""
    spent = Counter()

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - t
        return wrapper

    saved = []
    for module, names in ((pipeline, ["working_copies", "paragraphs", "find_quotes", "sentences", "find_cues",
                                      "attribute"]),
                          (attribute_stage, ["speaker_lines", "block_quotes", "reported", "quoted",
                                             "colon_paragraphs"])):
        for name in names:
            saved.append((module, name, getattr(module, name)))
            setattr(module, name, timed(name, getattr(module, name)))
    saved.append((pipeline.Resolver, "resolve", pipeline.Resolver.resolve))
    pipeline.Resolver.resolve = timed("resolve", pipeline.Resolver.resolve)
    try:
        t = time.perf_counter()
        for text in texts:
            quotex.extract(text)
        total = time.perf_counter() - t
    finally:
        for module, name, fn in saved:
            setattr(module, name, fn)
    return total, spent


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    ap.add_argument("--case", choices=sorted(cases(1)), help="a hostile input of adversarial.py (1 MB)")
    ap.add_argument("--cmd", default=default_cmd(),
                    help="the command whose start-up counts in the no-rules ceiling (default: as bench.py)")
    args = ap.parse_args()
    if args.case:
        source, texts = f"adversarial case {args.case}", [cases(1_000_000)[args.case][1]]
    else:
        source, articles = load_articles()
        texts = [text for _, text in articles]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{source}: {len(texts)} articles, {size:.2f} MB; best of {args.repeat}")
    full = best(quotex.extract, texts, args.repeat)
    records = [quotex.extract(text) for text in texts]
    render = best(jsonl_text, records, args.repeat)
    floor = best(skeleton, texts, args.repeat)
    print(f"{'quotex.extract':<28}{size / full:6.2f} MB/s  ({full:.3f} s, {sum(map(len, records)):,} records)")
    print(f"{'records to JSONL':<28}{size / render:6.2f} MB/s  ({render:.3f} s)")
    print(f"{'skeleton (no rules)':<28}{size / floor:6.2f} MB/s  ({floor:.3f} s)")
    startup = start_up(resolve_cmd(args.cmd))
    ceiling = startup + floor + render     # one process for the whole input
    print(f"{'command with no rules':<28}{size / ceiling:6.2f} MB/s  ({ceiling:.3f} s: start-up "
          f"{startup:.2f} s + skeleton + JSON; {size / (floor + render):.2f} MB/s without the start-up)")
    total, spent = stage_times(texts)
    print(f"\nstage{'':<23}{'s':>6}  share   (one timed run, {total:.3f} s)")
    inner = {"speaker_lines", "block_quotes", "reported", "quoted", "colon_paragraphs"}
    for name, seconds in spent.most_common():
        label = ("  attribute." if name in inner else "") + name
        print(f"{label:<28}{seconds:6.3f}  {seconds / total:5.1%}")


if __name__ == "__main__":
    main()
