"""Reading articles: formats, metadata sidecars, headline detection, and refusals of bad input."""

import io
import json

import pytest

from provenance.errors import UnreadableDocument
from provenance.models import content_id
from provenance.read import decode, read_documents, read_file, read_stream, split_headline

from .conftest import CORPUS, SEEDS


def test_txt_with_sidecar_metadata():
    path = next(CORPUS.glob("03_*.txt"))
    (doc,) = read_file(path)
    assert doc.publisher == "The Eastern Sentinel"
    assert doc.published == "2025-04-30"
    assert doc.url.startswith("https://")
    assert (
        doc.title == "600 North Korean soldiers killed fighting for Russia, 4,700 casualties in all"
    )
    assert doc.id == content_id(doc.text)


def test_seed_headline_is_split_from_the_standfirst():
    (doc,) = read_file(next(SEEDS.glob("*.txt")))
    assert doc.title.endswith("in war against Ukraine: Seoul")
    assert doc.text.startswith(doc.title)
    assert doc.publisher is None and doc.published is None


@pytest.mark.parametrize(
    "line, headline",
    [
        ("Short headline: Kyiv", "Short headline: Kyiv"),
        (
            "Dozens of civilians hurt in overnight strike on port city: officials The regional "
            "governor said rescue teams were still searching the rubble on Tuesday morning.",
            "Dozens of civilians hurt in overnight strike on port city: officials",
        ),
        (
            "Rebels seize two towns near the border, army says, as fighting spreads towards the "
            "capital and aid groups warn of a growing crisis for displaced families.",
            "Rebels seize two towns near the border, army says, as fighting spreads towards the "
            "capital and aid groups warn of a growing crisis for displaced families.",
        ),
    ],
)
def test_split_headline(line, headline):
    assert split_headline(line) == headline


def test_bom_and_crlf_are_normalised():
    text = decode("\ufeffTitle\r\n\r\nBody.\r\n".encode(), "x.txt")
    assert text == "Title\n\nBody."


def test_binary_latin1_empty_are_refused(tmp_path):
    cases = {
        "bin.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        "latin.txt": ("Café 3 morts à Lyon".encode("latin-1"), "not valid UTF-8"),
        "empty.txt": (b"   \n\n", "empty"),
    }
    for name, (data, reason) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(UnreadableDocument) as info:
            read_file(path)
        assert str(path) in str(info.value) and reason in str(info.value)
        assert "\n" not in str(info.value)


def test_missing_path_is_refused(tmp_path):
    with pytest.raises(UnreadableDocument, match="no such file"):
        read_file(tmp_path / "nope.txt")


def test_malformed_sidecar_names_the_sidecar(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody 3 killed.")
    (tmp_path / "a.meta.json").write_text("{not json")
    with pytest.raises(UnreadableDocument, match=r"a\.meta\.json: malformed JSON"):
        read_file(tmp_path / "a.txt")


def test_bad_published_date_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody.")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "last Tuesday"}))
    with pytest.raises(UnreadableDocument, match="ISO 8601"):
        read_file(tmp_path / "a.txt")


def test_jsonl_good_and_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"title": "Ten hurt in blast", "text": "Ten people were hurt, police said.",
                    "publisher": "Daily Test", "published": "2025-01-02", "url": "https://x.test/a"}),
        "{broken",
        json.dumps({"title": "No text"}),
        json.dumps({"title": "Two dead", "text": "Two people died, officials said."}),
    ]  # fmt: skip
    path.write_text("\n".join(lines))
    items = read_file(path)
    assert [type(i).__name__ for i in items] == [
        "Document",
        "UnreadableDocument",
        "UnreadableDocument",
        "Document",
    ]
    assert f"{path}:2: malformed JSON" in str(items[1])
    assert items[0].text.startswith("Ten hurt in blast\n\n")
    assert items[0].title == "Ten hurt in blast" and items[0].publisher == "Daily Test"


def test_html_title_text_and_meta(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        """<html><head><title>Site | Ignored</title>
        <meta property="og:title" content="Flood leaves 40 dead">
        <meta property="og:site_name" content="River Times">
        <meta property="article:published_time" content="2025-03-04T10:00:00Z">
        <link rel="canonical" href="https://river.test/flood"></head>
        <body><nav>Home | World</nav><article><h1>Flood leaves 40 dead</h1>
        <p>At least 40 people died, officials said.</p><p>Rescuers &amp; volunteers searched.</p>
        </article><footer>(c) River Times</footer><script>var x = 1;</script></body></html>""",
        encoding="utf-8",
    )
    (doc,) = read_file(path)
    assert doc.title == "Flood leaves 40 dead"
    assert (
        doc.text
        == "Flood leaves 40 dead\n\nAt least 40 people died, officials said.\n\nRescuers & volunteers searched."
    )
    assert (doc.publisher, doc.published, doc.url) == (
        "River Times",
        "2025-03-04",
        "https://river.test/flood",
    )


def test_directories_are_read_recursively_without_sidecars(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B\n\nTwo.")
    (tmp_path / "a.txt").write_text("A\n\nOne.")
    (tmp_path / "a.meta.json").write_text("{}")
    (tmp_path / "notes.md").write_text("ignored")
    wheres = [where for where, _ in read_documents([tmp_path])]
    assert wheres == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")]


def test_stdin():
    doc = read_stream(io.BytesIO(b"Headline\n\n3 killed."))
    assert doc.title == "Headline"
    items = list(read_documents(["-"], stdin=io.BytesIO(b"")))
    assert isinstance(items[0][1], UnreadableDocument)
