"""The Markdown export stays inert when rendered: whatever users typed (claim text, claimant,
rationale, sources, excerpts, URLs) comes out as text or safe links, in Python-Markdown and
in a CommonMark renderer alike, never as HTML of its own."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown
import pytest
from django.utils import timezone

from claims.models import Claim
from claims.reports import formats
from claims.reports.selectors import article_report
from sources.models import Attribution, Evidence, Link, Snapshot, Source
from tests.reports_helpers import make_article

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
EVIL_URL = f"https://evil.example/a>{SCRIPT}<b onmouseover=alert(1)>(x)[y] z"
RATIONALE_ATTACKS = [
    SCRIPT,
    "<img src=x onerror=alert(1)>",
    "<!-- hidden --><iframe src=https://evil.example></iframe>",
    "<javascript:alert(1)> and <https://autolink.example>",
    "[click](javascript:alert(1)) [Click](JaVaScRiPt:alert(1))",
    "[spaced]( javascript:alert(1)) [escaped](javascript\\:alert(1))",
    "[angle](<javascript:alert(1)>) [entity](java&#115;cript:alert(1))",
    "[tab](java\tscript:alert(1)) [ctrl](\x01javascript:alert(1))",
    "![pixel](data:image/svg+xml,<svg onload=alert(1)>)",
    "[ref]\n\n[ref]: javascript:alert(1)",
    "> [wrapped](\n> javascript:alert(1))",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
]
EXPECTED_TAGS = {
    "h1",
    "h2",
    "h3",
    "p",
    "ul",
    "li",
    "strong",
    "em",
    "blockquote",
    "a",
    "img",
    "code",
    "pre",
    "hr",
    "br",
}
SAFE_ATTRIBUTES = {"href", "src", "alt", "title"}


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, {name: value or "" for name, value in attrs}))


def renderings(text: str) -> dict[str, str]:
    from markdown_it import MarkdownIt  # CommonMark with raw HTML allowed, as GitHub-likes do

    return {
        "python-markdown": markdown.markdown(text),
        "python-markdown extra": markdown.markdown(text, extensions=["extra"]),
        "commonmark": MarkdownIt("commonmark", {"html": True}).render(text),
    }


def assert_inert(html: str, where: str) -> None:
    assert "<script" not in html.lower(), where
    parser = Elements()
    parser.feed(html)
    for tag, attrs in parser.found:
        assert tag in EXPECTED_TAGS, f"{where}: <{tag}> in {html}"
        assert set(attrs) <= SAFE_ATTRIBUTES, f"{where}: {attrs} in {html}"
        for name in ("href", "src"):
            if name in attrs:
                # What a browser does first: drop surrounding controls/spaces, tabs, newlines.
                url = re.sub(r"[\t\n\r]", "", attrs[name].strip("\x00 "))
                assert urlsplit(url).scheme in {"", "http", "https", "mailto"}, (where, url)


@pytest.fixture
def hostile_report():
    article = make_article(7, seed=41, title=f"Title {SCRIPT}")
    article.outlet, article.author = f"Outlet {SCRIPT}", "<b>Author</b>"
    article.url = f"https://news.example/{SCRIPT}"
    article.save()
    claim = Claim.objects.filter(article=article, state=Claim.State.PUBLISHED).first()
    Claim.objects.filter(pk=claim.pk).update(
        text=f"Claim {SCRIPT}\n\n<div>block</div>",
        claimant=f"<img src=x onerror=alert(1)> {SCRIPT}",
        rationale="**Kept bold** and [a source](https://ok.example/x).\n\n"
        + "\n\n".join(RATIONALE_ATTACKS),
    )
    source = Source.objects.create(name=f"Source {SCRIPT}", reliability="B")
    Attribution.objects.create(claim=claim, source=source, cue=f"said {SCRIPT}")
    link = Link.objects.create(url=EVIL_URL, last_outcome="ok")
    Evidence.objects.create(
        claim=claim,
        source=source,
        url=EVIL_URL,
        link=link,
        excerpt=f"Quote {SCRIPT}\n\n<iframe src=x></iframe>",
        file_name=f"{SCRIPT}.pdf",
    )
    Snapshot.objects.create(
        link=link, captured_at=timezone.now(), sha256="0" * 64, wayback_url=EVIL_URL
    )
    return formats.build_markdown(article_report(article.pk))


def test_rendered_markdown_export_holds_no_html_from_user_text(hostile_report):
    for where, html in renderings(hostile_report).items():
        assert_inert(html, where)
        assert "&lt;script&gt;" in html, where  # shown as text, not dropped


def test_evidence_urls_are_links_with_the_destination_percent_encoded(hostile_report):
    assert f"<{EVIL_URL}>" not in hostile_report
    assert "(https://evil.example/a%3E%3Cscript%3Ealert%281%29%3C/script%3E%3Cb%20" in (
        hostile_report
    )
    html = markdown.markdown(hostile_report)
    assert 'href="https://evil.example/a%3E%3Cscript%3E' in html


def test_rationale_markdown_is_kept_while_its_html_is_neutralised(hostile_report):
    html = markdown.markdown(hostile_report)
    assert "<strong>Kept bold</strong>" in html
    assert '<a href="https://ok.example/x">a source</a>' in html


@pytest.mark.parametrize("attack", RATIONALE_ATTACKS)
def test_each_rationale_attack_renders_inert_everywhere(attack):
    for where, html in renderings(formats.md_neutralise(attack)).items():
        assert_inert(html, f"{where}: {attack!r}")


@pytest.mark.parametrize(
    "url",
    [
        EVIL_URL,
        "https://x.example/q?a=1&b=<2>",
        'https://x.example/"onmouseover="alert(1)',
        "https://x.example/\\`code`",
        "javascript:alert(1)//https://x.example",
    ],
)
def test_md_link_never_breaks_out_of_the_link(url):
    for where, html in renderings(f"- {formats.md_link(url)}").items():
        assert_inert(html, f"{where}: {url!r}")
