"""The general mechanisms of the eleventh attribution round: an outlet whose name carries
a domain after a dot with no space ("Onet.pl", "Нововолинськ.City", "Gazeta.by") keeps the
part after the dot when it is the source, while a single initial before a dot
("А.Петров") is still read as an initial. Our own sentences, none taken from a labelled
set."""

import pytest

from tests.extraction._attribution import found_after


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Jak podaje Wiadomosci.pl, bilety zdrożały o 15 procent.", "pl", "Wiadomosci.pl"),
        (
            "Як повідомляє Житомир.Info, тарифи зросли на 12 відсотків.",
            "uk",
            "Житомир.Info",
        ),
        ("Как сообщает Гомель.ру, тарифы выросли на 12 процентов.", "ru", "Гомель.ру"),
        ("Як паведамляе Навіны.by, кошты выраслі на 12 працэнтаў.", "be", "Навіны.by"),
    ],
)
def test_outlet_name_keeps_its_domain(sentence: str, language: str, expected: str) -> None:
    assert [name for name, _ in found_after([sentence], language)] == [expected]
