"""The README documents every command (kzgraph.cli.COMMANDS), each with an example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kzgraph.cli import COMMANDS

README = Path(__file__).resolve().parents[1] / "README.md"


def code_blocks(text: str) -> str:
    """Everything inside the README's fenced code blocks."""
    return "\n".join(re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.M | re.S))


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_has_a_readme_section(command):
    text = README.read_text("utf-8")
    assert re.search(rf"^#+ .*kzgraph {command}\b", text, flags=re.M), (
        f"README.md has no heading for `kzgraph {command}`"
    )


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_has_a_readme_example(command):
    examples = code_blocks(README.read_text("utf-8"))
    assert re.search(rf"^\$? ?kzgraph {command}\b", examples, flags=re.M), (
        f"README.md shows no example of `kzgraph {command}` in a code block"
    )


def test_named_questions_are_listed_in_the_readme():
    from kzgraph.named_queries import load_catalogue

    text = README.read_text("utf-8")
    missing = [name for name in load_catalogue() if not re.search(rf"`{re.escape(name)}[ `]", text)]
    assert not missing, f"README.md does not list the named questions {missing}"
