"""Mechanisms of the eighteenth matching round (claims/search/hybrid.py): a withdrawn,
revoked or cancelled decision read as a denial of what was decided, in every language.
Plain functions: no database, no model."""

from __future__ import annotations

import pytest

from claims.search import hybrid


def polarity(text: str) -> tuple[bool, bool]:
    """(negated with the stopping words, negated without them)."""
    return hybrid.negated(text), hybrid.negated(text, stopping=False)


def opposite(a: str, b: str) -> bool:
    """Whether score() would read the two as saying opposite things (NEGATION_FACTOR)."""
    found = hybrid.evidence(0.0, hybrid.signals(a), hybrid.signals(b))
    return found.factor <= hybrid.NEGATION_FACTOR + 1e-9


# --- a withdrawn decision denies what it decided -------------------------------------------


@pytest.mark.parametrize(
    ("withdrawn", "refused"),
    [
        (
            "The regional government has withdrawn its decision to sell the ferry company",
            "The regional government will not sell the ferry company",
        ),
        (
            "The permit for the new quarry near the lake was revoked by the ministry",
            "The ministry refused to allow a new quarry near the lake",
        ),
        (
            "Мэрия отозвала разрешение на строительство парковки у озера",
            "Мэрия отказалась строить парковку у озера",
        ),
        (
            "Обласна рада скасувала рішення про продаж лікарні",
            "Обласна рада не продаватиме лікарню",
        ),
        (
            "Рашэнне аб продажы стадыёна гарадскія ўлады адклікалі",
            "Гарадскія ўлады не будуць прадаваць стадыён",
        ),
        (
            "Burmistrz cofnął decyzję o sprzedaży zabytkowej willi",
            "Burmistrz nie sprzeda zabytkowej willi",
        ),
        (
            "Zarząd województwa wycofał się z decyzji o budowie spalarni",
            "Zarząd województwa odrzucił budowę spalarni",
        ),
    ],
)
def test_a_withdrawn_decision_says_what_a_refusal_says(withdrawn: str, refused: str) -> None:
    assert hybrid.negated(withdrawn)
    assert hybrid.negated(withdrawn, stopping=False)
    assert not opposite(withdrawn, refused)


@pytest.mark.parametrize(
    ("withdrawn", "done"),
    [
        (
            "The council reversed its decision to demolish the old cinema",
            "The council will demolish the old cinema",
        ),
        ("Суд отменил постановление о сносе рынка", "Рынок снесут по постановлению суда"),
        (
            "Уряд відкликав дозвіл на видобуток газу в заповіднику",
            "Уряд дозволив видобуток газу в заповіднику",
        ),
        ("Міністэрства адмяніла загад аб павелічэнні платы", "Міністэрства павялічыць плату"),
        ("Uchwała o wycince alei została unieważniona", "Gmina wytnie drzewa w alei"),
    ],
)
def test_a_withdrawn_decision_is_the_opposite_of_the_act(withdrawn: str, done: str) -> None:
    assert opposite(withdrawn, done)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # cancelling a decision to close: the thing stays open, not "will close"
        ("The board cancelled its decision to close the village school", False),
        ("Власти отменили решение о закрытии поликлиники", False),
        ("Rada cofnęła decyzję o zamknięciu biblioteki", False),
        # cancelling a ban decree allows
        ("Мэр отменил указ о запрете уличной торговли", False),
    ],
)
def test_withdrawing_a_decision_to_stop_leaves_no_denial(text: str, negated: bool) -> None:
    assert hybrid.negated(text) is negated


@pytest.mark.parametrize(
    "text",
    [
        # the decision's content, not its withdrawal: an infinitive after the noun
        "The decision to cancel the festival surprised its sponsors",
        "Решение отменить рейсы приняли вечером",
        # "указал" (pointed out) is no decree
        "Министр указал, что рейсы отменили",
    ],
)
def test_a_decision_to_cancel_is_still_a_cancellation(text: str) -> None:
    # one stopping word: negated with the stopping words, not without them
    assert polarity(text) == (True, False)


# --- a figure spelled out against the same figure in digits ---------------------------------


@pytest.mark.parametrize(
    ("spelled", "digits"),
    [
        (
            "Thirty-five small parks with benches will appear in the port district",
            "The port district will get 35 new pocket gardens",
        ),
        ("Сорок два новых светофора поставят на окраинах", "На окраинах установят 42 регулятора"),
        (
            "Тридцять вісім сільських бібліотек отримають ноутбуки",
            "Ноутбуки передадуть 38 книгозбірням",
        ),
        (
            "Сорак два новыя светлафоры з'явяцца на ўскраінах",
            "На ўскраінах паставяць 42 рэгулятары",
        ),
        (
            "Trzydzieści osiem wiejskich bibliotek dostanie laptopy",
            "Laptopy trafią do 38 gminnych czytelni",
        ),
    ],
)
def test_a_spelled_out_figure_agrees_with_its_digits_whatever_it_counts(
    spelled: str, digits: str
) -> None:
    a, b = hybrid.signals(spelled), hybrid.signals(digits)
    assert a.spelled and not b.spelled
    assert hybrid.number_agreement(a, b) > 0


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Миасс купит 42 автобуса на газе", "Миасс отремонтирует 42 моста через реку"),
        ("Biłgoraj kupi 27 autobusów", "Biłgoraj wyremontuje 27 mostów"),
    ],
)
def test_the_same_figure_in_digits_counting_other_words_still_gives_nothing(
    first: str, second: str
) -> None:
    # the ninth round's rule stands where both write the figure alike
    assert hybrid.number_agreement(hybrid.signals(first), hybrid.signals(second)) == 0


# --- the same actor doing another thing -----------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Stagecoach has cut the price of weekly tickets in Fife",
            "Stagecoach will buy forty electric coaches for airport routes",
        ),
        (
            "«Аэрофлот» ввёл плату за выбор места в салоне",
            "«Аэрофлот» откроет рейсы из Казани в Анталью",
        ),
        (
            "Укрпошта запустила доставку ліків у селах",
            "Укрпошта продасть старі вантажівки на аукціоні",
        ),
        (
            "Белавія адкрые прамы рэйс у Батумі",
            "Белавія павысіла зарплаты пілотам",
        ),
        (
            "Żabka wprowadzi płatności dłonią w sklepach",
            "Żabka sprzedała sieć punktów z kawą inwestorowi",
        ),
    ],
)
def test_the_same_actor_with_another_act_is_a_conflict(first: str, second: str) -> None:
    a, b = hybrid.signals(first), hybrid.signals(second)
    assert hybrid.act_differs(a, b)
    assert hybrid.evidence(0.0, a, b).factor <= hybrid.OBJECT_FACTOR + 1e-9


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a rewording keeps a content word beside the actor
        (
            "Stagecoach has cut the price of weekly tickets in Fife",
            "Stagecoach: weekly tickets cheaper",
        ),
        ("«Аэрофлот» откроет рейсы из Казани в Анталью", "«Аэрофлот» полетит в Анталью"),
        ("Żabka wprowadzi płatności dłonią", "Żabka: płatności dłonią już wkrótce w sklepach"),
        # two languages are not compared so
        ("Белавія адкрые прамы рэйс у Батумі", "Belavia will launch a direct Batumi flight"),
    ],
)
def test_a_rewording_or_a_translation_is_not_another_act(first: str, second: str) -> None:
    assert not hybrid.act_differs(hybrid.signals(first), hybrid.signals(second))


# --- more towns, and the countries trade and travel claims name ----------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Kalisz posadzi tysiąc drzew wzdłuż obwodnicy",
            "Koszalin posadzi tysiąc drzew wzdłuż obwodnicy",
        ),
        ("Влоцлавек отремонтирует мост через Вислу", "Grudziądz wyremontuje most na Wiśle"),
        (
            "Ferries will link Aberdeen with Stavanger from June",
            "З червня пороми з'єднають Абердин з Бергеном",
        ),
        ("У Портсмуце адкрыюць новы марскі музей", "A new maritime museum will open in Plymouth"),
        ("Бровари отримають 30 нових тролейбусів", "Ніжин отримає 30 нових тролейбусів"),
        ("Выборг отреставрирует крепостную стену", "Kostroma will restore its fortress wall"),
        (
            "The carmaker will export 500 trucks to Vietnam",
            "Автозавод экспортирует 500 грузовиков в Монголию",
        ),
    ],
)
def test_two_towns_or_countries_of_the_table_conflict(first: str, second: str) -> None:
    assert hybrid.place_conflict(hybrid.signals(first).places, hybrid.signals(second).places)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("W Gnieźnie otwarto nowy dworzec", "Gniezno otworzyło nowy dworzec"),
        ("Sopot zbuduje molo dla kajaków", "У Сопоте построят причал для байдарок"),
        ("LOT poleci ze Szyman do Sztokholmu", "LOT паляціць з Шыманаў у Стакгольм"),
    ],
)
def test_a_town_in_another_case_or_script_is_the_same_place(first: str, second: str) -> None:
    a, b = hybrid.signals(first).places, hybrid.signals(second).places
    assert a[0] and a == b
    assert not hybrid.place_conflict(a, b)


def test_a_word_that_only_looks_like_a_town_names_none() -> None:
    assert hybrid.signals("Konina i wołowina podrożały o 5 procent").places == (
        frozenset(),
        frozenset(),
    )
