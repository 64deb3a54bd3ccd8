"""One nesting rule for every JSON entrance (claims.safe_json): the API's bodies and the
file importers refuse a deeply nested document with a reason, never a 500."""

from __future__ import annotations

import pytest

from claims import safe_json
from claims.interchange.claimreview_import import import_claimreview
from claims.interchange.common import ImportFailed
from claims.interchange.json_import import import_json
from tests.bad_input import fingerprint
from tests.factories import api

pytestmark = pytest.mark.django_db


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("url", ["/api/claims/", "/api/evidence/", "/api/sources/"])
def test_api_body_nested_100000_deep_is_a_400_saying_so_and_stores_nothing(url, checker):
    client = api(checker)
    before = fingerprint()
    body = '{"text": ' + nested(100_000) + "}"
    response = client.post(url, body, content_type="application/json")
    assert response.status_code == 400
    assert "nested too deeply" in response.json()["detail"]
    assert fingerprint() == before


def test_api_body_just_over_the_limit_is_refused_like_a_very_deep_one(checker):
    body = '{"text": ' + nested(safe_json.MAX_DEPTH) + "}"
    response = api(checker).post("/api/claims/", body, content_type="application/json")
    assert response.status_code == 400
    assert "nested too deeply" in response.json()["detail"]


def test_api_body_within_the_limit_reaches_validation(checker):
    body = '{"text": ' + nested(safe_json.MAX_DEPTH - 2) + "}"
    response = api(checker).post("/api/claims/", body, content_type="application/json")
    assert response.status_code == 400
    assert "nested too deeply" not in str(response.json())
    assert "text" in response.json()["errors"]


def test_malformed_api_json_is_still_a_parse_error(checker):
    response = api(checker).post("/api/claims/", '{"text": ', content_type="application/json")
    assert response.status_code == 400
    assert response.json()["detail"].startswith("JSON parse error")


@pytest.mark.parametrize("load", [import_json, import_claimreview])
@pytest.mark.parametrize("depth", [safe_json.MAX_DEPTH + 1, 100_000])
def test_import_files_refuse_deep_json_with_the_same_rule(load, depth):
    before = fingerprint()
    with pytest.raises(ImportFailed) as refused:
        load(nested(depth))
    assert "nested too deeply (more than 64 levels" in refused.value.errors[0]
    assert fingerprint() == before


def test_too_deep_walks_without_recursion():
    deep: list = []
    for _ in range(200_000):
        deep = [deep]
    assert safe_json.too_deep(deep, 64)
    assert not safe_json.too_deep({"a": [{"b": [1, 2]}]}, 4)
    assert safe_json.too_deep({"a": [{"b": [1, 2]}]}, 3)
