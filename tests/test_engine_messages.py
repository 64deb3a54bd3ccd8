"""What the plain-Python engines refuse, the finished-import summary, the verdicts' API and
the report's language, in the reader's language: the engines keep their English (`str(exc)`,
the CLI's `--json`), and claims.engine_messages.translated writes it at the Django boundary."""

from __future__ import annotations

import json
import pickle
import shutil
import sys

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils import translation

from claims.engine_messages import (
    Message,
    Number,
    from_json,
    gettext_noop,
    to_json,
    translated,
)
from claims.extraction import ExtractionError, load_file
from claims.extraction.archives import ArchiveRefused, check_zip
from claims.models import Article, Claim, ImportJob, RatingLabel
from claims.reports import formats
from claims.reports.exports import render_article
from claims.reports.selectors import article_report
from sources import services as source_services
from sources.linkcheck import LinkCheckConfig
from sources.linkcheck.safety import UrlRefused, prepare_url
from tests.conftest import ROOT, make_user
from tests.factories import api
from tests.reports_helpers import make_article
from tests.test_media_ocr import png_declaring

NBSP = "\xa0"  # Russian groups thousands with a no-break space


@pytest.fixture(scope="module", autouse=True)
def _compiled() -> None:
    if shutil.which("msgfmt") is None:
        pytest.fail("needs GNU gettext's msgfmt (apt-get install gettext) to compile catalogues")
    sys.path.insert(0, str(ROOT))
    from dev import compile_messages

    compile_messages()
    translation.trans_real._translations = {}  # reload the freshly compiled catalogues


def test_a_message_is_its_english_text_and_keeps_template_and_params():
    message = Message(gettext_noop("“%(name)s” is empty."), name="notes.txt")
    assert message == "“notes.txt” is empty." and isinstance(message, str)
    assert message.template == "“%(name)s” is empty." and message.params == {"name": "notes.txt"}
    assert pickle.loads(pickle.dumps(message)).params == {"name": "notes.txt"}
    assert str(Number(1234567, grouping=True)) == "1,234,567" and str(Number(2.25, 1)) == "2.2"
    nested = Message(gettext_noop("“%(name)s” is empty."), name=Message(gettext_noop("The file")))
    sized = Message("%(name)s: %(size)s MB", name=nested, size=Number(1.25, 1))
    stored = from_json(json.loads(json.dumps(to_json(sized))))  # as a JSONField keeps it
    assert stored == sized == "“The file” is empty.: 1.2 MB"
    assert stored.params["size"] == Number(1.25, 1) and stored.params["name"].template
    assert to_json("plain text") is None
    with translation.override("ru"):
        assert translated("not a message") == "not a message"  # anything else: as it is
        assert translated(ValueError("plain")) == "plain"


def test_an_image_refused_by_ocr_is_english_as_ever_and_russian_for_a_russian_reader():
    with pytest.raises(ExtractionError) as refused:
        load_file(png_declaring(9_000, 9_000), "scan.png")
    exc = refused.value
    english = (
        "“scan.png” declares 9,000 × 9,000 pixels; the limit is 40 megapixels. "
        "Crop or scale it down and try again."
    )
    assert str(exc) == english and exc.params["name"] == "scan.png"
    with translation.override("ru"):
        assert translated(exc) == (
            f"«scan.png» заявляет размер 9{NBSP}000 × 9{NBSP}000 пикс.; предел — 40 Мп. "
            "Обрежьте или уменьшите изображение и попробуйте снова."
        )
    with translation.override("pl"):
        assert translated(exc).startswith("„scan.png” deklaruje 9")
    assert str(exc) == english  # translating never changes the exception


def test_a_nested_engine_word_is_translated_and_user_data_is_kept():
    """An archive's size advice and the OCR's "page N of" are engine words: translated;
    the file name is the uploader's: as it is."""
    with pytest.raises(ExtractionError) as refused:
        load_file(b"no zip at all", "Отчёт.docx")
    assert str(refused.value) == "“Отчёт.docx” is a damaged or unsupported zip archive."
    with translation.override("uk"):
        assert (
            translated(refused.value) == "«Отчёт.docx» — пошкоджений або непідтримуваний zip-архів."
        )
    with pytest.raises(ExtractionError) as unnamed:
        load_file(b"{\\rtf1 x}", "")
    assert str(unnamed.value).startswith("“The file” is not a supported file type.")
    with translation.override("ru"):
        assert translated(unnamed.value).startswith("«Файл»: этот тип файлов не поддерживается.")
    page = Message(gettext_noop("page %(number)s of %(name)s"), number=2, name="scan.pdf")
    with translation.override("be"):
        assert translated(ExtractionError(gettext_noop("“%(name)s” is empty."), name=page)) == (
            "«старонка 2 з scan.pdf»: файл пусты."
        )


def test_an_archive_refusal_keeps_its_template_for_the_evidence_upload():
    with pytest.raises(ArchiveRefused) as refused:
        check_zip(b"PK\x03\x04 broken", "evidence.docx")
    assert refused.value.template == "“%(name)s” is a damaged or unsupported zip archive."
    with translation.override("be"):
        assert (
            translated(refused.value)
            == "«evidence.docx» — пашкоджаны або непадтрымліваны zip-архіў."
        )


def test_a_refused_url_reason_is_translated_with_the_policys_own_words():
    config = LinkCheckConfig()
    with pytest.raises(UrlRefused) as refused:
        prepare_url("http://127.0.0.1/admin", config)
    assert str(refused.value) == (
        "refused by the safety policy: 127.0.0.1 is in the non-public range 127.0.0.0/8"
    )
    assert refused.value.blocked
    with translation.override("ru"):
        assert translated(refused.value) == (
            "отклонено политикой безопасности: 127.0.0.1 входит в непубличный диапазон 127.0.0.0/8"
        )


def test_a_citation_url_with_a_bad_scheme_is_refused_in_the_readers_language():
    with translation.override("ru"), pytest.raises(ValidationError) as refused:
        source_services.clean_url("ftp://files.example/report.pdf")
    assert refused.value.message_dict["url"] == [
        "Этот URL нельзя использовать: неподдерживаемая схема (ftp:); "
        "допускаются только http и https."
    ]


@pytest.mark.django_db
def test_the_import_page_refuses_an_upload_and_a_url_in_the_readers_language(checker, settings):
    settings.LINKCHECK_ALLOWED_NETWORKS = []
    client = Client()
    client.force_login(checker)
    client.post(reverse("newsroom:language"), {"language": "ru", "next": "/"})
    answer = client.post(
        reverse("claims:import"), {"url": "http://127.0.0.1:9/strike"}, HTTP_HX_REQUEST="true"
    )
    page = answer.content.decode()
    assert answer.status_code == 422
    assert "Этот URL нельзя импортировать: отклонено политикой безопасности: 127.0.0.1" in page
    assert "safety policy" not in page
    answer = client.post(
        reverse("claims:import"), {"upload": SimpleUploadedFile("notes.rtf", b"{\\rtf1 x}")}
    )
    page = answer.content.decode()
    assert answer.status_code == 422
    assert "«notes.rtf»: этот тип файлов не поддерживается. Загрузите один из: .txt" in page
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_a_finished_import_summary_is_written_in_the_readers_language():
    editor = make_user("summary-editor", "Editors")
    job = ImportJob.objects.create(
        requested_by=editor,
        status=ImportJob.Status.DONE,
        counts={"prior fact-checks created": 21, "prior fact-checks updated": 2},
        summary="Imported 21 prior fact-checks created, 2 prior fact-checks updated.",
    )
    with translation.override("en"):
        assert job.summary_text == job.summary
    with translation.override("ru"):
        assert job.summary_text.startswith("Импортировано: 21 ранее сделанная проверка добавлена")
    client = Client()
    client.force_login(editor)
    page = client.get(
        reverse("claims:import_job", args=[job.pk]), HTTP_ACCEPT_LANGUAGE="uk"
    ).content.decode()
    assert "21 раніше зроблену перевірку додано" in page
    # a job finished before the counts were kept shows the text it stored
    old = ImportJob.objects.create(
        requested_by=editor, status=ImportJob.Status.DONE, summary="Imported 3 things."
    )
    with translation.override("ru"):
        assert old.summary_text == "Imported 3 things."


@pytest.mark.django_db
def test_the_rating_labels_api_gives_every_name_and_the_one_in_the_asked_language():
    client = api(make_user("api-reader", "Fact-checkers"))
    true = RatingLabel.objects.get(scale__slug="default", slug="true")
    answer = client.get("/api/rating-labels/", HTTP_ACCEPT_LANGUAGE="ru").json()
    rows = answer["results"] if isinstance(answer, dict) else answer
    row = next(r for r in rows if r["id"] == true.pk)
    assert row["name"] == "True"  # unchanged
    assert row["label"] == "Правда"
    assert row["names"] == true.names and row["names"]["pl"] == "Prawda"
    english = client.get(f"/api/rating-labels/{true.pk}/").json()
    assert english["label"] == "True" and english["name"] == "True"


@pytest.mark.django_db
def test_the_report_page_is_in_the_reports_language_and_the_quotes_in_the_articles():
    article = make_article(6, seed=61)
    Article.objects.filter(pk=article.pk).update(language="uk")
    claims = list(Claim.objects.filter(article=article).exclude(state=Claim.State.REJECTED))
    Claim.objects.filter(pk=claims[0].pk).update(language="ru")  # a quote in another language
    html = render_article(article.pk, "html", language="pl").content.decode()
    assert html.splitlines()[1] == '<html lang="pl">'
    assert f'<b lang="ru">1. {claims[0].text}</b>' in html
    assert f'<b lang="uk">2. {claims[1].text}</b>' in html
    same = render_article(article.pk, "html", language="uk").content.decode()
    assert '<html lang="uk">' in same and f"<b>2. {claims[1].text}</b>" in same
    with translation.override("be"):
        printed = render_to_string(
            "reports/article_report_print.html", formats.context(article_report(article.pk))
        )
    assert '<html lang="be">' in printed and f'<b lang="uk">2. {claims[1].text}</b>' in printed


@pytest.mark.django_db
def test_an_ocr_import_refused_by_the_worker_is_told_in_the_requesters_language(
    checker, tmp_path, eager_tasks, django_capture_on_commit_callbacks
):
    from media.models import ScanImport

    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    client = Client()
    client.force_login(checker)
    client.post(reverse("newsroom:language"), {"language": "ru", "next": "/"})
    with django_capture_on_commit_callbacks(execute=True), broken.open("rb") as handle:
        response = client.post(reverse("claims:import"), {"upload": handle})
    job = ScanImport.objects.get()
    assert job.status == "failed"
    assert job.error == (
        "«broken.png» не читается как изображение (файл повреждён или это не изображение)."
    )
    assert (
        "«broken.png» не читается как изображение"
        in client.get(response["Location"]).content.decode()
    )


@pytest.mark.django_db
def test_a_linked_recording_refused_by_the_worker_is_shown_in_each_readers_language(
    site, claim, checker, settings, eager_tasks, django_capture_on_commit_callbacks
):
    """The worker stores the refusal's template and params; each reader of the evidence card
    gets it in their language, nested policy words included."""
    from media.models import MediaInfo
    from sources import services as evidence_services

    settings.LINKCHECK_ALLOWED_NETWORKS = []
    claim.assignee = checker
    claim.save()
    url = site.url("/intranet.ogg")
    with django_capture_on_commit_callbacks(execute=True):
        evidence = evidence_services.add_evidence(claim=claim, user=checker, url=url)
    info = MediaInfo.objects.get(evidence=evidence)
    assert info.status == "failed"
    assert info.error.startswith(f"{url} cannot be fetched: refused by the safety policy: ")
    with translation.override("en"):
        assert info.error_text == info.error
    with translation.override("ru"):
        assert info.error_text == (
            f"{url} нельзя загрузить: отклонено политикой безопасности: "
            "127.0.0.1 входит в непубличный диапазон 127.0.0.0/8."
        )
    failed = MediaInfo(error="Old English text.")  # a row from before the message was kept
    with translation.override("ru"):
        assert failed.error_text == "Old English text."


@pytest.mark.django_db
def test_a_page_the_link_checker_could_not_fetch_is_explained_in_the_readers_language(
    site, checker
):
    from tests.local_site import Route

    site.routes["/moved"] = Route(b"", status=302)  # a redirect that says nowhere
    client = Client()
    client.force_login(checker)
    client.post(reverse("newsroom:language"), {"language": "ru", "next": "/"})
    answer = client.post(reverse("claims:import"), {"url": site.url("/moved")})
    assert answer.status_code == 422
    assert (
        f"Не удалось загрузить {site.url('/moved')}: не работает "
        "(HTTP 302 Found без пригодного заголовка Location)."
    ) in answer.content.decode()


@pytest.mark.django_db
def test_a_link_checks_reason_is_stored_once_and_shown_in_each_readers_language(site, checker):
    from sources.models import Link
    from tests.local_site import Route

    site.routes["/moved"] = Route(b"", status=302)
    url = site.url("/moved")
    link = Link.objects.create(url=url)
    [check] = source_services.run_link_checks(link_ids=[link.pk])
    assert check.error == "HTTP 302 Found without a usable Location header"  # as ever
    client = Client()
    client.force_login(checker)
    page = client.get(
        reverse("sources:snapshot", args=[link.pk]), HTTP_ACCEPT_LANGUAGE="pl"
    ).content.decode()
    assert "<td>niedziałający</td>" in page  # the outcome in words
    assert "HTTP 302 Found bez użytecznego nagłówka Location" in page
    assert "without a usable Location header" not in page


def test_sizes_and_lookups_refused_by_the_django_layer_use_the_readers_words_and_digits(
    settings,
):
    from claims.interchange.common import ImportFailed, load_json_bytes
    from claims.search.selectors import prepare_similar_query

    settings.FACTCHECK_MAX_IMPORT_BYTES = 1000
    with translation.override("ru"), pytest.raises(ImportFailed) as refused:
        load_json_bytes(b"[" + b" " * 12_000 + b"]")
    assert refused.value.errors == [f"Размер файла 12{NBSP}002 байт; предел — 1{NBSP}000 байт."]
    with translation.override("en"), pytest.raises(ImportFailed) as english:
        load_json_bytes(b"[" + b" " * 12_000 + b"]")
    assert english.value.errors == ["The file is 12,002 bytes; the limit is 1,000 bytes."]
    with translation.override("uk"), pytest.raises(ValidationError) as short:
        prepare_similar_query("Ціни зросли")
    assert short.value.messages[0].startswith("Закоротко для порівняння")
