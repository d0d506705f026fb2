"""Shared test setup.

Hypothesis profiles (pick one with the environment variable HYPOTHESIS_PROFILE):

  ci    (default)  2,000 examples per property, no deadline: what .ci/run uses
  dev              200 examples: a quick local run
  fuzz             QUOTEX_FUZZ_EXAMPLES examples (default 100,000): a long hunt, by hand

  HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_properties.py --hypothesis-show-statistics
  HYPOTHESIS_PROFILE=fuzz QUOTEX_FUZZ_EXAMPLES=36000 python -m pytest tests/test_properties.py  # ~10 min
"""
from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]

_COMMON = dict(deadline=None, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("ci", max_examples=2000, **_COMMON)
settings.register_profile("dev", max_examples=200, **_COMMON)
settings.register_profile("fuzz", max_examples=int(os.environ.get("QUOTEX_FUZZ_EXAMPLES", "100000")), **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
