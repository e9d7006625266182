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
