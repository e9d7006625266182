"""The top-level command group: help, version, lazy imports, error rendering."""

import subprocess
import sys

from click.testing import CliRunner

from kzgraph.cli import COMMANDS, cli


def test_help_lists_every_command():
    result = CliRunner().invoke(cli, ["--help"], catch_exceptions=False)
    assert result.exit_code == 0
    for name in COMMANDS:
        assert f"  {name}" in result.output


def test_every_command_has_help_with_an_example():
    for name in COMMANDS:
        result = CliRunner().invoke(cli, [name, "--help"], catch_exceptions=False)
        assert result.exit_code == 0, name
        assert "kzgraph " + name in result.output, f"{name} --help shows no example"


def test_version():
    result = CliRunner().invoke(cli, ["--version"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output.startswith("kzgraph, version ")


def test_unknown_command_is_a_usage_error():
    result = CliRunner().invoke(cli, ["frobnicate"])
    assert result.exit_code == 2
    assert "No such command 'frobnicate'" in result.output


def test_python_dash_m_runs_the_cli():
    result = subprocess.run(
        [sys.executable, "-m", "kzgraph", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert "kzgraph, version" in result.stdout


def test_query_path_imports_no_heavy_module():
    """`kzgraph query`/`ask` must not pay for spaCy, rdflib, owlrl or pySHACL at import time."""
    code = (
        "import sys, kzgraph.cli as c;"
        "[c.cli.get_command(None, n) for n in ('query', 'ask')];"
        "print(sorted(m for m in ('spacy', 'rdflib', 'owlrl', 'pyshacl') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# Modules a question never needs: the heavy ones, and the light ones kept for other work
# (shutil for builds, importlib.util for --help, difflib for misspelt names).
NOT_FOR_QUESTIONS = ("spacy", "rdflib", "owlrl", "pyshacl", "shutil", "importlib.util", "difflib")


def test_a_whole_question_loads_none_of_the_lazy_modules(query_graph_store):
    code = (
        "import sys\nfrom kzgraph.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {NOT_FOR_QUESTIONS!r} if m in sys.modules), file=sys.stderr)"
    )
    for argv in (["ask", "memberships", "Kazakhstan"],
                 ["query", "SELECT ?o WHERE { kzr:kaz kz:memberOf ?o }"]):
        result = subprocess.run([sys.executable, "-c", code, *argv, "--format", "table",
                                 "--store", str(query_graph_store)],
                                capture_output=True, text=True)
        assert "Shanghai Cooperation Organisation" in result.stdout, result.stderr
        assert result.stderr.strip().splitlines()[-1] == "[]", argv
