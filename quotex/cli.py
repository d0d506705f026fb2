"""The command line: a thin Typer layer over the library.

Exit status: 0 every input was read; 1 some input was skipped (each named on stderr);
2 usage error; 130 interrupted.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import json
import os
import sys
import tempfile
from enum import Enum
from typing import IO, Iterator, List, Optional

import typer

from . import __version__
from .model import FIELDS, KINDS
from .pipeline import extract as extract_quotes
from .reader import ENCODING_ERROR_MODES, INPUT_FORMATS, InputError, ReadOptions, read_inputs
from .render import (FORMATS, SCORE_FORMATS, SPEAKER_FORMATS, jsonl_text, renderer, safe_for_terminal, show_html, show_terminal, write_scores,
                     write_speakers)
from .select import Selection
from .summary import SORTS, SpeakerSummary

# Plain (not Rich) usage errors: one "Error: …" line a script can read; no locals, no traceback.
app = typer.Typer(add_completion=True, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None,
                  help="quotex: who said what. Quotations and reported speech, with speakers, from news text.")


def _choices(name: str, values: tuple[str, ...]) -> type[Enum]:
    """A Typer choice type whose values are a list the library defines."""
    return Enum(name, {v: v for v in values}, type=str)


Format = _choices("Format", FORMATS)
Kind = _choices("Kind", KINDS)
SummaryFormat = _choices("SummaryFormat", SPEAKER_FORMATS)
ScoreFormat = _choices("ScoreFormat", SCORE_FORMATS)
SortBy = _choices("SortBy", SORTS)
InputFormat = _choices("InputFormat", INPUT_FORMATS)
EncodingErrors = _choices("EncodingErrors", ENCODING_ERROR_MODES)


# Options shared by the commands that read articles
PATHS = typer.Argument(..., help="Text, HTML or JSONL files, folders, or - for standard input.")
ID_FIELD = typer.Option("id", "--id-field", help="JSONL field that holds the article id.")
TEXT_FIELD = typer.Option("text", "--text-field", help="JSONL field that holds the article text.")
INPUT_FORMAT = typer.Option("auto", "--input-format",
                            help="How to read inputs; auto goes by file ending (.jsonl, .html/.htm, else text).")
ENCODING_ERRORS = typer.Option("strict", "--encoding-errors",
                               help="strict skips a file that is not UTF-8; replace reads it with U+FFFD.")
JOBS = typer.Option(1, "--jobs", "-j", min=0, help="Worker processes; 0 = all cores. Output order is the input order.")
NO_COLOR = typer.Option(False, "--no-color", help="No colour (NO_COLOR is honoured too).")
PROGRESS = typer.Option(True, "--progress/--no-progress", help="Progress on stderr when it is a terminal.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotex {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and exit.")) -> None:
    """quotex: who said what."""


def _error(message: str) -> None:
    typer.echo(f"quotex: {safe_for_terminal(message)}", err=True)


def _color(no_color: bool) -> Optional[bool]:
    return False if (no_color or os.environ.get("NO_COLOR")) else None


def _extract_one(item, unattributed: bool = False, selection: Optional[Selection] = None,
                 fields: Optional[tuple] = None):
    """(Document, quotes) for one article, or an InputError. With ``fields``, the records come
    back already written as JSONL text (a worker's work, not the parent's)."""
    if isinstance(item, InputError):
        return item
    try:
        quotes = extract_quotes(item.text, doc=item.id, unattributed=unattributed)
    except Exception as e:  # a bug must cost one document, not the run
        return InputError(item.id, f"internal error ({type(e).__name__}: {e}); document skipped, please report it")
    if selection is not None:
        quotes = selection.apply(quotes)
    if fields is not None:
        return item, len(quotes), jsonl_text(quotes, fields)
    return item, quotes


def _results(paths: List[str], opts: ReadOptions, jobs: int, unattributed: bool,
             selection: Optional[Selection] = None, fields: Optional[tuple] = None) -> Iterator:
    """Per article, in input order: (Document, quotes), or (Document, count, JSONL text) when
    ``fields`` is given; an InputError per skipped input."""
    work = functools.partial(_extract_one, unattributed=unattributed, selection=selection, fields=fields)
    items = read_inputs(paths, opts)
    # What the imports made (patterns, lexicons) lives for the whole run: the collector need not
    # walk it at every full collection (1% of a run on news text, 2% on many short quotations).
    # Once per process: a later call (tests run the command many times) would freeze its garbage.
    if not gc.get_freeze_count():
        gc.freeze()
    if jobs == 1:
        yield from map(work, items)
        return
    import multiprocessing
    workers = jobs or os.cpu_count() or 1
    with multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork").Pool(workers) as pool:
        # imap keeps input order, so the output is byte for byte that of one job
        yield from pool.imap(work, items, chunksize=32)


@contextlib.contextmanager
def _progress(enabled: bool):
    """A progress line on stderr when it is a terminal: documents, records, rate."""
    if not (enabled and sys.stderr.isatty()):
        yield lambda docs, records: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task("reading")

        def update(docs: int, records: int) -> None:
            elapsed = bar.tasks[0].elapsed or 1e-9
            bar.update(task, description=f"{docs:,} documents, {records:,} records, {docs / elapsed:,.0f} docs/s")
        yield update


@contextlib.contextmanager
def _output(path: Optional[str]) -> Iterator[IO[str]]:
    """stdout, or a temporary file renamed to ``path`` when all went well (an interrupted run
    never leaves half a file under the final name)."""
    if not path:
        yield sys.stdout
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=".quotex-", dir=os.path.dirname(os.path.abspath(path)))
    except OSError as e:
        _error(f"{path}: cannot write here ({e.strerror})")
        raise typer.Exit(2)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)           # the mode any new file would have, not mkstemp's 0600
    out = open(fd, "w", encoding="utf-8", newline="\n")
    try:
        yield out
        out.close()
        os.replace(tmp, path)
    finally:
        if not out.closed:
            out.close()
        if os.path.exists(tmp):
            os.unlink(tmp)


def _discard_stdout() -> None:
    """Point stdout at /dev/null, so that the flush at exit cannot raise BrokenPipeError again."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@contextlib.contextmanager
def _quiet_pipe():
    """The reader went away (| head): stop quietly, with no BrokenPipeError noise at exit."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        _discard_stdout()
        raise typer.Exit(0)


def _fields(spec: Optional[str]) -> tuple[str, ...]:
    if not spec:
        return FIELDS
    fields = tuple(f.strip() for f in spec.split(",") if f.strip())
    unknown = [f for f in fields if f not in FIELDS]
    if unknown or not fields:
        raise typer.BadParameter(f"unknown field(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(FIELDS)}",
                                 param_hint="--fields")
    return fields


@app.command()
def extract(
    paths: List[str] = PATHS,
    fmt: Format = typer.Option("table", "--format", "-f", help="Output format."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file (atomically) instead of stdout."),
    fields: Optional[str] = typer.Option(None, "--fields", help="Comma-separated record fields to write (json, jsonl, csv, tsv, markdown)."),
    kind: Optional[List[Kind]] = typer.Option(None, "--kind", help="Only records of this kind (repeatable)."),
    speaker: Optional[str] = typer.Option(None, "--speaker", help="Only records whose speaker or mention matches (\"Peskov\")."),
    min_words: int = typer.Option(0, "--min-words", min=0, help="Only records of at least this many words."),
    id_field: str = ID_FIELD, text_field: str = TEXT_FIELD, input_format: InputFormat = INPUT_FORMAT,
    encoding_errors: EncodingErrors = ENCODING_ERRORS, jobs: int = JOBS,
    unattributed: bool = typer.Option(False, "--unattributed", help="Also list quotations with no speaker (scare quotes, titles)."),
    explain: bool = typer.Option(False, "--explain", help="Table: show the rule and mention chain behind each speaker."),
    no_color: bool = NO_COLOR,
    progress: bool = PROGRESS,
) -> None:
    """List every quotation and reported statement with its speaker."""
    opts = ReadOptions(id_field, text_field, input_format.value, encoding_errors.value)
    selection = Selection(frozenset(k.value for k in kind or ()), speaker, min_words)
    chosen = _fields(fields)
    skipped = records = docs = 0
    with _quiet_pipe(), _output(output) as out, _progress(progress) as tick:
        r = renderer(fmt.value, out, fields=chosen, explain=explain, color=_color(no_color))
        # JSONL is written by whoever extracts (the workers, with --jobs); the rest here
        prewritten = chosen if fmt is Format.jsonl else None
        r.begin()
        for result in _results(paths, opts, jobs, unattributed, selection, prewritten):
            if isinstance(result, InputError):
                skipped += 1
                _error(str(result))
                continue
            if prewritten:
                doc, count, text = result
                out.write(text)
            else:
                doc, quotes = result
                count = len(quotes)
                r.document(doc, quotes)
            docs, records = docs + 1, records + count
            tick(docs, records)
        r.end()
    if skipped:
        raise typer.Exit(1)


@app.command()
def speakers(
    paths: List[str] = PATHS,
    fmt: SummaryFormat = typer.Option("table", "--format", "-f", help="Output format."),
    sort: SortBy = typer.Option("count", "--sort", help="count (most quoted first), name, or first (first seen)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file (atomically) instead of stdout."),
    id_field: str = ID_FIELD, text_field: str = TEXT_FIELD, input_format: InputFormat = INPUT_FORMAT,
    encoding_errors: EncodingErrors = ENCODING_ERRORS, jobs: int = JOBS, no_color: bool = NO_COLOR,
    progress: bool = PROGRESS,
) -> None:
    """One row per speaker across the inputs: quotes by kind, roles, aliases, first and last document."""
    opts = ReadOptions(id_field, text_field, input_format.value, encoding_errors.value)
    summary = SpeakerSummary()
    skipped = records = docs = 0
    with _progress(progress) as tick:
        for result in _results(paths, opts, jobs, False):
            if isinstance(result, InputError):
                skipped += 1
                _error(str(result))
                continue
            doc, quotes = result
            summary.add(doc.id, quotes)
            docs, records = docs + 1, records + len(quotes)
            tick(docs, records)
    with _quiet_pipe(), _output(output) as out:
        write_speakers(summary.sorted(sort.value), fmt.value, out, _color(no_color))
    if skipped:
        raise typer.Exit(1)


@app.command()
def show(
    path: str = typer.Argument(..., help="One article: a text or HTML file, or - for standard input."),
    html_out: Optional[str] = typer.Option(None, "--html", help="Also write the view as a self-contained HTML page."),
    input_format: InputFormat = INPUT_FORMAT, encoding_errors: EncodingErrors = ENCODING_ERRORS,
    no_color: bool = NO_COLOR,
) -> None:
    """The article with each quotation in its speaker's colour, and a legend."""
    opts = ReadOptions(input_format=input_format.value, encoding_errors=encoding_errors.value)
    shown = False
    for result in _results([path], opts, 1, True):
        if isinstance(result, InputError):
            _error(str(result))
            raise typer.Exit(1)
        doc, quotes = result
        if shown:
            _error(f"{path}: holds more than one article; showing the first")
            break
        with _quiet_pipe():
            show_terminal(doc, quotes, sys.stdout, _color(no_color))
        if html_out:
            with _output(html_out) as out:
                out.write(show_html(doc, quotes))
        shown = True


@app.command("eval")
def evaluate_cmd(
    gold: str = typer.Argument(..., help="Gold JSONL: one article per line with id, text and quotes."),
    pred: Optional[str] = typer.Option(None, "--pred", help="Predicted records (quotex jsonl); default: run quotex on the gold texts."),
    lenient_inside: bool = typer.Option(False, "--lenient-inside", help="Do not count a quote inside a gold reported clause (PolNeAR)."),
    errors: int = typer.Option(0, "--errors", min=0, help="List up to N errors per group."),
    fmt: ScoreFormat = typer.Option("table", "--format", "-f", help="table, or json ({\"quoted\": …, \"indirect\": …})."),
    no_color: bool = NO_COLOR,
) -> None:
    """Score quotex (or saved predictions) against annotated articles."""
    from .evaluate import evaluate, load_gold, predictions_from_extractor, predictions_from_records
    try:
        gold_docs = load_gold(gold)
        if pred:
            with open(pred, encoding="utf-8") as f:
                preds = predictions_from_records(json.loads(line) for line in f if line.strip())
        else:
            preds = predictions_from_extractor(gold_docs)
        report = evaluate(gold_docs, preds, lenient_inside=lenient_inside, errors=errors)
    except (OSError, ValueError, KeyError, TypeError) as e:
        _error(f"cannot score: {e.strerror if isinstance(e, OSError) and e.strerror else e}")
        raise typer.Exit(2)
    with _quiet_pipe():
        write_scores(report, fmt.value, sys.stdout, _color(no_color))


def main() -> None:
    """Console entry point: quiet on a closed pipe, 130 on Ctrl-C, never a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("quotex: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        _discard_stdout()
        sys.exit(0)
