"""The general mechanisms of the fourteenth attribution round (ru, uk). Our own sentences,
none taken from a labelled set."""

import pytest

from claims.extraction.morph import nominative
from claims.extraction.pipeline import iter_sentences
from tests.extraction._attribution import found_after


def names(sentences: list[str], language: str) -> list[str]:
    return [name for name, _ in found_after(sentences, language)]


# --- a passive report after the clause it reports ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "Уровень свинца превышен в 4 колодцах, говорится в статье сотрудников Вятского "
            "аграрного университета, опубликованной в журнале «Почвы и воды».",
            "ru",
            "сотрудники Вятского аграрного университета",
        ),
        (
            "Рівень свинцю перевищено у 4 колодязях, йдеться у статті науковців Поліського "
            "аграрного університету, надрукованій у журналі «Ґрунти».",
            "uk",
            "науковці Поліського аграрного університету",
        ),
        # a data noun keeps its own pattern
        (
            "Тарифы выросли на 9%, говорится в докладе Контрольно-счётной палаты.",
            "ru",
            "Контрольно-счётная палата",
        ),
    ],
)
def test_passive_report_after_a_comma(sentence: str, language: str, expected: str) -> None:
    assert names([sentence], language) == [expected]


def test_an_article_of_a_law_has_no_author() -> None:
    found = names(["Штраф составит 5 тыс. рублей, говорится в статье 12 закона."], "ru")
    assert "статья" not in found


# --- organisation names keep their "по …" and "им. …" complements ------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "По данным УФСИН по Липецкой области, в колонии 812 заключённых.",
            "УФСИН по Липецкой области",
        ),
        (
            "Как сообщает газета «Северный берег» со ссылкой на Управление Росприроднадзора "
            "по Республике Карелия, штраф составил 2 млн рублей.",
            "Управление Росприроднадзора по Республике Карелия",
        ),
        (
            "Об этом сообщило Главное управление МЧС по Псковской области.",
            "Главное управление МЧС по Псковской области",
        ),
    ],
)
def test_body_names_keep_a_prepositional_region(sentence: str, expected: str) -> None:
    assert names([sentence], "ru")[0] == expected


def test_named_after_a_person_keeps_the_initials() -> None:
    found = names(
        [
            "Запасы воды снизились на 8%, говорится в статье сотрудников Северного "
            "университета им. П. А. Громова, опубликованной в журнале."
        ],
        "ru",
    )
    assert found == ["сотрудники Северного университета им. П. А. Громова"]


# --- names keep the article's spelling of е/ё ---------------------------------------------


def test_names_keep_e_where_the_article_writes_e() -> None:
    assert nominative("Петра Семенова", "ru", "gent") == "Петр Семенов"
    assert nominative("Артёма Лёвина", "ru", "gent") == "Артём Лёвин"


def test_a_surname_alone_finds_the_person_spelt_with_e() -> None:
    found = names(
        [
            "Главный врач Руслан Аленин сообщил, что коек не хватает.",
            "По словам Аленина, очередь на операцию — 3 месяца.",
        ],
        "ru",
    )
    assert found == ["Руслан Аленин"]


# --- plural possessive cues and groups -----------------------------------------------------


def test_plural_possessive_after_an_inanimate_subject_means_the_group() -> None:
    found = names(
        [
            "Загрязнение выявлено в 6 скважинах, говорится в статье сотрудников Тверского "
            "университета, опубликованной в журнале.",
            "Исследователи летом 2026 года взяли 90 проб.",
            "Средняя концентрация, по их данным, составила 0,4 мг/л.",
        ],
        "ru",
    )
    assert found == ["сотрудники Тверского университета"]


def test_a_bare_plural_keeps_the_fuller_group() -> None:
    found = names(
        [
            "Забруднення виявлено в 6 свердловинах, йдеться у статті науковців Волинського "
            "університету, надрукованій у журналі.",
            "Дослідники встановили 12 датчиків.",
            "За їхніми даними, концентрація сягала 0,4 мг/л.",
        ],
        "uk",
    )
    assert found == ["науковці Волинського університету"]


def test_people_before_a_plural_possessive_are_meant_themselves() -> None:
    found = names(
        [
            "Загрязнение выявлено в 6 скважинах, говорится в статье сотрудников Тверского "
            "университета, опубликованной в журнале.",
            "Жители, по их словам, ждут ремонта 3 года.",
        ],
        "ru",
    )
    assert "сотрудники Тверского университета" not in found


# --- a back-reference sentence lends its source to the sentence before it ---------------


def _attributed(body: str, language: str) -> list[list[str]]:
    return [[a.name for a in s.attributions] for s in iter_sentences(body, language=language)]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            "Заведующему складом предъявили обвинение в хищении 3 млн рублей. Об этом "
            "сообщила пресс-служба областной прокуратуры.",
            "ru",
            "пресс-служба областной прокуратуры",
        ),
        (
            "Завідувачу складу повідомили про підозру в розкраданні 3 млн грн. Про це "
            "повідомила Житомирська обласна прокуратура.",
            "uk",
            "Житомирська обласна прокуратура",
        ),
        (
            "Литр молока подорожал на 14% за год. Такие данные приводит Мордовиястат.",
            "ru",
            "Мордовиястат",
        ),
    ],
)
def test_back_reference_lends_the_source(body: str, language: str, expected: str) -> None:
    first, second = _attributed(body, language)
    # (an office is followed by its owner since round 16: "областная прокуратура")
    assert first[:1] == [expected]
    assert second == first


def test_back_reference_keeps_an_earlier_source() -> None:
    body = (
        "Директор школы Ольга Белова сообщила, что ремонт займёт 2 месяца. Об этом "
        "написала и районная газета «Вестник Прионежья»."
    )
    first, _ = _attributed(body, "ru")
    assert first == ["Ольга Белова"]


def test_back_reference_stays_in_its_paragraph() -> None:
    body = "Склад закрыли на 2 недели.\n\nОб этом сообщила пресс-служба мэрии."
    first, _ = _attributed(body, "ru")
    assert first == []


# --- a dative opener is the one told ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Директору КП «Міськсвітло» повідомили про підозру в розтраті 2 млн грн.", "uk"),
        ("Бухгалтерці лікарні повідомили про підозру в підробці 40 документів.", "uk"),
    ],
)
def test_the_one_told_is_no_speaker(sentence: str, language: str) -> None:
    assert names([sentence], language) == []


def test_a_nominative_director_still_speaks() -> None:
    found = names(["Директор КП «Міськсвітло» Ігор Мельник повідомив, що ліхтарі замінять."], "uk")
    assert found == ["Ігор Мельник"]


# --- an anonymous source cited between the subject and its verb --------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "Газета «Онежский край» со ссылкой на источник в мэрии писала, что торги отменят.",
            "ru",
            ("источник в мэрии", "Онежский край"),
        ),
        (
            "Телеграм-канал «Вінниця сьогодні», посилаючись на джерело в ОДА, пише, що тендер "
            "скасують.",
            "uk",
            ("джерело в ОДА", "Вінниця сьогодні"),
        ),
    ],
)
def test_cited_anonymous_source_keeps_the_relay(
    sentence: str, language: str, expected: tuple[str, str]
) -> None:
    assert found_after([sentence], language) == [expected]


def test_a_citing_gerund_opening_the_sentence_is_no_name() -> None:
    found = found_after(["Ссылаясь на Ярославльстат, агентство сообщило о росте на 6%."], "ru")
    assert all(via != "Ссылаясь" for _, via in found)


# --- coordinated people before a plural verb ---------------------------------------------


def test_both_people_of_a_coordinated_subject_speak_and_share_the_relay() -> None:
    found = found_after(
        [
            "Бригадир цеха Нина Корнеева и бывший мастер Олег Дронов рассказали «Волжской "
            "заре», что зарплату задерживают 3 месяца."
        ],
        "ru",
    )
    assert sorted(found) == [("Нина Корнеева", "Волжская заря"), ("Олег Дронов", "Волжская заря")]


def test_a_surname_and_an_apposed_neighbour_both_speak() -> None:
    found = names(
        [
            "Пасічник Андрій Гринюк каже, що мед подешевшав.",
            "Гринюк і його колега, пасічник Остап Дзюба, підтвердили, що продали 40 тонн.",
        ],
        "uk",
    )
    assert sorted(found) == ["Андрій Гринюк", "Остап Дзюба"]


def test_coordinated_people_without_a_reporting_verb_say_nothing() -> None:
    assert names(["Иван Горохов и его жена Дарья Горохова поженились в 2019 году."], "ru") == []


# --- outlet names in the nominative -------------------------------------------------------


def test_ukrainian_outlet_in_the_singular() -> None:
    assert nominative("Вісника", "uk", "gent", person=False) == "Вісник"
    assert nominative("Віснику", "uk", "datv", person=False) == "Вісник"


def test_an_indeclinable_first_word_is_no_head() -> None:
    assert nominative("Коми Зари", "ru", "gent", person=False) == "Коми Заря"


# --- an apposed person with a long title --------------------------------------------------


def test_apposed_person_after_a_long_title() -> None:
    found = names(
        ["Комісія, за словами членкині комісії, архітекторки Олени Бабич, схвалила 5 проєктів."],
        "uk",
    )
    assert found == ["Олена Бабич"]


# --- "Сам X" makes X the referent ---------------------------------------------------------


def test_intensified_surname_is_the_referent_of_the_next_possessive() -> None:
    found = names(
        [
            "Суд оштрафовал директора фабрики Игоря Лапина на 300 тыс. рублей.",
            "— Документы были в порядке, — сказала свидетель Анна Горина.",
            "Сам Лапин вины не признал.",
            "По его словам, фабрика работала по договору.",
        ],
        "ru",
    )
    assert found == ["Игорь Лапин"]


# --- stating verbs and a fronted complement -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Главной причиной фермеры называют весенние заморозки 2026 года.", "ru", "фермеры"),
        ("Головною причиною аграрії називають весняні приморозки 2026 року.", "uk", "аграрії"),
        ("Авторы оговариваются, что выборка включала 40 школ.", "ru", "авторы"),
        ("Рост на 11% зафиксировал Смоленскстат.", "ru", "Смоленскстат"),
    ],
)
def test_stating_verbs(sentence: str, language: str, expected: str) -> None:
    assert names([sentence], language) == [expected]


def test_a_fronted_complement_without_a_speaker_says_nothing() -> None:
    assert names(["Главной причиной подорожания стала засуха 2025 года."], "ru") == []
