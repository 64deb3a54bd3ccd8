"""The general mechanisms of the fifth attribution round (issue 14), found from heldout4's
misses: the body told is not the speaker, a genitive before the verb yields to the inverted
speaker, a role word alone is the person last named with it, a pronoun agrees in gender,
a surname alone finds anyone named earlier, the preposed "follows from" form, "as X shows",
a document that reached an outlet as the subject of its clause, the impersonal form with a
described quoted body or a workplace, a body's person after its lowercase region, datelines
and rank abbreviations. Our own sentences, none taken from a labelled set."""

import pytest

from claims.extraction.split import split_sentences
from tests.extraction._attribution import found_after


@pytest.mark.parametrize(
    ("language", "sentences", "expected"),
    [
        # the body the words were told to (dative) is not the speaker
        (
            "pl",
            ["Kierownik zajezdni, Marek Sowa, powiedział agencji, że autobusy wrócą w piątek."],
            ("Marek Sowa", None),
        ),
        # a genitive before the verb yields to the speaker after it
        (
            "pl",
            [
                "Szkoła będzie zamknięta do ferii, o czym na posiedzeniu Rady Powiatu "
                "poinformowała dyrektor placówki Ewa Lis."
            ],
            ("Ewa Lis", None),
        ),
        # a role word alone: the person last named with it
        (
            "pl",
            [
                "Most otwarto w sobotę, poinformowała prezes spółki Drogi Miejskie Janina Kos.",
                "Zdaniem prezes, remont potrwa dwa lata.",
            ],
            ("Janina Kos", None),
        ),
        (
            "ru",
            [
                "Директор комбината Сергей Лось сообщил, что цех откроют весной.",
                "По словам директора, зарплаты повысят на 8%.",
            ],
            ("Сергей Лось", None),
        ),
        (
            "uk",
            [
                "Школу відремонтують, повідомила директорка гімназії Оксана Дуб.",
                "За словами директорки, ремонт коштуватиме 2 млн гривень.",
            ],
            ("Оксана Дуб", None),
        ),
        # a pronoun agrees in gender with its person
        (
            "ru",
            [
                "Главный инженер Пётр Гусев сообщил, что котёл заменят.",
                "Бухгалтер Анна Котова рассказала, что смета выросла на 20%.",
                "Он также рассказал, что работы начнутся в мае.",
            ],
            ("Пётр Гусев", None),
        ),
        (
            "pl",
            [
                "Sołtys Tomasz Wilk powiedział, że drogę odśnieżono.",
                "Radna Maria Jeż powiedziała, że gmina kupiła pług.",
                "Jak dodał, pług kosztował 90 tys. zł.",
            ],
            ("Tomasz Wilk", None),
        ),
        # a surname alone finds a person the article named, source or not
        (
            "uk",
            [
                "Власником фірми є Андрій Коваль, колишній депутат.",
                "Коваль заперечив будь-які порушення.",
            ],
            ("Андрій Коваль", None),
        ),
        (
            "be",
            [
                "Гаспадаркай кіруе Павел Жук.",
                "Страты, як прызнаўся Жук, ніхто не кампенсаваў.",
            ],
            ("Павел Жук", None),
        ),
        # the preposed "follows from" form
        (
            "pl",
            ["Z rachunków, które pokazał nam skarbnik, wynika, że gmina wydała 2 mln zł."],
            ("rachunki", None),
        ),
        (
            "ru",
            ["Из данных Белстата следует, что цены выросли на 5%."],
            ("Белстат", None),
        ),
        (
            "uk",
            ["З даних Держстату випливає, що ціни зросли на 5%."],
            ("Держстат", None),
        ),
        (
            "be",
            ["З дагавораў, якія вывучыла рэдакцыя, вынікае, што школа заплаціла 3 млн рублёў."],
            ("дагаворы", None),
        ),
        # "as X shows"
        (
            "be",
            ["Як паказвае справаздача аўдытараў, завод страціў 3 млн рублёў."],
            ("справаздача аўдытараў", None),
        ),
        (
            "pl",
            ["Jak pokazują dane Głównego Urzędu Statystycznego, ceny wzrosły o 5 proc."],
            ("Główny Urząd Statystyczny", None),
        ),
        # a document that is the subject of its clause and reached an outlet
        (
            "pl",
            [
                "Raport Najwyższej Izby Kontroli, do którego dotarła „Gazeta Nadmorska”, "
                "wskazuje na braki w 12 szpitalach."
            ],
            ("raport Najwyższej Izby Kontroli", "Gazeta Nadmorska"),
        ),
        # "seen by": the document an outlet read, named whole, the outlet its relay
        (
            "ru",
            ["Протокол проверки, с которым ознакомилась газета «Слуцкий край», фиксирует хищение."],
            ("протокол проверки", "Слуцкий край"),
        ),
        (
            "uk",
            [
                "Висновок Рахункової палати, з яким ознайомився «Житомирський вісник», "
                "фіксує збитки."
            ],
            ("висновок Рахункової палати", "Житомирський вісник"),
        ),
        # a relative clause naming the outlet that cites the source
        (
            "be",
            [
                "Суразмоўца ў гарвыканкаме, на якога спасылаецца «Полацкі веснік», паведаміў, "
                "што мост зачыняць."
            ],
            ("суразмоўца ў гарвыканкаме", "Полацкі веснік"),
        ),
        (
            "pl",
            [
                "Urzędnik starostwa, na którego powołuje się „Kurier Podlaski”, twierdzi, że "
                "most zamkną."
            ],
            ("urzędnik starostwa", "Kurier Podlaski"),
        ),
        # ... but after a preposition its author stays the source
        (
            "pl",
            [
                "Jak wynika z raportu Najwyższej Izby Kontroli, do którego dotarła „Gazeta "
                "Nadmorska”, brakuje 40 lekarzy."
            ],
            ("Najwyższa Izba Kontroli", "Gazeta Nadmorska"),
        ),
        # the impersonal form: a described quoted body, a workplace after "на"
        (
            "ru",
            ["Дорогу расчистили, сообщили в городском унитарном предприятии «Горсвет»."],
            ("Горсвет", None),
        ),
        (
            "be",
            ["«Да пятніцы трубы заменім», — паабяцалі на заводзе."],
            ("завод", None),
        ),
        # a body's person after its lowercase region
        (
            "ru",
            ["Трассу закрыли, сообщил начальник ГАИ Гомельской области Игорь Лис."],
            ("Игорь Лис", None),
        ),
        # an adverbial between the verb and a long body noun phrase
        (
            "be",
            ["Мост адрамантуюць, паведаміў у панядзелак аддзел будаўніцтва райвыканкама."],
            ("аддзел будаўніцтва райвыканкама", None),
        ),
        # where the person is from, between descriptor and name
        (
            "pl",
            ["„Lód jest za cienki” – mówił w radiu rybak z Mikołajek Adam Kruk."],
            ("Adam Kruk", None),
        ),
        (
            "ru",
            ["«Света нет второй день», — рассказала пенсионерка из Пинска Вера Клён."],
            ("Вера Клён", None),
        ),
        # an unnamed person or a lowercase body cited by an outlet
        (
            "pl",
            [
                "Jak podaje „Głos Pomorza”, powołując się na osobę z otoczenia starosty, "
                "przetarg unieważniono."
            ],
            ("osoba z otoczenia starosty", "Głos Pomorza"),
        ),
        (
            "ru",
            [
                "Как сообщил телеканал «Полесье-ТВ» со ссылкой на городскую санэпидстанцию, "
                "воду отключат."
            ],
            ("городская санэпидстанция", "Полесье-ТВ"),
        ),
        # inflected institution names in the nominative
        (
            "pl",
            ["Według Miejskiego Przedsiębiorstwa Wodociągów tor był sprawny."],
            ("Miejskie Przedsiębiorstwo Wodociągów", None),
        ),
    ],
)
def test_fifth_round_forms(language: str, sentences: list[str], expected: tuple) -> None:
    assert expected in found_after(sentences, language)


@pytest.mark.parametrize(
    ("language", "sentences", "wrong"),
    [
        # an event after "на" is not a body
        ("ru", ["Об этом сообщили на совещании."], "совещание"),
        # quoted speech is never the body a noun refers to
        ("be", ["«Да пятніцы трубы заменім», — паабяцалі на заводзе."], "Да пятніцы трубы заменім"),
        # a reason after "citing" is not a source
        ("pl", ["Wójt odmówił, powołując się na brak pieniędzy."], "brak pieniędzy"),
        # the agency told is not a second source
        (
            "pl",
            ["Kierownik zajezdni, Marek Sowa, powiedział agencji, że autobusy wrócą w piątek."],
            "agencji",
        ),
    ],
)
def test_fifth_round_non_sources(language: str, sentences: list[str], wrong: str) -> None:
    assert all(name != wrong for name, _ in found_after(sentences, language))


@pytest.mark.parametrize(
    ("language", "text", "first"),
    [
        # a dateline with a non-Latin or numeric date is not part of the first sentence
        ("pl", "GDAŃSK, 3 marca — Dwie osoby zostały ranne.", "Dwie osoby zostały ranne."),
        ("uk", "ЛЬВІВ, 3 березня — Двоє людей постраждали.", "Двоє людей постраждали."),
        ("be", "ГОМЕЛЬ, 3 сакавіка — Два чалавекі пацярпелі.", "Два чалавекі пацярпелі."),
        ("en", "OSLO, March 3 — Two people were injured.", "Two people were injured."),
    ],
)
def test_dateline_with_any_date(language: str, text: str, first: str) -> None:
    start, end = split_sentences(text, language)[0]
    assert text[start:end] == first


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Rzecznik, podkom. Jan Nowak, potwierdził zatrzymanie. Sprawca był trzeźwy."),
        ("pl", "Rzeczniczka, mł. asp. Anna Lis, potwierdziła zatrzymanie. Sprawca był trzeźwy."),
        ("pl", "Dowódca, st. bryg. Piotr Zych, potwierdził akcję. Ogień ugaszono."),
        ("ru", "Командир, подполк. Иван Рыбак, подтвердил задержание. Водитель был трезв."),
    ],
)
def test_rank_abbreviations_do_not_end_a_sentence(language: str, text: str) -> None:
    assert len(split_sentences(text, language)) == 2


def test_answering_our_questions_is_not_no_comment() -> None:
    """ "…w Olsztynie odpowiedziała" holds "nie odpowiedzia…" inside a word: no cue."""
    from claims.extraction.score import score_sentence

    text = (
        "Komenda Powiatowa Policji w Olsztynie odpowiedziała na nasze pytania, że zatrzymała "
        "3 osoby."
    )
    assert "no comment" not in score_sentence(text, language="pl")[1]
    refused = "Rzecznik komendy nie odpowiedział na nasze pytania o zatrzymanie."
    assert score_sentence(refused, language="pl")[1] == ["no comment"]
