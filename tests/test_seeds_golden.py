"""Golden output for the seed articles in seeds/.

``tests/golden/<seed name>.jsonl`` holds exactly what

    quotex extract seeds/<seed name>.txt --format jsonl

prints when run from the repository root. The test runs the CLI the same way and compares the
output byte for byte. When the extractor changes on purpose, regenerate the golden files,
read the diff (``git diff tests/golden``) and commit it with the change:

    QUOTEX_UPDATE_GOLDEN=1 python -m pytest tests/test_seeds_golden.py
"""
from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("QUOTEX_UPDATE_GOLDEN") == "1"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    env.pop("FORCE_COLOR", None)
    return subprocess.run([sys.executable, "-m", "quotex", *args], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_there_are_seeds():
    assert len(SEEDS) == 2, SEEDS


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_seed_output_matches_golden_file(seed):
    proc = run_cli("extract", f"seeds/{seed.name}", "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    golden = GOLDEN / f"{seed.stem}.jsonl"
    if UPDATE:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(proc.stdout, encoding="utf-8", newline="\n")
        pytest.skip(f"regenerated {golden.relative_to(ROOT)}")
    assert golden.exists(), (f"no golden file {golden.relative_to(ROOT)}; create it with "
                             "QUOTEX_UPDATE_GOLDEN=1 python -m pytest tests/test_seeds_golden.py")
    expected = golden.read_text(encoding="utf-8")
    if proc.stdout != expected:
        diff = "\n".join(difflib.unified_diff(expected.splitlines(), proc.stdout.splitlines(),
                                              "golden", "now", lineterm=""))
        pytest.fail(f"output differs from {golden.relative_to(ROOT)} (regenerate with "
                    f"QUOTEX_UPDATE_GOLDEN=1 if the change is intended):\n{diff}")


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.jsonl")), ids=lambda p: p.stem)
def test_golden_files_are_consistent(golden):
    """Every golden record slices its own seed: text[start:end] == quote."""
    text = (ROOT / "seeds" / f"{golden.stem}.txt").read_text(encoding="utf-8")
    records = [json.loads(line) for line in golden.read_text(encoding="utf-8").splitlines()]
    assert records
    assert [r["index"] for r in records] == list(range(len(records)))
    for r in records:
        assert r["doc"] == f"seeds/{golden.stem}.txt"
        assert text[r["start"]:r["end"]] == r["quote"]


def test_table_for_the_seeds_names_the_speakers():
    proc = run_cli("extract", "seeds/")
    assert proc.returncode == 0, proc.stderr
    for name in ("Dmitry Peskov", "Maria Zakharova", "John Kirby", "Karine Jean-Pierre", "Sergei Lavrov"):
        assert name in proc.stdout, name
