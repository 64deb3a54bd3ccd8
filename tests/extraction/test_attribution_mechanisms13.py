"""The general mechanisms of the thirteenth attribution round (ru, uk, be, pl). Our own
sentences, none taken from a labelled set."""

import pytest

from tests.extraction._attribution import found_after


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # a coordinated complement stays with the body after an impersonal verb
        (
            "Каток откроется в январе, сообщили в управлении культуры и туризма администрации.",
            "ru",
            "управление культуры и туризма администрации",
        ),
        (
            "Ковзанку відкриють у січні, повідомили в управлінні культури і туризму міськради.",
            "uk",
            "управління культури і туризму міськради",
        ),
        (
            "Lodowisko otworzą w styczniu, poinformowano w wydziale kultury i sportu starostwa.",
            "pl",
            "wydział kultury i sportu starostwa",
        ),
        # an abbreviated office keeps its region
        (
            "Підозрюваного затримали, повідомили в ГУНП у Волинській області.",
            "uk",
            "ГУНП у Волинській області",
        ),
    ],
)
def test_impersonal_body_keeps_its_complement(sentence: str, language: str, expected: str) -> None:
    assert [name for name, _ in found_after([sentence], language)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "Вызовов стало вдвое больше, как сообщила городская станция скорой помощи.",
            "ru",
            "городская станция скорой помощи",
        ),
        ("Коек не хватает, сообщила районная больница.", "ru", "районная больница"),
        (
            "Викликів стало вдвічі більше, як повідомила міська станція швидкої допомоги.",
            "uk",
            "міська станція швидкої допомоги",
        ),
        (
            "Выклікаў стала ўдвая больш, як паведаміла гарадская станцыя хуткай дапамогі.",
            "be",
            "гарадская станцыя хуткай дапамогі",
        ),
        (
            "Wyjazdów było dwa razy więcej, jak poinformowała miejska stacja pogotowia.",
            "pl",
            "miejska stacja pogotowia",
        ),
    ],
)
def test_medical_body_after_the_verb_speaks(sentence: str, language: str, expected: str) -> None:
    assert [name for name, _ in found_after([sentence], language)] == [expected]


def test_region_is_not_joined_to_a_lowercase_body() -> None:
    # the region tail is read only after an abbreviation, never after an ordinary word
    found = found_after(["Двери закрыли, сообщили в администрации в Твери."], "ru")
    assert not any("Твер" in name for name, _ in found)
