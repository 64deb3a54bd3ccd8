"""Round 11 of splitting: a full stop inside a quoted title that is still open, with a
short capitalised continuation, does not end the sentence. Sentences are our own."""

from __future__ import annotations

import pytest

from claims.extraction.split import split_sentences


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        (
            "ru",
            "В музее представили книгу «Петрозаводск. Дворы и улицы» тиражом 500 экземпляров. "
            "Автор подарил её библиотеке.",
            "«Петрозаводск. Дворы и улицы»",
        ),
        (
            "uk",
            "Видавництво випустило альбом «Львів. Брами і двори» накладом 800 примірників. "
            "Презентація відбудеться в суботу.",
            "«Львів. Брами і двори»",
        ),
        (
            "be",
            "Выйшла кніга «Гродна. Вуліцы і дамы» накладам 300 асобнікаў. "
            "Аўтар перадаў яе ў бібліятэку.",
            "«Гродна. Вуліцы і дамы»",
        ),
        (
            "pl",
            "Wydawnictwo wydało album „Kraków. Miasto i ludzie” w nakładzie 2000 egzemplarzy. "
            "Promocja odbędzie się w piątek.",
            "„Kraków. Miasto i ludzie”",
        ),
        (
            "en",
            'The museum published "Leeds. A History" in March. It sold out within a week.',
            '"Leeds. A History"',
        ),
        (
            "en",
            "The council funded “Hull. The Docks Remembered” with £20,000. Filming starts soon.",
            "“Hull. The Docks Remembered”",
        ),
    ],
)
def test_full_stop_inside_a_quoted_title_does_not_end_the_sentence(language, text, title):
    sentences = _split(text, language)
    assert len(sentences) == 2
    assert title in sentences[0]


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        # direct speech: two sentences inside the quote, then the speaker
        ("ru", "«Мы пришли. Нас не пустили», — сказал он. Потом он ушёл.", 3),
        # a long continuation is a sentence of its own, not a subtitle
        (
            "en",
            "He said “We came. We waited there for over an hour in the cold rain and left.” "
            "Then he went home.",
            3,
        ),
        # the quote is closed before the full stop
        ("pl", "Czytał „Lalkę”. Potem poszedł spać.", 2),
    ],
)
def test_quotes_that_are_not_titles_still_split(language, text, count):
    assert len(_split(text, language)) == count
