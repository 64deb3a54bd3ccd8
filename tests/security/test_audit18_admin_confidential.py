"""The Django admin hides confidential material from staff who may not see it, as the
workbench does: a staff account in the fact-checkers' group (an admin who enters reference
data, say) is not an editor. The claim's change page showed the confidential evidence and
attributions in its inlines and the protected witness's name in its claimant field, and the
link, link-check and snapshot lists showed pages cited only by confidential evidence."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from claims.models import Claim
from sources import services as source_services
from sources.models import Link, LinkCheck, Snapshot
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

SECRET = "MARKER-AUDIT18-LEAK"
CALL = "Recorded phone call"  # the demo's confidential intercepted call (a source)
WITNESS = "Aleh (border guard)"  # the demo's protected witness, a claimant


@pytest.fixture
def secret(demo_article, checker2):
    claim = demo_article.claims.get(state=Claim.State.DRAFTED)
    item = source_services.add_evidence(
        claim=claim,
        user=checker2,
        url=f"https://leaks.example/{SECRET}",
        excerpt=f"{SECRET} transcript",
        confidential=True,
    )
    link = Link.objects.get(pk=item.link_id)
    now = timezone.now()
    check = LinkCheck.objects.create(link=link, outcome="ok", checked_at=now)
    Snapshot.objects.create(
        link=link, link_check=check, captured_at=now, sha256="0" * 64, text=f"{SECRET} page"
    )
    return {"claim": claim, "link": link}


@pytest.fixture
def staff_checker(db):
    return make_user("staff-checker", "Fact-checkers", staff=True)


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_claim_change_page_hides_confidential_inlines(secret, staff_checker, editor):
    url = f"/admin/claims/claim/{secret['claim'].pk}/change/"
    hidden = client_for(staff_checker).get(url)
    assert hidden.status_code == 200
    body = hidden.content.decode()
    assert SECRET not in body and CALL not in body
    shown = client_for(editor).get(url).content.decode()
    assert SECRET in shown and CALL in shown


def test_claim_change_page_hides_the_protected_witness(demo_article, staff_checker, editor):
    claim = demo_article.claims.get(claimant=WITNESS)
    url = f"/admin/claims/claim/{claim.pk}/change/"
    body = client_for(staff_checker).get(url).content.decode()
    assert WITNESS not in body and "Confidential source" in body
    assert WITNESS in client_for(editor).get(url).content.decode()


def test_saving_a_claim_with_the_redacted_claimant_keeps_the_name(demo_article, staff_checker):
    claim = demo_article.claims.get(claimant=WITNESS)
    client = client_for(staff_checker)
    url = f"/admin/claims/claim/{claim.pk}/change/"
    page = client.get(url)
    form = page.context["adminform"].form
    data = {
        name: ("" if value is None else value)
        for name, value in form.initial.items()
        if name in form.fields
    }
    data["text"] = claim.text
    # the inline management forms, as the page rendered them
    for formset in page.context["inline_admin_formsets"]:
        fs = formset.formset
        data.update({f"{fs.prefix}-{k}": v for k, v in fs.management_form.initial.items()})
        for i, row in enumerate(fs.forms):
            for name, field in row.fields.items():
                value = row.initial.get(name, field.initial)
                data[f"{fs.prefix}-{i}-{name}"] = (
                    "" if value is None else getattr(value, "pk", value)
                )
    data["claimant"] = "Confidential source"
    response = client.post(url, data)
    assert response.status_code in (200, 302)
    claim.refresh_from_db()
    assert claim.claimant == WITNESS
    data["claimant"] = "Somebody else"
    refused = client.post(url, data)
    assert refused.status_code == 200  # the form again, with the refusal
    assert "confidential source" in refused.content.decode()
    claim.refresh_from_db()
    assert claim.claimant == WITNESS


@pytest.mark.parametrize(
    "path", ["/admin/sources/link/", "/admin/sources/linkcheck/", "/admin/sources/snapshot/"]
)
def test_link_records_cited_only_by_confidential_evidence_are_hidden(
    secret, staff_checker, editor, path
):
    # searched by the page's own words (the snapshot admin searches snapshot text)
    hidden = client_for(staff_checker).get(path, {"q": "leaks"})
    assert hidden.status_code == 200 and SECRET not in hidden.content.decode()
    assert SECRET in client_for(editor).get(path, {"q": "leaks"}).content.decode()


def test_link_change_page_of_a_confidential_citation_is_not_found(secret, staff_checker):
    url = f"/admin/sources/link/{secret['link'].pk}/change/"
    response = client_for(staff_checker).get(url)
    assert response.status_code in (302, 404)
    assert SECRET not in response.content.decode()


def test_a_link_also_cited_by_public_evidence_stays_visible(secret, staff_checker, checker):
    other = (
        secret["claim"]
        .article.claims.exclude(pk=secret["claim"].pk)
        .exclude(state__in=[Claim.State.APPROVED, Claim.State.PUBLISHED])
        .first()
    )
    source_services.add_evidence(
        claim=other, user=checker, url=secret["link"].url, excerpt="public mention"
    )
    body = client_for(staff_checker).get("/admin/sources/link/").content.decode()
    assert SECRET in body


CALL_SOURCE = "Recorded phone call, May 2021"


def _history_urls(admin_path: str, model, pk: int) -> list[str]:
    version = model.history.filter(id=pk).order_by("history_id").first()
    return [
        f"/admin/{admin_path}/{pk}/history/",
        f"/admin/{admin_path}/{pk}/history/{version.history_id}/",
    ]


def test_history_pages_of_confidential_rows_are_not_found(secret, staff_checker, editor):
    """django-simple-history's pages read the history table past the admin's queryset."""
    from sources.models import Evidence, Source

    call = Source.objects.filter(name=CALL_SOURCE).first()
    item = Evidence.objects.get(excerpt__startswith=SECRET)
    urls = _history_urls("sources/source", Source, call.pk) + _history_urls(
        "sources/evidence", Evidence, item.pk
    )
    for url in urls:
        hidden = client_for(staff_checker).get(url)
        assert hidden.status_code == 404, url
        assert SECRET not in hidden.content.decode() and CALL not in hidden.content.decode()
        assert client_for(editor).get(url).status_code == 200, url


def test_history_pages_of_ordinary_rows_stay_open(demo_article, staff_checker):
    from sources.models import Source

    public = Source.objects.filter(confidential=False).first()
    for url in _history_urls("sources/source", Source, public.pk):
        assert client_for(staff_checker).get(url).status_code == 200, url


def test_history_of_a_deleted_row_is_for_those_who_see_everything(secret, staff_checker, editor):
    from sources.models import Evidence

    item = Evidence.objects.get(excerpt__startswith=SECRET)
    urls = _history_urls("sources/evidence", Evidence, item.pk)
    source_services.delete_evidence(evidence=item, user=editor)
    for url in urls:
        assert client_for(staff_checker).get(url).status_code == 404, url
        assert client_for(editor).get(url).status_code == 200, url


def test_claim_history_changes_do_not_name_the_protected_witness(
    demo_article, staff_checker, editor
):
    from claims import services as claim_services

    claim = demo_article.claims.get(claimant=WITNESS)
    if claim.state in (Claim.State.APPROVED, Claim.State.PUBLISHED):
        claim = claim_services.reopen_claim(claim=claim, user=editor, reason="A correction.")
    claim_services.update_claim(
        claim=claim, user=editor, expected_version=claim.version, claimant="A border guard"
    )
    url = f"/admin/claims/claim/{claim.pk}/history/"
    body = client_for(staff_checker).get(url).content.decode()
    assert "A border guard" in body  # the change is listed
    assert WITNESS not in body and "Confidential source" in body
    assert WITNESS in client_for(editor).get(url).content.decode()
