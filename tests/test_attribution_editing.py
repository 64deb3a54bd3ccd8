"""Attribution chains are editable (issue 13, finding 11): fact-checkers add, re-point and
remove attributions and relays from the claim panel, the API and the admin, all through
claims.services; locked with the claim once approved; confidential sources stay with those
who may see them; every refusal says why and writes nothing."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from claims import services
from claims.models import Claim
from sources.models import Attribution, Source
from tests.factories import api, database_fingerprint

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def claim(demo_article, checker) -> Claim:
    found = demo_article.claims.filter(state=Claim.State.ACCEPTED).order_by("start").first()
    Claim.objects.filter(pk=found.pk).update(assignee=None)
    found.refresh_from_db()
    return found


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _add(client: Client, claim: Claim, **data):
    data = {"version": claim.version, **data}
    return client.post(reverse("claims:add_attribution", args=[claim.pk]), data, **HX)


def test_a_fact_checker_adds_an_attribution_with_a_new_source_and_a_known_relay(claim, checker):
    response = _add(
        _client(checker),
        claim,
        source_name="Border Monitoring Collective",
        source_kind="ngo",
        source_reliability="C",
        via_name="Politico",  # an alias: the known POLITICO, not a new source
        cue="according to",
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Attribution added." in page and "Border Monitoring Collective" in page
    assert "fairly reliable source" in page  # the grade, in words
    added = claim.attributions.get(source__name="Border Monitoring Collective")
    assert (added.source.kind, added.source.reliability) == ("ngo", "C")
    assert added.via.name == "POLITICO" and added.cue == "according to"
    assert Source.objects.filter(normalised_name__contains="politico").count() == 1
    reasons = [r or "" for r in claim.history.values_list("history_change_reason", flat=True)]
    assert any("attribution added: Border Monitoring Collective via POLITICO" in r for r in reasons)


def test_re_pointing_and_removing_an_attribution_is_recorded(claim, checker):
    client = _client(checker)
    attribution = Attribution.objects.create(
        claim=claim, source=Source.objects.get(name="POLITICO")
    )
    claim.refresh_from_db()
    url = reverse("claims:change_attribution", args=[claim.pk, attribution.pk])
    response = client.post(
        url,
        {"version": claim.version, "source_name": "Human Constanta", "via_name": "POLITICO"},
        **HX,
    )
    assert response.status_code == 200, response.content.decode()[:500]
    attribution.refresh_from_db()
    assert (attribution.source.name, attribution.via.name) == ("Human Constanta", "POLITICO")
    claim.refresh_from_db()
    client.post(
        url,
        {"version": claim.version, "source_name": "Human Constanta", "via_name": ""},
        **HX,
    )
    attribution.refresh_from_db()
    assert attribution.via is None  # an empty relay: it reached the article directly
    claim.refresh_from_db()
    removed = client.post(
        reverse("claims:remove_attribution", args=[claim.pk, attribution.pk]),
        {"version": claim.version},
        **HX,
    )
    assert removed.status_code == 200 and "Attribution removed." in removed.content.decode()
    assert not Attribution.objects.filter(pk=attribution.pk).exists()
    reasons = " | ".join(
        r or "" for r in claim.history.values_list("history_change_reason", flat=True)
    )
    assert "attribution changed: POLITICO → Human Constanta via POLITICO" in reasons
    assert "attribution removed: Human Constanta" in reasons


def test_attributions_of_a_published_claim_are_locked_and_nothing_is_written(demo_article, checker):
    published = demo_article.claims.get(state=Claim.State.PUBLISHED)
    client = _client(checker)  # logging in writes last_login: before the count
    before = database_fingerprint()
    response = _add(client, published, source_name="A brand-new agency")
    assert response.status_code == 422
    assert "locked" in response.content.decode()
    assert database_fingerprint() == before  # not even the new source


def test_a_fact_checker_cannot_attribute_to_a_confidential_source_nor_see_it_in_a_form(
    claim, checker, editor
):
    aleh = Source.objects.get(name="Aleh (border guard)")
    client = _client(checker)
    before = database_fingerprint()
    refused = _add(client, claim, source_name="Aleh (border guard)")
    assert refused.status_code == 403
    assert "confidential" in refused.content.decode()
    assert database_fingerprint() == before
    services.add_attribution(claim=claim, user=editor, source=aleh, cue="told POLITICO")
    panel = _client(checker).get(reverse("claims:claim", args=[claim.pk])).content.decode()
    assert "Aleh" not in panel and "Confidential source" in panel
    assert "Aleh" in _client(editor).get(reverse("claims:claim", args=[claim.pk])).content.decode()


def test_a_refused_attribution_keeps_what_was_typed_and_says_why(claim, checker):
    client = _client(checker)
    _add(client, claim, source_name="POLITICO")
    claim.refresh_from_db()
    twice = _add(client, claim, source_name="Politico", cue="as reported by")
    assert twice.status_code == 422
    page = twice.content.decode()
    assert "is already attributed here" in page
    assert 'value="as reported by"' in page  # the form comes back filled, open
    graded = _add(client, claim, source_name="POLITICO", source_reliability="E", via_name="X")
    assert graded.status_code == 422 and "already a source" in graded.content.decode()
    assert not Source.objects.filter(name="X").exists()  # nothing half-written
    itself = _add(client, claim, source_name="Human Constanta", via_name="Human Constanta")
    assert itself.status_code == 422 and "relayed via itself" in itself.content.decode()


def test_a_stale_version_is_a_conflict_that_loses_nothing(claim, checker):
    stale = claim.version
    services.update_claim(claim=claim, user=checker, expected_version=stale, claimant="Someone")
    response = _client(checker).post(
        reverse("claims:add_attribution", args=[claim.pk]),
        {"version": stale, "source_name": "Human Constanta", "cue": "said the group"},
        **HX,
    )
    assert response.status_code == 409
    page = response.content.decode()
    assert "changed by someone else" in page and 'value="said the group"' in page
    assert f'name="version" value="{stale + 1}"' in page
    assert not claim.attributions.filter(source__name="Human Constanta").exists()


def test_the_api_adds_re_points_and_removes_attributions(claim, checker):
    client = api(checker)
    created = client.post(
        "/api/attributions/",
        {"claim": claim.pk, "source_name": "Human Constanta", "via_name": "POLITICO"},
        format="json",
    )
    assert created.status_code == 201, created.json()
    pk = created.json()["id"]
    politico = Source.objects.get(name="POLITICO")
    assert created.json()["via"] == politico.pk
    changed = client.patch(f"/api/attributions/{pk}/", {"via": None}, format="json")
    assert changed.status_code == 200 and changed.json()["via"] is None
    listed = client.get(f"/api/claims/{claim.pk}/").json()["attributions"]
    assert any(a["id"] == pk for a in listed)
    assert client.delete(f"/api/attributions/{pk}/").status_code == 204
    assert not Attribution.objects.filter(pk=pk).exists()
    published = Claim.objects.get(article=claim.article, state=Claim.State.PUBLISHED)
    locked = client.post(
        "/api/attributions/", {"claim": published.pk, "source": politico.pk}, format="json"
    )
    assert locked.status_code == 400 and "locked" in str(locked.json())


def test_the_claim_admin_inline_writes_through_the_service(claim, editor):
    from tests.test_one_door import admin_change, admin_post

    client = _client(editor)
    politico = Source.objects.get(name="POLITICO")
    prefix = "attributions"
    total = claim.attributions.count()
    changes = {
        f"{prefix}-TOTAL_FORMS": str(total + 1),
        f"{prefix}-{total}-source": str(politico.pk),
        f"{prefix}-{total}-cue": "obtained by",
        f"{prefix}-{total}-claim": str(claim.pk),
    }
    response = admin_post(
        client, admin_change("claims_claim", claim.pk), changes, form_id="claim_form"
    )
    assert response.status_code == 302
    assert claim.attributions.filter(source=politico, cue="obtained by").exists()
    reasons = claim.history.values_list("history_change_reason", flat=True)
    assert any("attribution added: POLITICO" in (r or "") for r in reasons)


def test_split_gives_an_attribution_without_cue_to_both_parts(claim, editor):
    services.add_attribution(claim=claim, user=editor, source_name="Human Constanta")
    at = claim.start + claim.article.body[claim.start : claim.end].index(" ", 10)
    first, second = services.split_claim(claim=claim, user=editor, at=at)
    for part in (first, second):
        assert part.attributions.filter(source__name="Human Constanta").exists()
