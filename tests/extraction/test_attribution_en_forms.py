"""English newsroom forms the first rules missed (issue 14), in our own sentences."""

import pytest

from claims.extraction.attribute import attribute_sentence, make_context


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.via) for a in attribute_sentence(text, 0, make_context()).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source named after the clause
        (
            "Bus fares in the capital will rise by 6 percent from April, the Regional "
            "Transport Authority said on Tuesday.",
            ("Regional Transport Authority", None),
        ),
        # an apposition or a relative clause between subject and verb
        (
            "The contractor, Vestbo Anlegg AS, said the tunnel would open two months late.",
            ("Vestbo Anlegg AS", None),
        ),
        (
            "The observer mission, which deployed 120 monitors across the country, said "
            "turnout was 58 percent.",
            ("observer mission", None),
        ),
        (
            "The charity, whose volunteers run 40 food banks, said demand had doubled.",
            ("charity", None),
        ),
        # data and publication nouns
        (
            "Figures from the national statistics agency show that exports fell 3.2 percent.",
            ("national statistics agency", None),
        ),
        (
            "A study published in a leading cardiology journal found that the drug cut "
            "strokes by a fifth.",
            ("leading cardiology journal", None),
        ),
        # credit given to researchers
        (
            "The footage was filmed near Kherson, as verified by researchers at an "
            "independent investigations group.",
            ("researchers at an independent investigations group", None),
        ),
        (
            "The images were authenticated by analysts at the Open Source Lab, who matched "
            "the skyline.",
            ("Open Source Lab", None),
        ),
        # disputed / rejected / denied …, saying
        (
            "The ministry disputed the figures, saying only 12 people had been detained.",
            ("ministry", None),
        ),
        (
            "The company denied any wrongdoing, saying the contracts were awarded lawfully.",
            ("company", None),
        ),
        # a relay stated in the sentence: the document comes via the outlet
        (
            "A leaked memo obtained by The Harbour Times shows the council planned the "
            "closure in 2024.",
            ("leaked memo", "Harbour Times"),
        ),
        (
            "A recorded conversation obtained by Radio Bay reveals that the mayor knew of "
            "the deficit.",
            ("recorded conversation", "Radio Bay"),
        ),
    ],
)
def test_english_newsroom_forms(text, expected):
    assert expected in _found(text)


def test_relayed_document_keeps_the_outlet_as_a_source_and_its_kind():
    found = attribute_sentence(
        "Internal emails seen by the Daily Ledger show managers were warned in March.",
        0,
        make_context(),
    ).attributions
    by_name = {a.name: a for a in found}
    assert by_name["Internal emails"].via == "Daily Ledger"
    assert by_name["Internal emails"].kind == "leaked_document"
    assert by_name["Daily Ledger"].kind == "news_outlet"


def test_rejected_saying_keeps_the_institution():
    found = _found("Police rejected the allegations, saying officers had followed procedure.")
    assert found == [("Police", None)]


def test_unsupported_language_gets_no_guesses_and_undetermined_keeps_english_rules():
    german = "Die Preise stiegen um 4 Prozent, sagte das Ministerium am Montag."
    assert attribute_sentence(german, 0, make_context(language="de")).attributions == []
    english = "Prices rose 4 percent, the ministry said on Monday."
    assert _found_in(english, "und") == [("ministry", None)]


def _found_in(text: str, language: str) -> list[tuple[str, str | None]]:
    ctx = make_context(language=language)
    return [(a.name, a.via) for a in attribute_sentence(text, 0, ctx).attributions]


def test_it_said_resolves_to_the_last_named_organisation():
    ctx = make_context()
    attribute_sentence("The Harbour Authority said the quay would close on Friday.", 0, ctx)
    found = attribute_sentence("It added that 40 ships had been rerouted.", 100, ctx)
    assert [(a.name, a.cue) for a in found.attributions] == [("Harbour Authority", "It added")]
