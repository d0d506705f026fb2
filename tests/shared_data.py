"""Where tests find ../shared (the annotated data and score.py), and how they skip without it.

shared/ lies beside the repository (CI puts it there) or at $QUOTEX_SHARED. The product never
needs it; tests that do are skipped, with the reason, where it is absent.
"""
from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("QUOTEX_SHARED") or Path(__file__).resolve().parents[2] / "shared")


def need(path: Path) -> Path:
    """``path`` (under shared/), or skip the test saying what is missing."""
    if not path.exists():
        pytest.skip(f"{path} not found: needs shared/ beside the repository (or QUOTEX_SHARED)")
    return path


@lru_cache(maxsize=None)
def score_py():
    """shared/eval/score.py, imported as a module."""
    spec = importlib.util.spec_from_file_location("quotex_shared_score", need(SHARED / "eval" / "score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
