"""A real browser on the served seed: headless Chromium renders the claim-chain and figure pages.

Chromium is driven from the command line (``--dump-dom`` and ``--screenshot``), which
needs no Python dependency and no driver: the pages are rendered on the server, so
the DOM after load is what a reader sees. ``.ci/run`` installs the Debian package
``chromium`` when it is missing. The server listens on 127.0.0.1 only.
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
import sqlite_utils

from provenance import browse

from .gold_store import SEEDS, build, gold_documents
from .serving import free_port, start_server, stop

pytestmark = pytest.mark.browser

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1400,1000",
)  # fmt: skip


def chromium() -> str:
    """The Chromium binary (Debian names it ``chromium``)."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "headless Chromium is required: apt-get install chromium (.ci/run does it)"
    return found


def run_chromium(profile: Path, *args: str) -> str:
    """Run headless Chromium with a throwaway profile; bounded in time."""
    result = subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=90,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


class Rendered(HTMLParser):
    """Collects the plugin's chains (hop names and kinds, in order) and grade badges from a page."""

    ROLES = ("provenance-chain", "provenance-hop", "provenance-kind", "provenance-grade")
    VOID = {"br", "img", "input", "meta", "link", "hr", "col", "area", "base", "wbr", "source"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chains: list[list[str]] = []
        self.kinds: list[list[str]] = []
        self.grades: list[str] = []
        self._stack: list[str] = []  # the plugin role of each open element ('' for others)
        self._buffers: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        role = next((c for c in classes if c in self.ROLES), "")
        if role == "provenance-chain":
            self.chains.append([])
            self.kinds.append([])
        if role:
            self._buffers[role] = []
        self._stack.append(role)

    def handle_endtag(self, tag):
        if tag in self.VOID or not self._stack:
            return
        role = self._stack.pop()
        text = " ".join("".join(self._buffers.get(role, [])).split())
        if role == "provenance-kind":
            self.kinds[-1].append(text.strip("()"))
        elif role == "provenance-hop":
            self.chains[-1].append(text)
        elif role == "provenance-grade":
            self.grades.append(text)

    def handle_data(self, data):
        # Text belongs to the innermost plugin element: a kind label is not part of the hop name.
        for role in reversed(self._stack):
            if role in ("provenance-kind", "provenance-hop", "provenance-grade"):
                self._buffers[role].append(data)
                return


def parse(dom: str) -> Rendered:
    page = Rendered()
    page.feed(dom)
    page.close()
    return page


@pytest.fixture(scope="module")
def served_seed(tmp_path_factory):
    """The seed store served by ``provenance serve`` on a free loopback port."""
    db = build(tmp_path_factory.mktemp("browser") / "seed.db", [SEEDS])
    port = free_port()
    proc = start_server(db, port)
    yield db, f"http://127.0.0.1:{port}/seed"
    stop(proc)


def test_claim_chain_page_shows_the_chain_in_order_and_the_grade(served_seed, tmp_path):
    db, base = served_seed
    database = sqlite_utils.Database(db)
    gold = [c for doc in gold_documents([SEEDS]) for c in doc["claims"]]
    # The longest chain of the seed: the most hops to get right, in order.
    longest = max(range(len(gold)), key=lambda i: len(gold[i]["chain"]))
    row = next(database.query("select id, key from claims order by id limit 1 offset ?", [longest]))
    grade = next(
        database.query(f"select grade from {browse.CLAIM_VIEW} where claim_id = ?", [row["id"]])
    )["grade"]
    url = f"{base}/{browse.CLAIM_VIEW}?claim_id={row['id']}"

    page = parse(run_chromium(tmp_path / "profile", "--dump-dom", url))
    expected = [hop["source"] for hop in gold[longest]["chain"]]
    assert page.chains == [expected]
    assert page.kinds == [[hop["kind"] for hop in gold[longest]["chain"]]]
    assert page.grades == [grade]

    shot = tmp_path / "claim-chain.png"
    run_chromium(tmp_path / "profile", f"--screenshot={shot}", url)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_figure_page_shows_the_estimate_grade_and_origins(served_seed, tmp_path):
    db, base = served_seed
    database = sqlite_utils.Database(db)
    figure = next(
        database.query(
            f"select * from {browse.FIGURE_VIEW} order by claims desc, cluster_id limit 1"
        )
    )
    url = f"{base}/{browse.FIGURE_VIEW}?cluster_id={figure['cluster_id']}"

    dom = run_chromium(tmp_path / "profile", "--dump-dom", url)
    page = parse(dom)
    assert page.grades == [figure["grade"]]
    for origin in figure["origins"].split(" · "):
        assert origin in dom
    assert figure["label"] in dom

    shot = tmp_path / "figure.png"
    run_chromium(tmp_path / "profile", f"--screenshot={shot}", url)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
