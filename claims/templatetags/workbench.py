"""Template helpers for the workbench: sanitised Markdown and the highlighted article body."""

import functools
from urllib.parse import urlsplit

import markdown as md
import nh3
from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from claims.policies import reasons_text

register = template.Library()

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "a",
    "h3",
    "h4",
    "hr",
}


@register.filter
def markdown_safe(text: str) -> SafeString:
    """Rationales are Markdown written by staff; render it, then keep only harmless HTML
    (nh3 drops scripts, event handlers and javascript: URLs)."""
    html = md.markdown(text or "", extensions=["sane_lists"], output_format="html")
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
    return mark_safe(clean)  # sanitised by nh3 just above


@register.filter
def lang_attr(language: str) -> SafeString:
    """` lang="uk"` for text in a language other than the page's (an article quoted in a
    report written in another language), nothing when it is the same or not known."""
    code = (language or "").strip().lower()
    page = (get_language() or "").lower()
    if not code or code == "und" or code.split("-")[0] == page.split("-")[0]:
        return mark_safe("")
    return format_html(' lang="{}"', code)


@register.filter
def get_item(mapping: dict, key):
    return mapping.get(key)


@register.filter
def web_url(url: str) -> str:
    """Only http(s) links become hrefs: an imported or admin-entered ``javascript:`` or
    ``data:`` URL would run on click (escaping does not help inside href). Others go to "#"."""
    cleaned = "".join(ch for ch in str(url or "") if ch.isprintable()).strip()
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return "#"
    return cleaned if scheme in {"http", "https"} else "#"


def admiralty_words(grade: str) -> str:
    """An Admiralty grade in words: "B2" → "usually reliable source, information probably
    true"; a letter or a digit alone is explained alone. Read from the models' choices, so
    the words are the ones the forms offer. Lists show one per row: remembered per grade
    and interface language."""
    return _admiralty_words(str(grade or "").strip().upper(), get_language())


@functools.lru_cache(maxsize=512)
def _admiralty_words(grade: str, language: str | None) -> str:
    from sources.models import Evidence, Source

    words = []
    letters = dict(Source.Reliability.choices)
    digits = {str(value): label for value, label in Evidence.Credibility.choices}
    if grade[:1] in letters:
        meaning = str(letters[grade[:1]]).split(" – ", 1)[-1].lower()
        words.append(_("%(reliability)s source") % {"reliability": meaning})
        grade = grade[1:]
    if grade in digits:
        meaning = str(digits[grade]).split(" – ", 1)[-1].lower()
        words.append(_("information %(credibility)s") % {"credibility": meaning})
    return ", ".join(words)


@register.filter
def reasons(values: list[str]) -> str:
    """Check-worthiness reasons in the reader's language (claims.policies.reasons_text)."""
    return reasons_text(values or [])


@register.filter
def grade_words(grade: str) -> str:
    return admiralty_words(grade)


@register.simple_tag
def grade(code: str) -> SafeString:
    """The one way a grade is shown: the code, and what it means, in words beside it (and
    as the tooltip)."""
    words = admiralty_words(code)
    return format_html(
        '<span class="grade" title="{}">{}</span> <span class="grade-words">{}</span>',
        _("Admiralty grade %(grade)s: %(words)s") % {"grade": code, "words": words},
        code,
        words,
    )
