"""The general Slavic mechanisms added after the second blind batch (issue 14): an adjective
inside an information cue, the speaker after a closing dash, the subject of a stated-reason
gerund, a citing cue between subject and verb, documents keeping their author, pronouns
never read as names, prepositional links inside organisation names. Our own sentences,
none taken from a labelled set."""

import pytest

from claims.extraction.attribute import attribute_sentence, make_context
from claims.extraction.score import score_sentence
from claims.extraction.trie import alternation


def _found(text: str, language: str) -> list[tuple[str, str | None]]:
    ctx = make_context(language=language)
    return [(a.name, a.via) for a in attribute_sentence(text, 0, ctx).attributions]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "По предварительным данным, пострадали 12 человек.", "предварительные данные"),
        ("ru", "По неофициальным оценкам, ущерб превысил 3 млн рублей.", "неофициальные оценки"),
        ("uk", "За попередніми даними, загинули двоє людей.", "попередні дані"),
    ],
)
def test_adjective_inside_information_cue_names_the_data(language, text, expected):
    assert (expected, None) in _found(text, language)


def test_adjective_inside_cue_followed_by_a_name_gives_the_name():
    found = _found("По предварительным данным ЦИК, явка составила 64%.", "ru")
    assert ("ЦИК", None) in found


def test_possessive_pronoun_inside_cue_is_not_an_adjective_reading():
    # "по его словам" stays a pronoun cue; the adjective rule must not name "его слова".
    found = _found("По его словам, завод остановят в мае.", "ru")
    assert all(name != "его слова" for name, _ in found)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "— Воду нам привозят раз в неделю, — рассказал житель деревни Заречье, "
            "попросивший не называть его фамилию.",
            "житель деревни Заречье",
        ),
        (
            "uk",
            "— Світла не було дві доби, — розповіла мешканка багатоповерхівки на Лівому березі.",
            "мешканка багатоповерхівки на Лівому березі",
        ),
        (
            "ru",
            "«Цены выросли вдвое», — сказал руководитель отдела, доцент Полоцкого университета "
            "Тимур Ахмедов.",
            "Тимур Ахмедов",
        ),
    ],
)
def test_speaker_after_a_closing_dash(language, text, expected):
    assert (expected, None) in _found(text, language)


def test_pronoun_opening_direct_speech_is_not_a_speaker():
    found = _found("— Нам сказали, что автобус отменили, — рассказала пассажирка.", "ru")
    assert [name for name, _ in found] == ["пассажирка"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Комитет по здравоохранению отказался продлить контракт, сославшись на нехватку "
            "средств.",
            "Комитет по здравоохранению",
        ),
        (
            "pl",
            "Urząd Miasta Torunia odrzucił wniosek, tłumacząc, że brakuje pieniędzy.",
            "Urząd Miasta Torunia",
        ),
    ],
)
def test_subject_of_a_stated_reason_gerund(language, text, expected):
    assert (expected, None) in _found(text, language)


def test_citing_cue_between_subject_and_verb_makes_the_subject_the_relay():
    found = _found(
        "Газета «Северный курьер» со ссылкой на служебную записку министерства сообщила, "
        "что проверка займёт год.",
        "ru",
    )
    assert ("служебная записка министерства", "Северный курьер") in found


def test_organisation_names_keep_prepositional_links():
    found = _found("Упраўленне па справах моладзі паведаміла, што конкурс адменены.", "be")
    assert ("Упраўленне па справах моладзі", None) in found


def test_trie_alternation_with_exact_spaces_matches_only_single_spaces():
    import re

    pattern = re.compile(alternation(["read more", "cookie"], exact_spaces=True))
    assert pattern.search("please read more here")
    assert pattern.search("read  more") is None
    loose = re.compile(alternation(["read more"]))
    assert loose.search("read  more")


def test_scoring_stems_match_word_beginnings_only():
    # "задержа" is a factual stem: "задержаны" counts, "незадержанные" (inside a word) does not
    counted = score_sentence(
        "Вчера в Гомеле задержаны трое местных предпринимателей.", language="ru"
    )
    inside = score_sentence(
        "Вчера в Гомеле незадержанные предприниматели вышли на работу.", language="ru"
    )
    assert "factual event" in counted[1]
    assert "factual event" not in inside[1]
    opinion = score_sentence("Это решение комиссии выглядит просто возмутительным.", language="ru")
    assert "opinion" in opinion[1]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Историк Павел Белов, чьи слова приводит агентство «Восточный экспресс», отметил, "
            "что архив закрыт с 2020 года.",
            ("Павел Белов", "Восточный экспресс"),
        ),
        (
            "uk",
            "Голова профспілки Олена Ткачук, чиї слова наводить «Радіо Поділля», заявила, що "
            "страйк триватиме тиждень.",
            ("Олена Ткачук", "Радіо Поділля"),
        ),
    ],
)
def test_relative_relay_clause_names_the_speaker_before_it(language, text, expected):
    found = _found(text, language)
    assert expected in found
    assert all(name != expected[1] for name, _ in found)  # the outlet relays, it does not speak


def test_belarusian_names_never_start_with_short_u():
    found = _found(
        "Кошт работ ацэньваецца ў 2 млн р., паведаміла ўпраўленне жыллёвай гаспадаркі.", "be"
    )
    assert found and found[0][0].startswith("упраўленне")


def _found_en(text: str) -> list[tuple[str, str | None]]:
    return _found(text, "en")


def test_english_relay_with_a_capitalised_adjective_in_its_descriptor():
    found = _found_en("Anna Berg told the Swedish daily Dagens Nyheter that the deal was off.")
    assert found == [("Anna Berg", "Dagens Nyheter")]


def test_english_apposition_may_hold_a_number_with_thousands_commas():
    found = _found_en("The charity, which fed 12,400 families last winter, said demand doubled.")
    assert ("charity", None) in found
