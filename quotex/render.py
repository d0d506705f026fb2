"""Output formats: the only place records are written out.

Every format streams: ``begin``, then ``document`` per article, then ``end``; nothing is held
back but the current article. JSON and JSONL keep the article text exact; the terminal table
shows it literally, with markup and control characters made harmless.
"""
from __future__ import annotations

import json
from typing import IO, Optional, Sequence

import regex
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .model import FIELDS, Quote

FORMATS = ("table", "json", "jsonl")

# Terminal control: ANSI/OSC escape sequences, then any other C0/C1 control but tab and newline.
#   "\x1b[31m"  "\x1b]8;;http://x\x1b\\"  "\r"  "\b"
_CONTROL = regex.compile(r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b.?|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe_for_terminal(s: Optional[str]) -> str:
    """Text as it may be shown in a terminal: no escape sequences, no control characters."""
    return _CONTROL.sub("", s) if s else ""


def record_dict(q: Quote) -> dict:
    """The JSON shape of a record; every JSON output uses this and only this."""
    return {f: getattr(q, f) for f in FIELDS}


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


class JsonlRenderer:
    """One record per line."""

    def __init__(self, out: IO[str]):
        self.out = out

    def begin(self) -> None:
        pass

    def document(self, doc_id: str, quotes: Sequence[Quote]) -> None:
        self.out.write("".join(_dumps(record_dict(q)) + "\n" for q in quotes))

    def end(self) -> None:
        pass


class JsonRenderer:
    """One JSON array of documents, each with its records: [{"doc": …, "quotes": […]}, …]."""

    def __init__(self, out: IO[str]):
        self.out = out
        self.first = True

    def begin(self) -> None:
        self.out.write("[")

    def document(self, doc_id: str, quotes: Sequence[Quote]) -> None:
        sep = "\n" if self.first else ",\n"
        self.first = False
        self.out.write(sep + _dumps({"doc": doc_id, "quotes": [record_dict(q) for q in quotes]}))

    def end(self) -> None:
        self.out.write("\n]\n" if not self.first else "]\n")


class TableRenderer:
    """A Rich table per document, for people."""

    def __init__(self, out: IO[str], explain: bool = False, color: Optional[bool] = None):
        self.console = Console(file=out, no_color=color is False, highlight=False,
                               force_terminal=None if color is None else color, soft_wrap=False)
        self.explain = explain

    def begin(self) -> None:
        pass

    def document(self, doc_id: str, quotes: Sequence[Quote]) -> None:
        table = Table(title=Text(safe_for_terminal(doc_id), style="bold"), title_justify="left")
        speaker_width = 20
        fixed = 3 + speaker_width + 8 + 10 + (16 if self.explain else 0)
        borders = 3 * (6 if self.explain else 5) + 1
        table.add_column("#", justify="right", style="dim", width=3)
        table.add_column("speaker / role", width=speaker_width)
        table.add_column("kind", width=8)
        table.add_column("quote", width=max(20, self.console.width - fixed - borders))
        table.add_column("cue", style="green", width=10)
        if self.explain:
            table.add_column("why", style="magenta", width=16)
        for q in quotes:
            who = Text(safe_for_terminal(q.speaker) or "—", style="bold cyan")
            if q.role:
                who.append("\n" + safe_for_terminal(q.role), style="dim")
            row = [Text(str(q.index)), who, Text(q.kind),
                   Text(safe_for_terminal(q.quote).replace("\n", " ")), Text(safe_for_terminal(q.cue))]
            if self.explain:
                row.append(Text(explain(q)))
            table.add_row(*row)
        if not quotes:
            self.console.print(Text(f"{safe_for_terminal(doc_id)}: no quotations found", style="dim"))
            return
        self.console.print(table)

    def end(self) -> None:
        pass


def explain(q: Quote) -> str:
    """The rule and the mention chain that gave a record its speaker."""
    if q.speaker_mention is None:
        return f"{q.rule}: no speaker in the text"
    chain = f"“{safe_for_terminal(q.speaker_mention)}”"
    if q.speaker and q.speaker != q.speaker_mention:
        chain += f" → {safe_for_terminal(q.speaker)}"
    return f"{q.rule}: {chain} @{q.speaker_start}"


def renderer(fmt: str, out: IO[str], *, explain: bool = False, color: Optional[bool] = None):
    if fmt == "jsonl":
        return JsonlRenderer(out)
    if fmt == "json":
        return JsonRenderer(out)
    return TableRenderer(out, explain=explain, color=color)
