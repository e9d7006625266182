"""A plain `pip install .` must carry the ontology, corpus, triples and queries inside the wheel."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_data_folders(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("kzgraph-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "kzgraph/_data/ontology/kzgraph.ttl",
        "kzgraph/_data/ontology/shapes.ttl",
        "kzgraph/_data/corpus/kazakhstan-usa.txt",
        "kzgraph/_data/corpus/kazakhstan-usa.toml",
        "kzgraph/_data/triples/kazakhstan-usa.trig",
        "kzgraph/cli/__init__.py",
    ):
        assert expected in names, expected
    assert any(n.startswith("kzgraph/_data/queries/") and n.endswith(".rq") for n in names)
    assert any(n.startswith("kzgraph/data/") for n in names), "rule data files missing"
