"""The general mechanisms of the sixteenth attribution round (ru, uk). Our own sentences,
none taken from a labelled set."""

import pytest

from tests.extraction._attribution import found_after


def names(sentences: list[str], language: str) -> list[str]:
    return [name for name, _ in found_after(sentences, language)]


# --- a passive report fronted by its document ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("В жалобе утверждается, что подрядчик не имеет своей техники.", "ru", "жалоба"),
        # a relative clause between the document and the verb
        (
            "В заявлении, которое подписали 40 жильцов, говорилось, что лифт стоит с мая.",
            "ru",
            "заявление",
        ),
        # the document's author in the genitive is the source
        ("В письме министерства указывается, что субсидии сократят на 12%.", "ru", "министерство"),
        (
            "В ответе Минфина, направленном в регионы, говорится, что лимит исчерпан.",
            "ru",
            "Минфин",
        ),
        # the clause after a colon
        (
            "Соседи давно жаловались: в обращении в мэрию, копию которого видела редакция, "
            "сообщалось, что крыша течёт третий год.",
            "ru",
            "обращение",
        ),
        (
            "У скарзі, копію якої отримала редакція, стверджується, що тендер зірвано.",
            "uk",
            "скарга",
        ),
        ("У листі міністерства йдеться, що виплати затримають на місяць.", "uk", "міністерство"),
        (
            "У зверненні до прокуратури, яке підписали 90 мешканців, ішлося про 3 будинки.",
            "uk",
            "звернення",
        ),
    ],
)
def test_fronted_passive_report(sentence: str, language: str, expected: str) -> None:
    assert names([sentence], language) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "В регионе отмечается рост заболеваемости на 12%.",
        "В Минске сообщается о 5 новых маршрутах.",
        "У області повідомляється про 5 нових маршрутів.",
    ],
)
def test_a_place_opening_a_passive_verb_is_no_document(sentence: str) -> None:
    language = "uk" if "області" in sentence else "ru"
    assert names([sentence], language) == []


# --- neuter finding verbs ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Как показало исследование, в 40 пробах свинца больше нормы.", "ru", "исследование"),
        ("Как показывало обследование, в 40 домах нет отопления.", "ru", "обследование"),
        ("Як показало дослідження, у 40 пробах свинцю більше норми.", "uk", "дослідження"),
    ],
)
def test_neuter_subject_of_a_finding(sentence: str, language: str, expected: str) -> None:
    assert names([sentence], language) == [expected]


# --- an outlet quoting the source in a relative clause relays it ---------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "По данным областного минздрава, которые приводит агентство «Вести-Регион», "
            "прививку получили 12 тыс. детей.",
            "ru",
            ("областной минздрав", "Вести-Регион"),
        ),
        (
            "По словам экономиста Павла Орлова, которого цитирует газета «Деловой курьер», "
            "цены вырастут на 7%.",
            "ru",
            ("Павел Орлов", "Деловой курьер"),
        ),
        (
            "Согласно оценке аналитика Веры Зиминой, которую приводило издание «Рынок», спрос "
            "упал на 9%.",
            "ru",
            ("Вера Зимина", "Рынок"),
        ),
        (
            "За даними Держстату, які наводить агентство «Поділля-Інфо», ціни зросли на 9%.",
            "uk",
            ("Держстат", "Поділля-Інфо"),
        ),
        (
            "За словами економіста Павла Орлова, якого цитує газета «Діловий кур'єр», ціни "
            "зростуть на 7%.",
            "uk",
            ("Павло Орлов", "Діловий кур'єр"),
        ),
    ],
)
def test_outlet_quoting_in_a_relative_clause(
    sentence: str, language: str, expected: tuple[str, str]
) -> None:
    assert found_after([sentence], language) == [expected]


# --- an office speaks for its owner ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Как сообщила пресс-служба Октябрьского районного суда, приговор обжалован.",
            ["пресс-служба Октябрьского районного суда", "Октябрьский районный суд"],
        ),
        (
            "По информации пресс-службы администрации, ремонт закончат к маю 2027 года.",
            ["пресс-служба администрации", "администрация"],
        ),
        # a bare type noun for the owner is the body named earlier in the sentence
        (
            "Министерство транспорта края продлило контракт на 3 года, сообщила пресс-служба "
            "министерства.",
            ["пресс-служба министерства", "Министерство транспорта края"],
        ),
    ],
)
def test_office_and_owner(sentence: str, expected: list[str]) -> None:
    assert sorted(names([sentence], "ru")) == sorted(expected)


def test_city_hall_is_a_body_and_the_mayor_a_person() -> None:
    found = found_after(["Как сообщили в мэрии, ремонт обойдётся в 5 млн рублей."], "ru")
    assert found == [("мэрия", None)]
    from claims.extraction.attribute import _marker_kind

    assert _marker_kind("ru", "мэрия") == "government_body"
    assert _marker_kind("ru", "мэр") == "official"
    assert _marker_kind("ru", "мэра") == "official"


# --- a descriptor with its own complement before the person -------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "— Заказов стало вдвое меньше, — сказал курьер с пятилетним стажем Артём Лаптев.",
            "ru",
            "Артём Лаптев",
        ),
        (
            "«Цены выросли на 20%», — отметила директор магазина в Калуге Ирина Сомова.",
            "ru",
            "Ирина Сомова",
        ),
        (
            "— Без льгот мы закроемся, — пожаловался глава КФХ из Шиловского района Пётр Гусев.",
            "ru",
            "Пётр Гусев",
        ),
        (
            "— Замовлень стало вдвічі менше, — сказав кур'єр із п'ятирічним стажем Артем Лаптєв.",
            "uk",
            "Артем Лаптєв",
        ),
    ],
)
def test_descriptor_with_complement(sentence: str, language: str, expected: str) -> None:
    assert names([sentence], language) == [expected]


def test_the_person_after_a_complemented_descriptor_is_he() -> None:
    found = names(
        [
            "«Тарифы подняли из-за топлива», — объяснила пресс-секретарь сервиса Анна Белова.",
            "— Сервис забирает 20% выручки, — сказал водитель с большим стажем Олег Жуков.",
            "Он также рассказал, что из сервиса ушли 300 водителей.",
        ],
        "ru",
    )
    assert found == ["Олег Жуков"]


# --- what a subject disagrees with before the verb -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "Комбинат «Северный», крупнейший работодатель района, с такой оценкой не согласился.",
            "ru",
            "Северный",
        ),
        ("Министерство с выводами проверки не согласилось.", "ru", "министерство"),
        ("КП «Міськсвітло» із висновками не погодилося.", "uk", "Міськсвітло"),
    ],
)
def test_disagreement_object_before_the_verb(sentence: str, language: str, expected: str) -> None:
    assert names([sentence], language) == [expected]


# --- federal services and bodies named by an acronym ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Роспотребнадзор по Курской области, как следует из его ответа редакции, провёл "
            "12 проверок.",
            "Роспотребнадзор по Курской области",
        ),
        (
            "Как сообщили в управлении культуры Сызрани, музей откроют 1 марта.",
            "управление культуры Сызрани",
        ),
    ],
)
def test_bodies(sentence: str, expected: str) -> None:
    assert names([sentence], "ru") == [expected]


def test_an_acronym_inside_a_fronted_place() -> None:
    found = names(["В Тверском УФНС нам подтвердили, что проверка идёт с 3 марта."], "ru")
    assert len(found) == 1 and "УФНС" in found[0]


# --- groups of people -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "Трое охранников, которые дежурили той ночью, рассказали следователю, что камеры "
            "не работали.",
            "ru",
            "трое охранников",
        ),
        (
            "Жители в посёлке Сосновом, с которыми поговорил наш корреспондент, утверждают, "
            "что воды нет с 1 октября.",
            "ru",
            "жители",
        ),
        (
            "Троє охоронців, які чергували тієї ночі, розповіли слідчому, що камери не працювали.",
            "uk",
            "троє охоронців",
        ),
    ],
)
def test_groups(sentence: str, language: str, expected: str) -> None:
    assert names([sentence], language) == [expected]


def test_a_lowercase_quotation_after_a_document_noun_is_no_author() -> None:
    found = names(["Продавцы рассказали суду, что подписывали накладные «не глядя»."], "ru")
    assert found == ["продавцы"]


# --- a lowercase body or role before its capitalised complement ----------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "По данным государственной инспекции труда Пермского края, на стройках погибли "
            "7 человек.",
            "ru",
            "государственная инспекция труда Пермского края",
        ),
        (
            "По словам министра образования Тверской области, в школах не хватает 300 учителей.",
            "ru",
            "министр образования Тверской области",
        ),
        (
            "Потери составили 4 млрд рублей, говорится в отчёте министерства финансов "
            "Омской области.",
            "ru",
            "министерство финансов Омской области",
        ),
        (
            "За даними державної інспекції праці Полтавської області, на будовах загинули 7 людей.",
            "uk",
            "державна інспекція праці Полтавської області",
        ),
    ],
)
def test_body_before_complement(sentence: str, language: str, expected: str) -> None:
    assert names([sentence], language) == [expected]


def test_members_of_a_body_before_a_document_keep_their_reading() -> None:
    found = names(
        ["Ціни зросли на 9%, йдеться в дослідженні науковців Полтавського університету."], "uk"
    )
    assert found == ["Полтавський університет"]


# --- pronouns ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentences", "language", "expected"),
    [
        (
            [
                "Главный инженер Пётр Сомов заявил, что авария произошла в 3 часа ночи.",
                "Свою вину он так и не признал.",
            ],
            "ru",
            "Пётр Сомов",
        ),
        (
            [
                "Головний інженер Петро Сомов заявив, що аварія сталася о 3 годині ночі.",
                "Своєї провини він так і не визнав.",
            ],
            "uk",
            "Петро Сомов",
        ),
        # no source of the pronoun's gender yet: the last person of it mentioned
        (
            [
                "Главный инженер Пётр Сомов заявил, что авария произошла в 3 часа ночи.",
                "Марина Лесная из Твери работает на станции с 2015 года.",
                "Позже она добавила, что дежурных было двое.",
            ],
            "ru",
            "Марина Лесная",
        ),
        (
            [
                "Головний інженер Петро Сомов заявив, що аварія сталася о 3 годині ночі.",
                "Марина Лісова з Тернополя працює на станції з 2015 року.",
                "Пізніше вона додала, що чергових було двоє.",
            ],
            "uk",
            "Марина Лісова",
        ),
    ],
)
def test_pronoun_referent(sentences: list[str], language: str, expected: str) -> None:
    assert names(sentences, language) == [expected]


# --- a lone role noun refers back to the person of its kind and gender --------------------


@pytest.mark.parametrize(
    ("sentences", "language", "expected"),
    [
        (
            [
                "Начальник управления транспорта Игорь Зотов заявил, что маршрутов будет 14.",
                "Сбор за год, уточнил чиновник, принёс бюджету 40 млн рублей.",
            ],
            "ru",
            "Игорь Зотов",
        ),
        (
            [
                "Начальница управления транспорта Ольга Зотова заявила, что маршрутов будет 14.",
                "— Новые автобусы придут в марте, — добавила начальница.",
            ],
            "ru",
            "Ольга Зотова",
        ),
        (
            [
                "Начальник управління транспорту Ігор Зотов заявив, що маршрутів буде 14.",
                "— Нові автобуси прийдуть у березні, — додав начальник.",
            ],
            "uk",
            "Ігор Зотов",
        ),
    ],
)
def test_role_noun_back_reference(sentences: list[str], language: str, expected: str) -> None:
    assert names(sentences, language) == [expected]


# --- the outlet the words were told to, around the speaker --------------------------------


@pytest.mark.parametrize(
    ("sentences", "language", "expected"),
    [
        (
            [
                "Педиатр Ирина Соколова осмотрела 200 школьников.",
                "«Ранцы тяжелее нормы у каждого третьего», — рассказала Соколова «Северной линии».",
            ],
            "ru",
            ("Ирина Соколова", "Северная линия"),
        ),
        (
            ["— Снег уберём за сутки, — заверил «Город-24» директор подрядчика Павел Юдин."],
            "ru",
            ("Павел Юдин", "Город-24"),
        ),
        (
            ["— Цены выросли вдвое, — пожаловался «Вестям» фермер Иван Сомов."],
            "ru",
            ("Иван Сомов", "Вести"),
        ),
        (
            ["— Сніг приберемо за добу, — запевнив «Місто-24» директор підрядника Павло Юдін."],
            "uk",
            ("Павло Юдін", "Місто-24"),
        ),
    ],
)
def test_outlet_told_around_the_speaker(
    sentences: list[str], language: str, expected: tuple[str, str]
) -> None:
    assert found_after(sentences, language) == [expected]


def test_a_title_opening_the_sentence_does_not_hide_the_name_after_it() -> None:
    from claims.extraction.attribute import attribute_sentence, make_context

    ctx = make_context(language="ru")
    attribute_sentence("Педиатр Ирина Соколова осмотрела 200 школьников.", 0, ctx)
    assert "Ирина Соколова" in ctx.mentioned


def test_named_body_after_type_noun_and_verb_of_telling() -> None:
    found = names(
        [
            "Цены выросли на 6 рублей, сообщила во вторник консалтинговая группа «Топливный монитор»."
        ],
        "ru",
    )
    assert found == ["Топливный монитор"]
    found = names(
        ["Ціни зросли на 6 гривень, повідомила у вівторок консалтингова група «Паливний монітор»."],
        "uk",
    )
    assert found == ["Паливний монітор"]


def test_an_aside_speaker_keeps_the_fronted_document_out() -> None:
    found = names(
        ["В жалобе, как сообщил председатель союза Пётр Лось, говорится о 12 нарушениях."], "ru"
    )
    assert found == ["Пётр Лось"]


# --- a document published on its owner's site --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "owner"),
    [
        (
            "Как следует из пояснительной записки, опубликованной на сайте администрации "
            "Торжка, 9 маршрутов дублируют друг друга.",
            "ru",
            "администрация Торжка",
        ),
        (
            "Тариф, как говорится в постановлении, размещённом на официальном сайте "
            "правительства области, вырастет на 8%.",
            "ru",
            "правительство области",
        ),
        (
            "Як випливає з пояснювальної записки, оприлюдненої на сайті міської ради, "
            "9 маршрутів дублюють один одного.",
            "uk",
            "міська рада",
        ),
    ],
)
def test_site_owner(sentence: str, language: str, owner: str) -> None:
    assert owner in names([sentence], language)


# --- an outlet that learned it, an outlet quoting a person --------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Как стало известно «Известиям», сделка сорвалась в мае.", "ru", [("Известия", None)]),
        (
            "Сделка, как стало известно газете «Ведомости», сорвалась в мае.",
            "ru",
            [("Ведомости", None)],
        ),
        (
            "Двоє обвинувачених, як стало відомо виданню «Поділля сьогодні», уклали угоди.",
            "uk",
            [("Поділля сьогодні", None)],
        ),
        (
            "«Налоги повышать не будем», — цитирует ТАСС министра финансов Антона Силуанова.",
            "ru",
            [("Антон Силуанов", "ТАСС")],
        ),
        (
            "«Налоги повышать не будем», — цитирует «Интерфакс» Антона Силуанова.",
            "ru",
            [("Антон Силуанов", "Интерфакс")],
        ),
        (
            "«Податки не підвищуватимемо», — цитує «Укрінформ» міністра фінансів Сергія Марченка.",
            "uk",
            [("Сергій Марченко", "Укрінформ")],
        ),
    ],
)
def test_outlet_learning_or_quoting(
    sentence: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found_after([sentence], language) == expected


def test_learned_without_as_names_nobody() -> None:
    found = names(
        ["Директорка Ольга Вакуленко повідомила, що про це стало відомо лише після 3 березня."],
        "uk",
    )
    assert found == ["Ольга Вакуленко"]
