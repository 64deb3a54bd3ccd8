import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims.models import Article, Claim, RatingLabel, RatingScale
from sources.models import Attribution, Evidence, Source, SourceAlias

pytestmark = pytest.mark.django_db

BODY = "The minister said unemployment fell to 4.1 percent in 2024. Critics disagree."


@pytest.fixture
def article():
    return Article.objects.create(title="Jobs", body=BODY)


def test_same_text_imported_twice_is_rejected_by_content_hash(article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(title="Again", body=BODY.replace(" ", "  "))


def test_database_keeps_claim_span_ordered(article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(article=article, start=10, end=5, text="x")


def test_database_refuses_span_without_article():
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(start=0, end=5, text="viral post")


def test_claim_from_outside_an_article_needs_no_span():
    claim = Claim.objects.create(text="A viral post says X.", claimant="@someone")
    assert claim.article is None and claim.span_text == ""


def test_full_clean_reports_span_past_article_end(article):
    claim = Claim(article=article, start=0, end=len(BODY) + 5, text="x")
    with pytest.raises(ValidationError) as excinfo:
        claim.full_clean()
    assert "past the article" in str(excinfo.value.message_dict["end"])


def test_database_keeps_checkworthiness_between_0_and_1(article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(article=article, start=0, end=5, text="x", checkworthiness=1.5)


def test_drafted_claim_needs_a_verdict(article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(article=article, start=0, end=5, text="x", state="drafted")


def test_article_body_cannot_change_once_claims_point_into_it(article):
    Claim.objects.create(article=article, start=0, end=12, text=BODY[:12])
    article.body = "Something else entirely."
    with pytest.raises(ValidationError) as excinfo:
        article.full_clean()
    assert "cannot change" in str(excinfo.value)


def test_default_rating_scale_maps_labels_to_claimreview_values():
    scale = RatingScale.default()
    values = {label.slug: label.value for label in scale.labels.all()}
    assert values["true"] == scale.best_value == 5
    assert values["false"] == scale.worst_value == 1
    assert values["misleading"] is None


def test_rating_label_value_outside_scale_is_a_clear_error():
    label = RatingLabel(scale=RatingScale.default(), name="Pants", slug="pants", value=9)
    with pytest.raises(ValidationError) as excinfo:
        label.full_clean()
    assert "between 1 and 5" in str(excinfo.value)


def test_rating_label_colour_must_be_hex():
    label = RatingLabel(scale=RatingScale.default(), name="Odd", slug="odd", colour="red")
    with pytest.raises(ValidationError):
        label.full_clean()


def test_source_names_are_recognised_regardless_of_case_and_punctuation():
    Source.objects.create(name="POLITICO", kind="news_outlet")
    duplicate = Source(name="Politico.", kind="news_outlet")
    with pytest.raises(ValidationError) as excinfo:
        duplicate.full_clean()
    assert "already exists" in str(excinfo.value)


def test_alias_cannot_belong_to_two_sources():
    politico = Source.objects.create(name="POLITICO")
    other = Source.objects.create(name="Other outlet")
    SourceAlias.objects.create(source=politico, name="Politico Europe")
    with pytest.raises(ValidationError):
        SourceAlias(source=other, name="politico europe").full_clean()


def test_database_refuses_reliability_outside_admiralty_grades():
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(name="Bad grade", reliability="Z")


def test_database_refuses_evidence_without_content(article):
    claim = Claim.objects.create(article=article, start=0, end=5, text="x")
    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(claim=claim)


def test_database_refuses_credibility_outside_1_to_6(article):
    claim = Claim.objects.create(article=article, start=0, end=5, text="x")
    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(claim=claim, excerpt="quote", credibility=7)


def test_evidence_grade_combines_source_letter_and_credibility_digit(article):
    claim = Claim.objects.create(article=article, start=0, end=5, text="x")
    source = Source.objects.create(name="Stats office", reliability="B")
    evidence = Evidence.objects.create(claim=claim, source=source, excerpt="4.1%", credibility=2)
    assert evidence.grade == "B2"


def test_source_cannot_be_relayed_via_itself(article):
    claim = Claim.objects.create(article=article, start=0, end=5, text="x")
    source = Source.objects.create(name="Aleh")
    with pytest.raises(IntegrityError), transaction.atomic():
        Attribution.objects.create(claim=claim, source=source, via=source)


def test_evidence_url_is_validated(article):
    claim = Claim.objects.create(article=article, start=0, end=5, text="x")
    evidence = Evidence(claim=claim, url="javascript:alert(1)")
    with pytest.raises(ValidationError) as excinfo:
        evidence.full_clean()
    assert "url" in excinfo.value.message_dict


def test_claim_changes_are_recorded_in_history(article):
    claim = Claim.objects.create(article=article, start=0, end=5, text="x")
    claim.claimant = "The minister"
    claim.save()
    records = list(claim.history.order_by("history_date"))
    assert [r.claimant for r in records] == ["", "The minister"]
    assert records[1].diff_against(records[0]).changed_fields == ["claimant"]


def test_source_name_whose_key_outgrows_its_column_is_a_clear_error():
    # "ﬃ" normalises to "ffi": 300 of them make a 900-character key for a 300-character column.
    source = Source(name="ﬃ" * 300)
    with pytest.raises(ValidationError) as excinfo:
        source.full_clean()
    assert "too long" in str(excinfo.value)
