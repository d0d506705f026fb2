"""Output formats: the only place records are written out.

Every record format streams: ``begin``, then ``document`` per article, then ``end``; nothing
is held back but the current article. JSON, JSONL, CSV and TSV keep the article text exact;
the terminal shows it literally, with markup and control characters made harmless, and HTML
escapes it.
"""
from __future__ import annotations

import csv
import functools
import html
import json
import operator
import re
from typing import IO, TYPE_CHECKING, Optional, Sequence

from .model import FIELDS, Document, Quote
from .summary import SpeakerRow

# Rich is imported where a table or the terminal view is drawn, not at start-up: the machine
# formats (jsonl, json, csv, tsv, markdown) never need it, and it is a third of the import time
if TYPE_CHECKING:
    from rich.console import Console

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "markdown")
SPEAKER_FORMATS = ("table", "json", "jsonl", "csv", "tsv")
SCORE_FORMATS = ("table", "json")

# Terminal control: ANSI/OSC escape sequences, then any other C0/C1 control but tab and newline.
#   "\x1b[31m"  "\x1b]8;;http://x\x1b\\"  "\r"  "\b"
_CONTROL = re.compile(r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b.?|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe_for_terminal(s: Optional[str]) -> str:
    """Text as it may be shown in a terminal: no escape sequences, no control characters."""
    return _CONTROL.sub("", s) if s else ""


# One encoder for every record: json.dumps builds a new one per call when given options.
_JSON = json.JSONEncoder(ensure_ascii=False)


def _dumps(obj) -> str:
    return _JSON.encode(obj)


def console_for(out: IO[str], color: Optional[bool]) -> Console:
    """A Rich console on ``out``; ``color`` False forces plain text, None decides by terminal."""
    from rich.console import Console
    return Console(file=out, no_color=color is False, highlight=False, soft_wrap=False,
                   force_terminal=None if color is None else color)


# A JSONL line written by a template of the record's fields, its values encoded one by one
# as the encoder writes them: the same text as _dumps of the record's dict, at a fraction of
# the cost (the encoder spends more on a record's 14 keys and its set-up than on its values).
#   '{"doc": %s, "index": %s, …, "rule": %s}\n'
# (the string encoder _JSON itself uses, whichever its ensure_ascii)
_encode_str = json.encoder.encode_basestring_ascii if _JSON.ensure_ascii else json.encoder.encode_basestring


@functools.lru_cache(maxsize=16)
def _jsonl_line(fields: tuple[str, ...]):
    """(template, getter) for records of ``fields``: a field named twice is written once, where
    it first stands, as a dict keeps it."""
    unique = tuple(dict.fromkeys(fields))
    template = "{" + ", ".join(_dumps(f).replace("%", "%%") + ": %s" for f in unique) + "}\n"
    getter = operator.attrgetter(*unique) if len(unique) > 1 else (lambda q, f=unique[0]: (getattr(q, f),))
    return template, getter


def jsonl_text(quotes: Sequence[Quote], fields: Sequence[str] = FIELDS) -> str:
    """The JSONL lines of some records."""
    template, getter = _jsonl_line(tuple(fields or FIELDS))
    # str, int and None are the values of a record; any other one is left to the encoder
    return "".join([template % tuple(["null" if v is None else _encode_str(v) if type(v) is str
                                      else int.__repr__(v) if type(v) is int else _dumps(v)
                                      for v in getter(q)])
                    for q in quotes])


class JsonlRenderer:
    """One record per line."""

    def __init__(self, out: IO[str], fields: Sequence[str] = FIELDS):
        self.out, self.fields = out, fields

    def begin(self) -> None:
        pass

    def document(self, doc: Document, quotes: Sequence[Quote]) -> None:
        self.out.write(jsonl_text(quotes, self.fields))

    def end(self) -> None:
        pass


class JsonRenderer:
    """One JSON array of documents: [{"doc": …, "quotes": […]}, …]; a document read from HTML
    also carries the extracted "text" that its offsets point into."""

    def __init__(self, out: IO[str], fields: Sequence[str] = FIELDS):
        self.out, self.fields = out, fields
        self.first = True

    def begin(self) -> None:
        self.out.write("[")

    def document(self, doc: Document, quotes: Sequence[Quote]) -> None:
        obj = {"doc": doc.id, "quotes": [q.to_dict(self.fields) for q in quotes]}
        if doc.from_html:
            obj["text"] = doc.text
        self.out.write(("\n" if self.first else ",\n") + _dumps(obj))
        self.first = False

    def end(self) -> None:
        self.out.write("\n]\n" if not self.first else "]\n")


class DelimitedRenderer:
    """CSV or TSV with a header row; one record per row."""

    def __init__(self, out: IO[str], fields: Sequence[str] = FIELDS, delimiter: str = ","):
        self.fields = fields
        self.writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")

    def begin(self) -> None:
        self.writer.writerow(self.fields)

    def document(self, doc: Document, quotes: Sequence[Quote]) -> None:
        self.writer.writerows([["" if v is None else v for v in q.to_dict(self.fields).values()]
                               for q in quotes])

    def end(self) -> None:
        pass


def _markdown_cell(v) -> str:
    s = "" if v is None else str(v)
    return html.escape(s, quote=False).replace("|", "\\|").replace("\r", " ").replace("\n", " ")


class MarkdownRenderer:
    """A Markdown (GitHub) table; text is escaped so that it cannot break the table."""

    def __init__(self, out: IO[str], fields: Sequence[str] = FIELDS):
        self.out, self.fields = out, fields

    def begin(self) -> None:
        self.out.write("| " + " | ".join(self.fields) + " |\n")
        self.out.write("|" + "---|" * len(self.fields) + "\n")

    def document(self, doc: Document, quotes: Sequence[Quote]) -> None:
        for q in quotes:
            self.out.write("| " + " | ".join(_markdown_cell(v) for v in q.to_dict(self.fields).values()) + " |\n")

    def end(self) -> None:
        pass


class TableRenderer:
    """A Rich table per document, for people."""

    def __init__(self, out: IO[str], explain: bool = False, color: Optional[bool] = None):
        self.console = console_for(out, color)
        self.explain = explain

    def begin(self) -> None:
        pass

    def document(self, doc: Document, quotes: Sequence[Quote]) -> None:
        from rich.table import Table
        from rich.text import Text
        title = safe_for_terminal(doc.id)
        if not quotes:
            self.console.print(Text(f"{title}: no quotations found", style="dim"))
            return
        table = Table(title=Text(title, style="bold"), title_justify="left")
        speaker_width = 20
        why_width = 34
        fixed = 3 + speaker_width + 8 + 10
        # the "why" column only where the quote keeps 30 columns; on a narrow terminal the
        # reason goes on a line of its own under the quote
        why_column = self.explain and self.console.width - fixed - why_width - 3 * 6 - 1 >= 30
        borders = 3 * (6 if why_column else 5) + 1
        table.add_column("#", justify="right", style="dim", width=3)
        table.add_column("speaker / role", width=speaker_width)
        table.add_column("kind", width=8)
        table.add_column("quote", width=max(20, self.console.width - fixed - (why_width if why_column else 0) - borders))
        table.add_column("cue", style="green", width=10)
        if why_column:
            table.add_column("why", style="magenta", width=why_width, overflow="fold")
        for q in quotes:
            who = Text(safe_for_terminal(q.speaker) or "—", style="bold cyan")
            if q.role:
                who.append("\n" + safe_for_terminal(q.role), style="dim")
            quote = Text(safe_for_terminal(q.quote).replace("\n", " "))
            if self.explain and not why_column:
                quote.append("\nwhy: " + explain(q), style="magenta")
            row = [Text(str(q.index)), who, Text(q.kind), quote, Text(safe_for_terminal(q.cue))]
            if why_column:
                row.append(Text(explain(q)))
            table.add_row(*row)
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


def renderer(fmt: str, out: IO[str], *, fields: Sequence[str] = FIELDS, explain: bool = False,
             color: Optional[bool] = None):
    if fmt == "jsonl":
        return JsonlRenderer(out, fields)
    if fmt == "json":
        return JsonRenderer(out, fields)
    if fmt in ("csv", "tsv"):
        return DelimitedRenderer(out, fields, "," if fmt == "csv" else "\t")
    if fmt == "markdown":
        return MarkdownRenderer(out, fields)
    return TableRenderer(out, explain=explain, color=color)


# --- quotex speakers ---------------------------------------------------------------------

SPEAKER_FIELDS = ("speaker", "quotes", "direct", "partial", "block", "indirect", "roles",
                  "aliases", "first_doc", "last_doc")


def write_speakers(rows: Sequence[SpeakerRow], fmt: str, out: IO[str], color: Optional[bool] = None) -> None:
    """The speakers summary in one of SPEAKER_FORMATS."""
    dicts = [r.as_dict() for r in rows]
    if fmt == "json":
        out.write(_dumps(dicts) + "\n")
    elif fmt == "jsonl":
        out.write("".join(_dumps(d) + "\n" for d in dicts))
    elif fmt in ("csv", "tsv"):
        w = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(SPEAKER_FIELDS)
        w.writerows([[("; ".join(d[f]) if isinstance(d[f], list) else d[f]) for f in SPEAKER_FIELDS] for d in dicts])
    else:
        from rich.table import Table
        from rich.text import Text
        console = console_for(out, color)
        wide = console.width >= 110          # first and last document only where they fit
        table = Table(title=Text(f"{len(rows)} speakers", style="bold"), title_justify="left")
        table.add_column("speaker", style="bold cyan", width=20)
        for name in ("all", "dir", "part", "blk", "ind"):
            table.add_column(name, justify="right", width=4)
        fixed = 20 + 5 * 4 + (24 if wide else 0) + 3 * (8 if wide else 7) + 1
        table.add_column("roles / aliases", style="dim", overflow="ellipsis", no_wrap=True,
                         width=max(12, console.width - fixed))
        if wide:
            table.add_column("first / last doc", style="dim", overflow="ellipsis", no_wrap=True, width=24)
        for r in rows:
            seen = Text(safe_for_terminal("\n".join(r.roles[:2])))
            if r.aliases:
                seen.append(("\n" if r.roles else "") + safe_for_terminal(", ".join(r.aliases[:4])), style="italic")
            cells = [Text(safe_for_terminal(r.speaker)), str(r.total),
                     *[str(r.counts[k]) for k in ("direct", "partial", "block", "indirect")], seen]
            if wide:
                cells.append(Text(safe_for_terminal(r.first_doc) + (
                    "" if r.last_doc == r.first_doc else "\n" + safe_for_terminal(r.last_doc))))
            table.add_row(*cells)
        console.print(table)


# --- quotex eval ------------------------------------------------------------------------

SCORE_METRICS = ("gold", "pred", "matched", "precision", "recall", "f1", "exact_f1", "speaker_acc",
                 "speaker_acc_strict", "e2e_f1")


def write_scores(report, fmt: str, out: IO[str], color: Optional[bool] = None) -> None:
    """Scores by group (json: score.py's shape), then the errors listed, one per line."""
    if fmt == "json":
        out.write(_dumps(report.scores) + "\n")
        return
    from rich.table import Table
    from rich.text import Text
    table = Table()
    table.add_column("metric", style="bold")
    for group in report.scores:
        table.add_column(group, justify="right")
    for m in SCORE_METRICS:
        table.add_row(m, *[str(scores[m]) for scores in report.scores.values()],
                      style="bold" if m == "e2e_f1" else None)
    console = console_for(out, color)
    console.print(table)
    for group, errs in report.errors.items():
        for e in errs:
            console.print(Text(f"[{group}] {e.kind:<8} {safe_for_terminal(e.doc)}: {safe_for_terminal(e.span[:90])!r} "
                               f"gold={e.gold_speaker!r} pred={e.pred_speaker!r}"))


# --- quotex show -------------------------------------------------------------------------

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#e377c2",
           "#8c564b", "#bcbd22", "#7f7f7f")


def speaker_colours(quotes: Sequence[Quote]) -> dict[str, str]:
    """A colour per speaker, in order of first quotation."""
    colours: dict[str, str] = {}
    for q in quotes:
        name = q.speaker or "(no speaker)"
        if name not in colours:
            colours[name] = PALETTE[len(colours) % len(PALETTE)]
    return colours


def _outermost(quotes: Sequence[Quote]) -> list[Quote]:
    """Records to colour: a partial quote inside a reported clause is shown by its clause."""
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out


def show_terminal(doc: Document, quotes: Sequence[Quote], out: IO[str], color: Optional[bool] = None) -> None:
    """The article with each quotation in its speaker's colour, and a legend."""
    from rich.text import Text
    console = console_for(out, color)
    colours = speaker_colours(quotes)
    body = Text(safe_for_terminal(doc.text))
    for q in _outermost(quotes):
        body.stylize(f"bold {colours[q.speaker or '(no speaker)']}", q.start, q.end)
        if q.speaker_start is not None:
            body.stylize("underline", q.speaker_start, q.speaker_end)
    console.print(Text(safe_for_terminal(doc.id), style="bold"))
    console.print(body)
    legend = Text("\n")
    for name, colour in colours.items():
        n = sum(1 for q in quotes if (q.speaker or "(no speaker)") == name)
        legend.append("■ ", style=colour)
        legend.append(f"{safe_for_terminal(name)} ({n})   ")
    console.print(legend)


def show_html(doc: Document, quotes: Sequence[Quote]) -> str:
    """The same view as a self-contained HTML page: no script, every text escaped."""
    colours = speaker_colours(quotes)
    parts, at = [], 0
    for q in _outermost(quotes):
        name = q.speaker or "(no speaker)"
        parts.append(html.escape(doc.text[at:q.start]))
        title = html.escape(f"{name} — {q.kind} ({q.rule})", quote=True)
        parts.append(f'<mark style="background:{colours[name]}33;border-bottom:2px solid {colours[name]}" '
                     f'title="{title}">{html.escape(doc.text[q.start:q.end])}</mark>')
        at = q.end
    parts.append(html.escape(doc.text[at:]))
    legend = "".join(
        f'<li><span style="background:{c}"></span>{html.escape(n)} '
        f'({sum(1 for q in quotes if (q.speaker or "(no speaker)") == n)})</li>' for n, c in colours.items())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(doc.id)} — quotex</title>
<style>
body {{ font: 16px/1.6 Georgia, serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #222; }}
article {{ white-space: pre-wrap; }}
mark {{ color: inherit; padding: 0 1px; }}
ul.legend {{ list-style: none; padding: 0; font: 14px/1.8 sans-serif; }}
ul.legend span {{ display: inline-block; width: .9em; height: .9em; margin-right: .4em; vertical-align: -1px; }}
</style></head>
<body><h1 style="font: bold 18px sans-serif">{html.escape(doc.id)}</h1>
<ul class="legend">{legend}</ul>
<article>{"".join(parts)}</article>
</body></html>
"""
