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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a possessive role before the name: the role describes the person, never joins the name
        (
            "Its spokesman, Owen Pryce, told the Wrexham Echo that 40 jobs would go.",
            ("Owen Pryce", "Wrexham Echo"),
        ),
        ("His spokeswoman, Mair Howells, said the lease ran until 2031.", ("Mair Howells", None)),
        ("Its director, Hugh Tallis, said 12 boats had been sold.", ("Hugh Tallis", None)),
        # a role after a plain noun phrase stays the source's name
        ("The union spokesman said 300 members had voted.", ("union spokesman", None)),
    ],
)
def test_possessive_role_before_an_apposed_name(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    assert found_after([sentence], "en") == [expected]


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("Carys Wynne told the Barnstaple Argus that rents rose by 9%.", "Barnstaple Argus"),
        ("Carys Wynne told the Dorset Mail that rents rose by 9%.", "Dorset Mail"),
        ("Carys Wynne told the Fenland Advertiser that rents rose by 9%.", "Fenland Advertiser"),
        ("Carys Wynne told the Ohio Examiner that rents rose by 9%.", "Ohio Examiner"),
    ],
)
def test_local_paper_name_words_make_a_relay(sentence: str, outlet: str) -> None:
    # the usual last words of British and American local papers' names mark an outlet
    assert found_after([sentence], "en") == [("Carys Wynne", outlet)]
