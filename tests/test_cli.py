"""The command line: ``quotex extract PATHS...`` and ``quotex --version``.

Most tests run the Typer app in-process (``CliRunner``, exceptions not caught, so a crash
fails the test instead of looking like exit status 1); the ones about processes, exit
status of the real entry point and byte-exact output run ``python -m quotex``.

Exit status: 0 every input was read; 1 some input was skipped, with one line
``quotex: <input>: <reason>`` on stderr per skipped input; 2 usage error.
"""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quotex
from quotex.cli import app

# The documented field order of every record, in every output format.
FIELDS = ["doc", "index", "kind", "quote", "start", "end", "speaker", "speaker_mention",
          "speaker_start", "speaker_end", "role", "cue", "sentence", "rule"]

PESKOV = "“We are ready,” Peskov said.\n"
KIRBY = "“We made a serious offer,” Kirby said.\n"
ZAKHAROVA = "Maria Zakharova said that the talks had stalled.\n"

# No colour, a wide table (so that nothing is wrapped or cut), whatever the caller's terminal.
ENV = {"COLUMNS": "200", "NO_COLOR": None, "FORCE_COLOR": None, "TTY_COMPATIBLE": None,
       "TTY_INTERACTIVE": None}


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(app, list(args), input=input, env=ENV, catch_exceptions=False)


def run_process(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ENV}
    env["COLUMNS"] = "200"
    stdin = {"input": input} if input is not None else {"stdin": subprocess.DEVNULL}
    return subprocess.run([sys.executable, "-m", "quotex", *args], cwd=cwd, env=env,
                          capture_output=True, timeout=120, **stdin)


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def stderr_lines(result) -> list[str]:
    return result.stderr.splitlines()


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "peskov.txt").write_text(PESKOV, encoding="utf-8")
    (tmp_path / "kirby.txt").write_text(KIRBY, encoding="utf-8")
    return tmp_path


# --------------------------------------------------------------------------------------------
# Output formats
# --------------------------------------------------------------------------------------------

def test_table_names_the_speakers(articles):
    r = run("extract", str(articles / "peskov.txt"), str(articles / "kirby.txt"))
    assert r.exit_code == 0
    for words in ("Peskov", "Kirby", "We are ready,", "We made a serious offer,", "direct", "said"):
        assert words in r.stdout
    assert r.stderr == ""


def test_table_says_when_an_article_has_no_quotation(tmp_path):
    (tmp_path / "dull.txt").write_text("The weather was fine.\n", encoding="utf-8")
    r = run("extract", str(tmp_path / "dull.txt"))
    assert r.exit_code == 0
    assert "no quotations found" in r.stdout


def test_table_explain_shows_the_mention(articles):
    r = run("extract", str(articles / "peskov.txt"), "--explain")
    assert r.exit_code == 0
    assert "why" in r.stdout
    assert "“Peskov” @16" in r.stdout


def test_table_explain_shows_the_whole_rule_name(articles):
    r = run("extract", str(articles / "peskov.txt"), "--explain")
    assert "quote_speaker_verb" in r.stdout


def test_table_explain_on_a_narrow_terminal_puts_the_reason_under_the_quote(articles):
    r = CliRunner().invoke(app, ["extract", str(articles / "peskov.txt"), "--explain"],
                           env={**ENV, "COLUMNS": "80"}, catch_exceptions=False)
    assert r.exit_code == 0
    assert "why:" in r.stdout and "quote_speaker_verb" in r.stdout
    assert "│ direct   │" in r.stdout        # the kind column keeps its width
    assert max(len(line) for line in r.stdout.splitlines()) <= 80


def test_jsonl_lines_parse_and_have_the_fields_in_order(articles):
    r = run("extract", str(articles / "peskov.txt"), str(articles / "kirby.txt"), "--format", "jsonl")
    assert r.exit_code == 0
    records = jsonl(r.stdout)
    assert [list(rec) for rec in records] == [FIELDS, FIELDS]
    assert [(rec["doc"], rec["quote"], rec["speaker"]) for rec in records] == [
        (str(articles / "peskov.txt"), "We are ready,", "Peskov"),
        (str(articles / "kirby.txt"), "We made a serious offer,", "Kirby")]
    assert records[0] == {
        "doc": str(articles / "peskov.txt"), "index": 0, "kind": "direct", "quote": "We are ready,",
        "start": 1, "end": 14, "speaker": "Peskov", "speaker_mention": "Peskov", "speaker_start": 16,
        "speaker_end": 22, "role": None, "cue": "said", "sentence": 0, "rule": "quote_speaker_verb"}


def test_json_is_one_array_of_documents(articles):
    (articles / "dull.txt").write_text("The weather was fine.\n", encoding="utf-8")
    paths = [str(articles / n) for n in ("peskov.txt", "dull.txt", "kirby.txt")]
    r = run("extract", *paths, "--format", "json")
    assert r.exit_code == 0
    docs = json.loads(r.stdout)
    assert isinstance(docs, list)
    assert [list(d) for d in docs] == [["doc", "quotes"]] * 3
    assert [d["doc"] for d in docs] == paths
    assert [len(d["quotes"]) for d in docs] == [1, 0, 1]
    assert list(docs[0]["quotes"][0]) == FIELDS


def test_json_with_no_documents_is_an_empty_array(tmp_path):
    (tmp_path / "none.jsonl").write_text("", encoding="utf-8")
    r = run("extract", str(tmp_path / "none.jsonl"), "--format", "json")
    assert r.exit_code == 0
    assert json.loads(r.stdout) == []


def test_unattributed_lists_scare_quotes(tmp_path):
    (tmp_path / "film.txt").write_text("The family watched “Gone with the Wind” on Sunday.\n", encoding="utf-8")
    assert jsonl(run("extract", str(tmp_path / "film.txt"), "--format", "jsonl").stdout) == []
    r = run("extract", str(tmp_path / "film.txt"), "--format", "jsonl", "--unattributed")
    assert [(rec["quote"], rec["speaker"]) for rec in jsonl(r.stdout)] == [("Gone with the Wind", None)]


# --------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------

def test_jsonl_input_with_id_and_text_fields(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"key": "a1", "body": PESKOV}) + "\n"
        + json.dumps({"key": 7, "body": KIRBY}) + "\n", encoding="utf-8")
    r = run("extract", str(corpus), "--id-field", "key", "--text-field", "body", "--format", "jsonl")
    assert r.exit_code == 0
    assert [(rec["doc"], rec["speaker"]) for rec in jsonl(r.stdout)] == [("a1", "Peskov"), ("7", "Kirby")]


def test_jsonl_line_without_an_id_is_named_by_file_and_line(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"text": PESKOV}) + "\n", encoding="utf-8")
    r = run("extract", str(corpus), "--format", "jsonl")
    assert [rec["doc"] for rec in jsonl(r.stdout)] == [f"{corpus}:1"]


def test_jsonl_line_without_the_text_field_is_skipped(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "a", "body": PESKOV}) + "\n"
                      + json.dumps({"id": "b", "text": KIRBY}) + "\n", encoding="utf-8")
    r = run("extract", str(corpus), "--format", "jsonl")
    assert r.exit_code == 1
    assert stderr_lines(r) == [f"quotex: {corpus}:1: no string field 'text'; line skipped"]
    assert [rec["doc"] for rec in jsonl(r.stdout)] == ["b"]


def test_bad_jsonl_line_is_named_by_file_and_line_and_the_others_are_read(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": PESKOV}) + "\n"
                      + "{not json\n"
                      + "\n"
                      + json.dumps({"id": "c", "text": KIRBY}) + "\n", encoding="utf-8")
    r = run("extract", str(corpus), "--format", "jsonl")
    assert r.exit_code == 1
    lines = stderr_lines(r)
    assert len(lines) == 1
    assert lines[0].startswith(f"quotex: {corpus}:2: ")
    assert [(rec["doc"], rec["speaker"]) for rec in jsonl(r.stdout)] == [("a", "Peskov"), ("c", "Kirby")]


def test_stdin(tmp_path):
    r = run("extract", "-", "--format", "jsonl", input=PESKOV.encode("utf-8"))
    assert r.exit_code == 0
    assert [(rec["doc"], rec["quote"], rec["speaker"]) for rec in jsonl(r.stdout)] == [
        ("-", "We are ready,", "Peskov")]


def test_stdin_jsonl_is_recognised(tmp_path):
    data = json.dumps({"id": "s1", "text": PESKOV}) + "\n" + json.dumps({"id": "s2", "text": KIRBY}) + "\n"
    r = run("extract", "-", "--format", "jsonl", input=data.encode("utf-8"))
    assert r.exit_code == 0
    assert [(rec["doc"], rec["speaker"]) for rec in jsonl(r.stdout)] == [("s1", "Peskov"), ("s2", "Kirby")]


def test_stdin_through_the_real_entry_point():
    p = run_process("extract", "-", "--format", "jsonl", input=PESKOV.encode("utf-8"))
    assert p.returncode == 0, p.stderr
    assert [(rec["doc"], rec["speaker"]) for rec in jsonl(p.stdout.decode("utf-8"))] == [("-", "Peskov")]


def test_input_format_text_reads_a_jsonl_file_as_text(tmp_path):
    f = tmp_path / "odd.jsonl"
    f.write_text(PESKOV, encoding="utf-8")
    r = run("extract", str(f), "--input-format", "text", "--format", "jsonl")
    assert r.exit_code == 0
    assert [(rec["doc"], rec["speaker"]) for rec in jsonl(r.stdout)] == [(str(f), "Peskov")]


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(PESKOV, encoding="utf-8")
    (tmp_path / "b" / "deeper" / "c.md").write_text(KIRBY, encoding="utf-8")
    (tmp_path / "b" / "z.txt").write_text(ZAKHAROVA, encoding="utf-8")
    (tmp_path / "b" / "notes.csv").write_text(PESKOV, encoding="utf-8")     # not an article ending
    (tmp_path / ".hidden.txt").write_text(PESKOV, encoding="utf-8")         # hidden file
    r = run("extract", str(tmp_path), "--format", "jsonl")
    assert r.exit_code == 0
    docs = [rec["doc"] for rec in jsonl(r.stdout)]
    assert docs == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt"),
                    str(tmp_path / "b" / "deeper" / "c.md")]


def test_folder_recursion_skips_hidden_folders(tmp_path):
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "entry_points.txt").write_text(PESKOV, encoding="utf-8")
    (tmp_path / "a.txt").write_text(KIRBY, encoding="utf-8")
    r = run("extract", str(tmp_path), "--format", "jsonl")
    assert [rec["doc"] for rec in jsonl(r.stdout)] == [str(tmp_path / "a.txt")]


def test_folder_with_no_articles_is_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    r = run("extract", str(tmp_path / "empty"), "--format", "jsonl")
    assert r.exit_code == 1
    assert len(stderr_lines(r)) == 1
    assert stderr_lines(r)[0].startswith(f"quotex: {tmp_path / 'empty'}: ")


# --------------------------------------------------------------------------------------------
# Skipped inputs: exit 1, one line each on stderr, every other input still read
# --------------------------------------------------------------------------------------------

def test_missing_path_is_named_and_the_other_inputs_are_complete(articles):
    a, b, missing = str(articles / "peskov.txt"), str(articles / "kirby.txt"), str(articles / "nope.txt")
    alone = jsonl(run("extract", a, b, "--format", "jsonl").stdout)
    r = run("extract", a, missing, b, "--format", "jsonl")
    assert r.exit_code == 1
    assert stderr_lines(r) == [f"quotex: {missing}: no such file or folder"]
    assert jsonl(r.stdout) == alone


def test_missing_path_through_the_real_entry_point(articles):
    p = run_process("extract", "nope.txt", "peskov.txt", "--format", "jsonl", cwd=articles)
    assert p.returncode == 1
    assert p.stderr.decode("utf-8").splitlines() == ["quotex: nope.txt: no such file or folder"]
    assert [rec["speaker"] for rec in jsonl(p.stdout.decode("utf-8"))] == ["Peskov"]


def test_invalid_utf8_is_named_with_its_byte_offset(articles):
    data = PESKOV.encode("utf-8") + b"Then \xff came.\n"
    bad = articles / "latin.txt"
    bad.write_bytes(data)
    r = run("extract", str(bad), str(articles / "kirby.txt"), "--format", "jsonl")
    assert r.exit_code == 1
    lines = stderr_lines(r)
    assert len(lines) == 1
    assert lines[0].startswith(f"quotex: {bad}: ")
    offset = data.index(b"\xff")
    assert f"byte {offset}" in lines[0]
    assert [rec["speaker"] for rec in jsonl(r.stdout)] == ["Kirby"]


def test_encoding_errors_replace_reads_invalid_utf8(articles):
    bad = articles / "latin.txt"
    bad.write_bytes(PESKOV.encode("utf-8") + b"Then \xff came.\n")
    r = run("extract", str(bad), "--format", "jsonl", "--encoding-errors", "replace")
    assert r.exit_code == 0
    assert r.stderr == ""
    assert [(rec["quote"], rec["speaker"]) for rec in jsonl(r.stdout)] == [("We are ready,", "Peskov")]


def test_binary_file_is_skipped(articles):
    blob = articles / "image.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    r = run("extract", str(blob), str(articles / "peskov.txt"), "--format", "jsonl")
    assert r.exit_code == 1
    lines = stderr_lines(r)
    assert len(lines) == 1 and lines[0].startswith(f"quotex: {blob}: ") and "binary" in lines[0]
    assert [rec["speaker"] for rec in jsonl(r.stdout)] == ["Peskov"]


def test_empty_file_is_reported_and_skipped(articles):
    empty = articles / "empty.txt"
    empty.write_bytes(b"")
    r = run("extract", str(empty), str(articles / "peskov.txt"), "--format", "jsonl")
    assert r.exit_code == 1
    lines = stderr_lines(r)
    assert len(lines) == 1 and lines[0].startswith(f"quotex: {empty}: ") and "empty" in lines[0]
    assert [rec["speaker"] for rec in jsonl(r.stdout)] == ["Peskov"]


def test_empty_stdin_is_reported():
    r = run("extract", "-", "--format", "jsonl", input=b"")
    assert r.exit_code == 1
    assert len(stderr_lines(r)) == 1 and stderr_lines(r)[0].startswith("quotex: -: ")
    assert r.stdout == ""


# --------------------------------------------------------------------------------------------
# --output, --jobs, --version, usage errors
# --------------------------------------------------------------------------------------------

def test_output_writes_the_file_and_leaves_no_temporary_files(articles):
    out_dir = articles / "out"
    out_dir.mkdir()
    target = out_dir / "records.jsonl"
    expected = run("extract", str(articles / "peskov.txt"), "--format", "jsonl").stdout
    r = run("extract", str(articles / "peskov.txt"), "--format", "jsonl", "--output", str(target))
    assert r.exit_code == 0
    assert r.stdout == ""
    assert target.read_text(encoding="utf-8") == expected
    assert sorted(p.name for p in out_dir.iterdir()) == ["records.jsonl"]


def test_output_is_written_even_when_an_input_is_skipped(articles):
    target = articles / "records.jsonl"
    r = run("extract", str(articles / "peskov.txt"), str(articles / "nope.txt"),
            "--format", "jsonl", "-o", str(target))
    assert r.exit_code == 1
    assert [rec["speaker"] for rec in jsonl(target.read_text(encoding="utf-8"))] == ["Peskov"]
    assert not [p for p in articles.iterdir() if p.name.startswith(".quotex-")]


def test_output_replaces_an_existing_file(articles):
    target = articles / "records.jsonl"
    target.write_text("old\n" * 100, encoding="utf-8")
    r = run("extract", str(articles / "kirby.txt"), "--format", "jsonl", "-o", str(target))
    assert r.exit_code == 0
    assert [rec["speaker"] for rec in jsonl(target.read_text(encoding="utf-8"))] == ["Kirby"]


def test_output_into_a_missing_folder_is_a_usage_error(articles):
    r = run("extract", str(articles / "peskov.txt"), "-o", str(articles / "no" / "such" / "out.jsonl"))
    assert r.exit_code == 2
    assert len(stderr_lines(r)) == 1 and "out.jsonl" in r.stderr


def test_output_file_has_the_usual_permissions(articles):
    target = articles / "records.jsonl"
    old = os.umask(0o022)
    try:
        run("extract", str(articles / "peskov.txt"), "--format", "jsonl", "-o", str(target))
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_jobs_2_output_is_byte_identical_to_jobs_1(tmp_path):
    sentences = [PESKOV, KIRBY, ZAKHAROVA, "The weather was fine.\n",
                 "According to a source, the talks have stalled.\n",
                 "Kremlin spokesman Dmitry Peskov said: “We will wait.”\n"]
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for i in range(70):         # more than one chunk of work per process
            text = "\n".join(sentences[(i + k) % len(sentences)] for k in range(1 + i % 4))
            f.write(json.dumps({"id": f"art-{i:03d}", "text": text}, ensure_ascii=False) + "\n")
    one = run_process("extract", str(corpus), "--format", "jsonl", "--jobs", "1")
    two = run_process("extract", str(corpus), "--format", "jsonl", "--jobs", "2")
    assert one.returncode == two.returncode == 0, (one.stderr, two.stderr)
    assert one.stdout and two.stdout == one.stdout
    assert len({rec["doc"] for rec in jsonl(one.stdout.decode("utf-8"))}) > 50


def test_version():
    r = run("--version")
    assert r.exit_code == 0
    assert r.stdout.strip() == f"quotex {quotex.__version__}"


def test_version_through_python_m_quotex():
    p = run_process("--version")
    assert p.returncode == 0
    assert p.stdout.decode().strip() == f"quotex {quotex.__version__}"


@pytest.mark.parametrize("args", [
    ["extract"],                                    # no paths
    ["extract", "x.txt", "--format", "xml"],        # unknown format
    ["extract", "x.txt", "--jobs", "-1"],           # negative jobs
    ["extract", "x.txt", "--encoding-errors", "ignore"],
    ["frobnicate"],                                 # unknown command
])
def test_usage_errors_exit_2(args):
    p = run_process(*args)
    assert p.returncode == 2
    assert p.stdout == b""


# --------------------------------------------------------------------------------------------
# Article text is shown literally and cannot drive the terminal
# --------------------------------------------------------------------------------------------

def test_rich_markup_in_the_article_appears_literally(tmp_path):
    f = tmp_path / "markup.txt"
    f.write_text("“We are [bold]ready[/bold] and [link=http://x]y[/link],” Peskov said.\n", encoding="utf-8")
    r = run("extract", str(f))
    assert r.exit_code == 0
    assert "[bold]ready[/bold]" in r.stdout
    assert "[link=http://x]y[/link]" in r.stdout


def test_ansi_escapes_in_the_article_do_not_reach_the_table(tmp_path):
    corpus = tmp_path / "escapes.jsonl"
    corpus.write_text(json.dumps({
        "id": "doc\x1b[2J\x1b]0;owned\x07",
        "text": "“Red \x1b[31malert\x1b[0m now,” Kirby said.\n\n“Link \x1b]8;;http://evil\x1b\\here\x1b]8;;\x1b\\,” Peskov said.\n",
    }) + "\n", encoding="utf-8")
    r = run("extract", str(corpus))
    assert r.exit_code == 0
    assert "\x1b" not in r.stdout
    assert "\x07" not in r.stdout
    assert "Red alert now," in r.stdout
    assert "Link here," in r.stdout


def test_ansi_escapes_are_kept_exactly_in_jsonl(tmp_path):
    """JSON output is data, not display: the text is exact (and JSON-escaped)."""
    f = tmp_path / "escapes.txt"
    f.write_text("“Red \x1b[31malert\x1b[0m now,” Kirby said.\n", encoding="utf-8")
    r = run("extract", str(f), "--format", "jsonl")
    assert "\x1b" not in r.stdout
    assert [rec["quote"] for rec in jsonl(r.stdout)] == ["Red \x1b[31malert\x1b[0m now,"]


def test_ansi_escapes_in_a_path_do_not_reach_stderr(tmp_path):
    r = run("extract", str(tmp_path / "no\x1b[31msuch.txt"))
    assert r.exit_code == 1
    assert "\x1b" not in r.stderr
    assert len(stderr_lines(r)) == 1


# --------------------------------------------------------------------------------------------
# A reader that goes away (quotex … | head -1)
# --------------------------------------------------------------------------------------------

def _closed_pipe(tmp_path) -> tuple[int, bytes]:
    corpus = tmp_path / "big.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for i in range(400):            # a few MB of output, far more than a pipe holds
            f.write(json.dumps({"id": str(i), "text": PESKOV * 20}, ensure_ascii=False) + "\n")
    env = {k: v for k, v in os.environ.items() if k not in ENV}
    p = subprocess.Popen([sys.executable, "-m", "quotex", "extract", str(corpus), "--format", "jsonl"],
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        assert p.stdout.readline().startswith(b"{")
        p.stdout.close()
        rc = p.wait(timeout=120)
        return rc, p.stderr.read()
    finally:
        if p.poll() is None:
            p.kill()
        p.stderr.close()


def test_closed_pipe_is_quiet(tmp_path):
    _, err = _closed_pipe(tmp_path)
    assert err == b""


def test_closed_pipe_exits_0(tmp_path):
    rc, _ = _closed_pipe(tmp_path)
    assert rc == 0


def _modules_loaded_by(args: list[str], modules: list[str]) -> list[str]:
    probe = (f"import sys; from quotex.cli import main; sys.argv = ['quotex', *{args!r}]\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             f"print('loaded:', *[m for m in {modules!r} if m in sys.modules])")
    r = subprocess.run([sys.executable, "-c", probe], input="Ruiz said the vote was fair.", capture_output=True, text=True)
    last = r.stdout.strip().splitlines()[-1:] or [r.stderr]
    return last[0].split()[1:] if last[0].startswith("loaded:") else [r.stderr]


def test_the_command_does_not_load_pydantic():
    # typer 0.29 imports pydantic at every start (a quarter of the start-up); pyproject holds it below
    assert _modules_loaded_by(["extract", "-", "--format", "jsonl"], ["pydantic"]) == []


def test_machine_formats_do_not_load_rich():
    # rich is a third of quotex's own import time and only draws tables and the terminal view
    assert _modules_loaded_by(["extract", "-", "--format", "jsonl"], ["rich"]) == []
    assert _modules_loaded_by(["extract", "-", "--format", "table"], ["rich"]) == ["rich"]
