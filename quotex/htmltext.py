"""HTML to plain text for quotex, with the standard library's ``html.parser``.

    >>> html_to_text("<p>“We are ready,” Peskov&nbsp;said.</p><script>x()</script><p>Next</p>")
    '“We are ready,” Peskov said.\\n\\nNext'

- the content of script, style, noscript, template, svg, head and title is dropped;
- entities are decoded;
- block elements (p, div, li, h1-h6, blockquote, article, section, tr, header, footer,
  figcaption, pre, …) end a paragraph ("\\n\\n"), br ends a line ("\\n"), a table cell adds a space;
- inside a paragraph every run of white space is one space (in ``pre``, newlines stay line breaks);
- broken HTML never raises: unclosed and stray tags are tolerated, a tag or comment cut off by
  the end of the input is dropped.

The offsets of quotex records made from the result refer to the returned text, not to the HTML.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

DROPPED = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
BLOCKS = frozenset({
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "article", "section",
    "tr", "header", "footer", "figcaption", "pre",
    "ul", "ol", "dl", "dt", "dd", "table", "caption", "figure", "main", "aside", "nav", "hr",
    "address", "details", "summary", "form", "fieldset", "body", "html",
})
CELLS = frozenset({"td", "th"})
# what may stand in <head>; any other start tag there closes an unclosed <head>, as in browsers
HEAD_CONTENT = frozenset({"title", "meta", "link", "base", "style", "script", "noscript", "template"})

_LINE, _PARAGRAPH = object(), object()   # markers between the text pieces

# More than one blank line inside a <pre> paragraph: "a\n\n\n\nb" -> "a\n\nb"
_BLANK_LINES = re.compile(r"\n{3,}")
# What html.parser leaves unparsed at the end: a tag or comment cut off, "<p class="
_CUT_OFF_TAG = re.compile(r"<[A-Za-z/!?]")
# Last resort only: script and style elements, then any tag   <script>x()</script>   <p class="a">
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_ANY_TAG = re.compile(r"<[^>]*>")
_BLANK_LINE = re.compile(r"\n\s*\n")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list = []            # text pieces and the markers _LINE / _PARAGRAPH
        self.dropping: list[str] = []    # open elements whose content is dropped
        self.pre = 0                     # depth of open <pre> elements

    def handle_starttag(self, tag, attrs):
        if self.dropping == ["head"] and tag not in HEAD_CONTENT:
            self.dropping.clear()        # <head> left unclosed: the body has begun
        if tag in DROPPED:
            self.dropping.append(tag)
        elif not self.dropping:
            self._break(tag)
            self.pre += tag == "pre"

    def handle_startendtag(self, tag, attrs):    # <br/>, <p/>, <script/>: nothing to drop
        if tag not in DROPPED and not self.dropping:
            self._break(tag)

    def handle_endtag(self, tag):
        if tag in self.dropping:
            del self.dropping[len(self.dropping) - 1 - self.dropping[::-1].index(tag):]
        elif not self.dropping:
            self._break(tag)
            if tag == "pre" and self.pre:
                self.pre -= 1

    def handle_data(self, data):
        if self.dropping:
            return
        if self.pre:
            lines = data.split("\n")
            for line in lines[:-1]:
                self.parts += [line, _LINE]
            data = lines[-1]
        self.parts.append(data)

    def parse_html_declaration(self, i):
        # html.parser raises AssertionError on some malformed "<!…" and "<![…" declarations;
        # treat them as bogus comments up to the next ">" instead
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            end = self.rawdata.find(">", i + 2)
            return end + 1 if end >= 0 else -1

    def _break(self, tag: str) -> None:
        if tag == "br":
            self.parts.append(_LINE)
        elif tag in BLOCKS:
            self.parts.append(_PARAGRAPH)
        elif tag in CELLS:
            self.parts.append(" ")

    def text(self) -> str:
        paragraphs, lines, line = [], [], []
        for part in self.parts + [_PARAGRAPH]:
            if part is _LINE or part is _PARAGRAPH:
                lines.append(" ".join("".join(line).split()))
                line = []
                if part is _PARAGRAPH:
                    paragraph = _BLANK_LINES.sub("\n\n", "\n".join(lines).strip())
                    if paragraph:
                        paragraphs.append(paragraph)
                    lines = []
            else:
                line.append(part)
        return "\n\n".join(paragraphs)


def html_to_text(html_text: str) -> str:
    """The readable text of an HTML document or fragment: paragraphs separated by blank lines."""
    parser = _TextParser()
    try:
        parser.feed(html_text)
        if _CUT_OFF_TAG.match(parser.rawdata):
            parser.rawdata = ""          # a tag or comment cut off by the end of the input
        parser.close()
    except Exception:                    # a last resort: html.parser should not get here
        text = html.unescape(_ANY_TAG.sub("\n\n", _SCRIPT_OR_STYLE.sub("", html_text)))
        return "\n\n".join(" ".join(p.split()) for p in _BLANK_LINE.split(text) if p.strip())
    return parser.text()
