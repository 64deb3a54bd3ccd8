"""Belarusian attribution (our own sentences); names in the nominative by suffix rules."""

import pytest

from claims.extraction.attribute import attribute_sentence, make_context


def _found(text: str, ctx=None) -> list[tuple[str, str | None]]:
    ctx = ctx or make_context(language="be")
    return [(a.name, a.via) for a in attribute_sentence(text, 0, ctx).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Паводле праваабарончага цэнтра «Вясна», у краіне 1 100 палітвязняў.", ("Вясна", None)),
        (
            "Па словах Святланы Ціханоўскай, выбары не былі свабоднымі.",
            ("Святлана Ціханоўская", None),
        ),
        (
            "Па даных Міністэрства ўнутраных спраў, затрымалі 12 чалавек.",
            ("Міністэрства ўнутраных спраў", None),
        ),
        (
            "Як паведаміў Дзяржаўны памежны камітэт, чэргі скараціліся.",
            ("Дзяржаўны памежны камітэт", None),
        ),
        (
            "«Мы чакалі тры дні», — сказаў вадзіцель Мікалай Гаўрыленка.",
            ("Мікалай Гаўрыленка", None),
        ),
        ("Даныя Белстата паказваюць, што цэны выраслі на 7%.", ("Белстат", None)),
        (
            "Урач Алена Шэўчык у размове з «Звяздой» расказала пра чэргі.",
            ("Алена Шэўчык", "Звязда"),
        ),
        ("Як адзначылі праваабаронцы, суд ішоў два дні.", ("праваабаронцы", None)),
    ],
)
def test_belarusian_forms(text, expected):
    assert expected in _found(text)


def test_pronoun_resolves_to_the_last_named_person():
    ctx = make_context(language="be")
    _found("Старшыня калгаса Пётр Бабко заявіў, што ўраджай меншы.", ctx)
    assert _found("Па яго словах, страты складаюць 30%.", ctx) == [("Пётр Бабко", None)]


def test_known_source_matches_an_inflected_mention():
    ctx = make_context(
        {"Вясна": "Вясна", "Аляксандр Лукашэнка": "Аляксандр Лукашэнка"}, language="be"
    )
    assert _found("Па словах Аляксандра Лукашэнкі, мяжа застанецца адкрытай.", ctx) == [
        ("Аляксандр Лукашэнка", None)
    ]
