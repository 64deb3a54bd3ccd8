"""An API filter that takes an id answers for an id the user may not see exactly as for an
id that names nothing. django-filter looked every foreign-key id up in the whole table first,
so `/api/evidence/?source=<a confidential source>` gave an empty 200 and an unused id a 400
("Select a valid choice"): anyone could learn which ids were confidential sources. Ids are now
whole numbers that narrow what the viewset already lets the user see
(factcheck.api.filters), for every API filter set, declared or from `filterset_fields`."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from claims.models import Claim
from sources.models import Attribution, Evidence, Source
from tests.conftest import make_reader

pytestmark = pytest.mark.django_db

UNUSED_ID = 987654321


@pytest.fixture
def hidden(demo_article, editor):
    """A confidential witness cited and quoted (through a confidential relay) on a claim
    nobody is assigned to, with a public source beside it."""
    claim = demo_article.claims.filter(assignee__isnull=True).exclude(
        state__in=[Claim.State.APPROVED, Claim.State.PUBLISHED]
    )[0]
    witness = Source.objects.create(
        name="Ferry mechanic who asked not to be named",
        kind=Source.Kind.WITNESS_TESTIMONY,
        reliability="F",
        confidential=True,
    )
    relay = Source.objects.create(
        name="Go-between on the quay",
        kind=Source.Kind.WITNESS_TESTIMONY,
        reliability="F",
        confidential=True,
    )
    public = Source.objects.create(
        name="Harbour authority bulletin", kind=Source.Kind.GOVERNMENT_BODY, reliability="B"
    )
    Evidence.objects.create(claim=claim, source=witness, excerpt="Said the engine was sabotaged.")
    Evidence.objects.create(claim=claim, source=public, excerpt="The ferry left at noon.")
    Attribution.objects.create(claim=claim, source=witness, via=relay)
    return {"claim": claim, "witness": witness, "relay": relay, "public": public}


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


# Every API list filter that takes the id of a row one might not be allowed to see.
ID_FILTERS = [
    ("/api/evidence/", "source", "witness"),
    ("/api/attributions/", "source", "witness"),
    ("/api/attributions/", "via", "relay"),
]


def _answer(client: APIClient, path: str, params: dict) -> tuple[int, bytes]:
    response = client.get(path, params)
    return response.status_code, response.content


@pytest.mark.parametrize("include", [{}, {"include_confidential": "1"}])
@pytest.mark.parametrize(("path", "name", "row"), ID_FILTERS)
def test_a_hidden_id_answers_as_an_id_that_names_nothing(hidden, checker, path, name, row, include):
    client = api(checker)
    secret = _answer(client, path, {name: hidden[row].pk, **include})
    unused = _answer(client, path, {name: UNUSED_ID, **include})
    assert secret == unused
    assert secret[0] == 200 and client.get(path, {name: UNUSED_ID}).json()["count"] == 0


@pytest.mark.parametrize(("path", "name", "row"), ID_FILTERS)
def test_an_editor_still_filters_by_a_confidential_id(hidden, editor, path, name, row):
    listed = api(editor).get(path, {name: hidden[row].pk, "include_confidential": "1"}).json()
    assert listed["count"] == 1


def test_the_assignee_filters_their_claims_confidential_evidence(hidden, checker2):
    hidden["claim"].assignee = checker2
    hidden["claim"].save(update_fields=["assignee"])
    params = {"source": hidden["witness"].pk, "include_confidential": "1"}
    assert api(checker2).get("/api/evidence/", params).json()["count"] == 1


@pytest.mark.parametrize("path", ["/api/evidence/", "/api/attributions/"])
def test_a_public_id_still_filters_and_a_claim_id_too(hidden, checker, path):
    client = api(checker)
    assert client.get(path, {"claim": hidden["claim"].pk}).json()["count"] >= 1
    if path == "/api/evidence/":
        assert client.get(path, {"source": hidden["public"].pk}).json()["count"] == 1


@pytest.mark.parametrize("value", ["x", "5.5", ""])
def test_an_id_that_is_not_a_whole_number_is_a_bad_request_for_everyone(hidden, checker, value):
    response = api(checker).get("/api/evidence/", {"source": value})
    if value == "":
        assert response.status_code == 200  # an empty filter is no filter
    else:
        assert response.status_code == 400
        assert "source" in response.json()["errors"]


def test_an_id_beyond_the_database_range_names_nothing(hidden, checker):
    response = api(checker).get("/api/evidence/", {"source": "9" * 30})
    assert response.status_code == 200 and response.json()["count"] == 0


def test_a_filterset_fields_view_reads_ids_the_same_way(db):
    """RatingLabel's filters come from `filterset_fields`, through the backend's base."""
    from claims.api.views import RatingLabelViewSet
    from factcheck.api import filters

    backend = filters.FilterBackend()
    view = RatingLabelViewSet()
    view.filterset_fields = ["scale"]
    filterset = backend.get_filterset_class(view, RatingLabelViewSet.queryset)
    assert isinstance(filterset.base_filters["scale"], filters.IdFilter)


def test_a_reader_cannot_tell_a_hidden_id_either(hidden):
    reader = make_reader("filter-reader")
    client = api(reader)
    path = "/api/evidence/"
    assert _answer(client, path, {"source": hidden["witness"].pk}) == _answer(
        client, path, {"source": UNUSED_ID}
    )


@pytest.mark.parametrize("field", ["source", "via"])
def test_naming_a_hidden_source_in_a_new_attribution_answers_as_an_unused_id(
    hidden, checker, field
):
    def attempt(value) -> tuple[int, dict]:
        body = {"claim": hidden["claim"].pk, "source": hidden["public"].pk, field: value}
        response = api(checker).post("/api/attributions/", body, format="json")
        return response.status_code, response.json()

    status, answer = attempt(hidden["witness"].pk)
    unused_status, unused = attempt(UNUSED_ID)
    assert status == unused_status == 400
    assert answer["errors"][field] == [
        unused["errors"][field][0].replace(str(UNUSED_ID), str(hidden["witness"].pk))
    ]
    assert not Attribution.objects.filter(claim=hidden["claim"], source=hidden["public"]).exists()


def test_re_pointing_an_attribution_to_a_hidden_source_answers_as_an_unused_id(hidden, checker):
    public = Attribution.objects.create(claim=hidden["claim"], source=hidden["public"])
    path = f"/api/attributions/{public.pk}/"
    secret = api(checker).patch(path, {"source": hidden["witness"].pk}, format="json")
    unused = api(checker).patch(path, {"source": UNUSED_ID}, format="json")
    assert secret.status_code == unused.status_code == 400
    public.refresh_from_db()
    assert public.source == hidden["public"]


def test_the_assignee_and_an_editor_still_attribute_to_a_confidential_source(
    hidden, checker2, editor
):
    claim = hidden["claim"]
    claim.assignee = checker2
    claim.save(update_fields=["assignee"])
    Attribution.objects.filter(claim=claim).delete()
    body = {"claim": claim.pk, "source": hidden["witness"].pk}
    assert api(checker2).post("/api/attributions/", body, format="json").status_code == 201
    Attribution.objects.filter(claim=claim).delete()
    assert api(editor).post("/api/attributions/", body, format="json").status_code == 201
