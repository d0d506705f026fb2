"""The command line: a thin Typer layer over ``quotex.extract``.

Exit status: 0 every input was read; 1 some input was skipped (each named on stderr);
2 usage error; 130 interrupted.
"""
from __future__ import annotations

import os
import sys
import tempfile
from enum import Enum
from typing import Iterator, List, Optional

import typer

from . import __version__
from .pipeline import extract as extract_quotes
from .reader import Document, InputError, ReadOptions, read_inputs
from .render import renderer, safe_for_terminal

# Plain (not Rich) usage errors: one "Error: …" line a script can read; no locals, no traceback.
app = typer.Typer(add_completion=True, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None,
                  help="quotex: who said what. Quotations and reported speech, with speakers, from news text.")


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"


class EncodingErrors(str, Enum):
    strict = "strict"
    replace = "replace"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotex {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and exit.")) -> None:
    """quotex: who said what."""


def _extract_one(item, unattributed: bool = False):
    if isinstance(item, InputError):
        return item
    try:
        return item.id, extract_quotes(item.text, doc=item.id, unattributed=unattributed)
    except Exception as e:  # a bug must cost one document, not the run
        return InputError(item.id, f"internal error ({type(e).__name__}: {e}); document skipped, please report it")


def _results(items: Iterator, jobs: int, unattributed: bool) -> Iterator:
    if jobs == 1:
        for item in items:
            yield _extract_one(item, unattributed)
        return
    import functools
    import multiprocessing
    n = os.cpu_count() or 1 if jobs == 0 else jobs
    with multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork").Pool(n) as pool:
        # imap keeps input order, so the output is the same as with one job
        yield from pool.imap(functools.partial(_extract_one, unattributed=unattributed), items, chunksize=32)


def _error(message: str) -> None:
    typer.echo(f"quotex: {safe_for_terminal(message)}", err=True)


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Text files, folders, JSONL corpora, or - for standard input."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file (atomically) instead of stdout."),
    id_field: str = typer.Option("id", help="JSONL field that holds the article id."),
    text_field: str = typer.Option("text", help="JSONL field that holds the article text."),
    input_format: InputFormat = typer.Option(InputFormat.auto, help="How to read inputs; auto goes by file ending."),
    encoding_errors: EncodingErrors = typer.Option(EncodingErrors.strict, help="strict skips a file that is not UTF-8; replace reads it with U+FFFD."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, help="Worker processes; 0 = all cores. Output order is the input order."),
    unattributed: bool = typer.Option(False, "--unattributed", help="Also list quotations with no speaker (scare quotes, titles)."),
    explain: bool = typer.Option(False, "--explain", help="Table: show the rule and mention chain behind each speaker."),
    no_color: bool = typer.Option(False, "--no-color", help="No colour in tables (NO_COLOR is honoured too)."),
) -> None:
    """List every quotation and reported statement with its speaker."""
    opts = ReadOptions(id_field=id_field, text_field=text_field, input_format=input_format.value,
                       encoding_errors=encoding_errors.value)
    color = False if (no_color or os.environ.get("NO_COLOR")) else None
    skipped = 0
    out, tmp = sys.stdout, None
    if output:
        folder = os.path.dirname(os.path.abspath(output))
        try:
            fd, tmp = tempfile.mkstemp(prefix=".quotex-", dir=folder)
        except OSError as e:
            _error(f"{output}: cannot write here ({e.strerror})")
            raise typer.Exit(2)
        out = open(fd, "w", encoding="utf-8", newline="\n")
    try:
        r = renderer(fmt.value, out, explain=explain, color=color)
        r.begin()
        for result in _results(read_inputs(paths, opts), jobs, unattributed):
            if isinstance(result, InputError):
                skipped += 1
                _error(str(result))
                continue
            r.document(*result)
        r.end()
        out.flush()
        if tmp:
            out.close()
            os.replace(tmp, output)
            tmp = None
    except BrokenPipeError:
        # the reader went away (| head): stop quietly; keep Python from complaining at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0)
    finally:
        if tmp:
            out.close()
            os.unlink(tmp)
    if skipped:
        raise typer.Exit(1)


def main() -> None:
    """Console entry point: quiet on a closed pipe, 130 on Ctrl-C, never a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("quotex: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
