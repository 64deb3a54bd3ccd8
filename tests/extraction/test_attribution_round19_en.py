"""Attribution round 19 (English): one test per mechanism, parametrised over its forms.
Sentences written for these tests, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from tests.extraction._attribution import found_after


@pytest.mark.parametrize(
    ("text", "speaker", "relay"),
    [
        (
            "A mother of three from the Hollins estate, who asked not to be named, said the rent had doubled.",
            "mother of three from the Hollins estate",
            None,
        ),
        (
            "The son of one tenant, who asked not to be identified, told the Tamar Valley Gazette that the boiler failed twice.",
            "son of one tenant",
            "Tamar Valley Gazette",
        ),
        (
            "A driver at one of the two depots, who requested anonymity, said shifts were cut.",
            "driver at one of the two depots",
            None,
        ),
    ],
)
def test_anonymous_person_keeps_its_of_from_phrase(
    text: str, speaker: str, relay: str | None
) -> None:
    found = found_after([text], "en")
    assert len(found) == 1
    name, via = found[0]
    assert name.lower().removeprefix("a ").removeprefix("the ") == speaker.lower()
    assert via == relay


@pytest.mark.parametrize(
    ("text", "speaker", "relay"),
    [
        (
            "Hartley told the Wensley Mercury that he had repaid the loan.",
            "Hartley",
            "Wensley Mercury",
        ),
        (
            "Councillor Ann Pryce told the Rainy River Lookout that the ward would reopen in May.",
            "Ann Pryce",
            "Rainy River Lookout",
        ),
        (
            "Tom Vale told the Ouse Messenger that the bridge was unsafe.",
            "Tom Vale",
            "Ouse Messenger",
        ),
    ],
)
def test_local_paper_title_word_makes_told_a_relay(text: str, speaker: str, relay: str) -> None:
    assert found_after([text], "en") == [(speaker, relay)]


def test_told_an_audience_stays_no_relay() -> None:
    found = found_after(["Hartley told magistrates that he had repaid the loan."], "en")
    assert found == [("Hartley", None)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Grand Council Treaty #9 said in a statement that the road had been closed.",
            "Grand Council Treaty #9",
        ),
        ("Teamsters Local #17 said the strike would go on until Friday.", "Teamsters Local #17"),
    ],
)
def test_numbered_body_keeps_its_number_sign(text: str, source: str) -> None:
    assert found_after([text], "en") == [(source, None)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The maternity unit at Redbrook Community Hospital in Alston shut 9 times this winter, hospital figures show.",
            "Redbrook Community Hospital",
        ),
        (
            "Complaints to Harlow District Council about fly-tipping doubled in a year, council data show.",
            "Harlow District Council",
        ),
    ],
)
def test_body_noun_before_data_names_the_body_of_that_head(text: str, source: str) -> None:
    assert [name for name, _ in found_after([text], "en")] == [source]


def test_body_noun_data_without_a_named_body_is_not_resolved() -> None:
    found = found_after(
        ["Waiting lists at Moor Lane surgery grew by a third, trade figures show."], "en"
    )
    assert "Moor Lane" not in [name for name, _ in found]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The board has closed six branches since May, according to figures it published on Friday.",
            "board",
        ),
        (
            "Eastfield Housing has evicted 30 tenants, according to its own figures.",
            "Eastfield Housing",
        ),
        ("The agency issued 900 permits last year, according to data they compiled.", "agency"),
    ],
)
def test_own_data_pronoun_names_the_sentence_subject(text: str, source: str) -> None:
    assert found_after([text], "en") == [(source, None)]


def test_own_data_of_a_subject_that_owns_nothing_is_not_resolved() -> None:
    found = found_after(["Sales have fallen by 2%, according to its own figures."], "en")
    assert "Sales" not in [name for name, _ in found]


def test_definite_person_in_a_not_named_clause_is_no_anonymous_speaker() -> None:
    found = found_after(
        ["The clerk, who was not named, was fined last spring, Hollis added."], "en"
    )
    assert found == [("Hollis", None)]


def test_numbered_group_with_its_phrase_is_named_once() -> None:
    text = "Three wardens from the county park, who asked not to be named, said the gates were left open."
    assert found_after([text], "en") == [("Three wardens from the county park", None)]
