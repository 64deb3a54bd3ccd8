"""Check-worthiness cues in Russian, Ukrainian, Belarusian and Polish.

The reasons are the English words the review page shows ("statistic", "opinion"), whatever
the language of the sentence.
"""

from __future__ import annotations

import pytest

from claims.extraction.score import CHECKWORTHY_THRESHOLD, score_sentence


def reasons(text: str, language: str) -> list[str]:
    return score_sentence(text, language=language)[1]


def proposed(text: str, language: str) -> bool:
    return score_sentence(text, language=language)[0] >= CHECKWORTHY_THRESHOLD


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Цены на овощи выросли на 14% за первый квартал."),
        ("ru", "Бюджет города составит 1,6 млрд рублей в следующем году."),
        ("ru", "На заводе работают 12 500 человек из соседних районов."),
        ("uk", "Уряд виділив 2,3 млрд грн на ремонт шкіл області."),
        ("uk", "Понад 300 осіб звернулися до лікарні за тиждень."),
        ("be", "На рамонт выдзелілі 4,5 млн рублёў з мясцовага бюджэту."),
        ("be", "Каля 900 дзяцей вучацца ў новай школе горада."),
        ("pl", "Dotacja wyniesie 1,6 mld zł i trafi do szpitali w regionie."),
        ("pl", "Ponad 300 osób czeka na wizytę u kardiologa w szpitalu."),
    ],
)
def test_statistics_with_units_money_and_qualifiers(language: str, text: str) -> None:
    assert "statistic" in reasons(text, language)
    assert proposed(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Сотни жителей вышли на улицы в центре города вчера."),
        ("ru", "Двое задержанных были освобождены под залог в суде."),
        ("uk", "Троє людей постраждали під час обстрілу в місті."),
        ("be", "Дзясяткі валанцёраў прыйшлі дапамагаць у шпіталь."),
        ("pl", "Setki mieszkańców protestowały przed urzędem miasta w poniedziałek."),
    ],
)
def test_numbers_written_as_words_count(language: str, text: str) -> None:
    assert "statistic" in reasons(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Выборы назначены на 15 марта в нескольких областях."),
        ("ru", "Решение вступило в силу в марте без обсуждения."),
        ("ru", "Об этом говорили ещё в январе на заседании совета."),
        ("uk", "Засідання перенесли на 3 березня через хворобу судді."),
        ("uk", "У березні рада повернеться до цього питання знову."),
        ("be", "Суд адбудзецца 18 лютага ў Брэсце без публікі."),
        ("be", "Працы пачаліся ў сакавіку пасля доўгай затрымкі."),
        ("pl", "Posiedzenie zaplanowano na 3 lutego w siedzibie sądu."),
        ("pl", "We wrześniu rada wróci do tego projektu ustawy."),
    ],
)
def test_month_names_in_any_grammatical_form_are_dates(language: str, text: str) -> None:
    assert "date" in reasons(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Мне кажется, власти слишком поздно отреагировали на жалобы."),
        ("ru", "По-моему, решение принято из-за давления сверху."),
        ("ru", "На мой взгляд, эти 40 миллионов потрачены зря."),
        ("uk", "На мою думку, ці 40 мільйонів витратили марно."),
        ("uk", "Здається, влада запізнилася з рішенням щодо мосту."),
        ("be", "Здаецца, улады спазніліся з рашэннем пра мост."),
        ("be", "На маю думку, гэтыя грошы выдаткавалі дарэмна."),
        ("pl", "Moim zdaniem te 40 milionów zmarnowano bez sensu."),
        ("pl", "Wydaje się, że władze spóźniły się z decyzją o moście."),
    ],
)
def test_opinion_markers(language: str, text: str) -> None:
    assert "opinion" in reasons(text, language)
    assert not proposed(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Возможно, завод закроют уже в следующем месяце."),
        ("uk", "Можливо, завод закриють уже наступного місяця."),
        ("be", "Магчыма, завод закрыюць ужо ў наступным месяцы."),
        ("pl", "Prawdopodobnie fabryka zostanie zamknięta w przyszłym miesiącu."),
    ],
)
def test_hedges(language: str, text: str) -> None:
    assert "hedge" in reasons(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Кто ответит за сорванные сроки строительства моста?"),
        ("uk", "Хто відповість за зірвані терміни будівництва мосту?"),
        ("be", "Хто адкажа за сарваныя тэрміны будаўніцтва моста?"),
        ("pl", "Kto odpowie za niedotrzymane terminy budowy mostu?"),
    ],
)
def test_questions_are_not_proposed(language: str, text: str) -> None:
    assert "question" in reasons(text, language)
    assert not proposed(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Цены на хлеб будут расти и дальше, считают торговцы."),
        ("uk", "Ціни на хліб будуть зростати й далі, вважають торговці."),
        ("pl", "Ceny chleba będą dalej rosnąć, uważają handlowcy."),
    ],
)
def test_predictions_are_marked(language: str, text: str) -> None:
    assert "prediction" in reasons(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Это значительно больше, чем неделей ранее, отмечают волонтёры."),
        ("uk", "Це значно дешевше, ніж переліт із пересадкою до столиці."),
        ("pl", "Przejazd jest znacznie tańszy niż lot z przesiadką do stolicy."),
    ],
)
def test_comparisons(language: str, text: str) -> None:
    assert "comparison" in reasons(text, language)


def test_sentence_initial_capital_is_not_a_name_but_a_full_name_is() -> None:
    assert "named entity" not in reasons("Вчера жители района собрались у дома.", "ru")
    assert "named entity" not in reasons(
        "Wczoraj mieszkańcy dzielnicy zebrali się pod domem.", "pl"
    )
    assert "named entity" in reasons("Вчера в Гродно жители собрались у дома.", "ru")
    assert "named entity" in reasons("Александр Лукашенко подписал указ о пенсиях.", "ru")
    assert "named entity" in reasons("Жители обратились в МВД после протеста.", "ru")
    assert "named entity" in reasons("Mieszkańcy napisali do Komendy Głównej Policji.", "pl")


def test_factual_events_in_any_form() -> None:
    assert "factual event" in reasons("Суд приговорил активиста к трём годам колонии.", "ru")
    assert "factual event" in reasons("Поліція затримала двох підозрюваних у Львові.", "uk")
    assert "factual event" in reasons("Міліцыя затрымала двух падазраваных у Гомелі.", "be")
    assert "factual event" in reasons("Policja zatrzymała dwóch podejrzanych w Lublinie.", "pl")


def test_no_comment_and_boilerplate() -> None:
    assert reasons("Пресс-служба министерства отказалась от комментариев.", "ru") == ["no comment"]
    assert reasons("Rzecznik ministerstwa odmówił komentarza w tej sprawie.", "pl") == [
        "no comment"
    ]
    assert reasons("Подписывайтесь на наш канал, чтобы не пропустить новости.", "ru") == [
        "boilerplate"
    ]


def test_unsupported_language_gets_generic_cues() -> None:
    score, why = score_sentence(
        "Die Stadt gab 2,5 Milliarden Euro für 40 Schulen aus.", language="de"
    )
    assert "number" in why or "statistic" in why
    assert score > 0


def test_english_reasons_are_unchanged_for_english() -> None:
    _, why = score_sentence("Inflation rose to 21.4 percent in March, the bank said.")
    assert why[:3] == ["statistic", "date", "named entity"]
