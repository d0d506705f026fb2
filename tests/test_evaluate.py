"""quotex.evaluate: one small made-up example per scoring rule, then the same figures as
shared/eval/score.py on the real gold files (skipped, with the reason, without shared/)."""
from __future__ import annotations

import json

import pytest

from shared_data import SHARED, score_py
from quotex.evaluate import (GROUPS, evaluate, load_gold, name_matches, predictions_from_extractor,
                             predictions_from_records, speaker_matches)

METRICS = ["gold", "pred", "matched", "precision", "recall", "f1", "exact_f1",
           "speaker_acc", "speaker_acc_strict", "e2e_f1"]
TEXT = "“We are ready,” Peskov said. He added that the talks were going on. " * 3


def g(start, end, speaker="Dmitry Peskov", kind="direct", **extra):
    return {"start": start, "end": end, "speaker": speaker, "kind": kind, **extra}


def p(start, end, speaker="Dmitry Peskov", kind="direct", **extra):
    return {"start": start, "end": end, "speaker": speaker, "kind": kind, **extra}


def score(gold, pred, text=TEXT, **kw):
    return evaluate({"d": {"id": "d", "text": text, "quotes": gold}}, {"d": pred}, **kw)


def quoted(gold, pred, **kw):
    return score(gold, pred, **kw).scores["quoted"]


# --- spans -------------------------------------------------------------------------------

def test_match_needs_overlap_of_half_the_longer_span():
    assert quoted([g(0, 10)], [p(0, 5)])["matched"] == 1       # 5 of 10
    assert quoted([g(0, 10)], [p(0, 4)])["matched"] == 0       # 4 of 10
    assert quoted([g(0, 4)], [p(0, 8)])["matched"] == 1        # 4 of the longer 8
    assert quoted([g(0, 4)], [p(0, 9)])["matched"] == 0
    assert quoted([g(0, 10)], [p(10, 20)])["matched"] == 0     # touching is not overlapping


def test_groups_are_scored_apart():
    report = score([g(0, 10, kind="indirect")], [p(0, 10, kind="direct")])
    assert report.scores["quoted"]["pred"] == 1 and report.scores["quoted"]["matched"] == 0
    assert report.scores["indirect"]["gold"] == 1 and report.scores["indirect"]["matched"] == 0
    for kind in ("partial", "block"):
        assert quoted([g(0, 10, kind=kind)], [p(0, 10, kind="direct")])["matched"] == 1
    mixed = score([g(0, 10, kind="mixed")], [p(0, 10, kind="indirect")]).scores["indirect"]
    assert mixed["matched"] == 1


def test_greedy_pairing_takes_the_best_overlap_first_one_to_one():
    # the prediction fits A exactly and B well enough: it goes to A, B is missed
    s = quoted([g(0, 12), g(0, 10)], [p(0, 10)])
    assert (s["gold"], s["pred"], s["matched"]) == (2, 1, 1)
    report = score([g(0, 10)], [p(0, 12), p(0, 10)], errors=5)
    assert report.scores["quoted"]["matched"] == 1
    assert [(e.kind, e.span) for e in report.errors["quoted"]] == [("spurious", TEXT[0:12])]
    # a second, identical prediction is not matched again
    s = quoted([g(0, 10)], [p(0, 10), p(0, 10)])
    assert (s["gold"], s["pred"], s["matched"], s["precision"]) == (1, 2, 1, 0.5)


def test_greedy_pairing_is_not_an_optimal_assignment():
    # P1 fits G1 exactly and takes it, though it is G2's only candidate; P2 would have fitted G1
    s = quoted([g(0, 10), g(0, 18)], [p(0, 10), p(5, 10)])
    assert (s["gold"], s["pred"], s["matched"]) == (2, 2, 1)


def test_optional_gold_counts_neither_way():
    s = quoted([g(0, 10, optional=True)], [p(0, 10)])
    assert (s["gold"], s["pred"], s["matched"]) == (0, 0, 0)
    s = quoted([g(0, 10, optional=True), g(30, 40)], [p(30, 40)])
    assert (s["gold"], s["pred"], s["matched"], s["f1"]) == (1, 1, 1, 1.0)
    s = quoted([g(0, 10, optional=True)], [p(50, 60)])          # unmatched prediction still counts
    assert (s["gold"], s["pred"]) == (0, 1)


def test_lenient_inside_ignores_unmatched_quoted_predictions_inside_reported_speech():
    gold = [g(0, 40, kind="indirect")]
    pred = [p(10, 20, kind="partial"), p(30, 50, kind="partial")]   # inside / reaching outside
    assert quoted(gold, pred)["pred"] == 2
    assert quoted(gold, pred, lenient_inside=True)["pred"] == 1
    assert quoted([g(0, 40, kind="mixed")], pred, lenient_inside=True)["pred"] == 1
    # a matched prediction inside reported speech is counted as usual
    s = quoted(gold + [g(10, 20, kind="partial")], pred, lenient_inside=True)
    assert (s["pred"], s["matched"]) == (2, 1)
    # indirect predictions are never excused
    assert score(gold, [p(5, 10, kind="indirect")], lenient_inside=True).scores["indirect"]["pred"] == 1


def test_exact_f1_ignores_surrounding_punctuation_marks_and_space():
    # TEXT[0:15] == '“We are ready,”'
    s = quoted([g(1, 13)], [p(0, 15)])                      # 'We are ready' vs '“We are ready,”'
    assert (s["f1"], s["exact_f1"]) == (1.0, 1.0)
    s = quoted([g(1, 13)], [p(1, 10)])                      # 'We are re': matched, not exact
    assert (s["f1"], s["exact_f1"]) == (1.0, 0.0)
    text = "«Nyet!» — ‘yes’ „ja“ 'si'  \n"
    assert quoted([g(1, 5)], [p(0, 7)], text=text)["exact_f1"] == 1.0
    assert quoted([g(11, 14)], [p(9, 15)], text=text)["exact_f1"] == 1.0    # ' ‘yes’' vs 'yes'
    assert quoted([g(17, 19)], [p(16, 20)], text=text)["exact_f1"] == 1.0    # '„ja“' vs 'ja'
    assert quoted([g(1, 5)], [p(1, 9)], text=text)["exact_f1"] == 0.0    # '—' is not stripped


# --- speakers ----------------------------------------------------------------------------

def test_lenient_surname_and_strict_normalised_name():
    assert name_matches("Peskov", "Dmitry Peskov")
    assert not name_matches("Peskov", "Dmitry Peskov", strict=True)
    assert name_matches("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov")
    assert not name_matches("Dmitry", "Dmitry Peskov")               # the surname is the last word
    assert name_matches("the Kremlin’s", "Kremlin", strict=True)     # article, ’s
    assert name_matches("ＣＮＮ", "cnn", strict=True)                 # NFKC, casefold
    assert name_matches("Karine Jean-Pierre", "Jean-Pierre")         # hyphenated word
    assert not name_matches("Karine Jean", "Karine Jean-Pierre")
    s = quoted([g(0, 10, "Dmitry Peskov")], [p(0, 10, "Peskov")])
    assert (s["speaker_acc"], s["speaker_acc_strict"], s["e2e_f1"]) == (1.0, 0.0, 1.0)


def test_pronoun_only_prediction_never_matches_by_surname():
    assert not name_matches("he", "Jiankui He")
    assert name_matches("Dr He", "Jiankui He")
    assert name_matches("Jiankui He", "Jiankui He", strict=True)
    assert not name_matches("she", "Maria Zakharova")


def test_gold_may_list_acceptable_names():
    names = ["Dmitry Peskov", "the Kremlin"]
    assert name_matches("Kremlin", names, strict=True)
    assert name_matches("Peskov", names) and not name_matches("Peskov", names, strict=True)
    assert not name_matches("Lavrov", names)
    assert not name_matches("Lavrov", [])


def test_null_gold_speaker_wants_no_speaker():
    assert name_matches(None, None) and name_matches("", None)
    assert name_matches(None, None, strict=True)
    assert not name_matches("Peskov", None)
    assert not name_matches(None, "Dmitry Peskov")
    s = quoted([g(0, 10, None), g(20, 30, None)], [p(0, 10, None), p(20, 30, "Peskov")])
    assert (s["speaker_acc"], s["speaker_acc_strict"]) == (0.5, 0.5)


def test_overlapping_speaker_spans_are_lenient_right_whatever_the_names():
    gold = g(0, 10, "Dmitry Peskov", speaker_start=16, speaker_end=22)
    assert speaker_matches(p(0, 10, "he", speaker_start=16, speaker_end=18), gold)
    assert not speaker_matches(p(0, 10, "he", speaker_start=16, speaker_end=18), gold, strict=True)
    assert not speaker_matches(p(0, 10, "he", speaker_start=22, speaker_end=24), gold)
    assert not speaker_matches(p(0, 10, "he"), gold)                   # no span: names compared


def test_e2e_counts_matched_spans_with_the_right_speaker_over_all_items():
    gold = [g(0, 10), g(20, 30), g(40, 50), g(60, 70)]
    pred = [p(0, 10), p(20, 30, "Lavrov"), p(40, 50), p(100, 110)]
    report = score(gold, pred, errors=10)
    s = report.scores["quoted"]
    assert (s["gold"], s["pred"], s["matched"]) == (4, 4, 3)
    assert (s["precision"], s["recall"], s["f1"]) == (0.75, 0.75, 0.75)
    assert (s["speaker_acc"], s["e2e_f1"]) == (0.6667, 0.5)
    assert [e.kind for e in report.errors["quoted"]] == ["speaker", "missed", "spurious"]
    assert report.errors["quoted"][0].pred_speaker == "Lavrov"
    assert len(score(gold, pred, errors=2).errors["quoted"]) == 2
    assert list(s) == METRICS


def test_nothing_predicted_or_nothing_to_find_scores_zero():
    assert quoted([], []) == dict.fromkeys(METRICS, 0)
    assert quoted([g(0, 10)], [])["f1"] == 0.0


def test_out_of_range_prediction_is_an_error():
    with pytest.raises(ValueError):
        quoted([], [p(0, len(TEXT) + 1)])


def test_predictions_from_records_reads_both_shapes_and_path_ids():
    records = [{"doc": "a", "start": 0, "end": 1}, {"doc": "a", "start": 2, "end": 3},
               {"doc": "b", "quotes": [{"start": 4, "end": 5}]}, {"id": "c", "start": 6, "end": 7}]
    preds = predictions_from_records(records)
    assert {k: [r["start"] for r in v] for k, v in preds.items()} == {"a": [0, 2], "b": [4], "c": [6]}
    gold = {"x.txt": {"id": "x.txt", "text": TEXT, "quotes": [g(0, 10)]}}
    assert evaluate(gold, {"seeds/x.txt": [p(0, 10)]}).scores["quoted"]["matched"] == 1


def test_load_gold_and_the_extractor(tmp_path):
    path = tmp_path / "gold.jsonl"
    text = "“We are ready,” Dmitry Peskov said."
    path.write_text(json.dumps({"id": 7, "text": text, "quotes": [g(1, 13)]}) + "\n\n", encoding="utf-8")
    gold = load_gold(path)
    assert list(gold) == ["7"]
    preds = predictions_from_extractor(gold)
    assert preds["7"][0]["doc"] == "7"
    s = evaluate(gold, preds).scores["quoted"]
    assert (s["f1"], s["exact_f1"], s["e2e_f1"]) == (1.0, 1.0, 1.0)


# --- the same figures as shared/eval/score.py ----------------------------------------------

def _reference(module, gold, preds, lenient_inside, n_errors=0):
    stats, errors = module.score(gold, preds, list(GROUPS), n_errors, lenient_inside=lenient_inside)
    return {grp: module.summarise(stats[grp]) for grp in GROUPS}, errors


@pytest.mark.parametrize("rel, lenient_inside", [("eval/gold/seeds.jsonl", False),
                                                 ("data/polnear/dev.jsonl", True)])
def test_same_figures_and_errors_as_score_py(rel, lenient_inside):
    module = score_py()
    if not (SHARED / rel).exists():
        pytest.skip(f"{SHARED / rel} not found")
    gold = module.load_gold(SHARED / rel)
    assert load_gold(SHARED / rel) == gold
    preds = predictions_from_extractor(gold)
    figures, errors = _reference(module, gold, preds, lenient_inside, n_errors=50)
    report = evaluate(gold, preds, lenient_inside=lenient_inside, errors=50)
    assert report.scores == figures
    assert {grp: [(e.kind, e.doc, e.span, e.gold_speaker, e.pred_speaker) for e in errs]
            for grp, errs in report.errors.items()} == errors


def test_same_figures_as_score_py_on_the_made_up_cases():
    module = score_py()
    cases = [
        ([g(0, 12), g(0, 10)], [p(0, 10)]),
        ([g(0, 10, optional=True), g(30, 40)], [p(30, 40), p(0, 10), p(50, 60, "he")]),
        ([g(0, 40, kind="indirect"), g(45, 60, "Jiankui He", kind="mixed")],
         [p(10, 20, kind="partial"), p(30, 50), p(45, 58, "he", kind="indirect")]),
        ([g(1, 13, ["Dmitry Peskov", "the Kremlin"]), g(20, 30, None)],
         [p(0, 15, "Kremlin’s"), p(21, 30, "")]),
    ]
    for gold, pred in cases:
        docs = {"d": {"id": "d", "text": TEXT, "quotes": gold}}
        for lenient_inside in (False, True):
            expected, _ = _reference(module, docs, {"d": pred}, lenient_inside)
            assert evaluate(docs, {"d": pred}, lenient_inside=lenient_inside).scores == expected
