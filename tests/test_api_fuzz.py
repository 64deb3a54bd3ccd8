"""Property-based fuzzing of the REST API against its own OpenAPI schema (schemathesis):
whatever a client sends, the answer is never a 5xx. Bounded to a few examples per operation
so the whole run stays well under 90 s."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token

EXAMPLES_PER_OPERATION = 12


def openapi_document() -> dict:
    document = SchemaGenerator().get_schema(request=None, public=True)
    return json.loads(json.dumps(document, default=str))


schema = schemathesis.openapi.from_dict(openapi_document())
schema.app = get_wsgi_application()
# The coverage phase sends hundreds of boundary cases per operation (over 3 minutes here);
# random fuzzing with a fixed seed keeps the run bounded and repeatable.
schema.config.phases.coverage.enabled = False


@pytest.fixture
def editor_token(demo_article, editor) -> Iterator[str]:
    """An editor (the widest desk role) against the demo data, so writes reach the services.

    Requests go through the real WSGI handler, which closes the database connection after
    each request; Django's test client switches that off for the test transaction, so do we."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield Token.objects.get_or_create(user=editor)[0].key
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_never_answers_with_a_server_error(case, editor_token):
    response = case.call(headers={"Authorization": f"Token {editor_token}"})
    assert response.status_code < 500, (
        f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:500]}"
    )
