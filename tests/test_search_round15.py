"""Mechanisms of the fifteenth matching round (claims/search/hybrid.py, places.py,
gazetteer.py): a number counted in another word order, a changed source or a changed name in
two of ru/uk/be, a quarter of a hundred, and the places the table gained (the rest of the
Balkans, Central Asia, British counties, adjectives whose consonant alternates). Plain
functions: no database, no model."""

from __future__ import annotations

import pytest

from claims.search import gazetteer, hybrid, places


def conflict(a: str, b: str) -> bool:
    return hybrid.evidence(0.0, hybrid.signals(a), hybrid.signals(b)).factor < 1.0


# --- a quarter of a hundred -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Na ulice wyjedzie ćwierć setki nowych tramwajów.",
        "На улицы выйдет четверть сотни новых трамваев.",
    ],
)
def test_a_quarter_of_a_hundred_is_twenty_five_things(text: str) -> None:
    assert hybrid.numbers(text) == frozenset({"25"})
    assert all(unit != "percent" for _, unit in hybrid.counts(text))


def test_a_quarter_alone_is_still_a_share() -> None:
    assert ("25", "percent") in hybrid.counts("Ćwierć mieszkańców nie ma samochodu.")


# --- the same thing counted in another word order ------------------------------------------


def test_a_counted_word_found_elsewhere_in_the_other_claim_agrees() -> None:
    a = hybrid.signals("Trzydzieści elektrycznych śmieciarek wyjedzie na ulice Lublina.")
    b = hybrid.signals("Lublin kupi 30 śmieciarek elektrycznych.")
    assert hybrid.number_agreement(a, b) == 1.0


def test_other_counted_words_in_one_language_still_share_no_figure() -> None:
    a = hybrid.signals("Regulator zablokował 27 kasyn internetowych.")
    b = hybrid.signals("Regulator zablokował 27 serwisów VPN.")
    assert hybrid.number_agreement(a, b) == 0.0


# --- another source, worded alike ----------------------------------------------------------


def test_the_same_count_by_another_described_source_is_another_claim() -> None:
    assert conflict(
        "Лісники Поліського природного заповідника нарахували на його території 12 рисей.",
        "Лісники Рівненського природного заповідника нарахували на його території 12 рисей.",
    )


def test_a_body_by_its_acronym_or_short_name_is_the_same_source() -> None:
    assert not conflict(
        "Державна служба статистики повідомила, що ціни зросли на 2 відсотки за місяць.",
        "Держстат повідомив, що ціни зросли на 2 відсотки за місяць.",
    )


@pytest.mark.parametrize(
    "translation",
    [
        "Житомирский горсовет отказался продлевать ночную продажу алкоголя.",
        "Житомирская гарадская рада адмовілася падаўжаць начны продаж алкаголю.",
    ],
)
def test_one_council_in_the_common_nouns_of_two_kin_languages_is_one_source(
    translation: str,
) -> None:
    # "горсовет" / "гарадская рада" / "міська рада": lower-case words, no other name
    assert not conflict(
        translation, "Житомирська міська рада відмовилася продовжувати нічний продаж алкоголю."
    )


def test_a_source_told_apart_by_a_capitalised_word_still_differs() -> None:
    a = hybrid.signals("Науковці Шацького національного парку повідомили, що нарахували 40 лелек.")
    b = hybrid.signals(
        "Науковці Карпатського національного парку повідомили, що нарахували 40 лелек."
    )
    assert hybrid._speakers_differ(a, b)


# --- names in two of ru/uk/be ---------------------------------------------------------------


def test_a_shared_name_anchors_a_changed_one_across_kin_languages() -> None:
    # the same airline and departure city, another destination the place table lacks
    assert conflict(
        "«Белавиа» с июня будет летать из Минска в Хургаду.",
        "«Белавія» з червня літатиме з Мінська до Шарм-ель-Шейха.",
    )


def test_the_same_names_in_kin_languages_do_not_conflict() -> None:
    assert not conflict(
        "«Белавиа» с июня будет летать из Минска в Хургаду.",
        "«Белавія» з червня літатиме з Мінська до Хургади.",
    )


def test_acronyms_are_not_names_that_changed() -> None:
    # МЧС / МНС: one ministry, abbreviated in each language
    assert not conflict(
        "В Гомельской области спасатели МЧС сняли с крыши 4 кошек.",
        "У Гомельській області рятувальники МНС зняли з даху 4 котів.",
    )


# --- places the table gained ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Czarnogórze", "montenegro"),
        ("Чорногорії", "montenegro"),
        ("Ташкенте", "uzbekistan"),
        ("Biszkeku", "kyrgyzstan"),
        ("Sarajewie", "bosnia"),
        ("Корнуолле", "britain"),
        ("Cumbria", "britain"),
    ],
)
def test_new_places_are_read_in_their_case_forms(word: str, country: str) -> None:
    found = places.lookup(word)
    assert found is not None and found[1] == country


def test_two_balkan_countries_conflict_across_languages() -> None:
    assert places.place_conflict(
        places.places("Sieć otworzy 10 sklepów w Czarnogórze."),
        places.places("Сеть откроет 10 магазинов в Сербии."),
    )


def test_two_counties_conflict_and_a_county_agrees_with_its_country() -> None:
    cornwall = places.places("В Корнуолле выпал рекорд осадков.")
    assert places.place_conflict(cornwall, places.places("Cumbria had record rainfall."))
    assert not places.place_conflict(cornwall, places.places("Britain had record rainfall."))


def test_an_alternating_consonant_gives_the_adjective() -> None:
    stems, words = gazetteer.forms("кременчук")
    assert "кременчу" in stems and not words
    assert places.lookup("Кременчуцька")[0] == "kremenchuk"
    # a short name keeps whole words only: no stem that would catch other words
    stems, _ = gazetteer.forms("бишкек")
    assert stems == ("бишкек",)


def test_a_common_noun_is_not_read_as_the_albanian_capital() -> None:
    assert places.lookup("тирания") is None
    assert places.lookup("Тиране") == ("tirana", "albania")
