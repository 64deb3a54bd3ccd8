"""Mechanisms of the eighth matching round (claims/search/hybrid.py, places.py): stopping
words read as a negation, bans in a group of their own, clauses read one by one, hundreds
and halves as numbers, equivalent units, a number changed beside an agreeing one, and
places of the table left to the place check. Plain functions: no database, no model."""

from __future__ import annotations

import pytest

from claims.search import hybrid


def _evidence(a: str, b: str) -> hybrid.Evidence:
    return hybrid.evidence(0.0, hybrid.signals(a), hybrid.signals(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # closing, cancelling, stopping, postponing say what "not" says
        ("The museum will be closed on Mondays.", "The museum will not open on Mondays."),
        ("Концерт в филармонии отменили.", "Концерта в филармонии не будет."),
        ("Завод припинив випуск тракторів.", "Завод більше не випускає трактори."),
        ("Школы ў горадзе зачыненыя да панядзелка.", "Школы ў горадзе не працуюць да панядзелка."),
        ("Lotnisko zostanie zamknięte na zimę.", "Lotnisko nie będzie działać zimą."),
        ("The opening of the bridge was postponed to May.", "The bridge will not open before May."),
        ("The city will end its tram service.", "There will be no more trams in the city."),
        ("Ільготы для пенсіянераў скончацца ў маі.", "Ільгот для пенсіянераў пасля мая не будзе."),
        ("The regulator decided against new tolls.", "The regulator will not bring in new tolls."),
        ("The city put an end to free parking.", "Parking in the city is no longer free."),
        ("Rząd położył kres ulgom dla firm.", "Ulg dla firm już nie będzie."),
    ],
)
def test_stopping_words_agree_with_not(a, b):
    assert hybrid.negated(a) == hybrid.negated(b) is True


def test_a_stopping_word_read_only_one_way_weighs_less_than_a_negation():
    # "cancelled" against a wording without a stopping word: the two readings disagree,
    # so the pair is only lowered (STOP_FACTOR), not taken for a negation
    assert hybrid.negated("The airline cancelled 50 flights.")
    assert not hybrid.negated("The airline cancelled 50 flights.", stopping=False)
    found = _evidence("The airline cancelled 50 flights.", "The airline dropped 50 flights.")
    assert found.factor == pytest.approx(hybrid.STOP_FACTOR)
    assert hybrid.STOP_FACTOR > hybrid.NEGATION_FACTOR
    # a stopping word negated is the opposite under both readings
    found = _evidence("The plant will stop production.", "The plant will not stop production.")
    assert found.factor == pytest.approx(hybrid.NEGATION_FACTOR)


@pytest.mark.parametrize(
    ("text", "is_negated"),
    [
        # refusing a ban allows (two negations); a ban, and two denials, stay one
        ("Senators rejected a ban on e-scooters.", False),
        ("Сенат не поддержал запрет электросамокатов.", False),
        ("Senators banned e-scooters.", True),
        ("The ministry rejected the report as false.", True),
        ("Rada odrzuciła zakaz handlu w niedziele.", False),
        # a record said as "never yet … not" denies nothing; a plain "never" still does
        ("Рака яшчэ ніколі не была такой плыткай.", False),
        ("Ceny prądu jeszcze nigdy nie były tak wysokie.", False),
        ("Bus fares have never been so high.", False),
        ("The mayor never signed the contract.", True),
        ("Мер ніколи не підписував контракт.", True),
    ],
)
def test_refused_bans_and_records_read_with_the_right_polarity(text, is_negated):
    assert hybrid.negated(text) is is_negated


@pytest.mark.parametrize(
    "text",
    [
        "Fares will not rise: the council turned down the proposal.",
        "Ціни на проїзд не зростуть — міськрада відхилила пропозицію.",
        "Opłaty nie wzrosną: radni odrzucili wniosek.",
    ],
)
def test_a_negation_restated_in_a_second_clause_stays_one(text):
    assert hybrid.negated(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Завод выпусціў дзве сотні вагонаў.", {"200"}),
        ("Построят три сотни домов.", {"300"}),
        ("Zbudowano trzy setki domów.", {"300"}),
        ("Сорок одна тисяча пенсіонерів", {"41000"}),
        ("пятьдесят один врач", {"51"}),
        ("a hundred and twenty million euros", {"120000000"}),
        ("half a million people", {"500000"}),
        ("півмільйона гривень", {"500000"}),
        ("ждали полтора года", {"1.5"}),
        ("dwa i pół miliona osób", set()),  # still left to its digits
        ("Сямсот дваццаць рублёў", {"720"}),
    ],
)
def test_hundreds_halves_and_compounds_are_numbers(text, expected):
    assert hybrid.numbers(text) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The snow was 1.5 metres deep.", "Снегу намело 150 сантиметров."),
        ("Поїзд стояв дві доби.", "The train stood for 48 hours."),
    ],
)
def test_one_quantity_in_another_unit_agrees(a, b):
    found = _evidence(a, b)
    assert found.numbers == 1.0 and found.factor == 1.0


def test_a_number_changed_beside_an_agreeing_one_is_a_conflict():
    a = hybrid.signals("The court fined three banks 20 million euros.")
    b = hybrid.signals("The court fined three banks 30 million euros.")
    assert hybrid.quantity_changed(a, b)
    found = _evidence(
        "The court fined three banks 20 million euros.",
        "The court fined three banks 30 million euros.",
    )
    assert found.factor == pytest.approx(hybrid.NUMBER_CONFLICT_FACTOR)
    assert hybrid.number_agreement(a, b) == 0.0
    # the same date, another price
    assert hybrid.quantity_changed(
        hybrid.signals("З 1 березня проїзд подорожчає до 15 гривень."),
        hybrid.signals("З 1 березня проїзд подорожчає до 12 гривень."),
    )
    # a number given by one side only is no change
    assert not hybrid.quantity_changed(a, hybrid.signals("The court fined banks 20 million euros."))


def test_people_counted_with_another_noun_agree_in_one_language():
    def agreement(a: str, b: str) -> float:
        return hybrid.number_agreement(hybrid.signals(a), hybrid.signals(b))

    assert agreement("Policja zatrzymała 1250 kierowców.", "Zatrzymano 1250 osób.") == 1.0
    # two counted nouns the tables do not know still do not
    assert agreement("Оштрафовали 27 онлайн-кинотеатров.", "Заблокировали 27 VPN-сервисов.") == 0


def test_a_place_both_claims_name_is_no_name_conflict_in_kin_languages():
    def conflict(a: str, b: str) -> bool:
        return hybrid.name_conflict(hybrid.signals(a), hybrid.signals(b))

    # "Украины" added to the subject where the other names a city of Ukraine; "Одесской" /
    # "Одеської" spelled apart: the place check compares those
    assert not conflict(
        "МЧС Украины закрыло пляжи Одесской области на неделю.",
        "МНС закрило пляжі Одеської області на тиждень.",
    )
    # a city for its country ("у Мінску" / "Беларусі") is no conflict either
    assert not conflict(
        "Бібліятэка ў Мінску па нядзелях не будзе працаваць.",
        "Бібліятэка Беларусі па нядзелях не будзе працаваць.",
    )
    # the country of the other claim's language ("Кабмін" written in Ukrainian) is implied
    assert not conflict(
        "Кабмін Украіны скараціў тэрмін рэгістрацыі аўтамабіляў.",
        "Кабмін скоротив термін реєстрації автомобілів.",
    )
    # another country added to the subject still is a conflict
    assert conflict(
        "Уряд Литви скоротив термін реєстрації автомобілів.",
        "Уряд скоротив термін реєстрації автомобілів.",
    )
    # two cities of one country are still two places
    assert conflict(
        "Kraków posadzi 5000 nowych drzew wzdłuż ulic.",
        "Wrocław posadzi 5000 nowych drzew wzdłuż ulic.",
    )


def test_opening_against_closing_is_still_told_apart():
    # closing is a stopping word (one reading) and a direction: the direction check keeps
    # "will open" and "will close" apart whatever STOP_FACTOR is; since the eleventh round
    # "will open" also says the act goes ahead (hybrid.affirmed), so the stopping word
    # against it is a sure negation, not an uncertain one
    found = _evidence("Ермітаж відкриє нову філію.", "Ермітаж закриє нову філію.")
    assert found.factor == pytest.approx(hybrid.NEGATION_FACTOR * hybrid.DIRECTION_FACTOR)
    assert found.factor <= hybrid.DIRECTION_FACTOR
