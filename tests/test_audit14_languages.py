"""Audit 14: the language and "checked before?" features walked through every entrance by a
fact-checker of a Minsk, Warsaw or Kyiv desk. Each test is one defect found on the walk:
a refusal that read as an answer, a second door around a rule."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from claims import policies
from claims.models import Article, Claim, PriorFactCheck
from sources import services as source_services
from sources.models import Source, SourceAlias
from tests.conftest import make_reader
from tests.test_one_door import admin_post

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def results(html: str) -> str:
    """The results area of the search page (or the whole htmx partial), as text."""
    start = html.find('<div id="search-results">')
    return re.sub(r"\s+", " ", html[max(start, 0) :])


# --- the search page: a refusal never reads as "nothing found" ----------------------------


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_a_blank_similar_query_asks_for_the_claim_instead_of_saying_nothing_matched(checker, htmx):
    Claim.objects.create(text="В Гродно построили 12 новых больниц, заявил министр.")
    response = login(checker).get(
        reverse("search:search"), {"q": "   ", "mode": "similar"}, **(HX if htmx else {})
    )
    text = results(response.content.decode())
    assert response.status_code == 200
    assert "Type or paste the claim to look up." in text
    assert "No earlier claim or fact-check says this." not in text


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_a_too_long_similar_query_is_refused_in_words_and_not_answered(checker, htmx):
    pasted = ("Szpital w Lublinie otwarto w marcu. " * 80).strip()  # 2,879 characters
    response = login(checker).get(
        reverse("search:search"), {"q": pasted, "mode": "similar"}, **(HX if htmx else {})
    )
    text = results(response.content.decode())
    assert response.status_code == 200
    assert 'data-testid="similar-problem"' in text  # the similar partial, with its problem
    assert "2,000 characters" in text and "2,879" in text
    assert "<li>q<" not in text  # no form field name in what the fact-checker reads
    assert "Nothing found." not in text
    assert "No earlier claim or fact-check says this." not in text


def test_a_too_long_keyword_query_is_refused_without_claiming_nothing_was_found(checker):
    response = login(checker).get(reverse("search:search"), {"q": "szpital " * 60}, **HX)
    text = results(response.content.decode())
    assert "Keyword search takes up to 300 characters" in text
    assert "<li>q<" not in text
    assert "Nothing found." not in text


# --- aliases in the admin: the same door as the sources page ----------------------------


def test_admin_links_an_alias_through_the_service_and_refuses_another_sources_name(editor):
    editor.is_staff = True
    editor.save()
    lukashenko = source_services.create_source(name="Alexander Lukashenko", user=None)
    source_services.create_source(name="Human Constanta", user=None)
    client = login(editor)
    url = reverse("admin:sources_source_change", args=[lukashenko.pk])
    refused = admin_post(client, url, {"aliases-0-name": "HUMAN constanta"}, form_id="source_form")
    assert refused.status_code == 200  # the form again, with the reason
    assert "is already the source “Human Constanta”" in refused.content.decode()
    assert not SourceAlias.objects.exists()

    linked = admin_post(client, url, {"aliases-0-name": "Łukaszenka"}, form_id="source_form")
    assert linked.status_code == 302
    assert list(lukashenko.aliases.values_list("name", flat=True)) == ["Łukaszenka"]
    reasons = set(lukashenko.history.values_list("history_change_reason", flat=True))
    assert "alias added: Łukaszenka" in reasons


def test_admin_removes_an_alias_only_for_editors_and_records_it(editor, checker):
    lukashenko = source_services.create_source(name="Alexander Lukashenko", user=None)
    alias = source_services.add_alias(source=lukashenko, user=checker, name="Лукашенко")
    checker.is_staff = True
    checker.save()
    url = reverse("admin:sources_source_change", args=[lukashenko.pk])
    admin_post(login(checker), url, {"aliases-0-DELETE": "on"}, form_id="source_form")
    assert SourceAlias.objects.filter(pk=alias.pk).exists()  # fact-checkers do not unlink

    editor.is_staff = True
    editor.save()
    removed = admin_post(login(editor), url, {"aliases-0-DELETE": "on"}, form_id="source_form")
    assert removed.status_code == 302
    assert not SourceAlias.objects.exists()
    reasons = set(lukashenko.history.values_list("history_change_reason", flat=True))
    assert "alias removed: Лукашенко" in reasons


def test_admin_adds_a_new_source_with_its_alias_through_the_service(editor):
    editor.is_staff = True
    editor.save()
    url = reverse("admin:sources_source_add")
    response = admin_post(
        login(editor),
        url,
        {"name": "Alexander Lukashenko", "kind": "head_of_state", "aliases-0-name": "Лукашенко"},
        form_id="source_form",
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    source = Source.objects.get(name="Alexander Lukashenko")
    assert list(source.aliases.values_list("name", flat=True)) == ["Лукашенко"]
    assert "alias added: Лукашенко" in set(
        source.history.values_list("history_change_reason", flat=True)
    )


# --- other organisations' fact-checks: the same rule in keyword search --------------------


@pytest.mark.parametrize("kind", ["", "prior"], ids=["everything", "prior-only"])
def test_keyword_search_shows_other_organisations_fact_checks_only_to_who_may_read_them(
    checker, kind
):
    PriorFactCheck.objects.create(
        url="https://checkers.example/pl/szpital",
        claim_reviewed="Szpital w Lublinie zamknięto w maju.",
        rating_text="False",
        language="pl",
        raw={},
    )
    query = {"q": "szpitala", "kind": kind}  # an inflected form of the word in the text
    reader = make_reader("reader")  # reads the desk, not other organisations' work
    assert not policies.reads_prior_fact_checks(reader)
    hidden = login(reader).get(reverse("search:search"), query, **HX).content.decode()
    assert "Lublinie" not in hidden and "checkers.example" not in hidden
    shown = login(checker).get(reverse("search:search"), query, **HX).content.decode()
    assert "Szpital</mark> w Lublinie" in shown


# --- sources on the search page: the key every other door recognises them by ---------------


@pytest.mark.parametrize("typed", ["lukaszenka", "Łukaszenki", "лукашенко", "LUKASHENKO"])
def test_search_page_finds_a_source_by_any_linked_spelling_as_the_sources_page_does(checker, typed):
    """A Warsaw desk types without Polish letters and in other cases; the import, the
    autocomplete and alias linking recognise the source by its normalised key, so the
    search page must too (on SQLite a non-ASCII case difference found nothing at all)."""
    lukashenko = source_services.create_source(name="Alexander Lukashenko", user=None)
    for name in ("Лукашенко", "Łukaszenka"):
        source_services.add_alias(source=lukashenko, user=checker, name=name)
    source_services.create_source(name="Human Constanta", user=None)
    response = login(checker).get(reverse("search:search"), {"q": typed, "kind": "source"}, **HX)
    html = response.content.decode()
    assert "Alexander Lukashenko" in html and "Human Constanta" not in html


# --- the import command: an article without rules is said to be one --------------------

GEORGIAN = (
    "ჯანდაცვის მინისტრმა განაცხადა, რომ 2025 წელს ქუთაისში 5 ახალი საავადმყოფო გაიხსნა. "
    "სტატისტიკის სამსახურის თანახმად, უმუშევრობა 8 პროცენტამდე შემცირდა."
)
LITHUANIAN = (
    "Ministras Jonas Petraitis pareiškė, kad 2025 metais Kaune buvo atidarytos 4 naujos "
    "ligoninės. Pasak statistikos departamento, nedarbas sumažėjo iki 6 procentų."
)
BELARUSIAN = "Міністр Андрэй Іваноў заявіў, што ў 2024 годзе ў Магілёве адкрылі 7 новых школ."


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (GEORGIAN, "Language not recognised: claims were proposed with generic rules"),
        (LITHUANIAN, "Language not supported (Lithuanian): claims were proposed with generic"),
        (BELARUSIAN, ""),
    ],
    ids=["georgian", "lithuanian", "belarusian"],
)
def test_the_import_command_says_when_an_article_got_only_generic_rules(tmp_path, body, said):
    from io import StringIO

    from django.core.management import call_command

    path = tmp_path / "article.txt"
    path.write_text(body, encoding="utf-8")
    out, err = StringIO(), StringIO()
    call_command("import_article", str(path), stdout=out, stderr=err)
    article = Article.objects.get()
    assert out.getvalue().strip() == str(article.pk)  # stdout stays the id alone
    if said:
        assert said in err.getvalue() and "--language" in err.getvalue()
    else:
        assert article.language == "be" and err.getvalue() == ""


# --- the claim panel right after an import: "still comparing", not "never checked" --------


@pytest.mark.usefixtures("fresh_vector_index")
def test_the_panel_says_suggestions_are_still_coming_instead_of_none_exist(checker):
    """Opened seconds after the import, before the background task has compared the claim,
    the panel said "No earlier claim or fact-check says this." — a false answer to a
    fact-checker. It now says the comparison is under way and asks again by itself, as the
    review page's flags do, until the task has run."""
    from claims.models import Article
    from claims.search import services as search_services

    article = Article.objects.create(title="Grodno", body="W Grodnie otwarto 12 szpitali.")
    claim = Claim.objects.create(article=article, text="W Grodnie otwarto 12 szpitali.")
    url = reverse("search:similar", args=[claim.pk])
    waiting = login(checker).get(url, **HX).content.decode()
    assert "Still comparing this claim with earlier fact-checks" in waiting
    assert "No earlier claim or fact-check says this." not in waiting
    assert f'hx-get="{url}" hx-trigger="every 10s"' in waiting

    search_services.compute_suggestions(claim_id=claim.pk)  # what the Celery task does
    done = login(checker).get(url, **HX).content.decode()
    assert "Still comparing" not in done and 'hx-trigger="every 10s"' not in done
    assert "No earlier claim or fact-check says this." in done


# --- generic rules: one answer on the page, in the command and in the API -----------------


@pytest.mark.parametrize(
    ("body", "own_rules"),
    [(GEORGIAN, False), (LITHUANIAN, False), (BELARUSIAN, True)],
    ids=["georgian", "lithuanian", "belarusian"],
)
def test_every_entrance_says_the_same_about_generic_rules(tmp_path, checker, body, own_rules):
    from io import StringIO

    from django.core.management import call_command
    from rest_framework.test import APIClient

    path = tmp_path / "article.txt"
    path.write_text(body, encoding="utf-8")
    err = StringIO()
    call_command("import_article", str(path), stdout=StringIO(), stderr=err)
    article = Article.objects.get()
    assert policies.has_language_rules(article.language) is own_rules

    api = APIClient()
    api.force_authenticate(checker)
    data = api.get(f"/api/articles/{article.pk}/").json()
    assert data["language"] == article.language
    assert data["language_rules"] is own_rules

    page = login(checker).get(article.get_absolute_url()).content.decode()
    assert ("claims are proposed with generic rules" in page) is not own_rules
    assert (err.getvalue() != "") is not own_rules
