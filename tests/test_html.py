"""quotex.htmltext.html_to_text: HTML in, the text quotex reads out."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quotex
from quotex.htmltext import html_to_text

CASES = [
    # entities
    ("Tom &amp; Jerry &lt;3 &quot;x&quot; &#8220;q&#8221; &#x2019; &euro;", "Tom & Jerry <3 \"x\" “q” ’ €"),
    ("Peskov&nbsp;said", "Peskov said"),
    ("&amp;amp; &nosuchentity; fish &chips", "&amp; &nosuchentity; fish &chips"),
    # dropped content
    ("a<script>alert('<p>x</p>')</script>b", "ab"),
    ("<style>p { color: red }</style>text", "text"),
    ("<noscript>enable JS</noscript>x <template><p>t</p></template> y", "x y"),
    ("<svg><svg><text>in</text></svg><text>in</text></svg>out", "out"),
    ("<html><head><title>T</title><meta charset='utf-8'></head><body><p>Body</p></body></html>", "Body"),
    ("<head><title>T</title><p>head never closed", "head never closed"),
    ("<!DOCTYPE html><!-- comment <p>no</p> --><p>yes</p>", "yes"),
    ("<script/>kept", "kept"),
    # paragraphs and lines
    ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
    ("<h1>Head</h1><div>Body</div><blockquote>Quote</blockquote><ul><li>a</li><li>b</ul>",
     "Head\n\nBody\n\nQuote\n\na\n\nb"),
    ("<article><header>H</header><section>S</section><figure><figcaption>C</figcaption></figure>"
     "<footer>F</footer></article>", "H\n\nS\n\nC\n\nF"),
    ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc"),
    ("one<br>two<br/>three", "one\ntwo\nthree"),
    ("a<br><br><br><br>b", "a\n\nb"),
    ("<pre>line 1\nline 2</pre>after", "line 1\nline 2\n\nafter"),
    # white space
    ("  <p>  many \n\t spaces   here </p>\n\n\n<p></p><div> </div>  ", "many spaces here"),
    ("<p>in<b>line</b> <i>tags</i> <a href='#'>stay</a> <span>joined</span></p>", "inline tags stay joined"),
    # nesting and broken HTML
    ("<div><div><p>deep <b><i>nest</i></b></p></div></div>", "deep nest"),
    ("<div><p>unclosed <b>bold <i>it</div>after", "unclosed bold it\n\nafter"),
    ("</p></div></b>stray end tags", "stray end tags"),
    ("<p>cut off at the end</p><a href='x", "cut off at the end"),
    ("<p>x<!-- comment never closed", "x"),
    ("<![if x]>conditional<![endif]>", "conditional"),
    ("<![weird marked section>after", "after"),
    ("<p <p>>text", ">text"),
    ("", ""),
    ("plain text, no tags", "plain text, no tags"),
]


@pytest.mark.parametrize("html, text", CASES)
def test_html_to_text(html, text):
    assert html_to_text(html) == text


def test_a_quotation_in_html_extracts_with_its_speaker():
    html = ("<html><head><title>Kremlin</title><script>track()</script></head><body>"
            "<h1>Talks</h1><p>The Kremlin spoke on&nbsp;Friday.</p>"
            "<blockquote><p>&ldquo;We are ready,&rdquo; Peskov said.</p></blockquote>"
            "<p>Dmitry Peskov is the Kremlin spokesman.</p></body></html>")
    text = html_to_text(html)
    assert text == ("Talks\n\nThe Kremlin spoke on Friday.\n\n“We are ready,” Peskov said.\n\n"
                    "Dmitry Peskov is the Kremlin spokesman.")
    quotes = [q for q in quotex.extract(text) if q.kind == "direct"]
    assert [(q.quote, q.speaker_mention) for q in quotes] == [("We are ready,", "Peskov")]
    assert quotes[0].speaker.endswith("Peskov")
    assert text[quotes[0].start:quotes[0].end] == quotes[0].quote    # offsets refer to the text


def test_the_readme_example():
    text = html_to_text("<p>“We are ready,” Peskov said.</p>")
    assert [(q.speaker, q.quote) for q in quotex.extract(text)] == [("Peskov", "We are ready,")]


MARKUP = st.lists(st.sampled_from(
    ["<", ">", "</", "/>", "<!", "<![", "<!--", "-->", "]]>", "<?", "&", ";", "#", "x", "&amp;",
     "&#", "&#x", "p", "br", "script", "head", "svg", "pre", "body", "=", "'", '"', " ", "\n",
     "“", "text", "\x00", "[", "]", "DOCTYPE", "CDATA"]), max_size=40).map("".join)


@given(st.one_of(MARKUP, st.text()))
def test_never_raises_and_the_text_is_tidy(html):
    text = html_to_text(html)
    assert isinstance(text, str)
    assert text == text.strip()
    assert "\n\n\n" not in text
    assert "  " not in text
