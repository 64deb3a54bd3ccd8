"""The apps' own strings in five languages: a refusal written by a service reaches the page
and the API in the reader's language, verdicts carry a name per language, and reports and
ClaimReview exports are written in the report's language while English stays as it was."""

from __future__ import annotations

import io
import json
import shutil
import sys

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from claims import policies, services
from claims.models import Claim, RatingLabel, RatingScale
from claims.reports.exports import render_article
from newsroom.languages import save_language
from tests.conftest import ROOT, make_user
from tests.factories import api
from tests.reports_helpers import make_article

pytestmark = pytest.mark.django_db

RUSSIAN_NAMES = {
    "true": "Правда",
    "mostly-true": "В основном правда",
    "half-true": "Полуправда",
    "mostly-false": "В основном ложь",
    "false": "Ложь",
    "misleading": "Вводит в заблуждение",
    "missing-context": "Не хватает контекста",
    "unverifiable": "Невозможно проверить",
}


@pytest.fixture(scope="module", autouse=True)
def _compiled() -> None:
    """The .mo files, as dev.py compiles them (tests/test_i18n.py checks the catalogues)."""
    if shutil.which("msgfmt") is None:
        pytest.fail("needs GNU gettext's msgfmt (apt-get install gettext) to compile catalogues")
    sys.path.insert(0, str(ROOT))
    from dev import compile_messages

    compile_messages()
    translation.trans_real._translations = {}  # reload the freshly compiled catalogues


def _published(article) -> list[Claim]:
    return list(Claim.objects.filter(article=article, state=Claim.State.PUBLISHED))


def test_a_state_refusal_is_written_in_the_active_language(editor):
    claim = Claim.objects.create(text="Кількість перетинів зросла на 40 відсотків.")
    Claim.objects.filter(pk=claim.pk).update(state=Claim.State.REJECTED)
    claim.refresh_from_db()
    with translation.override("ru"), pytest.raises(ValidationError) as refused:
        services.transition_claim(claim=claim, to_state=Claim.State.IN_RESEARCH, user=editor)
    assert refused.value.messages == [
        "Утверждение в состоянии «отклонено» не может перейти в состояние «на проверке»."
    ]
    with translation.override("en"):  # the English text is the one it always was
        assert policies.refusal(editor, claim, "start_research") == (
            "A claim that is rejected cannot become in research."
        )


def test_a_refusal_reaches_the_claim_panel_in_the_readers_language(demo_article, checker):
    claim = Claim.objects.filter(article=demo_article, state=Claim.State.DRAFTED).first()
    client = Client()
    client.force_login(checker)
    client.post(reverse("newsroom:language"), {"language": "ru", "next": "/"})
    answer = client.post(
        reverse("claims:approve", args=[claim.pk]),
        {"version": claim.version},
        HTTP_HX_REQUEST="true",
    )
    assert answer.status_code == 403
    page = answer.content.decode()
    assert "Вердикты одобряют только редакторы." in page
    assert "Only editors approve verdicts." not in page


def test_a_refusal_reaches_the_api_in_the_asked_language(demo_article, editor):
    claim = Claim.objects.get(
        article=demo_article, state="accepted", claimant="Alexander Lukashenko"
    )
    label = RatingLabel.objects.get(slug="false", scale__is_default=True)
    client = api(editor)
    drafted = client.post(
        f"/api/claims/{claim.pk}/draft-verdict/",
        {"verdict": label.pk, "rationale": "Такого заявления не было."},
        format="json",
    )
    assert drafted.status_code == 200, drafted.json()
    own = client.post(
        f"/api/claims/{claim.pk}/approve/", {}, format="json", HTTP_ACCEPT_LANGUAGE="pl"
    )
    assert own.status_code == 403
    assert own.json()["detail"] == "Nikt nie zatwierdza własnego werdyktu: poproś innego redaktora."
    english = client.post(f"/api/claims/{claim.pk}/approve/", {}, format="json")
    assert english.json()["detail"] == "Nobody approves their own verdict: ask another editor."


def test_every_default_verdict_has_a_name_in_every_interface_language():
    scale = RatingScale.default()
    assert scale is not None and scale.name_in("uk") == "Шкала правдивості"
    for label in RatingLabel.objects.filter(scale=scale):
        assert set(label.names) == {"ru", "be", "uk", "pl"}, label.slug
        assert label.name_in("ru") == RUSSIAN_NAMES[label.slug]
        assert label.name_in("en") == label.name
        with translation.override("be"):
            assert str(label) == label.display_name == label.names["be"]


def test_a_custom_label_without_names_keeps_its_own_name_and_bad_names_are_refused():
    scale = RatingScale.objects.create(name="Desk scale", slug="desk", best_value=2, worst_value=1)
    label = RatingLabel(scale=scale, name="Satire", slug="satire", names={})
    label.full_clean()
    assert label.name_in("ru") == "Satire"
    label.names = {"ru": "Сатира", "pt-br": "Sátira"}
    label.full_clean()
    assert label.name_in("pt-br") == "Sátira" and label.name_in("pt") == "Satire"
    for wrong in ({"xx": "?"}, {"ru": " "}, ["ru", "Сатира"]):
        label.names = wrong
        with pytest.raises(ValidationError) as refused:
            label.full_clean()
        assert "names" in refused.value.message_dict


def test_a_russian_claimreview_carries_the_russian_verdict_name_and_nothing_else_changes():
    article = make_article(14, seed=41)
    published = _published(article)
    assert published
    english = render_article(article.pk, "claimreview").content
    assert english == render_article(article.pk, "claimreview", language="en").content
    russian = render_article(article.pk, "claimreview", language="ru").content
    reviews = {
        review["url"].rstrip("/").rsplit("/", 1)[-1]: review for review in json.loads(russian)
    }
    for claim in published:
        rating = reviews[str(claim.pk)]["reviewRating"]
        assert rating["alternateName"] == RUSSIAN_NAMES[claim.verdict.slug]
    # Put the English names back: the rest of the document is the English one, byte for byte.
    restored = russian.decode()
    for claim in published:
        restored = restored.replace(
            f'"alternateName": "{RUSSIAN_NAMES[claim.verdict.slug]}"',
            f'"alternateName": "{claim.verdict.name}"',
        )
    assert restored.encode() == english


def test_the_report_is_written_in_the_language_asked_for():
    article = make_article(14, seed=42)
    claim = _published(article)[0]
    english = render_article(article.pk, "md").content.decode()
    assert english.startswith("# Fact-check report: ")
    assert f"- **Verdict:** {claim.verdict.name} (" in english
    markdown = render_article(article.pk, "md", language="ru").content.decode()
    assert markdown.startswith("# Отчёт о проверке: ")
    assert "- **Статус:** Опубликовано" in markdown  # "State", as the project's catalogue says
    assert f"- **Вердикт:** {RUSSIAN_NAMES[claim.verdict.slug]} (" in markdown
    assert "## Открытые вопросы" in markdown  # the project catalogue's wording, as the HTML report
    html = render_article(article.pk, "html", language="uk").content.decode()
    assert f'{claim.verdict.colour}">{claim.verdict.names["uk"]}</b>' in html  # the badge
    assert f'"alternateName": "{claim.verdict.names["uk"]}"' in html  # the JSON-LD
    # the request's language does not leak out of the report
    assert translation.get_language() in (None, "en", "en-us")


def test_export_report_takes_a_language_and_keeps_english_by_default():
    article = make_article(10, seed=43)
    claim = _published(article)[0]
    default, polish = io.StringIO(), io.StringIO()
    call_command("export_report", article=article.pk, format="claimreview", stdout=default)
    call_command(
        "export_report", article=article.pk, format="claimreview", language="pl", stdout=polish
    )
    assert f'"alternateName": "{claim.verdict.name}"' in default.getvalue()
    assert f'"alternateName": "{claim.verdict.names["pl"]}"' in polish.getvalue()


def test_bulk_claimreview_export_is_written_in_the_requesters_language(
    eager_tasks, django_capture_on_commit_callbacks
):
    from claims.models import ExportJob
    from claims.reports.bulk import start_bulk_export

    article = make_article(14, seed=44)
    claim = _published(article)[0]
    editor = make_user("polyglot-editor", "Editors")
    save_language(editor, "be")
    with django_capture_on_commit_callbacks(execute=True):
        job = start_bulk_export(user=editor, fmt="claimreview", filters={})
    job.refresh_from_db()
    assert job.status == ExportJob.Status.DONE, job.error
    reviews = json.loads(job.file.read())
    names = {r["reviewRating"]["alternateName"] for r in reviews}
    assert claim.verdict.names["be"] in names
    assert claim.verdict.name not in names


def test_the_review_page_names_states_and_verdicts_in_the_readers_language(checker):
    from claims import rendering

    article = make_article(14, seed=45)
    claims = list(article.claims.select_related("verdict").order_by("start"))
    with translation.override("uk"):
        rows = rendering.claim_rows_html(claims, user=checker)
    assert ">На перевірці</span>" in rows and ">Відхилено</span>" in rows
    for claim in claims:
        if claim.verdict_id:
            assert f">{claim.verdict.names['uk']}</span>" in rows
    assert "Немає вердикту" in rows and "No verdict" not in rows
