"""The top-level command group: help, version, lazy imports, error rendering."""

import subprocess
import sys

import pytest
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
# click too: a plain question is answered without it (kzgraph.cli.answer); dataclasses (with
# inspect): the named questions are named tuples.
NOT_FOR_QUESTIONS = (
    "spacy",
    "rdflib",
    "owlrl",
    "pyshacl",
    "shutil",
    "importlib.util",
    "difflib",
    "click",
    "dataclasses",
    "inspect",
)


def test_a_whole_question_loads_none_of_the_lazy_modules(query_graph_store):
    code = (
        "import sys\nfrom kzgraph.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {NOT_FOR_QUESTIONS!r} if m in sys.modules), file=sys.stderr)"
    )
    for argv in (
        ["ask", "memberships", "Kazakhstan"],
        ["query", "SELECT ?o WHERE { kzr:kaz kz:memberOf ?o }"],
    ):
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                code,
                *argv,
                "--format",
                "table",
                "--store",
                str(query_graph_store),
            ],
            capture_output=True,
            text=True,
        )
        assert "Shanghai Cooperation Organisation" in result.stdout, result.stderr
        assert result.stderr.strip().splitlines()[-1] == "[]", argv


# A plain question answered without click (kzgraph.cli.answer): the same bytes and exit code
# as click's way, and click's way for everything else.

QUESTIONS = [
    ["ask", "memberships", "Kazakhstan"],
    ["ask", "shared-memberships", "Kazakhstan", "China", "--format", "table"],
    ["ask", "--format", "table", "memberships", "SCO", "--iris"],
    ["ask", "memberships", "Kazakhstan", "--asserted-only", "--format=csv"],
    ["ask", "memberships", "Kazakstan"],
    ["ask", "shared-memberships", "Kazakhstan"],
    ["ask", "membership", "Kazakhstan"],
    ["ask", "memberships", "kzr:nowhere"],
    ["query", "SELECT ?o WHERE { kzr:kaz kz:memberOf ?o }", "--format=xml"],
    ["query", "CONSTRUCT { kzr:kaz kz:memberOf ?o } WHERE { kzr:kaz kz:memberOf ?o }"],
    [
        "query",
        "CONSTRUCT { kzr:kaz kz:memberOf ?o } WHERE { kzr:kaz kz:memberOf ?o }",
        "--format",
        "table",
    ],
    ["query", "ASK { kzr:kaz kz:memberOf ?o }", "--format", "json"],
    ["query", 'SELECT ?x WHERE { BIND("\\u001b[31mred\\u001b[0m" AS ?x) }', "--format", "table"],
    ["query", "SELECT ?x WHERE {\n  ?x kz:memberOf ?o .\n  FILTER(?x = }"],
    ["query", "INSERT DATA { kzr:a kzr:b kzr:c }"],
    ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--format", "turtle"],
]


def _both_ways(argv, capsys):
    from kzgraph.cli.answer import answer_plainly

    click_way = CliRunner().invoke(cli, argv, catch_exceptions=False)
    capsys.readouterr()
    exit_code = answer_plainly(argv)
    plain = capsys.readouterr()
    return click_way, (exit_code, plain.out, plain.err)


@pytest.mark.parametrize("argv", QUESTIONS, ids=lambda argv: " ".join(argv)[:60])
def test_a_plain_question_gets_what_click_gives(argv, query_graph_store, capsys):
    click_way, plain_way = _both_ways([*argv, "--store", str(query_graph_store)], capsys)
    # The bytes: CliRunner's .stdout turns CSV's \r\n into \n.
    assert plain_way == (
        click_way.exit_code,
        click_way.stdout_bytes.decode(),
        click_way.stderr_bytes.decode(),
    )


def test_a_missing_store_the_same_both_ways(tmp_path, capsys):
    click_way, plain_way = _both_ways(
        ["ask", "memberships", "Kazakhstan", f"--store={tmp_path / 'none'}"], capsys
    )
    assert plain_way == (3, "", click_way.stderr)
    assert click_way.exit_code == 3 and "run `kzgraph build` first" in click_way.stderr


def test_colour_codes_are_stripped_off_a_non_terminal_as_click_does(query_graph_store, capsys):
    from kzgraph.cli.answer import answer_plainly

    code = answer_plainly(
        [
            "query",
            'SELECT ?x WHERE { BIND("\\u001b[1mbold" AS ?x) }',
            "--store",
            str(query_graph_store),
            "--format",
            "table",
        ]
    )
    # The rule under the header was measured with the codes in, as on click's way.
    assert (code, capsys.readouterr().out) == (0, "x\n--------\nbold\n(1 row)\n")


@pytest.mark.parametrize(
    "argv",
    [
        ["ask"],
        ["ask", "--list"],
        ["ask", "-h"],
        ["ask", "memberships", "--help"],
        ["query"],
        ["query", "-f", "question.rq"],
        ["query", "SELECT * {}", "SELECT * {}"],
        ["query", ""],
        ["ask", "", "Kazakhstan"],
        ["ask", "memberships", "X", "--format", "bogus"],
        ["ask", "memberships", "X", "--format"],
        ["ask", "memberships", "X", "--store="],
        ["ask", "memberships", "X", "--store", "--iris"],
        ["ask", "memberships", "X", "--iris=1"],
        ["ask", "memberships", "X", "--iris", "--iris"],
        ["ask", "memberships", "X", "--"],
        ["ask", "memberships", "-X"],
        ["ask", "memberships", "X", "--format", "TSV"],
        ["--help"],
        ["--version"],
        ["build"],
        ["stats", "--format", "tsv"],
        [],
    ],
    ids=lambda argv: " ".join(argv) or "nothing",
)
def test_other_command_lines_are_left_to_click(argv):
    from kzgraph.cli.answer import answer_plainly, plain_request

    assert plain_request(argv) is None
    assert answer_plainly(argv) is None


def test_plain_request_reads_options_anywhere():
    from kzgraph.cli.answer import plain_request

    assert plain_request(
        ["query", "--asserted-only", "ASK {}", "--store=/s", "--format=json", "--iris"]
    ) == (
        "query",
        {
            "asserted_only": True,
            "store_path": "/s",
            "fmt": "json",
            "iris": True,
            "positional": ["ASK {}"],
        },
    )


def test_shell_completion_is_left_to_click(monkeypatch):
    from kzgraph.cli.answer import plain_request

    monkeypatch.setenv("_KZGRAPH_COMPLETE", "bash_complete")
    assert plain_request(["ask", "memberships", "Kazakhstan"]) is None


def test_a_closed_pipe_ends_quietly_with_1(query_graph_store, tmp_path, monkeypatch, capsys):
    import errno

    from kzgraph.cli.answer import answer_plainly

    class ClosedPipe:
        encoding = "utf-8"

        def __init__(self, descriptor):
            self.descriptor = descriptor

        def write(self, text):
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

        def flush(self):
            pass

        def fileno(self):
            return self.descriptor

        def isatty(self):
            return False

    with open(tmp_path / "pipe", "w") as stand_in:
        monkeypatch.setattr(sys, "stdout", ClosedPipe(stand_in.fileno()))
        code = answer_plainly(
            ["ask", "memberships", "Kazakhstan", "--store", str(query_graph_store)]
        )
    assert code == 1
    assert capsys.readouterr().err == ""


def test_other_commands_do_not_load_the_plain_way():
    code = (
        "import sys\nfrom kzgraph.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('kzgraph.cli.answer', 'pyoxigraph') if m in sys.modules),"
        " file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "--version"], capture_output=True, text=True
    )
    assert result.stdout.startswith("kzgraph, version ")
    assert result.stderr.strip().splitlines()[-1] == "[]"
