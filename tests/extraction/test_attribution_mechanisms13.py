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


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # the office of "the agency" in the genitive is the subject's own office
        (
            "Минтранс Тверской области, как уточнила пресс-служба ведомства, закупит 40 автобусов.",
            "ru",
            "Минтранс Тверской области",
        ),
        (
            "Минприроды края, говорится в письме ведомства, проверит 12 свалок.",
            "ru",
            "Минприроды края",
        ),
        (
            "Міністерство освіти, як повідомила пресслужба відомства, закупить 40 автобусів.",
            "uk",
            "Міністерство освіти",
        ),
        (
            "Мінфін України, як зазначила пресслужба відомства, скоротить витрати на 3%.",
            "uk",
            "Мінфін України",
        ),
    ],
)
def test_parenthetical_office_of_the_agency_speaks_for_the_subject(
    sentence: str, language: str, expected: str
) -> None:
    assert [name for name, _ in found_after([sentence], language)] == [expected]


def test_another_body_in_the_nominative_keeps_its_own_words() -> None:
    # "as the ministry said" names a second body: the subject does not speak
    found = found_after(["Сотрудники института, как сообщило министерство, нашли ошибку."], "ru")
    assert [name for name, _ in found] == ["министерство"]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # "this is said in …" opens a passive report like "as is said in …"
        (
            "Об этом говорится в докладе Счётной палаты.",
            "ru",
            "Счётная палата",
        ),
        # people of a named body keep the body's name
        (
            "Об этом говорится в статье учёных Казанского федерального университета.",
            "ru",
            "учёные Казанского федерального университета",
        ),
        (
            "Про це йдеться у звіті дослідників Львівського медичного університету.",
            "uk",
            "дослідники Львівського медичного університету",
        ),
        (
            "Пра гэта гаворыцца ў артыкуле навукоўцаў Брэсцкага дзяржаўнага ўніверсітэта.",
            "be",
            "навукоўцы Брэсцкага дзяржаўнага ўніверсітэта",
        ),
    ],
)
def test_back_reference_opens_a_passive_report(sentence: str, language: str, expected: str) -> None:
    assert [name for name, _ in found_after([sentence], language)] == [expected]


@pytest.mark.parametrize(
    ("sentences", "language", "expected"),
    [
        (
            ["Экологи считают, что озеро мелеет.", "По их словам, за год уровень упал на метр."],
            "ru",
            "экологи",
        ),
        (
            ["Гідрологи вважають, що озеро міліє.", "За їхньою оцінкою, рівень упав на метр."],
            "uk",
            "гідрологи",
        ),
        (
            ["Гідрологи вважають, що озеро міліє.", "За їхніми даними, рівень упав на метр."],
            "uk",
            "гідрологи",
        ),
        (
            ["Эколагі лічаць, што возера мялее.", "Паводле іх звестак, узровень упаў на метр."],
            "be",
            "эколагі",
        ),
    ],
)
def test_plural_possessive_cue_refers_to_the_last_group(
    sentences: list[str], language: str, expected: str
) -> None:
    assert [name.lower() for name, _ in found_after(sentences, language)] == [expected]


def test_group_is_forgotten_once_someone_else_speaks() -> None:
    sentences = [
        "Экологи считают, что озеро мелеет.",
        "Директор заповедника Иван Соколов заявил, что рыбы стало меньше.",
        "По их словам, за год уровень упал на метр.",
    ]
    assert "экологи" not in [name for name, _ in found_after(sentences, "ru")]


@pytest.mark.parametrize(
    ("sentences", "language", "expected"),
    [
        # a two-word adverbial between the verb and a surname already named
        (
            [
                "Суд оштрафовал Семёна Ковальчука.",
                "— Я ни в чём не виноват, — сказал в суде Ковальчук.",
            ],
            "ru",
            "Семён Ковальчук",
        ),
        (
            [
                "Подсудимым был Фёдор Грачёв.",
                "— Я ни в чём не виноват, — заявил в последнем слове Грачёв.",
            ],
            "ru",
            "Фёдор Грачёв",
        ),
        (
            [
                "Обвинуваченим був Остап Дрозд.",
                "— Я ні в чому не винен, — заявив в останньому слові Дрозд.",
            ],
            "uk",
            "Остап Дрозд",
        ),
    ],
)
def test_adverbial_before_a_named_surname(
    sentences: list[str], language: str, expected: str
) -> None:
    assert [name for name, _ in found_after(sentences, language)] == [expected]


def test_first_name_with_yo_that_is_also_a_town_is_remembered() -> None:
    # "Артёма" is a town's name too; a first name in the genitive is still remembered
    sentences = [
        "Суд арестовал Артёма Лыткина.",
        "— Это ошибка, — заявил в последнем слове Лыткин.",
    ]
    assert [name for name, _ in found_after(sentences, "ru")] == ["Артём Лыткин"]
