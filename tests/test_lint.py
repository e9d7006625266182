"""ruff runs as part of the test suite, so the README's one test command also lints."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _ruff() -> str:
    """The ruff the test extra installed beside this interpreter (pyproject pins its minor
    version, whose formatting style is stable), else one on the PATH."""
    beside = Path(sys.executable).with_name("ruff")
    return str(beside) if beside.exists() else shutil.which("ruff") or "ruff"


def _run(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([_ruff(), *arguments], cwd=ROOT, capture_output=True, text=True)


def test_ruff_check_passes():
    result = _run("check", "src", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_check_passes():
    result = _run("format", "--check", "src", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr
