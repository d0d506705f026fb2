"""Evaluation gate: quotex must not score below the floors pinned in tests/eval_floors.json.

The extractor runs in-process on the gold files of shared/ and is scored with shared/eval/score.py
(the same code as ``python3 ../shared/eval/score.py GOLD PRED``):

  seeds        shared/eval/gold/seeds.jsonl              our own annotation of the seed articles
  polnear_dev  shared/data/polnear/dev.jsonl             PolNeAR dev, scored with lenient_inside=True
  polnear_dev_wrapped                                    the same, hard-wrapped at 72 columns (mail,
                                                         pdftotext), which must score as dev does

For each file and each group (quoted, indirect) the figures f1, exact_f1, speaker_acc and
e2e_f1 must be at least their floor. When the extractor improves, raise the floors in
eval_floors.json (to the new figures minus 0.005) in the same commit; never lower a floor
without saying why in the commit message. See the current figures with

    quotex eval ../shared/eval/gold/seeds.jsonl
    quotex eval ../shared/data/polnear/dev.jsonl --lenient-inside

shared/ is found beside the repository (``../shared``) or at $QUOTEX_SHARED; without it the
gate is skipped, with the reason.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

import quotex
from layout import hard_wrap
from shared_data import SHARED, need, score_py

HERE = Path(__file__).resolve().parent
FLOORS = json.loads((HERE / "eval_floors.json").read_text(encoding="utf-8"))
GROUPS = ("quoted", "indirect")
METRICS = ("f1", "exact_f1", "speaker_acc", "e2e_f1")
DATASETS = {
    # name: (gold file under shared/, lenient_inside, hard-wrap width or None)
    "seeds": ("eval/gold/seeds.jsonl", False, None),
    "polnear_dev": ("data/polnear/dev.jsonl", True, None),
    "polnear_dev_wrapped": ("data/polnear/dev.jsonl", True, 72),
}


@lru_cache(maxsize=None)
def _run(name: str):
    """(gold, predictions) for one data set: predictions are quotex's records as dicts."""
    rel, _, width = DATASETS[name]
    gold = score_py().load_gold(need(SHARED / rel))
    if width:
        gold = {doc_id: {**doc, "text": hard_wrap(doc["text"], width)} for doc_id, doc in gold.items()}
    preds = {doc_id: [q.to_dict() for q in quotex.extract(doc["text"], doc=doc_id)]
             for doc_id, doc in gold.items()}
    return gold, preds


@lru_cache(maxsize=None)
def _figures(name: str) -> dict:
    score = score_py()
    gold, preds = _run(name)
    stats, _ = score.score(gold, preds, list(GROUPS), 0, lenient_inside=DATASETS[name][1])
    return {group: score.summarise(stats[group]) for group in GROUPS}


def test_floors_file_covers_every_figure():
    assert set(FLOORS) == set(DATASETS)
    for name in DATASETS:
        assert set(FLOORS[name]) == set(GROUPS)
        for group in GROUPS:
            assert set(FLOORS[name][group]) == set(METRICS)


CASES = [(name, group, metric) for name in DATASETS for group in GROUPS for metric in METRICS]


@pytest.mark.parametrize("name, group, metric", CASES, ids=[".".join(c) for c in CASES])
def test_figure_is_not_below_its_floor(name, group, metric):
    value = _figures(name)[group][metric]
    floor = FLOORS[name][group][metric]
    assert value >= floor, f"{name} {group}.{metric} = {value} < floor {floor}"


@pytest.mark.parametrize("name", list(DATASETS))
def test_every_record_slices_its_text(name):
    gold, preds = _run(name)
    assert sum(len(p) for p in preds.values()) > 0
    for doc_id, records in preds.items():
        text = gold[doc_id]["text"]
        for r in records:
            assert 0 <= r["start"] <= r["end"] <= len(text)
            assert text[r["start"]:r["end"]] == r["quote"], (doc_id, r)
