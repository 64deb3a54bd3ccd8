"""Sentence splitting in Russian, Ukrainian, Belarusian and Polish: the hard cases.

Every case is written for this project. Each one lists the sentences a reader would see;
the splitter must find exactly those, with ``text[start:end]`` equal to each of them.
"""

from __future__ import annotations

import pytest

from claims.extraction.split import split_sentences

CASES: dict[str, list[tuple[str, list[str]]]] = {
    "ru": [
        (
            "Завод открыли в 2019 г. В прошлом году он выпустил 18 тыс. тракторов.",
            ["Завод открыли в 2019 г.", "В прошлом году он выпустил 18 тыс. тракторов."],
        ),
        (
            "Митинг прошёл на ул. Ленина в г. Гродно. Полиция задержала 40 человек.",
            ["Митинг прошёл на ул. Ленина в г. Гродно.", "Полиция задержала 40 человек."],
        ),
        (
            "Указ подписал А. Лукашенко. Документ вступает в силу сразу.",
            ["Указ подписал А. Лукашенко.", "Документ вступает в силу сразу."],
        ),
        (
            "Об этом сообщил проф. Иванов из университета им. Купалы. Он изучал рынок труда.",
            [
                "Об этом сообщил проф. Иванов из университета им. Купалы.",
                "Он изучал рынок труда.",
            ],
        ),
        (
            "Бюджет составит 1,6 млрд руб., т. е. на 5 % больше. Дефицит снизится.",
            ["Бюджет составит 1,6 млрд руб., т. е. на 5 % больше.", "Дефицит снизится."],
        ),
        (
            "Речь о налогах, пошлинах и т. д. Правительство обещает ответ в мае.",
            ["Речь о налогах, пошлинах и т. д.", "Правительство обещает ответ в мае."],
        ),
        (
            "«Мы не получили ни одного ответа!» — сказала Ольга. «Будем ждать».",
            ["«Мы не получили ни одного ответа!» — сказала Ольга.", "«Будем ждать»."],
        ),
        (
            "— Проверим всё до пятницы, — пообещал министр. — Потом решим.",
            ["— Проверим всё до пятницы, — пообещал министр.", "— Потом решим."],
        ),
        (
            "Долг вырос до 12 500 000 руб. Кредиторы подали иск.",
            ["Долг вырос до 12 500 000 руб.", "Кредиторы подали иск."],
        ),
    ],
    "uk": [
        (
            "Міст збудували у 2021 р. Торік ним проїхали 3 тис. вантажівок.",
            ["Міст збудували у 2021 р.", "Торік ним проїхали 3 тис. вантажівок."],
        ),
        (
            "Акція відбулася на вул. Хрещатик біля ун-ту ім. Шевченка. Прийшли студенти.",
            [
                "Акція відбулася на вул. Хрещатик біля ун-ту ім. Шевченка.",
                "Прийшли студенти.",
            ],
        ),
        (
            "Заяву оприлюднив В. Зеленський. Вона стосується енергетики.",
            ["Заяву оприлюднив В. Зеленський.", "Вона стосується енергетики."],
        ),
        (
            "Уряд виділив 2,3 млрд грн. Гроші підуть на ремонт шкіл.",
            ["Уряд виділив 2,3 млрд грн.", "Гроші підуть на ремонт шкіл."],
        ),
        (
            "«Ми чекали три тижні?» — запитав фермер. Відповіді так і не було.",
            ["«Ми чекали три тижні?» — запитав фермер.", "Відповіді так і не було."],
        ),
        (
            "— Світло дали о восьмій, — каже мешканка. — Але ненадовго.",
            ["— Світло дали о восьмій, — каже мешканка.", "— Але ненадовго."],
        ),
    ],
    "be": [
        (
            "Школу адкрылі ў 2018 г. Сёлета ў ёй вучацца 900 дзяцей.",
            ["Школу адкрылі ў 2018 г.", "Сёлета ў ёй вучацца 900 дзяцей."],
        ),
        (
            "Пікет прайшоў на вул. Кастрычніцкай. Яго арганізаваў А. Пятровіч.",
            ["Пікет прайшоў на вул. Кастрычніцкай.", "Яго арганізаваў А. Пятровіч."],
        ),
        (
            "Прэмію атрымаў праф. Мельнік з універсітэта ім. Коласа. Ён даследуе мову.",
            [
                "Прэмію атрымаў праф. Мельнік з універсітэта ім. Коласа.",
                "Ён даследуе мову.",
            ],
        ),
        (
            "На рамонт выдзелілі 4,5 млн руб. Працы скончацца ўвосень.",
            ["На рамонт выдзелілі 4,5 млн руб.", "Працы скончацца ўвосень."],
        ),
        (
            "«Нам ніхто не пазваніў!» — кажа Тацяна. Суседзі пацвярджаюць.",
            ["«Нам ніхто не пазваніў!» — кажа Тацяна.", "Суседзі пацвярджаюць."],
        ),
    ],
    "pl": [
        (
            "Fabrykę otwarto w 2015 r. Obecnie zatrudnia 1,2 tys. osób.",
            ["Fabrykę otwarto w 2015 r.", "Obecnie zatrudnia 1,2 tys. osób."],
        ),
        (
            "Protest odbył się na ul. Marszałkowskiej. Zorganizował go W. Kowalski.",
            ["Protest odbył się na ul. Marszałkowskiej.", "Zorganizował go W. Kowalski."],
        ),
        (
            "Raport przygotował prof. Nowak, a skomentował dr Wiśniewska. Wnioski są ostre.",
            [
                "Raport przygotował prof. Nowak, a skomentował dr Wiśniewska.",
                "Wnioski są ostre.",
            ],
        ),
        (
            "Dotacja wyniesie 1,6 mld zł. Rząd chce ją wypłacić do marca.",
            ["Dotacja wyniesie 1,6 mld zł.", "Rząd chce ją wypłacić do marca."],
        ),
        (
            "Chodzi np. o szpitale, szkoły itp. Lista ma być gotowa w maju.",
            ["Chodzi np. o szpitale, szkoły itp.", "Lista ma być gotowa w maju."],
        ),
        (
            "„Nie dostaliśmy żadnej odpowiedzi!” – powiedziała Anna. „Czekamy dalej”.",
            ["„Nie dostaliśmy żadnej odpowiedzi!” – powiedziała Anna.", "„Czekamy dalej”."],
        ),
        (
            "– Zdążymy przed zimą – zapewnił burmistrz. – Pieniądze już są.",
            ["– Zdążymy przed zimą – zapewnił burmistrz.", "– Pieniądze już są."],
        ),
        (
            "Dług sięga 250 mln zł, tj. połowy budżetu. Radni zażądali audytu.",
            ["Dług sięga 250 mln zł, tj. połowy budżetu.", "Radni zażądali audytu."],
        ),
    ],
}

PARAMS = [
    pytest.param(lang, text, expected, id=f"{lang}-{i}")
    for lang, cases in CASES.items()
    for i, (text, expected) in enumerate(cases)
]


@pytest.mark.parametrize(("language", "text", "expected"), PARAMS)
def test_split_hard_cases(language: str, text: str, expected: list[str]) -> None:
    spans = split_sentences(text, language=language)
    assert [text[s:e] for s, e in spans] == expected


@pytest.mark.parametrize(("language", "text", "expected"), PARAMS)
def test_split_without_a_language_still_right(language: str, text: str, expected: list[str]):
    """An article whose language is unknown (or misdetected) splits with every table."""
    assert [text[s:e] for s, e in split_sentences(text)] == expected
