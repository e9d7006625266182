"""pipeline.build: reuse of current TriG, reasoning over facts only, the store it leaves.

Most tests use the tiny hand-written corpora of tests/build_corpus (texts plus their TriG,
with the texts' real sha256), so they exercise the build without the extractor; the tests
that change a text use the real extractor on the sample corpus.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from kzgraph import namespaces as ns
from kzgraph import pipeline, resources
from kzgraph.errors import Inconsistency, InputError, StoreBusy, StoreMissing
from kzgraph.store import build_lock, open_store

HANDMADE = Path(__file__).parent / "build_corpus"


def copy_corpus(name: str, folder: Path) -> Path:
    """Copy the hand-written corpus ``name`` (tests/build_corpus) into ``folder``."""
    shutil.copytree(HANDMADE / name, folder, dirs_exist_ok=True)
    return folder


def build_in(folder: Path, **options) -> pipeline.BuildReport:
    """Build ``folder/corpus`` with ``folder/triples`` into ``folder/store``."""
    return pipeline.build(
        [folder / "corpus"], store_path=folder / "store", triples_dir=folder / "triples", **options
    )


def build_code(folder: Path, **options) -> str:
    """Python source that runs ``build_in(folder, **options)``, for a subprocess."""
    arguments = ", ".join(f"{name}={value!r}" for name, value in options.items())
    return (
        "from pathlib import Path; from kzgraph import pipeline; "
        f"folder = Path({str(folder)!r}); "
        "pipeline.build([folder / 'corpus'], store_path=folder / 'store', "
        f"triples_dir=folder / 'triples', {arguments})"
    )


def ask(store_path: Path, query: str) -> bool:
    """An ASK query over the union of the store's graphs."""
    prefixes = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in ns.PREFIXES.items())
    store = open_store(store_path)
    return bool(store.query(prefixes + query, use_default_graph_as_union=True))


def dump(store_path: Path) -> list[str]:
    """The store's quads as sorted N-Quads lines."""
    return sorted(str(quad) for quad in open_store(store_path))


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    """The hand-written corpus, built once: (folder, report)."""
    folder = tmp_path_factory.mktemp("small")
    copy_corpus("consistent", folder)
    return folder, build_in(folder)


def test_reports_what_it_built(small_build):
    _, report = small_build
    assert report.documents == 2
    assert report.sentences == 3
    assert report.reused == ["alpha", "beta"] and report.extracted == []
    assert report.entities_by_class["State"] == 2
    assert report.entities_by_class["City"] == 1
    assert report.asserted_triples > 0 and report.inferred_triples > 0
    assert set(report.seconds) == {"extract", "ontology", "reason", "load"}


def test_co_founders_are_members(small_build):
    folder, _ = small_build
    assert ask(folder / "store", "ASK { GRAPH kzg:inferred { kzr:kaz kz:memberOf kzr:sco } }")
    assert ask(folder / "store", "ASK { GRAPH kzg:inferred { kzr:sco kz:hasMember kzr:chn } }")


def test_a_border_stated_from_one_side_is_found_from_the_other(small_build):
    folder, _ = small_build
    assert ask(
        folder / "store", "ASK { GRAPH kzg:inferred { kzr:chn kz:sharesBorderWith kzr:kaz } }"
    )


def test_a_city_in_a_region_in_a_state_is_in_that_state(small_build):
    folder, _ = small_build
    assert ask(folder / "store", "ASK { GRAPH kzg:inferred { kzr:almaty kz:locatedIn kzr:kaz } }")


def test_the_store_holds_ontology_provenance_and_facts_in_their_graphs(small_build):
    folder, _ = small_build
    store_path = folder / "store"
    assert ask(store_path, "ASK { GRAPH kzg:ontology { kz:State a owl:Class } }")
    assert ask(store_path, "ASK { GRAPH kzd:alpha { ?s a kz:Sentence ; kz:text ?t } }")
    assert ask(
        store_path,
        "ASK { GRAPH ?a { kzr:kaz kz:sharesBorderWith kzr:chn } ?a prov:wasDerivedFrom ?s . "
        '?s kz:text "Kazakhstan shares a border with China." }',
    )


def test_inferred_holds_nothing_asserted_and_nothing_from_the_dropped_list(small_build):
    folder, _ = small_build
    store_path = folder / "store"
    for pattern in (
        "GRAPH kzg:inferred { ?s ?p ?o } GRAPH ?a { ?s ?p ?o } FILTER(?a != kzg:inferred)",
        "GRAPH kzg:inferred { ?s ?p ?o FILTER(isLiteral(?s)) }",
        "GRAPH kzg:inferred { ?s owl:sameAs ?s }",
        "GRAPH kzg:inferred { ?s a ?c VALUES ?c { owl:Thing rdfs:Resource owl:NamedIndividual } }",
        "GRAPH kzg:inferred { ?s ?p ?o FILTER(STRSTARTS(STR(?s), STR(owl:))"
        " || STRSTARTS(STR(?s), STR(rdfs:)) || STRSTARTS(STR(?s), STR(xsd:))"
        " || STRSTARTS(STR(?s), STR(rdf:)) || STRSTARTS(STR(?s), STR(kz:))) }",
    ):
        assert not ask(store_path, f"ASK {{ {pattern} }}"), pattern


def test_provenance_is_never_reasoned_over(small_build):
    folder, _ = small_build
    # Sentences and assertions are typed kz:Sentence/kz:Assertion: a reasoner given the
    # provenance would add e.g. their superclass types to kzg:inferred.
    assert not ask(
        folder / "store",
        f"ASK {{ GRAPH kzg:inferred {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), '{ns.KZD}')) }} }}",
    )


def test_building_twice_gives_the_same_store(small_build, tmp_path):
    folder, _ = small_build
    first = dump(folder / "store")
    shutil.copytree(folder / "corpus", tmp_path / "corpus")
    shutil.copytree(folder / "triples", tmp_path / "triples")
    build_in(tmp_path)
    assert dump(tmp_path / "store") == first
    build_in(tmp_path)
    assert dump(tmp_path / "store") == first


def test_an_inconsistent_corpus_fails_naming_individuals_and_sentences(tmp_path):
    copy_corpus("inconsistent", tmp_path)
    with pytest.raises(Inconsistency) as caught:
        build_in(tmp_path)
    message = str(caught.value)
    assert "freedonia" in message
    assert '"Freedonia is a state."' in message
    assert '"Freedonia is an organisation."' in message
    assert "gamma.txt" in message
    with pytest.raises(StoreMissing):  # nothing was stored
        open_store(tmp_path / "store")


def test_allow_inconsistent_builds_and_reports(tmp_path):
    copy_corpus("inconsistent", tmp_path)
    report = build_in(tmp_path, allow_inconsistent=True)
    assert report.inconsistencies and any("freedonia" in m for m in report.inconsistencies)
    assert ask(tmp_path / "store", "ASK { kzr:freedonia a kz:State, kz:Organisation }")


def test_an_unreadable_text_is_skipped_and_the_rest_built(tmp_path):
    copy_corpus("consistent", tmp_path)
    (tmp_path / "corpus" / "empty.txt").write_bytes(b"")
    report = build_in(tmp_path)
    assert list(report.skipped.values()) == ["empty file"]
    assert report.documents == 2


def test_a_second_build_is_refused_while_one_runs(tmp_path):
    copy_corpus("consistent", tmp_path)
    with build_lock(tmp_path / "store"):
        # The same process re-enters its own lock, so take it from another process.
        code = build_code(tmp_path)
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0
    assert StoreBusy.__name__ in result.stderr
    assert "is writing the store" in result.stderr


def test_a_killed_build_leaves_the_previous_store_intact(tmp_path):
    copy_corpus("consistent", tmp_path)
    build_in(tmp_path)
    before = dump(tmp_path / "store")
    copy_corpus("inconsistent", tmp_path)  # adds gamma: a different store, if it finished
    code = build_code(tmp_path, allow_inconsistent=True)
    for delay in (0.2, 0.6, 1.0):  # kill it at different points of the build
        process = subprocess.Popen([sys.executable, "-c", code])
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        after = dump(tmp_path / "store")  # opens: the store is never half-written
        if after != before:
            assert ask(tmp_path / "store", "ASK { kzr:freedonia a kz:State }")
            before = after
    build_in(tmp_path, allow_inconsistent=True)  # and the next build cleans up and succeeds
    assert ask(tmp_path / "store", "ASK { kzr:freedonia a kz:State }")


# --- corpus resolution --------------------------------------------------------------------


def test_defaults_to_the_corpus_folder_here(tmp_path, monkeypatch):
    copy_corpus("consistent", tmp_path)
    monkeypatch.chdir(tmp_path)
    corpus = pipeline.resolve_corpus(None, None)
    assert [p.name for p in corpus.texts] == ["alpha.txt", "beta.txt"]
    assert corpus.triples_dir == Path("triples") and corpus.triples_writable


def test_defaults_to_the_shipped_corpus_and_never_writes_its_triples(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = pipeline.resolve_corpus(None, None)
    assert corpus.texts == sorted(resources.data_dir("corpus").glob("*.txt"))
    assert corpus.triples_dir == resources.data_dir("triples")
    assert not corpus.triples_writable


def test_a_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        pipeline.resolve_corpus([tmp_path / "nope.txt"], None)


def test_a_folder_without_texts_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match=r"no \.txt files"):
        pipeline.resolve_corpus([tmp_path], None)


def test_two_texts_with_one_name_are_refused(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text("Text.")
    with pytest.raises(InputError, match="share the name 'same'"):
        pipeline.resolve_corpus([tmp_path / "a", tmp_path / "b"], None)


# --- with the extractor -------------------------------------------------------------------


def test_changing_one_document_re_extracts_only_that_one(tmp_path, sample_build):
    _, sample_report = sample_build
    shutil.copytree(resources.data_dir("corpus"), tmp_path / "corpus")
    shutil.copytree(resources.data_dir("triples"), tmp_path / "triples")
    first = build_in(tmp_path)
    assert first.extracted == [] and first.reused == sample_report.reused
    changed = tmp_path / "corpus" / "kazakhstan-usa.txt"
    changed.write_text(changed.read_text() + "\nKazakhstan joined the Asian Development Bank.\n")
    second = build_in(tmp_path)
    assert second.extracted == ["kazakhstan-usa"]
    assert second.reused == ["kazakhstan-china-osce"]
    third = build_in(tmp_path)  # the TriG was refreshed: nothing to extract now
    assert third.extracted == [] and len(third.reused) == 2


def test_changing_a_text_s_metadata_re_extracts_it(tmp_path):
    shutil.copytree(resources.data_dir("corpus"), tmp_path / "corpus")
    shutil.copytree(resources.data_dir("triples"), tmp_path / "triples")
    metadata = tmp_path / "corpus" / "kazakhstan-usa.toml"
    metadata.write_text(metadata.read_text().replace('"Kazakhstan"', '"Mongolia"'))
    report = build_in(tmp_path)
    assert report.extracted == ["kazakhstan-usa"]
    assert ask(tmp_path / "store", "ASK { kzd:kazakhstan-usa kz:writtenFrom kzr:mng }")


def test_changing_the_rules_re_extracts_every_text(tmp_path, monkeypatch):
    from kzgraph import fingerprint

    shutil.copytree(resources.data_dir("corpus"), tmp_path / "corpus")
    shutil.copytree(resources.data_dir("triples"), tmp_path / "triples")
    monkeypatch.setattr(fingerprint, "rules_digest", lambda: "rules edited since")
    report = build_in(tmp_path)
    assert sorted(report.extracted) == ["kazakhstan-china-osce", "kazakhstan-usa"]


def test_the_sample_corpus_builds_with_its_inferences(sample_build):
    store_path, report = sample_build
    assert report.documents == 2 and report.inconsistencies == []
    assert report.inferred_triples > 0
    assert ask(
        store_path,
        "ASK { GRAPH kzg:inferred { kzr:kaz kz:memberOf kzr:shanghai-cooperation-organisation } }",
    )


def test_named_individuals_reads_full_and_prefixed_iris():
    message = f"<{ns.KZR}chn> and kzr:kaz. are both typed kz:State and kz:Organisation"
    assert pipeline.named_individuals(message) == [
        NamedNode(ns.KZR + "chn"),
        NamedNode(ns.KZR + "kaz"),
    ]


def test_progress_is_reported_per_document(tmp_path):
    copy_corpus("consistent", tmp_path)
    calls = []
    build_in(tmp_path, progress=lambda *call: calls.append(call))
    assert calls == [
        ("extract", 0, 2),
        ("extract", 1, 2),
        ("extract", 2, 2),
        ("reason", 0, 1),
        ("reason", 1, 1),
        ("load", 0, 1),
        ("load", 1, 1),
    ]
