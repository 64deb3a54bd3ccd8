"""Mechanisms of the ninth matching round (claims/search/hybrid.py): the same actor and
act with another object (object_differs, OBJECT_FACTOR), clock times read as hours, and
"500k" as 500 thousand. Plain functions: no database, no model."""

from __future__ import annotations

import pytest

from claims.search import hybrid


def _differs(a: str, b: str) -> bool:
    return hybrid.object_differs(hybrid.signals(a), hybrid.signals(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same council, the same act, something else acted on
        (
            "The county council banned fireworks in parks on weekdays.",
            "The county council banned barbecues on the riverside from May.",
        ),
        (
            "Міська рада скасувала безкоштовний проїзд для студентів.",
            "Міська рада скасувала нічні тролейбуси у передмісті.",
        ),
        (
            "Минздрав запретил продажу энергетиков школьникам.",
            "Минздрав запретил рекламу лекарств на радио.",
        ),
        (
            "Sejmik województwa przyjął program budowy basenów.",
            "Sejmik województwa przyjął zakaz palenia węglem.",
        ),
        (
            "Гарвыканкам зачыніў рынак на ўскраіне горада.",
            "Гарвыканкам зачыніў дзве бальніцы ў цэнтры.",
        ),
    ],
)
def test_same_actor_and_act_with_another_object_differs(a, b):
    assert _differs(a, b)
    assert _differs(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a paraphrase reorders its words: it does not open alike
        (
            "The county council banned fireworks in parks.",
            "Fireworks in parks were banned by the county council.",
        ),
        # a fronted circumstance opens otherwise ("In 2 years rents …")
        (
            "Rents in the city went up by a third in two years.",
            "In two years rents in the city increased by a third.",
        ),
        # one side only adds a detail at the end: nothing differs
        (
            "Минздрав запретил продажу энергетиков школьникам.",
            "Минздрав запретил продажу энергетиков школьникам с сентября.",
        ),
        # an inserted word before the same object: the object is shared
        (
            "The county council banned plastic bags.",
            "The county council banned single-use plastic bags.",
        ),
        # another language: not compared (the words are other words)
        (
            "Міська рада скасувала безкоштовний проїзд для студентів.",
            "Городской совет отменил бесплатный проезд для студентов.",
        ),
        # another actor: the opening differs
        (
            "The county council banned fireworks in parks.",
            "The national government banned fireworks in parks.",
        ),
    ],
)
def test_paraphrases_details_and_translations_do_not_differ(a, b):
    assert not _differs(a, b)


def test_another_object_lowers_the_score_by_the_object_factor():
    a, b = (
        hybrid.signals("Міська рада скасувала безкоштовний проїзд для студентів."),
        hybrid.signals("Міська рада скасувала нічні тролейбуси у передмісті."),
    )
    assert hybrid.evidence(0.0, a, b).factor == pytest.approx(hybrid.OBJECT_FACTOR)
    assert hybrid.OBJECT_FACTOR < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "The museum closes at 9 pm in winter.",
        "The museum closes at nine in the evening in winter.",
        "The museum closes at 21:00 in winter.",
        "Музей закрывается в 9 вечера зимой.",
        "Музей зачыняецца пасля 21 гадзіны зімой.",
    ],
)
def test_clock_times_are_hours_of_a_24_hour_clock(text):
    assert ("21", "hour") in hybrid.counts(text)
    assert "21" in hybrid.numbers(text)


def test_clock_times_agree_across_wordings_and_a_changed_hour_conflicts():
    evening = hybrid.signals("Shops may not sell beer after 11 pm.")
    digits = hybrid.signals("Магазинам нельзя продавать пиво после 23:00.")
    earlier = hybrid.signals("Магазинам нельзя продавать пиво после 21:00.")
    assert hybrid.number_agreement(evening, digits) == 1.0
    assert hybrid.number_conflict(evening.numbers, earlier.numbers)


def test_a_word_ending_in_a_number_word_is_no_clock_time():
    assert hybrid.numbers("Someone in the evening counted 7 bats.") == frozenset({"7"})


def test_thousands_written_with_k():
    assert "250000" in hybrid.numbers("250k people signed the petition")
    assert "1500" in hybrid.numbers("1.5k runners took part")
