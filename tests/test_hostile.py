"""Hostile inputs (tests/data/hostile/README.md): what must happen with each.

The command line runs as a user runs it, in a subprocess, so that exit codes, stderr and what
reaches the terminal are the real ones.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HOSTILE = Path(__file__).parent / "data" / "hostile"


def quotex(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotex", *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", env={"COLUMNS": "120", "PATH": "/usr/bin:/bin"})


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_binary_file_is_skipped_and_named():
    r = quotex("extract", str(HOSTILE / "binary.txt"), str(HOSTILE / "crlf.txt"), "--format", "jsonl")
    assert r.returncode == 1
    assert r.stderr == f"quotex: {HOSTILE / 'binary.txt'}: binary file (NUL bytes), skipped\n"
    assert {q["speaker"] for q in records(r.stdout)} == {"Kirby"}


def test_invalid_utf8_names_the_byte_and_replace_reads_it():
    r = quotex("extract", str(HOSTILE / "latin1.txt"), "--format", "jsonl")
    assert r.returncode == 1
    assert "not valid UTF-8 at byte 28" in r.stderr and str(HOSTILE / "latin1.txt") in r.stderr
    assert r.stdout == ""
    r = quotex("extract", str(HOSTILE / "latin1.txt"), "--format", "jsonl", "--encoding-errors", "replace")
    assert r.returncode == 0 and r.stderr == ""
    [q] = records(r.stdout)
    assert q["speaker"] == "Jose Perez" and q["quote"] == "the rent had doubled"
    assert "caf\ufffd" in q["role"]


def test_broken_jsonl_names_each_bad_line_and_keeps_the_good_ones():
    r = quotex("extract", str(HOSTILE / "broken.jsonl"), "--format", "jsonl")
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert [line.split(": ", 2)[1] for line in lines] == [f"{HOSTILE / 'broken.jsonl'}:{n}" for n in (2, 3, 4)]
    assert "not a JSON object" in lines[0] and "no string field 'text'" in lines[1]
    assert {q["doc"] for q in records(r.stdout)} == {"ok-1", "ok-2"}


def test_empty_file_is_skipped():
    r = quotex("extract", str(HOSTILE / "empty.txt"), "--format", "jsonl")
    assert (r.returncode, r.stdout) == (1, "")
    assert r.stderr == f"quotex: {HOSTILE / 'empty.txt'}: empty file, skipped\n"


def test_markup_and_escapes_cannot_restyle_the_terminal():
    r = quotex("extract", str(HOSTILE / "markup.txt"), "--no-color")
    assert r.returncode == 0
    assert "[link=http://evil.example]We are ready[/link]," in r.stdout   # markup shown as text
    assert "\x1b" not in r.stdout and "\r" not in r.stdout


def test_markup_is_kept_exactly_in_json():
    text = (HOSTILE / "markup.txt").read_text(encoding="utf-8")
    r = quotex("extract", str(HOSTILE / "markup.txt"), "--format", "jsonl")
    [q] = records(r.stdout)
    assert q["quote"] == "[link=http://evil.example]We are ready[/link],"
    assert text[q["start"]:q["end"]] == q["quote"] and q["speaker"] == "Peskov"


def test_an_unclosed_quote_stays_in_its_paragraph():
    r = quotex("extract", str(HOSTILE / "unbalanced.txt"), "--format", "jsonl")
    found = {(q["quote"], q["speaker"]) for q in records(r.stdout)}
    assert ("This one is fine,", "Zakharova") in found


def test_marks_only_text_gives_valid_offsets():
    text = (HOSTILE / "marks-only.txt").read_text(encoding="utf-8")
    r = quotex("extract", str(HOSTILE / "marks-only.txt"), "--format", "jsonl", "--unattributed")
    assert r.returncode == 0
    for q in records(r.stdout):
        assert text[q["start"]:q["end"]] == q["quote"]


def test_windows_line_endings():
    r = quotex("extract", str(HOSTILE / "crlf.txt"), "--format", "jsonl")
    got = [(q["kind"], q["quote"], q["speaker"]) for q in records(r.stdout)]
    assert got == [("direct", "We will not discuss this publicly,", "Kirby"),
                   ("indirect", "the offer was serious", "Kirby")]


def test_a_100_mb_single_line_is_read(tmp_path):
    text = "The committee met on Tuesday and the members discussed the budget at length. " * 1_300_000
    path = tmp_path / "huge.jsonl"
    path.write_text(json.dumps({"id": "huge", "text": text + "\u201cWe are done,\u201d Peskov said."}) + "\n",
                    encoding="utf-8")
    assert path.stat().st_size > 100_000_000
    r = quotex("extract", str(path), "--format", "jsonl")
    assert r.returncode == 0
    assert [(q["quote"], q["speaker"]) for q in records(r.stdout)] == [("We are done,", "Peskov")]


def test_folder_with_bad_files_still_reads_the_good_ones():
    r = quotex("extract", str(HOSTILE), "--format", "jsonl")
    assert r.returncode == 1
    docs = {q["doc"] for q in records(r.stdout)}
    assert {"ok-1", "ok-2", str(HOSTILE / "crlf.txt"), str(HOSTILE / "unbalanced.txt")} <= docs
    assert len(r.stderr.splitlines()) == 6      # binary, latin1, 3 broken lines, empty
