"""The query page in a real browser: headless Chromium driven over the DevTools protocol.

Loads the page from ``kzgraph serve`` on 127.0.0.1, asks a question through its form, checks the
results table shows labels, clicks a row for the sentence it came from, and saves a screenshot.
Skips without Chromium, but fails when KZGRAPH_REQUIRE_EXTERNAL=1 (as CI sets it).
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import httpx
import pytest

FIXTURE = Path(__file__).parent / "data" / "server-sample.trig"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-port=0",
    "--window-size=1280,900",
]


def chromium_or_skip() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("KZGRAPH_REQUIRE_EXTERNAL") == "1":
            pytest.fail("chromium is required (KZGRAPH_REQUIRE_EXTERNAL=1) but not installed")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


@pytest.fixture(scope="module")
def server(tmp_path_factory, load_trig, serve):
    path = load_trig(FIXTURE, tmp_path_factory.mktemp("page") / "store")
    with serve(path) as url:
        yield url


class Browser:
    """Just enough of the DevTools protocol: send a command, wait for its answer, keep events."""

    def __init__(self, executable: str, profile: Path):
        self.process = subprocess.Popen(
            [executable, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.events: list[dict] = []
        self._ids = itertools.count(1)
        self.socket = self._connect(self._devtools_port())

    def _devtools_port(self) -> int:
        for line in self.process.stderr:  # Chromium prints its port once it listens
            match = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            if match:
                return int(match.group(1))
        raise RuntimeError("chromium exited before opening its DevTools port")

    def _connect(self, port: int):
        import websocket

        targets = httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=10).json()
        page = next(target for target in targets if target["type"] == "page")
        return websocket.create_connection(
            page["webSocketDebuggerUrl"], timeout=30, suppress_origin=True
        )

    def send(self, method: str, **params) -> dict:
        message_id = next(self._ids)
        self.socket.send(json.dumps({"id": message_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == message_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]
            self.events.append(message)

    def evaluate(self, expression: str):
        result = self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        return result["result"].get("value")

    def wait_for(self, expression: str, what: str):
        for _ in range(150):  # bounded: 15 s at most
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}")

    def close(self) -> None:
        self.socket.close()
        self.process.kill()
        self.process.wait(10)


@pytest.fixture
def browser(tmp_path):
    executable = chromium_or_skip()
    opened = Browser(executable, tmp_path / "profile")
    try:
        yield opened
    finally:
        opened.close()


ASK_SHARED = """(() => {
  const form = document.querySelector('form[data-question="shared-memberships"]');
  form.closest('details').open = true;
  form.elements['a'].value = 'Kazakhstan';
  form.elements['b'].value = 'China';
  form.requestSubmit();
  return true;
})()"""

TABLE = """(() => {
  const table = document.querySelector('#results-table');
  if (!table) return null;
  return {
    header: [...table.querySelectorAll('thead th')].map(th => th.textContent),
    rows: [...table.querySelectorAll('tbody tr')].map(
      tr => [...tr.querySelectorAll('td')].map(td => td.textContent)),
  };
})()"""


def test_page_asks_a_question_and_shows_where_it_is_stated(server, browser, tmp_path):
    browser.send("Network.enable")
    browser.send("Page.enable")
    browser.send("Page.navigate", url=server + "/")
    browser.wait_for("document.querySelectorAll('details[data-name]').length", "the questions")
    assert browser.evaluate(ASK_SHARED)
    table = browser.wait_for(TABLE, "the results table")
    column = table["header"].index("organisation")
    assert {row[column] for row in table["rows"]} == {"Shanghai Cooperation Organisation"}
    assert "Kazakhstan" in table["rows"][0]  # entity labels, not IRIs

    browser.evaluate("document.querySelector('#results-table tbody tr').click()")
    sentence = browser.wait_for(
        "document.querySelector('#sources blockquote')?.textContent", "the source sentence"
    )
    assert "co-founders of the Shanghai Cooperation Organisation" in sentence

    shot = browser.send("Page.captureScreenshot", format="png")
    screenshot = tmp_path / "query-page.png"
    screenshot.write_bytes(base64.b64decode(shot["data"]))
    assert screenshot.read_bytes().startswith(b"\x89PNG")

    requested = [
        event["params"]["request"]["url"]
        for event in browser.events
        if event.get("method") == "Network.requestWillBeSent"
    ]
    assert requested, "the page made no requests?"
    assert all(url.startswith(server) for url in requested), "the page must work offline"


def test_page_runs_typed_sparql_and_reports_errors(server, browser):
    browser.send("Page.navigate", url=server + "/")
    # app.js has run once the questions are listed: before that a submit would navigate away.
    browser.wait_for("document.querySelectorAll('details[data-name]').length", "the questions")
    browser.evaluate("""(() => {
      document.getElementById('query').value =
        'SELECT ?a ?b WHERE { ?a kz:hasDiplomaticRelationsWith ?b } ORDER BY ?a';
      document.getElementById('editor').requestSubmit(); return true; })()""")
    table = browser.wait_for(TABLE, "the results table")
    assert table["rows"] == [["China", "Kazakhstan"], ["Kazakhstan", "China"]]

    browser.evaluate("""(() => {
      document.getElementById('query').value = 'SELECT * WHERE {';
      document.getElementById('editor').requestSubmit(); return true; })()""")
    status = browser.wait_for(
        "document.querySelector('#status.error')?.textContent", "the error message"
    )
    assert status.startswith("SPARQL syntax error: line 1")
