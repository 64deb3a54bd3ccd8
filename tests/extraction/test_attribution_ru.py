"""Russian attribution: verbs before and after the source, prepositional cues, data nouns,
relays, citing, anonymous sources, pronouns and nominative names (our own sentences)."""

import pytest

from claims.extraction import extract_body
from claims.extraction.attribute import attribute_sentence, make_context


def _found(text: str, ctx=None) -> list[tuple[str, str | None]]:
    ctx = ctx or make_context(language="ru")
    return [(a.name, a.via) for a in attribute_sentence(text, 0, ctx).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("По словам Марии Колесниковой, суд продлился три часа.", ("Мария Колесникова", None)),
        (
            "По данным Министерства внутренних дел, задержаны 14 человек.",
            ("Министерство внутренних дел", None),
        ),
        ("Согласно докладу Всемирного банка, рост составит 1,2%.", ("Всемирный банк", None)),
        (
            "Как сообщает агентство «Северный вестник», мост закроют в мае.",
            ("Северный вестник", None),
        ),
        ("Тарифы вырастут на 8%, заявил министр энергетики Олег Карпов.", ("Олег Карпов", None)),
        (
            "«Мы не получили ни одного ответа», — сказала координатор фонда Ирина Жук.",
            ("Ирина Жук", None),
        ),
        ("Прокуратура Минска сообщила, что дело передано в суд.", ("Прокуратура Минска", None)),
        (
            "Государственный таможенный комитет в понедельник опроверг эти данные.",
            ("Государственный таможенный комитет", None),
        ),
        ("Данные Росстата показывают, что цены выросли на 9%.", ("Росстат", None)),
        (
            "Правозащитный центр «Весна» насчитал 1 200 политзаключённых, уточнили правозащитники.",
            ("правозащитники", None),
        ),
        ("Документ, оказавшийся в распоряжении «Медузы», датирован маем.", ("документ", "Медуза")),
        (
            "Как сообщило радио «Речь» со ссылкой на источник в МВД, приказ уже подписан.",
            ("источник в МВД", "Речь"),
        ),
        (
            "Задержаны 30 человек, уточнили в пресс-службе ведомства.",
            ("пресс-служба ведомства", None),
        ),
    ],
)
def test_russian_forms(text, expected):
    assert expected in _found(text)


def test_relay_in_an_interview_names_the_outlet_in_the_nominative():
    found = _found("Экономист Андрей Лис в интервью газете «Деловая неделя» отметил рост цен.")
    assert found == [("Андрей Лис", "Деловая неделя")]


def test_pronoun_and_his_words_resolve_to_the_last_named_person():
    ctx = make_context(language="ru")
    _found("Адвокат Павел Сапелко заявил, что приговор обжалуют.", ctx)
    assert _found("По его словам, свидетелей не допросили.", ctx) == [("Павел Сапелко", None)]
    assert _found("Он добавил, что защита ждёт решения до 1 июня.", ctx) == [
        ("Павел Сапелко", None)
    ]


def test_anonymous_source_with_anonymity_phrase():
    [a] = attribute_sentence(
        "Источник в правительстве, пожелавший остаться неизвестным, сказал, что план готов.",
        0,
        make_context(language="ru"),
    ).attributions
    assert (a.name, a.kind) == ("источник в правительстве", "anonymous")


def test_kinds_from_russian_markers():
    ctx = make_context(language="ru")
    kinds = {
        a.name: a.kind
        for t in (
            "По данным Министерства обороны, учения завершены.",
            "Верховный суд отклонил жалобу, говорится в заявлении правозащитного центра «Весна».",
            "Президент Александр Лукашенко заявил, что граница останется закрытой.",
        )
        for a in attribute_sentence(t, 0, ctx).attributions
    }
    assert kinds["Министерство обороны"] == "government_body"
    assert kinds["Весна"] == "ngo"
    assert kinds["Александр Лукашенко"] == "head_of_state"


def test_inflected_mention_matches_the_known_source():
    known = {"Иван Петров": "Иван Петров", "Министерство внутренних дел": "МВД Беларуси"}
    ctx = make_context(known, language="ru")
    assert _found("По словам Ивана Петрова, всё решено.", ctx) == [("Иван Петров", None)]
    assert _found("Как сообщили в Министерстве внутренних дел, всех отпустили.", ctx) == [
        ("МВД Беларуси", None)
    ]


def test_cue_offsets_point_into_the_body():
    body = "Цены выросли на 5%. По словам Ольги Ким, это рекорд."
    doc = extract_body(body, language="ru")
    [a] = [a for s in doc.sentences for a in s.attributions]
    assert body[a.cue_start : a.cue_end] == a.cue == "По словам"
    assert a.name == "Ольга Ким"
