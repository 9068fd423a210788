"""Student markup made inert (exercises/nngrade/sanitize.py), payload by payload. The same
payloads are loaded in Chromium by test_hostile.py."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from nbconvert.filters.markdown_mistune import markdown2html_mistune
from nbformat.notebooknode import NotebookNode
from nngrade.sanitize import clean_markdown, clean_output, local_url, safe_url

MARKDOWN = [  # (payload, text that must still show)
    ("<script>alert(1)</script> ANSWER", "ANSWER"),
    ("<img src=x onerror=alert(1)> ANSWER", "ANSWER"),
    ("<iframe src='https://example.org'></iframe> ANSWER", "ANSWER"),
    ("<svg onload=alert(1)><circle r=1 /></svg> ANSWER", "ANSWER"),
    ("<a href='javascript:alert(1)'>ANSWER</a>", "ANSWER"),
    ("[ANSWER](javascript:alert(1))", "ANSWER"),
    ("[ANSWER](JaVaScRiPt:alert(1))", "ANSWER"),
    ("[ANSWER](jav&#x61;script:alert(1))", "ANSWER"),
    ("[ANSWER](java\tscript:alert(1))", "ANSWER"),
    ("[ANSWER](data:text/html,<script>alert(1)</script>)", "ANSWER"),
    ("![ANSWER](javascript:alert(1))", "ANSWER"),
    ("[ANSWER][r]\n\n[r]: javascript:alert(1)", "ANSWER"),
    ("<details open ontoggle=alert(1)>ANSWER</details>", "ANSWER"),
    ("<style>body{display:none}</style> ANSWER", "ANSWER"),
    ("<!-- --><script>alert(1)</script> ANSWER", "ANSWER"),
    ("a < b and b > c: ANSWER", "a &lt; b"),
]


class Elements(HTMLParser):
    """The elements and attributes a browser would build from the HTML."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


@pytest.mark.parametrize("payload,text", MARKDOWN, ids=[m[0][:40] for m in MARKDOWN])
def test_markdown_payload_is_inert_and_its_text_shows(payload, text):
    html = markdown2html_mistune(clean_markdown(payload))
    for tag, attrs in Elements(html).tags:
        assert tag not in ("script", "iframe", "svg", "style", "object", "embed", "details"), html
        assert not [k for k in attrs if k.startswith("on")], html
        for key in ("href", "src"):
            assert safe_url(attrs.get(key, "")), html
    assert text.lower() in html.lower()


@pytest.mark.parametrize(
    "url,ok",
    [
        ("https://example.org/x", True),
        ("http://a.b", True),
        ("mailto:me@example.org", True),
        ("#part-a", True),
        ("figures/relu.png", True),
        ("../x.html", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("vbscript:x", False),
        ("data:text/html,x", False),
        ("jav&#x61;script:x", False),
        ("java\nscript:x", False),
        ("file:///etc/passwd", False),
        ("\\\\evil\\share", False),
    ],
)
def test_safe_url(url, ok):
    assert safe_url(url) is ok


def test_rich_outputs_become_plain_text_and_images_stay():
    html = NotebookNode(
        output_type="display_data",
        metadata={},
        data={"text/html": "<script>x</script><b>SHOWN</b>", "text/plain": "SHOWN"},
    )
    js = NotebookNode(
        output_type="display_data", metadata={}, data={"application/javascript": "x()"}
    )
    png = NotebookNode(
        output_type="display_data", metadata={}, data={"image/png": "iVBOR", "text/plain": "fig"}
    )
    assert clean_output(html)["data"] == {"text/plain": "SHOWN"}
    assert set(clean_output(js)["data"]) == {"text/plain"}
    assert "x()" in clean_output(js)["data"]["text/plain"]
    assert set(clean_output(png)["data"]) == {"image/png", "text/plain"}


REMOTE_IMAGES = [
    "![x](http://evil.test/a.png)",
    "![x](HTTPS://evil.test/a.png)",
    "![x](//evil.test/a.png)",
    "![x]( <http://evil.test/a.png> )",
    "[![x](http://evil.test/a.png)](https://example.org/)",
    "![a [b] c](http://evil.test/a.png)",
    "![x][r]\n\n[r]: http://evil.test/a.png",
    "![r]\n\n[r]: http://evil.test/a.png",
    "![x](jav&#x61;script:alert(1))",
]


@pytest.mark.parametrize("payload", REMOTE_IMAGES)
def test_an_image_from_another_host_gets_no_source(payload):
    html = markdown2html_mistune(clean_markdown(payload))
    sources = [attrs.get("src", "") for tag, attrs in Elements(html).tags if tag == "img"]
    assert sources and all(local_url(src) for src in sources), html
    assert "evil.test" not in " ".join(sources)


def test_local_images_and_links_to_pages_stay():
    source = "![relu](figures/relu.png) [docs](https://numpy.org/doc/) [r][d]\n\n[d]: https://x.org"
    assert clean_markdown(source) == source


@pytest.mark.parametrize(
    "url,ok",
    [
        ("figures/relu.png", True),
        ("#part-a", True),
        ("http://evil.test/a.png", False),
        ("//evil.test/a.png", False),
        ("\\\\evil\\x", False),
        (" //evil.test", False),
        ("data:image/png;base64,AA", False),
    ],
)
def test_local_url(url, ok):
    assert local_url(url) is ok
