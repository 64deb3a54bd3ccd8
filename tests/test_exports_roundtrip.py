"""The JSON export is complete: export → import into an empty database → export again gives
the same document; bad files import nothing and say what is wrong."""

from __future__ import annotations

import copy
import json

import pytest
from django.contrib.auth import get_user_model

from claims.interchange.common import ImportFailed
from claims.interchange.json_export import export_document, to_json
from claims.interchange.json_import import import_json
from claims.models import Article, Claim
from sources.models import Attribution, Evidence, Source
from tests.reports_helpers import make_article

pytestmark = pytest.mark.django_db


def everything(include_confidential: bool = True) -> dict:
    doc = export_document(
        Article.objects.all(),
        Claim.objects.filter(article__isnull=True),
        include_confidential=include_confidential,
    )
    doc.pop("exported_at")
    return doc


def wipe() -> None:
    """Empty the fact-check tables (the rating scale and roles stay, as in a new install)."""
    Evidence.objects.all().delete()
    Attribution.objects.all().delete()
    Claim.objects.all().delete()
    Article.objects.all().delete()
    Source.objects.all().delete()
    get_user_model().objects.all().delete()


def round_trip() -> tuple[dict, dict]:
    before = everything()
    text = to_json(before)
    wipe()
    assert not Claim.objects.exists()
    import_json(text.encode())
    return before, everything()


def test_demo_data_round_trips_losslessly(demo_article):
    before, after = round_trip()
    assert before["articles"] and before["claims"]
    assert after == before


def test_generated_data_round_trips_losslessly(db, tmp_path):
    for seed in (31, 32, 33):
        make_article(25, seed=seed)
    before, after = round_trip()
    assert sum(len(a["claims"]) for a in before["articles"]) == 75
    assert after == before


def test_evidence_file_travels_with_its_hash(db):
    from django.core.files.base import ContentFile

    article = make_article(3, seed=34)
    evidence = Evidence.objects.filter(claim__article=article).first()
    evidence.file_sha256 = "ab" * 32
    evidence.file_name = "call.mp3"
    evidence.file.save("call.mp3", ContentFile(b"RIFF audio"), save=True)
    import hashlib

    Evidence.objects.filter(pk=evidence.pk).update(
        file_sha256=hashlib.sha256(b"RIFF audio").hexdigest(), file_size=10
    )
    before, after = round_trip()
    assert after == before
    restored = Evidence.objects.get(file_name="call.mp3")
    assert restored.file.read() == b"RIFF audio"


def test_export_without_confidential_omits_them(demo_article):
    doc = everything(include_confidential=False)
    text = json.dumps(doc)
    for name in Source.objects.filter(confidential=True).values_list("name", flat=True):
        assert name not in text


def bad(doc: dict, mutate) -> list[str]:
    broken = copy.deepcopy(doc)
    mutate(broken)
    counts = (
        Article.objects.count(),
        Claim.objects.count(),
        Source.objects.count(),
        Evidence.objects.count(),
    )
    with pytest.raises(ImportFailed) as info:
        import_json(json.dumps(broken))
    assert counts == (
        Article.objects.count(),
        Claim.objects.count(),
        Source.objects.count(),
        Evidence.objects.count(),
    )
    return info.value.errors


@pytest.fixture
def exported(demo_article) -> dict:
    doc = everything()
    wipe()
    return doc


def test_malformed_json_is_refused_with_its_position(db):
    with pytest.raises(ImportFailed) as info:
        import_json(b'{"format": ')
    assert "line 1, column 12" in info.value.errors[0]


def test_wrong_types_and_missing_fields_are_all_listed(exported):
    def mutate(doc):
        claim = doc["articles"][0]["claims"][0]
        claim["start"] = "ten"
        del claim["text"]
        doc["articles"][0]["published_on"] = "21/02/2025"
        doc["sources"][0]["reliability"] = "Z"

    errors = bad(exported, mutate)
    joined = "\n".join(errors)
    assert "articles[0].claims[0].start: must be an integer, not str" in joined
    assert "articles[0].claims[0].text: missing" in joined
    assert "articles[0].published_on: must be a date" in joined
    assert "sources[0].reliability: must be one of" in joined


def test_unknown_references_are_listed_and_nothing_imported(exported):
    def mutate(doc):
        claim = doc["articles"][0]["claims"][0]
        claim["attributions"].append(
            {"source": "Nobody Known", "via": None, "cue": "", "cue_start": None, "cue_end": None}
        )
        claim["verdict"] = {"scale": "default", "label": "pants-on-fire"}
        claim["reviewer"] = "ghost"

    errors = "\n".join(bad(exported, mutate))
    assert "unknown source 'Nobody Known'" in errors
    assert "unknown rating label 'pants-on-fire'" in errors
    assert "unknown person 'ghost'" in errors


def test_model_rules_failing_late_roll_back_everything(exported):
    def mutate(doc):
        claim = doc["articles"][-1]["claims"][-1]
        claim["end"] = 10**6  # past the article's end: only the model knows

    errors = bad(exported, mutate)
    assert any("claims" in e and "past the article" in e for e in errors)


def test_importing_an_article_twice_is_refused(exported):
    import_json(json.dumps(exported))
    errors = bad(exported, lambda doc: None)
    assert any("already in the database" in e for e in errors)


def test_huge_file_is_refused_before_parsing(db, settings):
    settings.FACTCHECK_MAX_IMPORT_BYTES = 100
    with pytest.raises(ImportFailed) as info:
        import_json(b" " * 101)
    assert "the limit is 100 bytes" in info.value.errors[0]


def test_not_an_export_is_refused(db):
    for payload in ("[]", '{"format": "other", "version": 1}', "null"):
        with pytest.raises(ImportFailed):
            import_json(payload)
