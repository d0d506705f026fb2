"""The Dask recipe: the same records from a two-worker cluster as from one process."""
import json

import pytest

pytest.importorskip("dask.bag", reason="the dask extra is not installed (pip install '.[dask]')")
distributed = pytest.importorskip("distributed")

from quotex.cluster import extract_bag, extract_lines  # noqa: E402

ARTICLES = [
    {"id": "a1", "text": "“We are ready,” Kremlin spokesman Dmitry Peskov said. He added that talks would go on."},
    {"id": "a2", "text": "According to the ministry, the talks failed.\n\n“No,” said Maria Zakharova."},
    {"id": "a3", "text": "not an article"},
    {"id": "a4", "text": "John Kirby said the offer was serious. “We mean it,” Kirby told reporters."},
]


@pytest.fixture
def corpus(tmp_path):
    """Two partitions, one with a line that is not an article."""
    paths = []
    for n, part in enumerate((ARTICLES[:2], ARTICLES[2:])):
        path = tmp_path / f"part-{n}.jsonl"
        lines = [json.dumps(a) for a in part] + (["{not json"] if n else [])
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_two_worker_cluster_gives_the_single_process_records(corpus):
    single = [r for p in corpus for r in extract_lines(p.read_text(encoding="utf-8").splitlines())]
    assert {r["speaker"] for r in single} >= {"Dmitry Peskov", "Maria Zakharova", "John Kirby"}
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        records = extract_bag([str(p) for p in corpus]).compute()
    assert records == single
