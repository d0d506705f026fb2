"""Regenerate the README's pictures from the real output of `quotex show`.

    python docs/make_screenshots.py     # needs Chromium (Debian package `chromium`)

The terminal view is captured as ANSI, drawn with Rich's SVG export, and photographed with
headless Chromium; the HTML view (`quotex show --html`) is photographed the same way.
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.text import Text

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "seeds" / "002_f8670c37a19ae779.txt"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars"]


def shoot(url: str, png: Path, size: str) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("make_screenshots: Chromium not found (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={size}",
                        f"--screenshot={png}", url], check=True, capture_output=True)


def main() -> None:
    from quotex.cli import app  # noqa: F401  (the same code path as the command)
    from quotex.model import Document
    from quotex.pipeline import extract
    from quotex.render import show_html, show_terminal

    text = ARTICLE.read_text(encoding="utf-8")
    doc = Document(f"seeds/{ARTICLE.name}", text)
    quotes = extract(text, doc=doc.id, unattributed=True)

    ansi = io.StringIO()
    show_terminal(doc, quotes, ansi, color=True)
    console = Console(record=True, width=100, file=io.StringIO(), force_terminal=True, color_system="truecolor")
    console.print(Text.from_ansi(ansi.getvalue()))
    with tempfile.TemporaryDirectory() as tmp:
        svg = Path(tmp) / "show.svg"
        console.save_svg(str(svg), title=f"quotex show seeds/{ARTICLE.name}")
        shoot(svg.as_uri(), ROOT / "docs" / "show-terminal.png", "1240,1380")
        page = Path(tmp) / "show.html"
        page.write_text(show_html(doc, quotes), encoding="utf-8")
        shoot(page.as_uri(), ROOT / "docs" / "show-html.png", "900,1300")


if __name__ == "__main__":
    main()
