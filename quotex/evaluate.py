"""Score quotex records against gold annotations, by the rules of ANNOTATION.md and score.py.

Gold: one document per JSONL line, ``{"id", "text", "quotes": [{"start", "end", "kind",
"speaker", "optional"?, "speaker_start"?, "speaker_end"?}]}``; ``speaker`` is a name, a list of
acceptable names, or null. Predictions: quotex records (or any dicts with those fields) per id.

- Two groups are scored apart: ``quoted`` (direct, partial, block) and ``indirect`` (indirect,
  and ``mixed`` in gold).
- A prediction matches a gold item of its group when their overlap is at least half of the
  longer span. Pairs are taken greedily, best overlap first, one to one (on a tie, the later
  gold item and then the later prediction first, as score.py does).
- Optional gold items count neither when missed nor when found.
- ``lenient_inside``: an unmatched quoted prediction lying inside a gold indirect/mixed span is
  not counted (for data that annotates only the whole reported clause).
- Speaker, lenient: the predicted and gold speaker spans overlap (where both have them), or the
  gold surname is a word of the predicted speaker; strict: the normalised names are equal.

The command line is ``quotex eval GOLD.jsonl [--pred PRED.jsonl]``.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Optional

GROUPS = ("quoted", "indirect")
PRONOUNS = frozenset("he she they it we i you him her them his hers their".split())
ARTICLES = frozenset(("the", "a", "an"))
# surrounding characters that do not make a span different (exact_f1)
SPAN_JUNK = frozenset(" \t\n\r.,;:!?\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e")
_POSSESSIVE = re.compile(r"'s\b")     # "Kremlin's" -> "Kremlin"
_NAME_WORD = re.compile(r"[\w-]+")    # "Jean-Pierre", "Lavrov"


def group_of(kind: Optional[str]) -> str:
    return "indirect" if kind in ("indirect", "mixed") else "quoted"


def name_words(name: str) -> list[str]:
    """'The Kremlin’s' -> ['kremlin']: NFKC, casefold, no possessive 's, no leading article."""
    name = unicodedata.normalize("NFKC", name).casefold().replace("\u2019", "'")
    words = _NAME_WORD.findall(_POSSESSIVE.sub("", name))
    while words and words[0] in ARTICLES:
        words.pop(0)
    return words


def name_matches(pred, gold, *, strict: bool = False) -> bool:
    """Does the predicted speaker name the gold speaker (a name, a list of names, or None)?"""
    accepted = gold if isinstance(gold, list) else [gold]
    if accepted == [None]:                      # no speaker in the text
        return pred in (None, "")
    if isinstance(pred, list):
        pred = pred[0] if pred else None
    if not pred:
        return False
    words = name_words(pred)
    pronoun_only = len(words) == 1 and words[0] in PRONOUNS
    for name in accepted:
        gold_words = name_words(name) if name is not None else []
        if not gold_words:
            continue
        if words == gold_words:
            return True
        if not strict and not pronoun_only and gold_words[-1] in words:
            return True
    return False


def speaker_matches(pred: dict, gold: dict, *, strict: bool = False) -> bool:
    if not strict and pred.get("speaker_start") is not None and gold.get("speaker_start") is not None:
        if _overlap(pred["speaker_start"], pred["speaker_end"], gold["speaker_start"], gold["speaker_end"]) > 0:
            return True
    return name_matches(pred.get("speaker"), gold.get("speaker"), strict=strict)


def _overlap(s1: int, e1: int, s2: int, e2: int) -> int:
    return max(0, min(e1, e2) - max(s1, s2))


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in SPAN_JUNK:
        start += 1
    while end > start and text[end - 1] in SPAN_JUNK:
        end -= 1
    return start, end


def pair(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, prediction index), best overlap ratio first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            longer = max(g["end"] - g["start"], p["end"] - p["start"], 1)
            ratio = _overlap(g["start"], g["end"], p["start"], p["end"]) / longer
            if ratio >= 0.5:
                candidates.append((-ratio, -i, -j))
    candidates.sort()
    used_gold, used_pred, pairs = set(), set(), []
    for _, i, j in candidates:
        i, j = -i, -j
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


@dataclass(frozen=True)
class Error:
    kind: str                   # 'missed', 'spurious' or 'speaker'
    doc: str
    span: str
    gold_speaker: object = None
    pred_speaker: object = None


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    exact: int = 0
    speaker: int = 0
    speaker_strict: int = 0

    def scores(self) -> dict:
        def f1(hits: int) -> float:
            p = hits / self.pred if self.pred else 0.0
            r = hits / self.gold if self.gold else 0.0
            return 2 * p * r / (p + r) if p + r else 0.0

        def share(hits: int) -> float:
            return round(hits / self.matched, 4) if self.matched else 0.0

        return {
            "gold": self.gold, "pred": self.pred, "matched": self.matched,
            "precision": round(self.matched / self.pred if self.pred else 0.0, 4),
            "recall": round(self.matched / self.gold if self.gold else 0.0, 4),
            "f1": round(f1(self.matched), 4), "exact_f1": round(f1(self.exact), 4),
            "speaker_acc": share(self.speaker), "speaker_acc_strict": share(self.speaker_strict),
            "e2e_f1": round(f1(self.speaker), 4),
        }


@dataclass
class Report:
    scores: dict = field(default_factory=dict)   # group -> metric -> value
    errors: dict = field(default_factory=dict)   # group -> [Error]


def evaluate(gold_docs: dict, predictions: dict, *, lenient_inside: bool = False, errors: int = 0) -> Report:
    """Score predictions ({doc id: [record dict]}) against gold documents ({doc id: doc});
    keep up to ``errors`` errors per group."""
    predictions = _align_ids(predictions, gold_docs)
    counts = {g: Counts() for g in GROUPS}
    found = {g: [] for g in GROUPS}
    for doc_id, doc in gold_docs.items():
        text = doc["text"]
        for p in predictions.get(doc_id, []):
            if not 0 <= p["start"] <= p["end"] <= len(text):
                raise ValueError(f"prediction out of range in {doc_id}: {p}")
        reported = [g for g in doc["quotes"] if group_of(g.get("kind")) == "indirect"]
        for grp in GROUPS:
            c, errs = counts[grp], found[grp]
            gold = [g for g in doc["quotes"] if group_of(g.get("kind")) == grp]
            pred = [p for p in predictions.get(doc_id, []) if group_of(p.get("kind")) == grp]
            pairs = pair(gold, pred)
            paired_gold = {i for i, _ in pairs}
            paired_pred = {j for _, j in pairs}
            new = []
            for i, j in pairs:
                g, p = gold[i], pred[j]
                if g.get("optional"):
                    continue
                c.matched += 1
                c.exact += _stripped(text, g["start"], g["end"]) == _stripped(text, p["start"], p["end"])
                c.speaker_strict += speaker_matches(p, g, strict=True)
                if speaker_matches(p, g):
                    c.speaker += 1
                else:
                    new.append(Error("speaker", doc_id, text[g["start"]:g["end"]], g.get("speaker"), p.get("speaker")))
            c.gold += sum(1 for g in gold if not g.get("optional"))
            c.pred += len(pred) - sum(1 for i, _ in pairs if gold[i].get("optional"))
            new += [Error("missed", doc_id, text[g["start"]:g["end"]], g.get("speaker"))
                    for i, g in enumerate(gold) if i not in paired_gold and not g.get("optional")]
            for j, p in enumerate(pred):
                if j in paired_pred:
                    continue
                if lenient_inside and grp == "quoted" and any(
                        r["start"] <= p["start"] and p["end"] <= r["end"] for r in reported):
                    c.pred -= 1
                    continue
                new.append(Error("spurious", doc_id, text[p["start"]:p["end"]], None, p.get("speaker")))
            errs.extend(new[:max(0, errors - len(errs))])
    return Report({g: counts[g].scores() for g in GROUPS}, found)


def _align_ids(predictions: dict, gold_docs: dict) -> dict:
    """Prediction ids that are paths ('corpus/seeds/a.txt') are matched to gold ids by file name."""
    aligned = {k: list(v) for k, v in predictions.items()}
    by_name = {str(k).rsplit("/", 1)[-1]: k for k in gold_docs}
    for key in [k for k in aligned if k not in gold_docs]:
        name = str(key).rsplit("/", 1)[-1]
        if name in by_name:
            aligned.setdefault(by_name[name], []).extend(aligned.pop(key))
    return aligned


def load_gold(path) -> dict:
    with open(path, encoding="utf-8") as f:
        docs = (json.loads(line) for line in f if line.strip())
        return {str(d["id"]): d for d in docs}


def predictions_from_records(records: Iterable[dict]) -> dict:
    """Group records by document: quote records ({"doc", "start", ...}) or documents
    ({"id"|"doc", "quotes": [...]}) as the CLI's jsonl and json formats write them."""
    preds: dict = {}
    for r in records:
        if "quotes" in r:
            preds.setdefault(str(r.get("id", r.get("doc"))), []).extend(r["quotes"])
        else:
            preds.setdefault(str(r.get("doc", r.get("id"))), []).append(r)
    return preds


def predictions_from_extractor(gold_docs: dict) -> dict:
    """Run quotex.extract on every gold document's text."""
    from .pipeline import extract
    return {doc_id: [q.to_dict() for q in extract(doc["text"], doc=doc_id)]
            for doc_id, doc in gold_docs.items()}
