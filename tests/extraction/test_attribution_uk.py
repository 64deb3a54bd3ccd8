"""Ukrainian attribution (our own sentences)."""

import pytest

from claims.extraction.attribute import attribute_sentence, make_context


def _found(text: str, ctx=None) -> list[tuple[str, str | None]]:
    ctx = ctx or make_context(language="uk")
    return [(a.name, a.via) for a in attribute_sentence(text, 0, ctx).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За словами Олени Бойко, черга на кордоні сягнула 9 км.", ("Олена Бойко", None)),
        (
            "За даними Державної прикордонної служби, за добу кордон перетнули 40 тис. осіб.",
            ("Державна прикордонна служба", None),
        ),
        (
            "Як повідомляє видання «Поліський кур'єр», школу відкриють у вересні.",
            ("Поліський кур'єр", None),
        ),
        ("Згідно з даними Держстату, інфляція сповільнилася до 6%.", ("Держстат", None)),
        ("Ремонт коштуватиме 12 млн грн, повідомила міська рада.", ("міська рада", None)),
        (
            "«Ми працюємо без вихідних», — сказав директор лікарні Ігор Шевчук.",
            ("Ігор Шевчук", None),
        ),
        (
            "Міністерство охорони здоров'я заявило, що вакцин достатньо.",
            ("Міністерство охорони здоров'я", None),
        ),
        ("Звіт ООН показує, що ціни на пальне зросли на 15%.", ("ООН", None)),
        (
            "Лист, що опинився в розпорядженні «Громадського радіо», датований березнем.",
            ("лист", "Громадське радіо"),
        ),
        (
            "Мінфін, посилаючись на дані Національного банку, зазначив, що борг зріс.",
            ("Національний банк", "Мінфін"),
        ),
    ],
)
def test_ukrainian_forms(text, expected):
    assert expected in _found(text)


def test_pronoun_resolves_to_the_last_named_person():
    ctx = make_context(language="uk")
    _found("Голова громади Петро Гнатюк заявив, що міст відремонтують.", ctx)
    assert _found("За його словами, роботи триватимуть два місяці.", ctx) == [
        ("Петро Гнатюк", None)
    ]


def test_anonymous_subject_of_a_relative_clause():
    [a] = attribute_sentence(
        "Двоє лікарів лікарні, які попросили не називати їхніх імен, розповіли про нестачу ліків.",
        0,
        make_context(language="uk"),
    ).attributions
    assert a.kind == "anonymous" and a.name.startswith("лікарі")
