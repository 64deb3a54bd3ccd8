"""Confidential material (a protected witness, an intercepted call) reaches only the claim's
assignee and editors, and leaves the workbench (reports, exports, API) only when someone
allowed asks for it with include_confidential."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from rest_framework.test import APIClient

from claims import services as claim_services
from claims.models import Claim
from sources import services as source_services
from sources.models import Source

pytestmark = pytest.mark.django_db

SECRET = "MARKER-INTERCEPT-7731"
SECRET_SOURCES = ("Recorded phone call", "Aleh (border guard)")


@pytest.fixture
def secret(demo_article, checker, checker2, editor):
    """Confidential evidence with a URL and a file on the call claim, assigned to checker2."""
    claim = demo_article.claims.get(state=Claim.State.DRAFTED)
    assert claim.assignee == checker2
    item = source_services.add_evidence(
        claim=claim,
        user=checker2,
        url=f"https://leaks.example/{SECRET}",
        excerpt=f"{SECRET} zebra transcript",
        confidential=True,
        upload=SimpleUploadedFile("call.txt", SECRET.encode()),
    )
    return {"claim": claim, "evidence": item, "article": demo_article}


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def text(response) -> str:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode("utf-8", "replace")


def assert_hidden(response) -> None:
    body = text(response)
    assert SECRET not in body
    for name in SECRET_SOURCES:
        assert name not in body


def test_review_page_and_panel_hide_confidential_material_from_other_fact_checkers(secret, checker):
    client = client_for(checker)
    assert_hidden(client.get(f"/articles/{secret['article'].pk}/"))
    panel = client.get(f"/claims/{secret['claim'].pk}/")
    assert panel.status_code == 200
    assert_hidden(panel)
    assert "Confidential evidence" in text(panel)


@pytest.mark.parametrize("who", ["checker2", "editor"])
def test_assignee_and_editors_see_confidential_evidence_in_the_panel(secret, who, request):
    panel = client_for(request.getfixturevalue(who)).get(f"/claims/{secret['claim'].pk}/")
    assert SECRET in text(panel)


def test_source_list_and_source_search_leave_out_confidential_sources(secret, checker, editor):
    client = client_for(checker)
    assert_hidden(client.get("/sources/"))
    assert_hidden(client.get("/sources/search/", {"q": "recorded"}))
    assert_hidden(client.get("/sources/search/", {"q": "aleh"}))
    assert "Recorded phone call" in text(client_for(editor).get("/sources/"))


def test_evidence_status_snapshot_and_file_are_404_for_others(secret, checker, checker2):
    item = secret["evidence"]
    urls = [
        f"/sources/evidence/{item.pk}/status/",
        f"/sources/links/{item.link_id}/",
        f"/sources/evidence/{item.pk}/file",
    ]
    for url in urls:
        assert client_for(checker).get(url).status_code == 404, url
    for url in urls:
        assert client_for(checker2).get(url).status_code == 200, url


def test_evidence_from_a_confidential_source_is_hidden_too(demo_article, checker):
    """Not marked confidential itself, but from the intercepted call: hidden like it."""
    claim = demo_article.claims.get(state=Claim.State.DRAFTED)
    call = Source.objects.get(name__startswith="Recorded phone call")
    item = source_services.add_evidence(
        claim=claim, user=claim.assignee, excerpt=SECRET, source=call
    )
    client = client_for(checker)
    assert client.get(f"/sources/evidence/{item.pk}/status/").status_code == 404
    assert_hidden(client.get(f"/claims/{claim.pk}/"))


def test_search_results_leave_out_confidential_evidence(secret, checker, editor):
    assert_hidden(client_for(checker).get("/search/", {"q": "zebra transcript"}))
    assert SECRET in text(client_for(editor).get("/search/", {"q": "zebra transcript"}))


@pytest.mark.parametrize("fmt", ["html", "md", "csv", "json", "claimreview"])
def test_reports_leave_out_confidential_material_unless_an_editor_asks(
    secret, checker, editor, fmt
):
    url = f"/reports/articles/{secret['article'].pk}/"
    assert_hidden(client_for(editor).get(url, {"format": fmt}))
    # A fact-checker asking for it is ignored, even the claim's assignee: exports are editors'.
    assert_hidden(client_for(checker).get(url, {"format": fmt, "include_confidential": "1"}))
    if fmt != "claimreview":  # ClaimReview never carries evidence
        assert SECRET in text(
            client_for(editor).get(url, {"format": fmt, "include_confidential": "1"})
        )


@pytest.mark.parametrize("path", ["/api/evidence/", "/api/sources/", "/api/claims/"])
def test_api_lists_leave_out_confidential_material_unless_an_editor_asks(
    secret, checker, editor, path
):
    assert_hidden(client_for(checker).get(path, {"include_confidential": "1"}))
    assert_hidden(client_for(editor).get(path))
    if path == "/api/evidence/":
        assert SECRET in text(client_for(editor).get(path, {"include_confidential": "1"}))


def test_api_detail_of_confidential_evidence_is_404_without_the_permission(secret, checker, editor):
    url = f"/api/evidence/{secret['evidence'].pk}/"
    assert client_for(checker).get(url, {"include_confidential": "1"}).status_code == 404
    assert client_for(editor).get(url).status_code == 404
    assert client_for(editor).get(url, {"include_confidential": "1"}).status_code == 200
    call = Source.objects.get(name__startswith="Recorded phone call")
    assert client_for(checker).get(f"/api/sources/{call.pk}/").status_code == 404


def test_api_file_download_of_confidential_evidence_needs_the_permission_and_the_ask(
    secret, checker, checker2, editor
):
    """The API's download asks for include_confidential, then applies the page's rule
    (editors and the claim's assignee); the file_url it lists carries the ask."""
    pk = secret["evidence"].pk
    url = f"/api/evidence/{pk}/file/"
    assert client_for(checker).get(url, {"include_confidential": "1"}).status_code == 404
    assert client_for(checker2).get(url).status_code == 404  # the assignee, without the ask
    assert client_for(checker2).get(url, {"include_confidential": "1"}).status_code == 200
    assert client_for(editor).get(url).status_code == 404
    listed = client_for(editor).get(f"/api/evidence/{pk}/", {"include_confidential": "1"}).json()
    assert listed["file_url"].endswith(f"{url}?include_confidential=1")
    download = client_for(editor).get(listed["file_url"])
    assert download.status_code == 200 and SECRET in text(download)


def test_bulk_export_includes_confidential_material_only_for_editors_who_ask(
    secret, checker, editor
):
    from claims.interchange import json_export
    from claims.reports.bulk import start_bulk_export

    for user, asked, expected in [
        (checker, True, False),
        (editor, False, False),
        (editor, True, True),
    ]:
        job = start_bulk_export(user=user, fmt="json", filters={}, include_confidential=asked)
        assert job.include_confidential is expected
    document = json_export.export_document([secret["article"]], include_confidential=False)
    assert SECRET not in str(document)
    assert not any(name in str(document) for name in SECRET_SOURCES)


WITNESS = "Aleh (border guard)"
HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def witness_claim(demo_article):
    claim = demo_article.claims.get(claimant=WITNESS)
    assert claim.assignee is None and claim.state == Claim.State.ACCEPTED
    return claim


def test_an_edit_conflict_shows_the_saved_claimant_as_the_panel_does(witness_claim, checker):
    """Before: the conflict panel printed the saved version's claimant as stored, so sending
    the edit form with an old version number named the protected witness."""
    stale = {"version": witness_claim.version + 5, "text": "Changed.", "claimant": "x"}
    response = client_for(checker).post(f"/claims/{witness_claim.pk}/edit/", stale, **HX)
    assert response.status_code == 409
    assert WITNESS not in text(response) and "Confidential source" in text(response)
    assert Claim.objects.get(pk=witness_claim.pk).text == witness_claim.text


def test_saving_a_claim_whose_claimant_is_hidden_keeps_the_claimant(witness_claim, checker, editor):
    """Before: the edit form carried "Confidential source" in the claimant box, and saving
    the claim's date with it replaced the witness's name for good; another name was taken
    too, from someone who cannot see what they replace."""
    url = f"/claims/{witness_claim.pk}/edit/"
    form = {"version": witness_claim.version, "text": witness_claim.text}
    saved = client_for(checker).post(
        url, form | {"claimant": "Confidential source", "claim_date": "2025-02-20"}, **HX
    )
    assert saved.status_code == 200
    claim = Claim.objects.get(pk=witness_claim.pk)
    assert claim.claimant == WITNESS and str(claim.claim_date) == "2025-02-20"

    form["version"] = claim.version
    refused = client_for(checker).post(url, form | {"claimant": "Someone else"}, **HX)
    assert refused.status_code == 403 and "confidential source" in text(refused)
    assert Claim.objects.get(pk=witness_claim.pk).version == claim.version
    api = APIClient()
    api.force_authenticate(checker)
    patched = api.patch(f"/api/claims/{claim.pk}/", {"claimant": "Someone else"}, format="json")
    assert patched.status_code == 403
    assert Claim.objects.get(pk=witness_claim.pk).claimant == WITNESS

    renamed = client_for(editor).post(url, form | {"claimant": "Aleh"}, **HX)
    assert renamed.status_code == 200 and Claim.objects.get(pk=claim.pk).claimant == "Aleh"


def test_the_claims_history_names_the_protected_witness_only_to_those_who_may_see_it(
    demo_article, checker, checker2, editor
):
    """Before: the panel's history listed every claimant change as stored, so a claim an
    editor re-attributed to the witness (or away from them) named them to every colleague."""
    claim = demo_article.claims.get(claimant="Government of Poland")
    claim_services.update_claim(claim=claim, user=editor, expected_version=None, claimant=WITNESS)
    claim_services.update_claim(claim=claim, user=editor, expected_version=None, claimant="Aleh")
    panel = text(client_for(checker).get(f"/claims/{claim.pk}/", **HX))
    assert WITNESS not in panel and "Government of Poland" in panel
    assert panel.count("Confidential source") >= 2  # in, then out again
    for who in (editor, checker2):
        if who == checker2:
            Claim.objects.filter(pk=claim.pk).update(assignee=checker2)
        assert WITNESS in text(client_for(who).get(f"/claims/{claim.pk}/", **HX))


def test_a_guessed_name_never_completes_a_confidential_sources_name(demo_article, checker, editor):
    """Before: typing "Aleh" as a new source, as another name of a public source, or as the
    source of evidence with a grade answered with the confidential source's full name (and
    its kind and grade): “Aleh (border guard)” already exists…"""
    claim = demo_article.claims.get(claimant="Government of Poland")
    api = APIClient()
    api.force_authenticate(checker)
    created = api.post("/api/sources/", {"name": "Aleh", "kind": "other"}, format="json")
    assert created.status_code == 400 and "border guard" not in text(created)
    assert "Confidential source" in text(created)

    politico = Source.objects.get(name="POLITICO")
    page = client_for(checker)
    page.post(f"/sources/{politico.pk}/aliases/", {"name": "Aleh"})
    assert "border guard" not in text(page.get("/sources/"))

    cited = page.post(
        f"/claims/{claim.pk}/evidence/",
        {
            "url": "https://example.org/a",
            "stance": "supports",
            "credibility": "6",
            "source_name": "Aleh",
            "new_source_kind": "official",
            "new_source_reliability": "A",
        },
        **HX,
    )
    assert cited.status_code == 422
    assert "border guard" not in text(cited) and "reliability F" not in text(cited)
    assert "“Confidential source” is already a source." in text(cited)
    assert not claim.evidence.filter(url="https://example.org/a").exists()

    api.force_authenticate(editor)
    named = api.post("/api/sources/", {"name": "Aleh", "kind": "other"}, format="json")
    assert "Aleh (border guard)" in text(named)


def test_the_apis_answer_to_an_edit_lists_only_the_attributions_the_editor_may_see(
    witness_claim, checker, editor
):
    """Before: GET /api/claims/{id}/ left out attributions to confidential sources, but the
    answer to a PATCH (the claim as the service saved it) listed them all, so changing a
    claim's date named the protected witness and the intercepted call to any fact-checker."""
    api = APIClient()
    api.force_authenticate(checker)
    url = f"/api/claims/{witness_claim.pk}/"
    patched = api.patch(url, {"claim_date": "2025-02-20"}, format="json")
    assert patched.status_code == 200 and patched.json()["attributions"] == []
    assert WITNESS not in text(patched)
    api.force_authenticate(editor)
    asked = api.patch(url + "?include_confidential=1", {"claim_date": "2025-02-21"}, format="json")
    assert [a["source"] for a in asked.json()["attributions"]] == [WITNESS]
