"""The benchmark scripts run end to end on tiny inputs and print their tables. Their figures
are not checked here: speed is measured by running the scripts, never by a timed test."""
from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
QUOTEX = shlex.join([sys.executable, "-m", "quotex", "extract"])


def run_script(name: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BENCHMARKS / name), "--cmd", QUOTEX, *args],
                          capture_output=True, text=True, timeout=300)


def test_bench_prints_quotex_the_floor_and_the_start_up_time():
    r = run_script("bench.py", "--mb", "0.05", "--jobs", "1", "--jobs", "2", "--check-identical")
    assert r.returncode == 0, r.stderr
    assert "start-up (empty input)" in r.stdout
    rows = [line.split()[0:2] for line in r.stdout.splitlines()]
    assert ["quotex", "-j1"] in rows and ["quotex", "-j2"] in rows and ["I/O", "floor"] in rows
    assert "identical: all 2 quotex runs" in r.stderr


def test_adversarial_reports_each_case_it_is_asked_for():
    r = run_script("adversarial.py", "--mb", "0.01", "--only", "said-said", "--only", "short-quotes",
                   "--min-mbps", "0", "--max-s-per-mb", "1000")
    assert r.returncode == 0, r.stdout + r.stderr
    cases = {line.split()[0]: line.split()[-1] for line in r.stdout.splitlines()[2:-1]}
    assert cases == {"said-said": "ok", "short-quotes": "ok"}
    assert r.stdout.splitlines()[-1] == "all cases passed"


def test_stages_prints_the_ceiling_of_a_command_with_no_rules():
    r = run_script("stages.py", "--case", "curly-open", "--repeat", "1")
    assert r.returncode == 0, r.stderr
    labels = [line[:28].strip() for line in r.stdout.splitlines()]
    assert {"quotex.extract", "records to JSONL", "skeleton (no rules)", "command with no rules"} <= set(labels)
