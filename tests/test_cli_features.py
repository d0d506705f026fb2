"""The features users reach for: speakers, show, eval, more formats and filters, HTML input."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotex.cli import app
from shared_data import SHARED, score_py

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ARTICLE = ("Kremlin spokesman Dmitry Peskov said the talks had stalled.\n\n"
           "“We are not in a hurry,” Peskov told reporters. “Nothing is agreed.”\n\n"
           "Maria Zakharova said that the ministry would respond.\n")


def run(*args: str, stdin: str | None = None, env: dict | None = None):
    result = CliRunner().invoke(app, list(args), input=stdin, env={"COLUMNS": "120", **(env or {})})
    return result


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# --- extract: formats, fields and filters -------------------------------------------------

def test_csv_has_a_header_and_one_row_per_record(article):
    r = run("extract", str(article), "--format", "csv", "--fields", "speaker,kind,quote")
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert rows[0] == ["speaker", "kind", "quote"]
    assert ["Dmitry Peskov", "direct", "We are not in a hurry,"] in rows
    assert len(rows) == 5


def test_tsv_uses_tabs(article):
    r = run("extract", str(article), "--format", "tsv", "--fields", "speaker,quote")
    assert r.stdout.splitlines()[0] == "speaker\tquote"
    assert "Maria Zakharova\tthe ministry would respond" in r.stdout


def test_markdown_table_escapes_pipes(tmp_path):
    path = tmp_path / "pipe.txt"
    path.write_text("“A | B,” Peskov said.", encoding="utf-8")
    r = run("extract", str(path), "--format", "markdown", "--fields", "speaker,quote")
    assert r.stdout.splitlines() == ["| speaker | quote |", "|---|---|", "| Peskov | A \\| B, |"]


def test_fields_choose_and_order_jsonl_keys(article):
    r = run("extract", str(article), "--format", "jsonl", "--fields", "quote,speaker")
    assert list(json.loads(r.stdout.splitlines()[0])) == ["quote", "speaker"]


def test_unknown_field_is_a_usage_error(article):
    r = run("extract", str(article), "--fields", "quote,mood")
    assert r.exit_code == 2 and "unknown field(s) mood" in r.output


def test_kind_filter(article):
    r = run("extract", str(article), "--format", "jsonl", "--kind", "direct")
    assert {json.loads(line)["kind"] for line in r.stdout.splitlines()} == {"direct"}


def test_speaker_filter_matches_surname_and_mention(article):
    r = run("extract", str(article), "--format", "jsonl", "--speaker", "peskov")
    assert {json.loads(line)["speaker"] for line in r.stdout.splitlines()} == {"Dmitry Peskov"}
    assert len(r.stdout.splitlines()) == 3


def test_min_words_filter(article):
    r = run("extract", str(article), "--format", "jsonl", "--min-words", "4")
    assert [json.loads(line)["quote"] for line in r.stdout.splitlines()] == [
        "the talks had stalled", "We are not in a hurry,", "the ministry would respond"]


# --- HTML input --------------------------------------------------------------------------

def test_html_file_is_read_as_text_and_json_carries_that_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><script>var x = '“no”';</script></head><body>"
                    "<p>&ldquo;We are ready,&rdquo; Peskov&nbsp;said.</p></body></html>", encoding="utf-8")
    r = run("extract", str(page), "--format", "json")
    [doc] = json.loads(r.stdout)
    [q] = doc["quotes"]
    assert (q["quote"], q["speaker"]) == ("We are ready,", "Peskov")
    assert doc["text"][q["start"]:q["end"]] == q["quote"]
    assert "var x" not in doc["text"]


def test_input_format_html_for_stdin():
    r = run("extract", "-", "--input-format", "html", "--format", "jsonl",
            stdin="<p>“Yes,” said <b>John Kirby</b>.</p>")
    [q] = [json.loads(line) for line in r.stdout.splitlines()]
    assert q["speaker"] == "John Kirby"


# --- speakers ----------------------------------------------------------------------------

def test_speakers_json_merges_by_resolved_name(article):
    r = run("speakers", str(article), str(article), "--format", "json")
    rows = {row["speaker"]: row for row in json.loads(r.stdout)}
    peskov = rows["Dmitry Peskov"]
    assert (peskov["quotes"], peskov["direct"], peskov["indirect"]) == (6, 4, 2)
    assert peskov["roles"] == ["Kremlin spokesman"] and peskov["aliases"] == ["Peskov"]
    assert peskov["first_doc"] == peskov["last_doc"] == str(article)


def test_speakers_sorted_by_count_then_by_name(article):
    by_count = [row["speaker"] for row in json.loads(run("speakers", str(article), "--format", "json").stdout)]
    by_name = [row["speaker"] for row in json.loads(run("speakers", str(article), "--format", "json",
                                                        "--sort", "name").stdout)]
    assert by_count == ["Dmitry Peskov", "Maria Zakharova"]
    assert by_name == sorted(by_name, key=str.casefold)


def test_speakers_csv_and_jsonl(article):
    rows = list(csv.DictReader(io.StringIO(run("speakers", str(article), "--format", "csv").stdout)))
    assert rows[0]["speaker"] == "Dmitry Peskov" and rows[0]["quotes"] == "3"
    lines = run("speakers", str(article), "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["speaker"] for line in lines] == ["Dmitry Peskov", "Maria Zakharova"]


def test_speakers_tsv_is_tab_separated(article):
    rows = list(csv.DictReader(io.StringIO(run("speakers", str(article), "--format", "tsv").stdout), delimiter="\t"))
    assert [(row["speaker"], row["quotes"]) for row in rows][0] == ("Dmitry Peskov", "3")


def test_speakers_table_on_the_seeds():
    r = run("speakers", str(SEEDS))
    for name in ("Dmitry Peskov", "Maria Zakharova", "John Kirby", "Karine Jean-Pierre", "Sergei Lavrov"):
        assert name in r.stdout


# --- show --------------------------------------------------------------------------------

def test_show_prints_the_article_and_a_legend(article):
    r = run("show", str(article), "--no-color")
    assert r.exit_code == 0
    assert "We are not in a hurry" in r.stdout
    assert "■ Dmitry Peskov (3)" in r.stdout and "■ Maria Zakharova (1)" in r.stdout


def test_show_html_is_self_contained_and_escaped(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("“<script>alert(1)</script> is fine,” Peskov said.", encoding="utf-8")
    out = tmp_path / "x.html"
    r = run("show", str(path), "--html", str(out), "--no-color")
    page = out.read_text(encoding="utf-8")
    assert r.exit_code == 0
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<mark") == 1 and "Peskov (1)" in page
    assert "http" not in page.split("</head>")[0]         # no external resource


# --- eval --------------------------------------------------------------------------------

def test_eval_json_equals_score_py_on_the_seeds_gold(tmp_path):
    score = score_py()
    gold_path = SHARED / "eval" / "gold" / "seeds.jsonl"
    ours = json.loads(run("eval", str(gold_path), "--format", "json").stdout)
    pred = tmp_path / "p.jsonl"
    pred.write_text(run("extract", str(gold_path), "--format", "jsonl").stdout, encoding="utf-8")
    gold = score.load_gold(str(gold_path))
    stats, _ = score.score(gold, score.load_pred(str(pred), set(gold)), ["quoted", "indirect"], 0)
    assert ours == {g: score.summarise(stats[g]) for g in ("quoted", "indirect")}
    assert json.loads(run("eval", str(gold_path), "--pred", str(pred), "--format", "json").stdout) == ours


def test_eval_table_lists_errors(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "d", "text": "“Yes,” Peskov said. Kirby said no.",
                                "quotes": [{"start": 1, "end": 5, "kind": "direct", "speaker": "Kirby"}]}) + "\n")
    r = run("eval", str(gold), "--errors", "5", "--no-color")
    assert "e2e_f1" in r.stdout
    assert "[quoted] speaker" in r.stdout and "gold='Kirby' pred='Peskov'" in r.stdout


def test_eval_bad_gold_is_one_line_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    r = run("eval", str(bad))
    assert r.exit_code == 2 and r.output.startswith("quotex: cannot score:")


# --- terminal niceties -------------------------------------------------------------------

def test_version():
    from quotex import __version__
    assert run("--version").stdout == f"quotex {__version__}\n"


def test_no_color_env_and_flag_give_plain_text(article):
    for r in (run("extract", str(article), env={"NO_COLOR": "1", "TERM": "xterm-256color"}),
              run("extract", str(article), "--no-color")):
        assert "\x1b[" not in r.stdout and "Dmitry Peskov" in r.stdout


def test_no_progress_output_when_stderr_is_not_a_terminal(article):
    r = run("extract", str(article), "--format", "jsonl")
    assert r.stderr == ""


def test_shell_completion_is_offered():
    r = run("--help")
    assert "--install-completion" in r.stdout and "--show-completion" in r.stdout
