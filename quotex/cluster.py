"""Extraction over a partitioned JSONL corpus on a Dask cluster (``pip install 'quotex[dask]'``).

    from distributed import Client
    from quotex.cluster import extract_bag

    client = Client("tcp://scheduler:8786")            # or Client(LocalCluster(...))
    records = extract_bag("s3://corpus/part-*.jsonl")   # any path fsspec reads
    records.map(json.dumps).to_textfiles("out/part-*.jsonl")

Each file is a partition; each line an article (``id`` and ``text`` by default). The records are
the same dicts, in the same order within a partition, as ``quotex extract --format jsonl``
writes. Lines that are not articles are skipped, as the command line skips them.
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator, Sequence, Union

from .pipeline import extract


def extract_lines(lines: Iterable[str], *, id_field: str = "id", text_field: str = "text",
                  unattributed: bool = False) -> Iterator[dict]:
    """Records of the articles in JSONL ``lines``: the map function of a partition."""
    for line in lines:
        if not line.strip():
            continue
        try:
            article = json.loads(line)
        except json.JSONDecodeError:
            continue
        if not isinstance(article, dict) or not isinstance(article.get(text_field), str):
            continue
        doc_id = article.get(id_field)
        for q in extract(article[text_field], doc=None if doc_id is None else str(doc_id),
                         unattributed=unattributed):
            yield q.to_dict()


def extract_bag(paths: Union[str, Sequence[str]], *, id_field: str = "id", text_field: str = "text",
                unattributed: bool = False, blocksize=None):
    """A ``dask.bag.Bag`` of record dicts for the JSONL files at ``paths`` (a glob or a list).
    Nothing runs until the bag is computed, on whatever cluster the active client points to."""
    import dask.bag as db

    lines = db.read_text(paths, encoding="utf-8", blocksize=blocksize)
    return lines.map_partitions(lambda part: list(extract_lines(
        part, id_field=id_field, text_field=text_field, unattributed=unattributed)))
