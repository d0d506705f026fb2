"""Inputs: text files, folders, standard input and JSONL corpora, one document at a time.

``read_inputs`` yields a ``Document`` per article and an ``InputError`` per input (or JSONL
line) it had to skip, so one bad file never stops the others. Nothing here prints.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Union

from .model import Document

#: file endings read from folders (a file named on the command line is read whatever its ending)
ARTICLE_SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
INPUT_FORMATS = ("auto", "text", "jsonl", "html")   # auto: by file ending
ENCODING_ERROR_MODES = ("strict", "replace")        # strict: skip the file; replace: U+FFFD and carry on


@dataclass(frozen=True, slots=True)
class InputError:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True)
class ReadOptions:
    id_field: str = "id"
    text_field: str = "text"
    input_format: str = "auto"          # one of INPUT_FORMATS
    encoding_errors: str = "strict"     # one of ENCODING_ERROR_MODES


Item = Union[Document, InputError]


def _decode(data: bytes, source: str, errors: str) -> Union[str, InputError]:
    if b"\x00" in data[:65536] or b"\x00" in data[-65536:]:
        return InputError(source, "binary file (NUL bytes), skipped")
    try:
        text = data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as e:
        return InputError(source, f"not valid UTF-8 at byte {e.start}; skipped "
                                  "(--encoding-errors replace reads it anyway)")
    return text[1:] if text.startswith("\ufeff") else text


def _is_html(name: str, fmt: str) -> bool:
    return fmt == "html" or (fmt == "auto" and name.lower().endswith(HTML_SUFFIXES))


def _document(doc_id: str, text: str, name: str, opts: "ReadOptions") -> Document:
    if _is_html(name, opts.input_format):
        from .htmltext import html_to_text     # (html.parser only when HTML is read: start-up)
        return Document(doc_id, html_to_text(text), from_html=True)
    return Document(doc_id, text)


def _is_jsonl(name: str, first_line: bytes, fmt: str) -> bool:
    if fmt not in ("auto", "html"):         # html: a .jsonl corpus may hold HTML articles
        return fmt == "jsonl"
    return name.endswith(".jsonl") or (name == "-" and first_line.lstrip().startswith(b"{"))


def _jsonl_lines(lines: Iterable[bytes], source: str, opts: ReadOptions) -> Iterator[Item]:
    for n, raw in enumerate(lines, 1):
        where = f"{source}:{n}"
        if not raw.strip():
            continue
        line = _decode(raw, where, opts.encoding_errors)
        if isinstance(line, InputError):
            yield line
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(where, f"not a JSON object ({e.msg}); line skipped")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "not a JSON object; line skipped")
            continue
        text = obj.get(opts.text_field)
        if not isinstance(text, str):
            yield InputError(where, f"no string field {opts.text_field!r}; line skipped")
            continue
        doc_id = obj.get(opts.id_field)
        yield _document(str(doc_id) if doc_id is not None else where, text, "", opts)


def _read_file(path: Path, source: str, opts: ReadOptions) -> Iterator[Item]:
    try:
        f = open(path, "rb")
    except OSError as e:
        yield InputError(source, e.strerror or str(e))
        return
    with f:
        first = f.readline()
        if _is_jsonl(path.name, first, opts.input_format):
            f.seek(0)
            yield from _jsonl_lines(f, source, opts)
            return
        data = first + f.read()
    if not data.strip():
        yield InputError(source, "empty file, skipped")
        return
    text = _decode(data, source, opts.encoding_errors)
    yield text if isinstance(text, InputError) else _document(source, text, path.name, opts)


def _read_stdin(opts: ReadOptions) -> Iterator[Item]:
    stream = sys.stdin.buffer
    first = stream.readline()
    if _is_jsonl("-", first, opts.input_format):
        yield from _jsonl_lines(_chain(first, stream), "-", opts)
        return
    data = first + stream.read()
    text = _decode(data, "-", opts.encoding_errors)
    if isinstance(text, str) and not text.strip():
        yield InputError("-", "empty input, nothing to read")
        return
    yield text if isinstance(text, InputError) else _document("-", text, "-", opts)


def _chain(first: bytes, rest: Iterable[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def read_inputs(paths: Iterable[str], opts: ReadOptions = ReadOptions()) -> Iterator[Item]:
    """Documents and skipped inputs, in the order given; folders are read recursively in
    sorted order, taking files that end in one of ``ARTICLE_SUFFIXES``."""
    for name in paths:
        if name == "-":
            yield from _read_stdin(opts)
            continue
        path = Path(name)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))   # no .git, .venv
                for fname in sorted(files):
                    if fname.endswith(ARTICLE_SUFFIXES) and not fname.startswith("."):
                        found = True
                        yield from _read_file(Path(root) / fname, str(Path(root) / fname), opts)
            if not found:
                yield InputError(name, f"no articles in this folder (looked for {', '.join(ARTICLE_SUFFIXES)})")
        elif path.exists():
            yield from _read_file(path, name, opts)
        else:
            yield InputError(name, "no such file or folder")
