"""Mechanisms of the nineteenth matching round (claims/search/hybrid.py): counts said in
tens, and the function words that tell Russian, Ukrainian and Belarusian apart where the
letters do not. Plain functions: no database, no model."""

from __future__ import annotations

import pytest

from claims.search import hybrid

# --- "чотири десятки", "тры дзясяткі", "trzy dziesiątki" -----------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Город отремонтирует четыре десятка мостов", "40"),
        ("Місто висадить два десятки каштанів", "20"),
        ("Горад пасадзіць тры дзясяткі ліп", "30"),
        ("Gmina kupi trzy dziesiątki ławek", "30"),
        ("Завод наймёт 5 десятков сварщиков", "50"),
    ],
)
def test_a_count_in_tens_is_read_as_one_figure(text: str, value: str) -> None:
    assert hybrid.numbers(text) == frozenset({value})


def test_tens_alone_give_no_figure() -> None:
    # "tens of thousands" is no count: neither 10 nor 10000
    assert hybrid.numbers("На митинг пришли десятки тысяч людей") == frozenset()


def test_another_word_before_tens_is_left_as_written() -> None:
    assert hybrid.numbers("Новые десятки машин") == frozenset()


def test_a_count_in_tens_agrees_with_the_same_figure_in_digits() -> None:
    spelled = hybrid.signals("Чотири десятки нових майданчиків з'являться у місті")
    digits = hybrid.signals("Місто облаштує 40 нових майданчиків")
    assert not hybrid.number_conflict(spelled.numbers, digits.numbers)
    assert hybrid.number_agreement(spelled, digits) > 0


def test_a_count_in_tens_still_conflicts_with_another_figure() -> None:
    spelled = hybrid.signals("Горад усталюе тры дзясяткі святлафораў")
    other = hybrid.signals("Горад усталюе 50 святлафораў")
    assert hybrid.number_conflict(spelled.numbers, other.numbers)


# --- function words beside the letters -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Belarusian without ў or і: its letters are also Russian ones
        ("Белтэлекам падключыць да аптычнай сеткі дзве школы", "be"),
        # Ukrainian without і, ї, є: its letters are Russian ones too
        ("Перевізник запустить рейси з Трускавця до Кракова", "uk"),
        # Russian keeps its own reading
        ("Перевозчик запустит рейсы из Трускавца в Краков", "ru"),
        ("Город купит автобусы и трамваи", "ru"),
    ],
)
def test_function_words_tell_kin_languages_apart_where_letters_tie(
    text: str, language: str
) -> None:
    assert hybrid.guess_language(text) == language


def test_letters_still_outweigh_a_function_word() -> None:
    # "з" is Ukrainian or Belarusian, but ы and э say Russian or Belarusian, and "что" Russian
    assert hybrid.guess_language("Мэр сказал, что это будет с музеем и залом") == "ru"


def test_a_translation_into_a_kin_language_is_not_read_as_another_act() -> None:
    russian = hybrid.signals("FlixBus запустит рейсы из Трускавца в Краков")
    ukrainian = hybrid.signals("FlixBus запустить рейси з Трускавця до Кракова")
    assert russian.language != ukrainian.language
    assert not hybrid.object_differs(russian, ukrainian)
    assert not hybrid.act_differs(russian, ukrainian)
