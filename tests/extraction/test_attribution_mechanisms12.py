"""The general mechanisms of the twelfth attribution round (ru, uk, be, pl): a bare plural
of people opening the sentence speaks as a group, with or without a short stance object
before the verb ("с этим не согласны"); verbs of recording and advising; a capitalised
adverb opening the sentence is never a name. Our own sentences, none taken from a labelled
set."""

import pytest

from tests.extraction._attribution import found_after


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # the group is found by its morphology, not by a list of nouns
        ("Застройщики подтверждают, что квартир продано меньше.", "ru", "застройщики"),
        ("Пчеловоды утверждают, что мёд подешевел на треть.", "ru", "пчеловоды"),
        ("Забудовники стверджують, що квартир продано менше.", "uk", "забудовники"),
        ("Пасічники скаржаться, що мед подешевшав на третину.", "uk", "пасічники"),
        ("Забудоўшчыкі сцвярджаюць, што кватэр прададзена менш.", "be", "забудоўшчыкі"),
        ("Deweloperzy twierdzą, że mieszkań sprzedano mniej.", "pl", "deweloperzy"),
        ("Pszczelarze twierdzą, że miód potaniał o jedną trzecią.", "pl", "pszczelarze"),
    ],
)
def test_bare_plural_of_people_speaks_as_a_group(
    sentence: str, language: str, expected: str
) -> None:
    assert [name.lower() for name, _ in found_after([sentence], language)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Рыбаки с этим не согласны.", "ru", "рыбаки"),
        ("Рибалки з цим не згодні.", "uk", "рибалки"),
        ("Фермеры з гэтым не згодныя.", "be", "фермеры"),
        ("Rolnicy się z tym nie zgadzają.", "pl", "rolnicy"),
        ("Rolnicy nie zgadzają się z tą oceną.", "pl", "rolnicy"),
    ],
)
def test_group_disagreeing_with_a_short_object_before_the_verb(
    sentence: str, language: str, expected: str
) -> None:
    assert [name.lower() for name, _ in found_after([sentence], language)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # a plural of things before a plural verb is no group of speakers
        ("Цены выросли на треть, а тарифы остались прежними.", "ru"),
        ("Вынікі паказалі, што вада ў возеры чыстая.", "be"),
        # a capitalised adverb opening the sentence is no name
        ("Официально эту информацию не подтверждают.", "ru"),
        ("Офіційно цю інформацію не підтверджують.", "uk"),
        ("Афіцыйна гэтую інфармацыю не пацвярджаюць.", "be"),
    ],
)
def test_no_source_from_things_or_adverbs(sentence: str, language: str) -> None:
    assert found_after([sentence], language) == []


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Белстат фиксирует рост цен на молоко третий месяц подряд.", "ru", "Белстат"),
        ("Нацбанк фіксує зростання цін на молоко третій місяць поспіль.", "uk", "Нацбанк"),
        (
            "Всемирный банк в своём обзоре советует снизить пошлины на зерно.",
            "ru",
            "Всемирный банк",
        ),
        ("GUS odnotował spadek produkcji cegieł o 11 proc.", "pl", "GUS"),
    ],
)
def test_recording_and_advising_verbs_report(sentence: str, language: str, expected: str) -> None:
    assert [name for name, _ in found_after([sentence], language)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # an answer or comment is no source: its author in the genitive is
        ("Как следует из ответа мэрии, ремонт моста закончат в мае.", "ru", ("мэрия", None)),
        (
            "Як випливає з відповіді міської ради, ремонт мосту завершать у травні.",
            "uk",
            ("міська рада", None),
        ),
        (
            "Як вынікае з адказу гарвыканкама, рамонт моста скончаць у траўні.",
            "be",
            ("гарвыканкам", None),
        ),
        (
            "Jak wynika z odpowiedzi ministerstwa, remont mostu zakończy się w maju.",
            "pl",
            ("ministerstwo", None),
        ),
        # the outlet that asked, right after the author, is the relay
        (
            "Как следует из ответа министерства на запрос «Вечернего Минска», очередь выросла.",
            "ru",
            ("министерство", "Вечерний Минск"),
        ),
        (
            "Як випливає з відповіді міністерства на запит «Вінницької правди», черга зросла.",
            "uk",
            ("міністерство", "Вінницька правда"),
        ),
        (
            "Як вынікае з адказу райвыканкама на запыт «Нашай Нівы», чарга вырасла.",
            "be",
            ("райвыканкам", "Наша Ніва"),
        ),
        (
            "Jak wynika z odpowiedzi ministerstwa na pytania „Gazety Lubuskiej”, kolejka wzrosła.",
            "pl",
            ("ministerstwo", "Gazeta Lubuska"),
        ),
    ],
)
def test_answer_gives_its_author_and_the_asking_outlet(
    sentence: str, language: str, expected: tuple[str, str | None]
) -> None:
    assert found_after([sentence], language) == [expected]


def test_possessive_answer_never_makes_the_addressee_the_source() -> None:
    # "его ответа редакции": the newsroom was answered, it did not answer
    found = found_after(
        ["Областное управление, как следует из его ответа редакции, провело 40 замеров."], "ru"
    )
    assert all(name != "редакция" for name, _ in found)


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "Управление здравоохранения в ответ на запрос «Медузы» сообщило, что очередь выросла.",
            "ru",
            ("Управление здравоохранения", "Медуза"),
        ),
        (
            "Раённая бальніца ў адказе на запыт «Нашай Нівы» пацвердзіла, што чарга вырасла.",
            "be",
            ("Раённая бальніца", "Наша Ніва"),
        ),
        (
            "Urząd Miasta w odpowiedzi na pytania „Gazety Lubuskiej” przekazał, że kolejka wzrosła.",
            "pl",
            ("Urząd Miasta", "Gazeta Lubuska"),
        ),
    ],
)
def test_answer_to_an_outlet_between_subject_and_verb_is_a_relay(
    sentence: str, language: str, expected: tuple[str, str | None]
) -> None:
    assert found_after([sentence], language) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "— Чарга расце, — расказала «Нашаму краю» настаўніца Вольга Ждан.",
            ("Вольга Ждан", "Наш край"),
        ),
        (
            "Бальніца ў адказе на запыт «Лепельскага краю» пацвердзіла, што чарга вырасла.",
            ("Бальніца", "Лепельскі край"),
        ),
    ],
)
def test_belarusian_kraj_names_take_their_nominative(
    sentence: str, expected: tuple[str, str]
) -> None:
    # "край" has "-ю" in the genitive and dative of outlet names ("Наш край")
    assert found_after([sentence], "be") == [expected]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # one of a group, with an apposition or a relative clause before the verb
        (
            "Одна из продавщиц, студентка из Гродно, рассказала, что выручка упала.",
            "ru",
            "одна из продавщиц",
        ),
        (
            "Один з водіїв, з яким ми поговорили, розповів, що рейсів поменшало.",
            "uk",
            "один з водіїв",
        ),
        (
            "Адна з настаўніц, якая працуе ў школе дваццаць гадоў, сказала, што класы пустыя.",
            "be",
            "адна з настаўніц",
        ),
        (
            "Jeden z rybaków z przystani w Helu, z którym rozmawialiśmy, twierdzi, że ryb ubyło.",
            "pl",
            "jeden z rybaków z przystani w Helu",
        ),
        # after the verb
        ("Выручка упала, рассказала одна из продавщиц.", "ru", "одна из продавщиц"),
        ("Ryb ubyło, powiedział jeden z rybaków.", "pl", "jeden z rybaków"),
    ],
)
def test_one_of_a_group_speaks(sentence: str, language: str, expected: str) -> None:
    assert [name for name, _ in found_after([sentence], language)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Одна из них рассказала, что выручка упала.", "ru"),
        ("Адна з іх сказала, што класы пустыя.", "be"),
        ("Jedna z nich powiedziała, że ryb ubyło.", "pl"),
    ],
)
def test_one_of_them_is_not_read_as_a_name(sentence: str, language: str) -> None:
    # the pronoun points back to a group named earlier: no "Одна" or "Jedna" as a name
    assert all(
        not name.lower().startswith(("одна", "адна", "jedna"))
        for name, _ in found_after([sentence], language)
    )


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Министерство при этом признало, что складов не хватает.", "ru", "министерство"),
        (
            "Organizatorzy protestu przed ratuszem przekazali, że zebrali podpisy.",
            "pl",
            "organizatorzy protestu",
        ),
    ],
)
def test_adverbial_after_a_lowercase_subject_is_not_part_of_it(
    sentence: str, language: str, expected: str
) -> None:
    assert [name for name, _ in found_after([sentence], language)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "Ольга Зайцева и Пётр Лукин заявили, что рынок закроют весной.",
            "ru",
            {"Ольга Зайцева", "Пётр Лукин"},
        ),
        (
            "Ольга Зайцева та Петро Лукін заявили, що ринок закриють навесні.",
            "uk",
            {"Ольга Зайцева", "Петро Лукін"},
        ),
        (
            "Вольга Зайцава і Пётр Лукін заявілі, што рынак закрыюць увесну.",
            "be",
            {"Вольга Зайцава", "Пётр Лукін"},
        ),
        (
            "Ewa Zając i Piotr Łukasik podkreślili, że targowisko zostanie zamknięte.",
            "pl",
            {"Ewa Zając", "Piotr Łukasik"},
        ),
    ],
)
def test_two_named_subjects_of_a_plural_verb_both_speak(
    sentence: str, language: str, expected: set[str]
) -> None:
    assert {name for name, _ in found_after([sentence], language)} == expected


def test_one_name_with_and_inside_stays_whole() -> None:
    found = found_after(["Starostwo i Urząd Gminy poinformowali, że droga będzie zamknięta."], "pl")
    assert [name for name, _ in found] == ["Starostwo i Urząd Gminy"]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # admitting or denying guilt with a bare object before the verb
        ("Пётр Лукин вину признал частично.", "ru", "Пётр Лукин"),
        ("Пётр Лукин обвинения отрицает.", "ru", "Пётр Лукин"),
        ("Петро Лукін провину заперечує.", "uk", "Петро Лукін"),
        ("Пётр Лукін віну прызнаў цалкам.", "be", "Пётр Лукін"),
        ("Piotr Łukasik winy nie przyznał.", "pl", "Piotr Łukasik"),
    ],
)
def test_admission_or_denial_with_a_bare_object(
    sentence: str, language: str, expected: str
) -> None:
    assert [name for name, _ in found_after([sentence], language)] == [expected]


def test_title_complement_is_not_part_of_the_apposed_name() -> None:
    found = found_after(["Водій, громадянин Польщі Віталій Сидоренко, заявив, що не винен."], "uk")
    assert [name for name, _ in found] == ["Віталій Сидоренко"]
