"""bench/extract_bench.py: its big set is the listed corpora, whatever corpora are added later."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("extract_bench", ROOT / "bench/extract_bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_big_set_is_the_documented_one_and_a_new_corpus_does_not_join_it(tmp_path):
    bench = _bench()
    made = bench.make_big(tmp_path / "big", 1, bench.BIG_CORPORA.split(","))
    assert len(made) == 115  # x 5 copies: the README's 575 files
    sources = {p.name.removeprefix("c1-").split("_corpus_")[0].removeprefix("tests_")
               for p in made}  # fmt: skip
    sources = {"corpus" if s.startswith("corpus_") else s for s in sources}
    assert sources == {"corpus", *bench.BIG_CORPORA.split(",")}
    # look-alike: corpora written since session 4 are not in it
    assert not {"blind10", "blind19", "blind21", "traps2", "traps3"} & sources


def test_the_memory_column_says_what_getrusage_gives():
    row = {"case": "x", "files": 1, "words": 10, "cpu": 1.0, "wall": 1.0, "rss_mb": 5.0}
    assert "max child RSS so far MB" in _bench().markdown_table([row], 1)
