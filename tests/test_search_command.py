"""`manage.py search_claims`: JSON lines for scripts."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from claims.models import Claim, RatingLabel

pytestmark = pytest.mark.django_db


def run(*args: str) -> list[dict]:
    out = StringIO()
    call_command("search_claims", *args, "--json", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.fixture
def claims(db):
    false = RatingLabel.objects.get(slug="false")
    return [
        Claim.objects.create(
            text="One hundred and twenty people died at the Belarus border.",
            state="drafted",
            verdict=false,
        ),
        Claim.objects.create(text="Nobody died at the Belarus border."),
        Claim.objects.create(text="The minimum wage doubled over ten years."),
    ]


def test_search_prints_one_json_object_per_matching_claim(claims):
    rows = run("border")
    assert {row["id"] for row in rows} == {claims[0].pk, claims[1].pk}
    assert all(set(row) == {"id", "text", "verdict", "score"} for row in rows)
    assert next(r for r in rows if r["id"] == claims[0].pk)["verdict"] == "False"


def test_similar_finds_the_claim_with_numbers_in_words_first_and_not_its_negation(claims):
    rows = run("At least 120 people died at the Belarus border", "--similar", "--limit", "2")
    assert rows[0]["id"] == claims[0].pk and rows[0]["verdict"] == "False"
    assert len(rows) <= 2
    negated = [r for r in rows if r["id"] == claims[1].pk]
    assert not negated or negated[0]["score"] < rows[0]["score"] / 5


def test_limit_caps_the_number_of_lines(claims):
    assert len(run("border", "--limit", "1")) == 1
