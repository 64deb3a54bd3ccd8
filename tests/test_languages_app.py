"""Languages on the Django side: stored on articles and claims by the one import path, shown
and corrected on the review page (and through the API and the admin, by the same service),
explained when unsupported or empty, carried by the exports; sources recognised in any
script, inflected mentions meeting their nominative source, aliases linked by the desk."""

from __future__ import annotations

import importlib
import json

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from claims import services
from claims.extraction import Attribution as FoundAttribution
from claims.extraction import Document, Sentence, extract_body
from claims.interchange.articles import import_article, store_document
from claims.interchange.claimreview_export import claim_reviews
from claims.interchange.json_export import export_document
from claims.interchange.json_import import import_document
from claims.models import Article, Claim, RatingLabel
from sources import services as source_services
from sources.matching import match_source, nominative_name
from sources.models import Source, SourceAlias, normalise_name
from tests.conftest import make_user
from tests.factories import api
from tests.test_one_door import admin_post

pytestmark = pytest.mark.django_db

TEXT = (
    "Officials said 120 migrants crossed the border in March 2021, according to the Border "
    "Agency. The ministry reported 45 arrests on 3 May 2021 in Grodno.\n\n"
    "The weather was pleasant that week. Police said 300 people gathered in Minsk on 12 June "
    "2021, according to Viasna. About 2,000 people were detained in August 2020, the rights "
    "group Viasna said."
)


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def engine_languages(language: str) -> set[str]:
    """The languages the engine gives TEXT's claims when told the article is `language`:
    each sentence's own where it tells one (English sentences stay "en"), else the article's."""
    document = extract_body(TEXT, language=language)
    return {(s.language if s.language not in ("", "und") else language) for s in document.claims}


def imported(user=None, *, language: str | None = None) -> Article:
    metadata = {"language": language} if language else None
    article, created = import_article(user=user, body=TEXT, metadata=metadata)
    assert created
    return article


def sentence(body: str, text: str, *, language: str = "", attributions=()) -> Sentence:
    start = body.index(text)
    return Sentence(
        text=text,
        start=start,
        end=start + len(text),
        checkworthiness=0.9,
        checkworthy=True,
        reasons=["statistic"],
        attributions=list(attributions),
        language=language,
    )


def said_by(body: str, name: str) -> FoundAttribution:
    start = body.index(name)
    return FoundAttribution(
        name=name, kind="official", cue=name, cue_start=start, cue_end=start + len(name)
    )


# --- names in every script --------------------------------------------------------------


def test_cyrillic_names_are_keys_of_their_own_not_empty():
    assert normalise_name("Лукашенко") == "лукашенко"
    assert normalise_name("Иван Петров") != normalise_name("Анна Петрова")
    source_services.create_source(name="Лукашенко", user=None)
    source_services.create_source(name="Іван Петров", user=None)  # once both keyed ""
    assert Source.objects.filter(normalised_name__in=["лукашенко", "іван петров"]).count() == 2


def test_polish_letters_fold_to_their_latin_spelling_but_cyrillic_letters_stay_distinct():
    assert normalise_name("Łukaszenka") == normalise_name("Lukaszenka")
    assert normalise_name("Komendy Głównej Policji") == "komendy glownej policji"
    assert normalise_name("Пётр") == normalise_name("Петр")  # ё is written е as often as not
    assert normalise_name("Мой") != normalise_name("Мои")  # й is not и
    assert normalise_name("Київ") != normalise_name("Кіів")  # ї is not і


def test_inflected_mentions_give_the_nominative_name():
    assert nominative_name("Ивана Петрова", "ru") == "Иван Петров"
    assert nominative_name("Анны Петровой", "ru") == "Анна Петрова"
    assert nominative_name("Министерства внутренних дел", "ru") == "Министерство внутренних дел"
    assert nominative_name("Івана Петрова", "uk") == "Іван Петров"
    assert nominative_name("POLITICO", "ru") == "POLITICO"
    assert nominative_name("Human Constanta", "ru") == "Human Constanta"


def test_an_inflected_mention_meets_the_nominative_source():
    petrov = source_services.create_source(name="Иван Петров", user=None)
    assert match_source("Ивана Петрова", "ru") == petrov
    assert match_source("Иван Петров", "ru") == petrov


def test_import_stores_a_new_source_under_its_nominative_name_and_meets_it_again():
    first = "По словам Ивана Петрова, на границе задержали 120 человек."
    second = "Иван Петров сообщил, что 3 мая задержали ещё 45 человек."
    for body, name in ((first, "Ивана Петрова"), (second, "Иван Петров")):
        document = Document(
            title="Граница",
            body=body,
            language="ru",
            sentences=[sentence(body, body, attributions=[said_by(body, name)])],
        )
        store_document(document=document, user=None)
    petrov = Source.objects.get(normalised_name="иван петров")
    assert petrov.name == "Иван Петров"
    assert petrov.attributions.count() == 2
    assert not Source.objects.filter(name="Ивана Петрова").exists()


def test_migration_recomputes_old_ascii_only_keys():
    source = source_services.create_source(name="Łukaszenka", user=None)
    Source.objects.filter(pk=source.pk).update(normalised_name="ukaszenka")  # the old key
    from django.apps import apps

    migration = importlib.import_module("claims.migrations.0011_article_claim_language")
    migration.forwards(apps, None)
    source.refresh_from_db()
    assert source.normalised_name == "lukaszenka"
    assert match_source("Lukaszenka") == source


# --- aliases, linked by the desk --------------------------------------------------------


def test_desk_links_a_transliteration_on_the_sources_page_and_imports_meet_it(checker):
    lukashenko = source_services.create_source(name="Alexander Lukashenko", user=None)
    client = login(checker)
    for name in ("Лукашенко", "Łukaszenka"):
        response = client.post(reverse("sources:add_alias", args=[lukashenko.pk]), {"name": name})
        assert response.status_code == 302
    page = client.get(reverse("sources:list")).content.decode()
    assert "Лукашенко" in page and "Łukaszenka" in page and "now leads to" in page
    assert match_source("Lukaszenka") == lukashenko
    assert match_source("Лукашенко", "ru") == lukashenko


def test_a_name_that_is_another_source_is_refused_and_nothing_is_linked(checker):
    lukashenko = source_services.create_source(name="Alexander Lukashenko", user=None)
    source_services.create_source(name="Human Constanta", user=None)
    response = login(checker).post(
        reverse("sources:add_alias", args=[lukashenko.pk]), {"name": "HUMAN constanta"}, follow=True
    )
    assert "is already the source “Human Constanta”" in response.content.decode()
    assert not SourceAlias.objects.exists()


def test_someone_without_the_right_cannot_link_or_remove_names(checker):
    lukashenko = source_services.create_source(name="Alexander Lukashenko", user=None)
    outsider = make_user("visitor")
    with pytest.raises(PermissionDenied):
        source_services.add_alias(source=lukashenko, user=outsider, name="Лукашенко")
    alias = source_services.add_alias(source=lukashenko, user=checker, name="Лукашенко")
    response = login(checker).post(reverse("sources:remove_alias", args=[alias.pk]), follow=True)
    assert "Only editors remove a name" in response.content.decode()
    assert SourceAlias.objects.filter(pk=alias.pk).exists()
    assert (
        login(make_user("ed", "Editors"))
        .post(reverse("sources:remove_alias", args=[alias.pk]))
        .status_code
        == 302
    )
    assert not SourceAlias.objects.exists()


# --- storing the language on import -----------------------------------------------------


def test_every_claim_of_an_import_carries_the_articles_language(checker):
    article = imported(checker)
    detected = extract_body(TEXT).language
    assert article.language == ("" if detected == "und" else detected)
    assert article.claims.exists()
    assert set(article.claims.values_list("language", flat=True)) == {article.language}


def test_a_mixed_language_article_keeps_its_main_language_and_each_claim_its_own():
    body = (
        "Польша собирается закрыть границу с Беларусью этим летом. "
        "Warszawa chce uszczelnić granicę z Białorusią jeszcze tego lata."
    )
    polish = "Warszawa chce uszczelnić granicę z Białorusią jeszcze tego lata."
    russian = "Польша собирается закрыть границу с Беларусью этим летом."
    document = Document(
        title="Граница",
        body=body,
        language="ru",
        sentences=[sentence(body, russian), sentence(body, polish, language="pl")],
    )
    article, _ = store_document(document=document, user=None)
    assert article.language == "ru"
    assert dict(article.claims.values_list("text", "language")) == {russian: "ru", polish: "pl"}


def test_api_post_with_a_language_skips_detection_and_a_bad_code_writes_nothing(checker):
    client = api(checker)
    response = client.post(
        "/api/articles/", {"title": "Border", "body": TEXT, "language": "de"}, format="json"
    )
    assert response.status_code == 201, response.content
    article = Article.objects.get(pk=response.json()["id"])
    assert article.language == "de"
    assert set(article.claims.values_list("language", flat=True)) == engine_languages("de")
    refused = client.post(
        "/api/articles/",
        {"title": "Border", "body": TEXT + " Again.", "language": "klingon"},
        format="json",
    )
    assert refused.status_code == 400
    assert "not a language code" in json.dumps(refused.json())
    assert Article.objects.count() == 1


def test_the_import_command_takes_a_language(tmp_path):
    from django.core.management import call_command

    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    call_command("import_article", str(path), "--language", "pl")
    article = Article.objects.get()
    assert article.language == "pl"
    assert set(article.claims.values_list("language", flat=True)) == engine_languages("pl")


# --- correcting the language ------------------------------------------------------------


def worked_on(article: Article, user) -> dict[str, Claim]:
    """Accept one proposal, edit one, reject one and create one by selection; the rest stay
    untouched machine proposals."""
    claims = list(article.claims.order_by("start"))
    accepted = services.transition_claim(claim=claims[0], to_state="accepted", user=user)
    edited = services.update_claim(
        claim=claims[1], user=user, expected_version=None, claimant="Ministry of the Interior"
    )
    rejected = services.transition_claim(claim=claims[2], to_state="rejected", user=user)
    start = article.body.index("The weather")
    created = services.create_claim(
        article=article, user=user, start=start, end=start + len("The weather was pleasant")
    )
    return {"accepted": accepted, "edited": edited, "rejected": rejected, "created": created}


def test_correcting_the_language_keeps_what_people_did_and_proposes_again(checker):
    article = imported(checker)
    body, previous = article.body, article.language
    kept = worked_on(article, checker)
    untouched = set(
        article.claims.exclude(pk__in=[c.pk for c in kept.values()]).values_list("pk", flat=True)
    )
    assert untouched
    change = services.change_article_language(article=article, user=checker, language="de")
    article.refresh_from_db()
    assert (article.language, article.body) == ("de", body)
    assert change.removed == len(untouched) and change.kept == 4
    assert not Claim.objects.filter(pk__in=untouched).exists()
    for name, claim in kept.items():
        now = Claim.objects.get(pk=claim.pk)
        assert (now.state, now.text, now.start, now.end, now.claimant) == (
            claim.state,
            claim.text,
            claim.start,
            claim.end,
            claim.claimant,
        ), name
        # it had only inherited the old article language: it takes what the new run says
        assert now.language in engine_languages("de") | {"de"}, name
    fresh = article.claims.exclude(pk__in=[c.pk for c in kept.values()])
    assert fresh.count() == change.proposed
    for claim in fresh:
        assert claim.state == "proposed" and claim.language in engine_languages("de")
        assert body[claim.start : claim.end] == claim.text
        for other in kept.values():
            assert not (claim.start < other.end and other.start < claim.end)
    reasons = list(article.history.values_list("history_change_reason", flat=True))
    assert f"language corrected: {previous or '?'} → de" in reasons
    assert Claim.history.filter(
        history_change_reason="withdrawn: language corrected to de"
    ).count() == len(untouched)


def test_a_proposal_with_evidence_or_a_comment_counts_as_touched(checker):
    article = imported(checker)
    first, second = list(article.claims.order_by("start"))[:2]
    source_services.add_evidence(claim=first, user=checker, excerpt="Border Agency figures")
    second.comments.create(author=checker, body="Check the March figure.")
    services.change_article_language(article=article, user=checker, language="de")
    assert Claim.objects.filter(pk__in=[first.pk, second.pk]).count() == 2


def test_the_same_language_again_changes_nothing(checker):
    article = imported(checker, language="de")
    pks = set(article.claims.values_list("pk", flat=True))
    change = services.change_article_language(article=article, user=checker, language="de")
    assert not change.changed and set(article.claims.values_list("pk", flat=True)) == pks


def test_correction_needs_the_right_to_edit_the_article_and_a_real_code(checker):
    article = imported(checker)
    pks = set(article.claims.values_list("pk", flat=True))
    with pytest.raises(PermissionDenied):
        services.change_article_language(article=article, user=make_user("visitor"), language="ru")
    with pytest.raises(ValidationError):
        services.change_article_language(article=article, user=checker, language="xx")
    article.refresh_from_db()
    assert article.language != "ru" and set(article.claims.values_list("pk", flat=True)) == pks


def test_review_page_shows_the_language_and_corrects_it(checker):
    article = imported(checker)
    client = login(checker)
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'data-testid="article-language"' in page and 'id="language-form"' in page
    response = client.post(
        reverse("claims:article_language", args=[article.pk]), {"language": "pl"}, follow=True
    )
    text = response.content.decode()
    assert "Language set to Polish." in text and "Polish (pl)" in text
    article.refresh_from_db()
    assert article.language == "pl"
    assert set(article.claims.values_list("language", flat=True)) <= engine_languages("pl") | {"pl"}


def test_review_page_refuses_a_visitor_and_leaves_the_article(checker):
    article = imported(checker)
    visitor = make_user("reader")
    visitor.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_article", "view_claim"])
    )
    before = (article.language, set(article.claims.values_list("pk", flat=True)))
    response = login(visitor).post(
        reverse("claims:article_language", args=[article.pk]), {"language": "ru"}, follow=True
    )
    assert "You may not edit articles." in response.content.decode()
    article.refresh_from_db()
    assert (article.language, set(article.claims.values_list("pk", flat=True))) == before


def test_api_patch_corrects_the_language_through_the_service(checker):
    article = imported(checker)
    kept = services.transition_claim(
        claim=article.claims.order_by("start").first(), to_state="accepted", user=checker
    )
    client = api(checker)
    response = client.patch(f"/api/articles/{article.pk}/", {"language": "uk"}, format="json")
    assert response.status_code == 200 and response.json()["language"] == "uk"
    assert Claim.objects.filter(pk=kept.pk, state="accepted").exists()
    assert set(article.claims.values_list("language", flat=True)) <= engine_languages("uk") | {"uk"}
    claim = client.get(f"/api/claims/{kept.pk}/").json()
    assert claim["language"] in engine_languages("uk") | {"uk"}
    bad = client.patch(f"/api/articles/{article.pk}/", {"language": "zz"}, format="json")
    assert bad.status_code == 400
    article.refresh_from_db()
    assert article.language == "uk"


def test_admin_change_corrects_the_language_through_the_service(editor):
    editor.is_staff = True
    editor.save()
    article = imported(editor)
    untouched = set(article.claims.values_list("pk", flat=True))
    client = login(editor)
    url = reverse("admin:claims_article_change", args=[article.pk])
    response = admin_post(client, url, {"language": "be"}, form_id="article_form")
    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    assert article.language == "be"
    assert not article.claims.filter(pk__in=untouched).exists()  # proposed again
    bad = admin_post(client, url, {"language": "xx"}, form_id="article_form")
    assert bad.status_code == 200 and "xx" in bad.content.decode()
    article.refresh_from_db()
    assert article.language == "be"


# --- unsupported, unknown, empty --------------------------------------------------------


def test_unsupported_language_gets_a_note_not_an_error(checker):
    article = imported(checker, language="de")
    page = login(checker).get(article.get_absolute_url())
    assert page.status_code == 200
    text = page.content.decode()
    assert "Language not supported (German): claims are proposed with generic rules" in text


def test_unknown_language_says_so(checker):
    article = imported(checker)
    Article.objects.filter(pk=article.pk).update(language="")
    text = login(checker).get(article.get_absolute_url()).content.decode()
    assert "Language not recognised: claims are proposed with generic rules" in text


QUIET = (
    "A quiet afternoon in the park\n\n"
    "We walked along the river and talked about books we like and films we want to see.\n\n"
    "The ducks were noisy and the children laughed at them while we sat on a bench.\n\n"
    "Later we went home, cooked a simple dinner together and went to bed early."
)


def test_an_import_with_no_proposals_explains_why(checker):
    response = login(checker).post(
        reverse("claims:import"),
        {"text": QUIET},
        follow=True,
    )
    text = response.content.decode()
    assert "with 0 proposed claims. No sentence had the marks of a checkable statement" in text
    assert "No claims were proposed: no sentence has the marks of a checkable statement" in text


def test_a_claim_in_another_language_shows_it_in_the_list_and_the_panel(demo_article, checker):
    article = Article.objects.get(language="ru")
    polish = article.claims.get(language="pl")
    client = login(checker)
    page = client.get(article.get_absolute_url()).content.decode()
    assert f'id="row-{polish.pk}"' in page
    row = page[page.index(f'id="row-{polish.pk}"') :].split("</li>", 1)[0]
    assert 'data-testid="claim-language" lang="pl"' in row
    panel = client.get(reverse("claims:claim", args=[polish.pk]), HTTP_HX_REQUEST="true")
    assert "language: Polish (pl)" in panel.content.decode()


# --- exports ----------------------------------------------------------------------------


def test_json_export_carries_claim_languages_and_older_files_still_import(demo_article):
    doc = export_document(Article.objects.all(), include_confidential=True)
    russian = next(a for a in doc["articles"] if a["language"] == "ru")
    assert {c["language"] for c in russian["claims"]} == {"ru", "pl"}
    for article in doc["articles"]:
        for claim in article["claims"]:
            del claim["language"]  # a file written before the field existed
    Article.objects.all().delete()
    import_document(json.loads(json.dumps(doc)))
    assert Article.objects.get(language="ru").claims.filter(language="").count() == 6


def test_claimreview_names_the_language_the_claim_was_made_in(demo_article):
    published = Claim.objects.filter(state="published").select_related("verdict__scale", "article")
    [review] = claim_reviews(list(published))
    assert review["itemReviewed"]["inLanguage"] == "en"
    claim = Article.objects.get(language="ru").claims.get(language="pl")
    Claim.objects.filter(pk=claim.pk).update(
        state="published", verdict=RatingLabel.objects.filter(scale__is_default=True).first()
    )
    claim = Claim.objects.select_related("verdict__scale", "article").get(pk=claim.pk)
    assert claim_reviews([claim])[0]["itemReviewed"]["inLanguage"] == "pl"
