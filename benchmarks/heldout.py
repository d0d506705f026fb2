#!/usr/bin/env python3
"""How far dev's scores are from text the rules have not been tuned on: dev-sized samples of train.

PolNeAR's test split is not in ../shared, so it cannot be scored. This draws --samples random
samples of train articles, each as large as dev (84 articles; seeded, so the same samples every
run), scores quotex's output on each with ../shared/eval/score.py --lenient-inside, and prints
the mean, standard deviation, minimum and maximum of each group's e2e F1 next to dev's.  If dev
sits several standard deviations above the samples, dev is easier than the rest of the data and
a held-out split is likely to score nearer the samples' mean than dev.

quotex runs once over train and once over dev; the samples are cut from those outputs.

Usage:  python benchmarks/heldout.py [--samples N] [--seed S]
"""
import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "polnear"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def extract(gold: Path, out: Path) -> None:
    with open(out, "w", encoding="utf-8") as f:
        subprocess.run([sys.executable, "-m", "quotex", "extract", str(gold), "--format", "jsonl"],
                       stdout=f, check=True, cwd=ROOT)


def e2e(gold: Path, pred: Path) -> dict[str, float]:
    """score.py's e2e_f1 per group."""
    text = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--lenient-inside"],
                          capture_output=True, text=True, check=True).stdout
    lines = text.splitlines()
    head = lines[0].split()
    col = head.index("e2e_f1")
    return {row.split()[0]: float(row.split()[col]) for row in lines[1:] if row.strip()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--samples", type=int, default=30, help="number of samples (default 30)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = ap.parse_args()
    if not (DATA / "train.jsonl").is_file() or not SCORER.is_file():
        sys.exit(f"error: needs {DATA}/train.jsonl, dev.jsonl and {SCORER}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        extract(DATA / "train.jsonl", tmp / "train.pred.jsonl")
        extract(DATA / "dev.jsonl", tmp / "dev.pred.jsonl")
        dev = e2e(DATA / "dev.jsonl", tmp / "dev.pred.jsonl")
        gold = [json.loads(line) for line in open(DATA / "train.jsonl", encoding="utf-8")]
        preds: dict[str, list[str]] = {}
        for line in open(tmp / "train.pred.jsonl", encoding="utf-8"):
            preds.setdefault(json.loads(line)["doc"], []).append(line)
        size = sum(1 for _ in open(DATA / "dev.jsonl", encoding="utf-8"))
        rng = random.Random(args.seed)
        runs: dict[str, list[float]] = {}
        for _ in range(args.samples):
            sample = rng.sample(gold, size)
            with open(tmp / "g.jsonl", "w", encoding="utf-8") as g, open(tmp / "p.jsonl", "w", encoding="utf-8") as p:
                for article in sample:
                    g.write(json.dumps(article, ensure_ascii=False) + "\n")
                    p.writelines(preds.get(article["id"], []))
            for group, value in e2e(tmp / "g.jsonl", tmp / "p.jsonl").items():
                runs.setdefault(group, []).append(value)
    print(f"{args.samples} samples of {size} train articles (seed {args.seed}), e2e_f1 with --lenient-inside")
    print(f"{'group':<10}{'mean':>7}{'sd':>7}{'min':>7}{'max':>7}{'dev':>7}")
    for group, values in runs.items():
        print(f"{group:<10}{statistics.mean(values):7.3f}{statistics.stdev(values):7.3f}"
              f"{min(values):7.3f}{max(values):7.3f}{dev[group]:7.3f}")


if __name__ == "__main__":
    main()
