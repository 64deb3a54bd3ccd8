"""The general mechanisms of the tenth attribution round, found from the misses of
heldout9 and heldout10 by structure: a relay phrase may follow the closing comma of an
apposition and stand between the named speaker and the verb ("Rzecznik spółki, Jan Nowak,
w rozmowie z Radiem X powiedział"); an English outlet is known by its type word in the
descriptor ("told the regional weekly X") or by an outlet word in its name, English or
not ("the Narvik Weekly", "Bergens Tidende"); Belarusian "праз газету «X»" (through the
paper X) is a relay between the speaker and the verb, and "праз" opens that gap like any
adverbial ("праз тыдзень заявіў"). Our own sentences, none taken from a
labelled set."""

import pytest

from tests.extraction._attribution import found_after


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "Rzecznik spółki, inż. Marek Wolański, w rozmowie z Radiem Kielce powiedział, "
            "że linia ruszy w maju.",
            "pl",
            [("Marek Wolański", "Radio Kielce")],
        ),
        (
            "Prezes klubu, Tomasz Jurga, w rozmowie z portalem Opole Teraz zapewnił, "
            "że stadion zostanie otwarty.",
            "pl",
            [("Tomasz Jurga", "Opole Teraz")],
        ),
    ],
)
def test_relay_after_an_apposition_comma(
    sentence: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found_after([sentence], language) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Helga Moen, who runs a bakery in Tromsø, told the regional weekly Nordlys "
            "that flour prices had doubled.",
            [("Helga Moen", "Nordlys")],
        ),
        (
            "Ola Brekke told the Narvik Weekly that the ferry would stop in March.",
            [("Ola Brekke", "Narvik Weekly")],
        ),
        (
            "Karin Solberg told the Stavanger Tidende that the dock was unsafe.",
            [("Karin Solberg", "Stavanger Tidende")],
        ),
        # an audience is not an outlet
        ("Ola Brekke told the council that the ferry would stop.", [("Ola Brekke", None)]),
    ],
)
def test_english_outlet_by_its_type_word(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found_after([sentence], "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Начальнік цэха Сяргей Мароз праз газету «Гомельская праўда» заявіў, "
            "што план выканалі.",
            [("Сяргей Мароз", "Гомельская праўда")],
        ),
        # a span of time after "праз" is no relay, and the speaker is still found
        (
            "Начальнік цэха Сяргей Мароз праз тыдзень заявіў, што план выканалі.",
            [("Сяргей Мароз", None)],
        ),
    ],
)
def test_belarusian_relay_through_a_paper(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found_after([sentence], "be") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "-a" stems: the stem is the singular present, "-ją" the plural
        ("Skarbnik gminy Ewa Lis wylicza, że dług spadł o 4 mln zł.", [("Ewa Lis", None)]),
        ("Rolnicy z powiatu wyliczają, że pasze podrożały o 9 proc.", [("Rolnicy", None)]),
        # "-owa" stems: "-uje"
        ("Ekonomista Adam Rak argumentuje, że stopy spadną.", [("Adam Rak", None)]),
    ],
)
def test_polish_present_from_past_stems(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found_after([sentence], "pl") == expected


def test_polish_perfective_stems_bring_no_future() -> None:
    """A za-/z-/s-/po- stem's "present" is a future ("zdecyduje"): never a reporting verb."""
    from claims.extraction.attribute import _slavic

    lang = _slavic("pl")
    assert lang is not None
    assert "wylicza" in lang.verbs and "sugeruje" in lang.verbs
    assert not {"zdecyduje", "poinformuje", "zasugeruje"} & lang.verbs
