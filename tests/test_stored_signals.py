"""The re-score's stored analysis (claims.search.stored_analysis): written with the vector,
read back equal to what the text gives, used only while it matches the text and the code
that computes it, refilled by build_vectors, and the lookup's suggestions and scores the
same whether it is stored or computed."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from claims.models import Claim, PriorFactCheck, TextVector
from claims.search import hybrid, selectors, services, stored_analysis

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_vector_index")]

# written for these tests: numbers with units, negation, places, people, sources,
# acronyms, hedged figures, dates, several scripts
TEXTS = [
    "The city council of Gdańsk did not approve the 12 percent rise in tram fares, "
    "the mayor's office said on Monday.",
    "Almost 40 thousand tonnes of grain left Odesa in March 2024, according to the ministry.",
    "У Мінску закрылі 3 бальніцы, паведаміла МНС, хоць урад гэта адмаўляе.",
    "Вчера в Гомеле примерно 250 человек вышли на акцию против повышения цен на газ.",
    "Кабмін ухвалив рішення знизити ставку податку до 5 відсотків з 1 січня.",
    "Rząd zapowiedział, że od lipca płaca minimalna wzrośnie o połowę, twierdzi NFZ.",
    "Scientists of the Białowieża park counted twice as many bison as a decade ago.",
    "NATO will open two new bases in Lithuania near Vilnius by 2030, a spokesman claimed.",
    "Pensions were not cut; the president upheld the decree of 3/4 of the deputies.",
    "one two three",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_stored_analysis_reads_back_equal_to_the_computed_one(text):
    digest, data = stored_analysis.stored(text)
    assert digest == stored_analysis.digest(text) and data
    loaded = stored_analysis.load(text, digest, data)
    assert loaded == stored_analysis.compute(text)
    signals, terms = loaded
    assert isinstance(signals, hybrid.Signals)
    # every kind of value survives: sets stay sets, ordered tuples keep their order
    assert signals.content == hybrid.signals(text).content
    assert isinstance(signals.places[0], frozenset) and isinstance(terms.terms, tuple)


def test_a_stale_or_foreign_analysis_is_not_used():
    text, other = TEXTS[0], TEXTS[1]
    digest, data = stored_analysis.stored(text)
    assert stored_analysis.load(other, digest, data) is None  # the text changed since
    assert stored_analysis.load(text, "", data) is None
    assert stored_analysis.load(text, digest, "") is None
    assert stored_analysis.load(text, digest, "{not json") is None


def test_the_stamp_follows_the_code_that_computes_the_analysis(monkeypatch, tmp_path):
    files, third = stored_analysis.sources()
    names = {path.name for path in files}
    assert {"hybrid.py", "text.py", "places.py", "gazetteer.py"} <= names
    assert "selectors.py" not in names  # the lookup's own code is not what it stores
    assert "pymorphy3" in third
    before = stored_analysis.stamp()
    old_digest = stored_analysis.digest(TEXTS[0])
    # a change to any file of the closure gives another stamp, and old digests go stale
    copy = tmp_path / "hybrid.py"
    copy.write_text(files[0].read_text("utf-8") + "\n# retuned\n", "utf-8")
    monkeypatch.setattr(stored_analysis, "_ROOT", tmp_path)
    monkeypatch.setattr(stored_analysis, "sources", lambda: ([copy], third))
    stored_analysis.stamp.cache_clear()
    try:
        assert stored_analysis.stamp() != before
        assert stored_analysis.digest(TEXTS[0]) != old_digest
    finally:
        stored_analysis.stamp.cache_clear()


def test_values_it_cannot_store_are_refused_not_guessed():
    with pytest.raises(TypeError):
        stored_analysis._plain({"a": 1})
    with pytest.raises(TypeError):
        stored_analysis._plain([1, 2])


@pytest.fixture
def rows(db):
    claims = [Claim.objects.create(text=text) for text in TEXTS[:5]]
    priors = [
        PriorFactCheck.objects.create(
            url=f"https://checkers.example/stored/{i}", claim_reviewed=text, raw={}
        )
        for i, text in enumerate(TEXTS[5:])
    ]
    services.store_vectors(claim_ids=[c.pk for c in claims], prior_ids=[p.pk for p in priors])
    return claims, priors


def test_the_vector_writer_stores_the_analysis_with_the_vector(rows):
    for row in TextVector.objects.select_related("claim", "prior_fact_check"):
        text = row.claim.text if row.claim_id else row.prior_fact_check.claim_reviewed
        assert row.analysis_digest == stored_analysis.digest(text)
        assert not row.analysis  # the packed form since latency18 (test_lookup_round_trips)
        assert stored_analysis.load(text, row.analysis_digest, row.analysis_packed) == (
            stored_analysis.compute(text)
        )


QUERIES = [
    "Gdańsk councillors rejected raising tram fares by 12 percent.",
    "Міністэрства: у Мінску зачынілі тры бальніцы.",
    "Close to 40,000 tonnes of grain were shipped from Odesa in March 2024.",
    "Уряд знизив податок до 5 відсотків з січня.",
    "Od lipca płaca minimalna wzrośnie o 50 procent.",
    "Two NATO bases will be opened in Lithuania by 2030.",
]


def lookups() -> list[list[tuple[str, int, float]]]:
    return [
        [(hit.kind, hit.pk, hit.score) for hit in selectors.similar_claims(query, limit=10)]
        for query in QUERIES
    ]


def test_suggestions_and_scores_are_the_same_stored_or_computed(rows, monkeypatch):
    stored = lookups()
    assert any(stored)
    # with the stored analyses the lookup computes none for its candidates
    computed_for: list[str] = []
    real = stored_analysis.compute
    monkeypatch.setattr(
        stored_analysis, "compute", lambda text: computed_for.append(text) or real(text)
    )
    assert lookups() == stored
    assert not computed_for
    # without them (a bulk load, an older row) it computes them from the texts: same result
    TextVector.objects.update(analysis="", analysis_digest="")
    assert lookups() == stored
    assert computed_for


def test_a_stale_stamp_is_recomputed_at_lookup_and_refilled_by_build_vectors(rows, monkeypatch):
    expected = lookups()
    monkeypatch.setattr(stored_analysis, "stamp", lambda: "another version of the code")
    # every stored analysis is stale now: the lookup gives the same, from the texts
    assert lookups() == expected
    out = StringIO()
    call_command("build_vectors", stdout=out, stderr=StringIO())
    assert "5 stored analyses written" in out.getvalue()  # claims
    rows_now = TextVector.objects.select_related("claim", "prior_fact_check")
    assert all(
        row.analysis_digest
        == stored_analysis.digest(
            row.claim.text if row.claim_id else row.prior_fact_check.claim_reviewed
        )
        for row in rows_now
    )
    # idempotent: nothing left to refill, and the vectors were not recomputed
    out = StringIO()
    call_command("build_vectors", stdout=out, stderr=StringIO())
    assert "0 stored analyses written" in out.getvalue()
    assert "done: 0 vectors computed" in out.getvalue()
    assert lookups() == expected


def test_an_edited_text_is_not_scored_with_its_old_analysis(rows):
    claims, _priors = rows
    claim = claims[0]
    # edited behind the writer's back (the vector task not run yet)
    Claim.objects.filter(pk=claim.pk).update(
        text="The city council of Gdańsk approved the 12 percent rise in tram fares."
    )
    hits = {
        hit.pk: hit.score
        for hit in selectors.similar_claims(QUERIES[0], limit=10)
        if hit.kind == "claim"
    }
    TextVector.objects.update(analysis="", analysis_digest="")
    assert hits == {
        hit.pk: hit.score
        for hit in selectors.similar_claims(QUERIES[0], limit=10)
        if hit.kind == "claim"
    }


def test_the_model_gives_the_same_vectors_when_called_from_several_threads_at_once():
    """The lookup embeds its dense and sparse passes in two threads (selectors._Embedding):
    the engine must give each call what it gives alone, whatever runs beside it."""
    from concurrent.futures import ThreadPoolExecutor

    import numpy as np

    from claims.search import embeddings

    if not embeddings.available():
        pytest.skip(embeddings.problem())
    texts = TEXTS[:-1] * 3
    alone = [(selectors.query_vector(t)[0], selectors.query_sparse(t)) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        together = [
            (pool.submit(selectors.query_vector, t), pool.submit(selectors.query_sparse, t))
            for t in texts
        ]
        for (vector, sparse), (dense_call, sparse_call) in zip(alone, together, strict=True):
            assert np.array_equal(vector, dense_call.result()[0])
            other = sparse_call.result()
            assert (sparse is None and other is None) or np.array_equal(sparse, other)
