"""Mechanisms of the seventeenth matching round (claims/search/hybrid.py): a number word
before "dozen" in any of our languages, the Belarusian hundreds noun, and a short span of
time agreeing only as weakly as a year does. Plain functions: no database, no model."""

from __future__ import annotations

import pytest

from claims.search import hybrid


def agreement(a: str, b: str) -> float:
    return hybrid.number_agreement(hybrid.signals(a), hybrid.signals(b))


# --- "three dozen", "две дюжины", "trzy tuziny" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The town will repaint three dozen benches", "36"),
        ("Город покрасит две дюжины скамеек", "24"),
        ("Місто пофарбує п'ять дюжин лавок", "60"),
        ("Miasto pomaluje trzy tuziny ławek", "36"),
        ("Горад пафарбуе чатыры тузіны лавак", "48"),
    ],
)
def test_a_number_word_before_dozen_multiplies_it(text: str, value: str) -> None:
    found = hybrid.numbers(text)
    assert value in found
    # the parts are not left over as numbers of their own
    assert "12" not in found


def test_digits_and_an_article_before_dozen_still_read_as_before() -> None:
    assert hybrid.numbers("7 dozen eggs were sold") == frozenset({"84"})
    assert hybrid.numbers("a dozen eggs were sold") == frozenset({"12"})


def test_another_word_before_dozen_is_kept_and_the_dozen_is_twelve() -> None:
    assert hybrid.numbers("Cheap dozen boxes") == frozenset({"12"})


def test_a_number_in_words_times_dozen_agrees_with_the_digits() -> None:
    spelled = "Five dozen lamps will be replaced on the embankment"
    digits = "The council will replace 60 lamps on the embankment"
    assert agreement(spelled, digits) > 0
    assert not hybrid.number_conflict(hybrid.numbers(spelled), hybrid.numbers(digits))


# --- Belarusian hundreds as a noun ---------------------------------------------------------


def test_the_belarusian_plural_of_hundred_is_a_scale() -> None:
    assert "700" in hybrid.numbers("У парку пасадзяць сем соцень ліп")


def test_hundreds_in_words_meet_the_digits_across_languages() -> None:
    be = hybrid.numbers("Восем соцень кніг перадалі бібліятэцы")
    pl = hybrid.numbers("Bibliotece przekazano 800 książek")
    assert be & pl == frozenset({"800"})


# --- a short span of time ------------------------------------------------------------------


def test_a_shared_short_span_weighs_as_little_as_a_year() -> None:
    a = "The bridge will be closed for three years"
    b = "The museum will open within three years"
    assert agreement(a, b) == pytest.approx(hybrid.YEAR_WEIGHT)


def test_a_long_span_still_agrees_as_a_figure() -> None:
    # forty years is not a span said of many claims
    a = "The pension age rises after 40 years of work"
    b = "Пенсионный возраст повысят после 40 лет стажа"
    assert agreement(a, b) == 1.0


def test_a_shared_figure_of_another_unit_is_untouched() -> None:
    a = "Prices rose by 7 percent"
    b = "Ceny wzrosły o 7 procent"
    assert agreement(a, b) == 1.0


def test_spans_are_units_of_time_only() -> None:
    assert {"year", "month", "week", "day"} <= hybrid.SPANS
    assert not hybrid.SPANS & {"percent", "tonne", "kilometre"}
