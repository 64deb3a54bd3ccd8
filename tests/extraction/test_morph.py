"""Nominative forms and matching keys for inflected names (morph.py)."""

import pytest

from claims.extraction.morph import lemma, name_key, nominative


@pytest.mark.parametrize(
    ("name", "language", "case", "expected"),
    [
        ("Ивана Петрова", "ru", "gent", "Иван Петров"),
        ("Анны Вишневской", "ru", None, "Анна Вишневская"),
        ("Министерства внутренних дел", "ru", "gent", "Министерство внутренних дел"),
        (
            "Государственного пограничного комитета",
            "ru",
            "gent",
            "Государственный пограничный комитет",
        ),
        ("Иван Петров", "ru", None, "Иван Петров"),
        ("Івана Петренка", "uk", "gent", "Іван Петренко"),
        ("Державної прикордонної служби", "uk", "gent", "Державна прикордонна служба"),
        ("Komendy Głównej Policji", "pl", "gent", "Komenda Główna Policji"),
        ("Romanowi Sikorskiemu", "pl", "datv", "Roman Sikorski"),
        ("Ewy Jabłońskiej", "pl", "gent", "Ewa Jabłońska"),
        ("Polskiej Agencji Prasowej", "pl", "datv", "Polska Agencja Prasowa"),
        ("Sądu Okręgowego w Warszawie", "pl", "gent", "Sąd Okręgowy w Warszawie"),
        ("Аляксандра Лукашэнкі", "be", "gent", "Аляксандр Лукашэнка"),
        ("Святланы Ціханоўскай", "be", "gent", "Святлана Ціханоўская"),
        ("Дзяржаўнага памежнага камітэта", "be", "gent", "Дзяржаўны памежны камітэт"),
        ("Міністэрства ўнутраных спраў", "be", "gent", "Міністэрства ўнутраных спраў"),
        ("правозащитного центра «Весна»", "ru", "gent", "правозащитный центр «Весна»"),
    ],
)
def test_nominative(name, language, case, expected):
    assert nominative(name, language, case) == expected


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        ("Ивана Петрова", "Иван Петров", "ru"),
        ("Komendy Głównej Policji", "Komenda Główna Policji", "pl"),
        ("Міністэрства ўнутраных спраў", "Міністэрству ўнутраных спраў", "be"),
        ("Державної прикордонної служби", "Державна прикордонна служба", "uk"),
    ],
)
def test_inflected_and_nominative_share_a_key(a, b, language):
    assert name_key(a, language) == name_key(b, language)


def test_lemma_is_lowercase_and_language_agnostic_for_others():
    assert lemma("Петрова", "ru") == "петров"
    assert lemma("Kowalskiego", "pl") == lemma("Kowalski", "pl")
    assert lemma("Paris", "fr") == "paris"
