"""Book fixtures: the session's one real build (`built_site` from tests/conftest.py),
parsed once. Every test here is slow because that build is."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup


@pytest.fixture(scope="session")
def toc_pages(repo_root) -> list[str]:
    """Every page of _toc.yml, as its html path relative to the site root."""
    toc = yaml.safe_load((repo_root / "_toc.yml").read_text())
    files = [toc["root"]]
    for part in toc.get("parts", []):
        files += [chapter["file"] for chapter in part.get("chapters", [])]
    return [f"{name}.html" for name in files]


@pytest.fixture(scope="session")
def site_pages(built_site) -> dict[str, BeautifulSoup]:
    """Every html page of the built site (not the theme's own files), parsed."""
    pages = {}
    for path in sorted(built_site.rglob("*.html")):
        rel = path.relative_to(built_site).as_posix()
        if rel.startswith("_static/") or rel.startswith("_sources/"):
            continue
        pages[rel] = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return pages


def article_text(soup: BeautifulSoup) -> str:
    """The visible text of a page's article, whitespace collapsed."""
    article = soup.select_one("article") or soup
    return " ".join(article.get_text(" ").split())


@pytest.fixture(scope="session")
def page_text(site_pages):
    return lambda rel: article_text(site_pages[rel])


def resolve(site: Path, page_rel: str, url: str) -> Path:
    """The file in the built site that a relative URL on page `page_rel` points to."""
    target = url.split("#")[0].split("?")[0]
    return (site / page_rel).parent.joinpath(target).resolve()
