"""The similar-claim lookup's round trips (issue 15, latency18): one query for every pool's
lexemes and statistics, each pool's lexical candidates fetched with their stored vectors
and analyses while the query is being embedded, the vector neighbours likewise; the stored
analysis in its packed form, the JSON form of 0023 still read; and the start-up warming of
the serving processes (claims.search.warmup)."""

from __future__ import annotations

import threading
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, PriorFactCheck, TextVector
from claims.search import embeddings, selectors, services, stored_analysis, warmup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_vector_index")]

# written for these tests
CLAIMS = [
    "The river port of Płock stopped 30 barges of coal in January, the harbour master said.",
    "Городская дума Витебска отменила 15-процентное повышение тарифов на воду.",
    "Уряд пообіцяв відкрити 8 нових шкіл у Житомирі до вересня.",
]
PRIORS = [
    "The harbour master of Płock says 30 coal barges were held back in January.",
    "Витебская дума отказалась повышать тарифы на воду на 15 процентов.",
    "Kraków will close two tram depots next spring, the transport office announced.",
    "До вересня в Житомирі відкриють вісім нових шкіл, пообіцяв уряд.",
]
QUERIES = [
    "Thirty barges of coal were stopped at the Płock port in January.",
    "В Витебске отменили повышение тарифа на воду на 15%.",
    "У Житомирі до вересня відкриють 8 шкіл.",
]


@pytest.fixture
def pools(db):
    claims = [Claim.objects.create(text=text) for text in CLAIMS]
    priors = [
        PriorFactCheck.objects.create(
            url=f"https://checkers.example/trips/{i}", claim_reviewed=text, raw={}
        )
        for i, text in enumerate(PRIORS)
    ]
    services.store_vectors(claim_ids=[c.pk for c in claims], prior_ids=[p.pk for p in priors])
    return claims, priors


def lookups() -> list[list[tuple[str, int, float, float | None]]]:
    return [
        [
            (hit.kind, hit.pk, hit.score, hit.cosine)
            for hit in selectors.similar_claims(query, limit=10)
        ]
        for query in QUERIES
    ]


def needs_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("the round trips counted are PostgreSQL's")


def test_a_lookup_over_both_pools_takes_at_most_eleven_queries(
    pools, django_assert_max_num_queries
):
    """Before latency18 a pool took up to ten: the words' lexemes, the index statistics
    (two), the candidates (two), the terms' lexemes, the vector index (two), the
    neighbours, their stored vectors. Now one query for the lexemes, statistics and row
    counts of both pools, then a pool's lexical candidates (two when the pairs of rare
    words find few), the vector index (here two: the numpy backend re-reads the rows stored
    in the last minutes, all of a test's) and the neighbours, with their vectors and
    analyses. (On the usearch path among 20,000 priors, benchmarks/search: 17 -> 8.)"""
    needs_postgres()
    selectors.similar_claims(QUERIES[0], limit=10)  # the model and the index opened
    for query in QUERIES:
        with django_assert_max_num_queries(1 + 2 * 5):
            hits = selectors.similar_claims(query, limit=10)
        assert hits


def test_the_lexical_candidates_of_every_pool_are_fetched_before_the_embedding_is_awaited(
    pools, monkeypatch
):
    needs_postgres()
    if not embeddings.available():
        pytest.skip(embeddings.problem())
    selectors.similar_claims(QUERIES[0], limit=10)
    asked_before: list[str] = []
    real = selectors._Embedding.dense

    def dense(self):
        if not asked_before:
            asked_before.extend(query["sql"] for query in ctx.captured_queries)
        return real(self)

    monkeypatch.setattr(selectors._Embedding, "dense", dense)
    with CaptureQueriesContext(connection) as ctx:
        assert selectors.similar_claims(QUERIES[0], limit=10)
    ranked = [sql for sql in asked_before if "ts_rank" in sql]
    assert any('"claims_claim"' in sql for sql in ranked)
    assert any('"claims_priorfactcheck"' in sql for sql in ranked)
    # and they brought their vectors and analyses: no query asks for those on their own
    assert not any(
        '"claims_textvector"."analysis_digest"' in q["sql"] for q in ctx.captured_queries
    )


def test_the_suggestions_do_not_depend_on_which_form_the_analysis_is_stored_in(pools, monkeypatch):
    packed = lookups()
    assert any(packed)
    assert all(row.analysis_packed and not row.analysis for row in TextVector.objects.all())
    # the JSON form of 0023 (rows stored before latency18) is read as it is: nothing is
    # computed, and the suggestions and scores are the same
    for row in TextVector.objects.select_related("claim", "prior_fact_check"):
        text = row.claim.text if row.claim_id else row.prior_fact_check.claim_reviewed
        row.analysis = stored_analysis.encode(*stored_analysis.compute(text))
        row.analysis_packed = b""
        row.save(update_fields=["analysis", "analysis_packed"])
    computed: list[str] = []
    real = stored_analysis.compute
    monkeypatch.setattr(
        stored_analysis, "compute", lambda text: computed.append(text) or real(text)
    )
    assert lookups() == packed
    assert not computed
    # build_vectors' refill repacks them (and empties the JSON), once
    ids = list(PriorFactCheck.objects.values_list("pk", flat=True))
    assert services.store_analyses(prior_ids=ids) == len(PRIORS)
    assert services.store_analyses(prior_ids=ids) == 0
    priors = TextVector.objects.filter(prior_fact_check__isnull=False)
    assert all(row.analysis_packed and not row.analysis for row in priors)
    assert lookups() == packed


def test_a_packed_analysis_reads_back_equal_and_an_odd_record_is_refused():
    for text in CLAIMS + PRIORS:
        digest, data = stored_analysis.stored(text)
        assert isinstance(data, bytes) and data
        assert stored_analysis.load(text, digest, data) == stored_analysis.compute(text)
        assert stored_analysis.load(text, digest, memoryview(data)) is not None
        # a record of another shape (other code, a damaged row) is computed, never misread
        for odd in (data[:-3], b"\x00", stored_analysis.marshal.dumps((1, 2)), b""):
            assert stored_analysis.load(text, digest, odd) is None
    with pytest.raises(TypeError):
        stored_analysis._storable(frozenset({("a", 1.5j)}))


def test_a_bulk_load_that_leaves_the_packed_column_out_stores_an_empty_one(pools):
    """million_priors' COPY and any loader written before latency18: the column has a
    database default."""
    prior = PriorFactCheck.objects.create(url="https://checkers.example/bulk", raw={})
    table = TextVector._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (prior_fact_check_id, model_name, text_hash, vector, sparse,"
            " analysis, analysis_digest, updated_at) VALUES (%s, 'm', 'h', %s, %s, '', '',"
            " CURRENT_TIMESTAMP)",
            [prior.pk, b"\x00" * 4, b""],
        )
    assert bytes(TextVector.objects.get(prior_fact_check=prior).analysis_packed) == b""


def test_warming_builds_what_a_languages_first_lookup_would():
    took = warmup.warm(["ru", "be"], model=False)
    assert set(took) == {"ru", "be"}
    from claims.search import hybrid

    started = time.perf_counter()
    # other sentences of the warmed languages, with a source: no compilation left to do
    hybrid.signals("Мэр Гомеля заявил, что весной отремонтируют 4 моста.")
    hybrid.signals("Мэр Гомеля заявіў, што ўвесну адрамантуюць 4 масты.")
    assert time.perf_counter() - started < 2.0


def test_warming_starts_once_a_process_in_the_background_and_can_be_switched_off(monkeypatch):
    ran = threading.Event()
    monkeypatch.setattr(warmup, "warm", lambda *a, **k: ran.set() or {})
    monkeypatch.setattr(warmup, "_started", {})
    monkeypatch.setenv("FACTCHECK_WARM", "off")
    assert warmup.start() is None
    monkeypatch.setenv("FACTCHECK_WARM", "on")
    thread = warmup.start()
    assert thread is not None and thread.daemon
    assert warmup.start() is thread  # once a process
    assert ran.wait(10)


def test_the_serving_entry_points_start_the_warming(monkeypatch):
    from celery.signals import worker_process_init

    from factcheck import celery

    started: list[bool] = []
    monkeypatch.setattr(warmup, "start", lambda: started.append(True))
    worker_process_init.send(sender=None)
    assert started == [True]
    assert celery._warm_lookups  # connected at import of the Celery app
    import importlib
    import sys

    sys.modules.pop("factcheck.wsgi", None)
    importlib.import_module("factcheck.wsgi")
    assert started == [True, True]


def test_a_pool_counted_empty_is_not_searched(db):
    """A desk without claims of its own yet (or a database of imported fact-checks only,
    as million_priors'): the shared query counts the pool, and nothing else asks it."""
    needs_postgres()
    for i, text in enumerate(PRIORS):
        PriorFactCheck.objects.create(
            url=f"https://checkers.example/empty/{i}", claim_reviewed=text, raw={}
        )
    services.store_vectors(prior_ids=list(PriorFactCheck.objects.values_list("pk", flat=True)))
    with CaptureQueriesContext(connection) as ctx:
        hits = selectors.similar_claims(QUERIES[1], limit=10)
    assert hits and {hit.kind for hit in hits} == {"prior"}
    about_claims = [q["sql"] for q in ctx.captured_queries if '"claims_claim"' in q["sql"]]
    assert len(about_claims) == 1 and "pg_stats" in about_claims[0]
    assert not any('"claim_id" IS NOT NULL' in q["sql"] for q in ctx.captured_queries)


def test_the_index_rows_changed_lately_are_read_before_the_embedding_is_awaited(pools, monkeypatch):
    """latency20: the vector index's check for rows changed since its file (or the numpy
    scan's delta read) is a query that needs no vector; it runs while the model works,
    and the search after the embedding asks the database nothing but the neighbours."""
    needs_postgres()
    if not embeddings.available():
        pytest.skip(embeddings.problem())
    selectors.similar_claims(QUERIES[0], limit=10)
    marks: list[int] = []
    real = selectors._Embedding.dense

    def dense(self):
        marks.append(len(ctx.captured_queries))
        return real(self)

    monkeypatch.setattr(selectors._Embedding, "dense", dense)
    with CaptureQueriesContext(connection) as ctx:
        assert selectors.similar_claims(QUERIES[0], limit=10)
    after = [q["sql"] for q in ctx.captured_queries[marks[0] :]]
    before = [q["sql"] for q in ctx.captured_queries[: marks[0]]]
    assert any('"updated_at" >=' in sql for sql in before)
    assert not any('"updated_at" >=' in sql for sql in after)
    # after the vector: one query a pool, its neighbours with their stored rows
    assert len(after) == 2 and all('"tv_vector"' in sql for sql in after)


def test_a_refreshed_search_asks_the_database_nothing_and_finds_what_a_plain_one_does(pools):
    from claims.search import vector_index

    vector = embeddings.embed_query(QUERIES[0]) if embeddings.available() else None
    if vector is None:
        pytest.skip(embeddings.problem())
    for kind in ("claim", "prior"):
        plain = vector_index.nearest(kind, vector, k=5)
        vector_index.refresh(kind)
        with CaptureQueriesContext(connection) as ctx:
            refreshed = vector_index.nearest(kind, vector, k=5, refreshed=True)
        assert refreshed == plain and plain
        assert not ctx.captured_queries


def test_the_sparse_vector_is_awaited_only_after_the_neighbours_are_fetched(pools, monkeypatch):
    """The neighbours and the words' re-rank need only the dense vector: they run while the
    sparse pass may still be computing; the suggestions are those of waiting for both."""
    if not embeddings.available():
        pytest.skip(embeddings.problem())
    expected = lookups()
    order: list[str] = []
    real_sparse, real_nearest = selectors._Embedding.sparse, selectors.vector_index.nearest

    def sparse(self, given):
        order.append("sparse")
        return real_sparse(self, given)

    def nearest(*args, **kwargs):
        order.append("nearest")
        return real_nearest(*args, **kwargs)

    monkeypatch.setattr(selectors._Embedding, "sparse", sparse)
    monkeypatch.setattr(selectors.vector_index, "nearest", nearest)
    embeddings.reset()  # no vector of the queries cached: the model computes them
    assert lookups() == expected
    assert order == ["nearest", "nearest", "sparse"] * len(QUERIES)


def test_a_suggested_fact_check_is_fetched_without_its_claimreview_object(pools):
    """`raw` (the ClaimReview as published, kilobytes for a real import) is read by no part
    of the lookup; left out of the candidates' rows, it is still there when asked for."""
    with CaptureQueriesContext(connection) as ctx:
        hits = [
            hit for hit in selectors.similar_claims(QUERIES[0], limit=10) if hit.kind == "prior"
        ]
    assert hits
    fetched = [q["sql"] for q in ctx.captured_queries if 'FROM "claims_priorfactcheck"' in q["sql"]]
    assert fetched and not any('"claims_priorfactcheck"."raw"' in sql for sql in fetched)
    assert hits[0].obj.raw == {}  # read on demand
