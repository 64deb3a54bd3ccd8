"""The general mechanisms of the fourth attribution round (issue 14): an outlet the words
were told to is the relay wherever it stands, an appositive with any lowercase title names
its person, government bodies and unions as lowercase speakers, a short object between
subject and verb, "follows from" cues, learned-from cues, and the English relay after the
verb. Our own sentences, none taken from a labelled set."""

import pytest

from claims.extraction.attribute import attribute_sentence, make_context


def _found(text: str, language: str) -> list[tuple[str, str | None]]:
    ctx = make_context(language=language)
    return [(a.name, a.via) for a in attribute_sentence(text, 0, ctx).attributions]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an outlet in the dative after the verb, with its descriptor
        (
            "ru",
            "Сотрудник завода, попросивший не называть его имени, сообщил агентству «Минск-Новости», "
            "что цех закроют в марте.",
            ("сотрудник завода", "Минск-Новости"),
        ),
        (
            "ru",
            "Глава сельсовета Ирина Сокол рассказала газете «Сельская новь», что школу не закроют.",
            ("Ирина Сокол", "Сельская новь"),
        ),
        # the relay between the verb and the speaker, the outlet with a descriptor
        (
            "ru",
            "Как рассказал в интервью телеканалу «Восток» главный врач больницы Олег Бондарь, "
            "коек не хватает.",
            ("Олег Бондарь", "Восток"),
        ),
        (
            "uk",
            "Як розповіла в інтерв'ю радіо «Пульс» директорка ліцею Наталія Гуменюк, уроки "
            "перенесли.",
            ("Наталія Гуменюк", "Пульс"),
        ),
        # the relay inside the subject gap
        (
            "be",
            "Старшыня камісіі ў інтэрв'ю тэлеканалу «Рэгіён» заявіў, што выбары пройдуць у маі.",
            ("Старшыня камісіі", "Рэгіён"),
        ),
        (
            "ru",
            "Министр здравоохранения в интервью радио «Пилот» заявил, что вакцины хватит всем.",
            ("Министр здравоохранения", "Пилот"),
        ),
        # a bare quoted name after a speech verb with a lowercase subject
        (
            "uk",
            "Мешканці селища розповіли «Вечірньому Києву», що води немає третій день.",
            ("мешканці селища", "Вечірній Київ"),
        ),
        (
            "ru",
            "Волонтёры рассказали «Городским вестям», что собрали 300 подписей.",
            ("волонтёры", "Городские вести"),
        ),
        (
            "be",
            "Рабочы цэха, які папрасіў не называць яго імя, распавёў у размове з радыё "
            "«Рацыя», што зарплату затрымліваюць.",
            ("рабочы цэха", "Рацыя"),
        ),
    ],
)
def test_the_outlet_told_is_the_relay_never_a_second_speaker(language, text, expected):
    found = _found(text, language)
    assert any(name.lower() == expected[0].lower() and via == expected[1] for name, via in found), (
        found
    )
    assert all(name != expected[1] for name, _ in found), found


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Заведующий кафедрой, доцент Павел Рыбак, сообщил, что набор сократят.",
            "Павел Рыбак",
        ),
        (
            "ru",
            "Автор исследования, старший научный сотрудник Ольга Литвин, утверждает, что выборка "
            "репрезентативна.",
            "Ольга Литвин",
        ),
        (
            "uk",
            "Керівник проєкту, доцентка Ірина Мельник, розповіла, що дані перевірили.",
            "Ірина Мельник",
        ),
        (
            "be",
            "Кіраўнік праекта, дацэнт Марына Шэлег, расказала, што даныя праверылі.",
            "Марына Шэлег",
        ),
        (
            "pl",
            "Kierownik projektu, adiunkt Marta Nowicka, powiedziała, że dane sprawdzono.",
            "Marta Nowicka",
        ),
    ],
)
def test_an_appositive_with_any_title_names_the_person(language, text, expected):
    assert expected in [name for name, _ in _found(text, language)]


def test_a_relative_clause_after_a_body_is_no_appositive_name():
    text = "Антикорупційне бюро, яке очолює Семен Кривонос, повідомило, що справу передали до суду."
    names = [name for name, _ in _found(text, "uk")]
    assert "Семен Кривонос" not in names


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Рейсы отменят с понедельника, сообщил райисполком.", "райисполком"),
        ("ru", "Тарифы повысят с января, объявил облисполком.", "облисполком"),
        ("uk", "Тарифи підвищать із січня, повідомила міськрада.", "міськрада"),
        ("uk", "Школу закриють на ремонт, повідомив виконком.", "виконком"),
        ("be", "Аўтобусы адменяць з панядзелка, паведаміў райвыканкам.", "райвыканкам"),
        ("be", "Прафсаюз медыкаў заявіў, што зарплату павысяць.", "прафсаюз медыкаў"),
        ("pl", "Kursy zostaną odwołane, poinformowało starostwo.", "starostwo"),
        ("ru", "Профсоюз горняков заявил, что забастовки не будет.", "профсоюз горняков"),
    ],
)
def test_government_bodies_and_unions_speak_as_lowercase_nouns(language, text, expected):
    assert expected in [name.lower() for name, _ in _found(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Бывший директор Олег Семенюк свою причастность отрицает.", "Олег Семенюк"),
        ("ru", "Адвокат Инна Рожкова эту информацию подтвердила.", "Инна Рожкова"),
        ("uk", "Підприємець Василь Грищук свою провину заперечує.", "Василь Грищук"),
        ("be", "Старшыня Аляксей Жук сваю віну адмаўляе.", "Аляксей Жук"),
    ],
)
def test_a_short_object_may_stand_between_subject_and_verb(language, text, expected):
    assert expected in [name for name, _ in _found(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Школа не прошла аттестацию, следует из материалов комиссии.", "материалы комиссии"),
        ("ru", "Как вытекает из решения суда, штраф отменён.", "решение суда"),
        ("uk", "Лікарня не мала ліцензії, випливає з матеріалів справи.", "матеріали справи"),
        ("be", "Будынак быў аварыйным, вынікае з матэрыялаў экспертызы.", "матэрыялы экспертызы"),
        ("pl", "Szpital przekroczył budżet, wynika ze sprawozdania NIK.", "NIK"),
    ],
)
def test_follows_from_cues_name_the_document(language, text, expected):
    assert expected in [name for name, _ in _found(text, language)]


def test_a_possession_clause_gives_the_cued_document_its_relay():
    text = (
        "Клиника работала без лицензии, следует из материалов проверки, которые оказались в "
        "распоряжении газеты «Речица»."
    )
    assert ("материалы проверки", "Речица") in _found(text, "ru")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Как узнал «Вечерний Гродно» у источника в горисполкоме, рынок закроют.",
            ("источник в горисполкоме", "Вечерний Гродно"),
        ),
        (
            "ru",
            "Как выяснило издание «Зеркало» у представителя банка, вклады не заморожены.",
            ("представитель банка", "Зеркало"),
        ),
        (
            "uk",
            "Як дізналося «Рівне Онлайн» від джерела в міськраді, тендер скасують.",
            ("джерело в міськраді", "Рівне Онлайн"),
        ),
        (
            "be",
            "Як даведалася «Наша Ніва» ад крыніцы ў міністэрстве, экзамен перанясуць.",
            ("крыніца ў міністэрстве", "Наша Ніва"),
        ),
        (
            "pl",
            "Jak dowiedziała się PAP od rzecznika ministerstwa, przetarg zostanie unieważniony.",
            ("rzecznik ministerstwa", "PAP"),
        ),
    ],
)
def test_learned_from_names_the_source_with_the_outlet_as_relay(language, text, expected):
    assert expected in _found(text, language)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Health minister Rita Ozola said in an interview with Latvian Radio that waiting lists "
            "had grown.",
            ("Rita Ozola", "Latvian Radio"),
        ),
        (
            "The mayor said on Friday in an interview with LRT that the bridge was safe.",
            ("mayor", "LRT"),
        ),
        (
            "Water use rose by a third, the head of the Water Authority, Ruta Kalnina, told the "
            "Riga Herald.",
            ("Ruta Kalnina", "Riga Herald"),
        ),
    ],
)
def test_english_relay_after_the_verb_and_the_head_of_a_body(text, expected):
    assert expected in _found(text, "en")


def test_english_people_with_a_place_phrase_speak():
    found = _found("Fishermen along the Daugava say the catch has halved since 2020.", "en")
    assert any(name.lower().startswith("fishermen") for name, _ in found), found


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "uk",
            "Медсестра однієї з обласних лікарень, яка попросила не називати її імені, "
            "розповіла, що ліків бракує.",
            "медсестра однієї з обласних лікарень",
        ),
        (
            "ru",
            "Кассирша одного из супермаркетов, попросившая не называть её имени, рассказала, "
            "что очереди выросли.",
            "кассирша одного из супермаркетов",
        ),
        (
            "be",
            "Выхавальніца аднаго з садкоў, якая папрасіла не называць яе імя, расказала, што "
            "груп не хапае.",
            "выхавальніца аднаго з садкоў",
        ),
    ],
)
def test_whoever_asks_anonymity_speaks_whatever_the_noun(language, text, expected):
    found = _found(text, language)
    assert expected in [name for name, _ in found], found


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("uk", "Один із підрядників, ТОВ «Будсервіс», заперечив порушення.", "Будсервіс"),
        ("ru", "Одна из компаний, ООО «Теплосеть», заявила, что долгов нет.", "Теплосеть"),
    ],
)
def test_a_quoted_appositive_after_a_partitive_speaks(language, text, expected):
    assert expected in [name for name, _ in _found(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Как пояснил заместитель директора по кадрам Игорь Лис, штат сократят.",
            "Игорь Лис",
        ),
        (
            "uk",
            "Як пояснила заступниця директора з кадрів Олена Ткач, штат скоротять.",
            "Олена Ткач",
        ),
        ("be", "Як патлумачыў намеснік дырэктара па кадрах Ігар Ліс, штат скароцяць.", "Ігар Ліс"),
        (
            "pl",
            "Jak wyjaśniła zastępczyni dyrektora ds. kadr Ewa Lis, etaty zostaną zredukowane.",
            "Ewa Lis",
        ),
    ],
)
def test_a_job_title_may_hold_a_preposition(language, text, expected):
    assert expected in [name for name, _ in _found(text, language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Według rzecznika GIOŚ Tomasza Dudka pomiary trwają od marca.", "Tomasz Dudek"),
        ("Według inspektora NIK Pawła Wróbla kontrola wykazała braki.", "Paweł Wróbel"),
        (
            "Jak powiedział w rozmowie z Radiem Kraków rzecznik Jan Wilk, most zamknięto.",
            "Jan Wilk",
        ),
        (
            "W rozmowie z Polskim Radiem ekonomistka Banku Pekao Ewa Kowalska przypomniała, "
            "że stopy nie spadną.",
            "Ewa Kowalska",
        ),
    ],
)
def test_polish_names_after_cues_come_out_in_the_nominative(text, expected):
    assert expected in [name for name, _ in _found(text, "pl")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "В «Белгазпромбанке» сообщили, что вклады застрахованы.", "Белгазпромбанк"),
        ("uk", "В «Укрпошті» повідомили, що доставку відновлять.", "Укрпошта"),
    ],
)
def test_the_impersonal_form_with_a_quoted_organisation_first(language, text, expected):
    assert expected in [name for name, _ in _found(text, language)]


def test_a_place_after_the_preposition_is_still_no_speaker():
    assert _found("В Гомеле сообщили, что мост откроют.", "ru") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "pl",
            "Aktywiści z ruchu Czyste Powietrze Podhala twierdzą, że smog wrócił.",
            "Czyste Powietrze Podhala",
        ),
        (
            "ru",
            "Активисты из движения «Чистый берег» утверждают, что свалку не убрали.",
            "Чистый берег",
        ),
        (
            "uk",
            "Активісти з руху «Чистий берег» стверджують, що звалище не прибрали.",
            "Чистий берег",
        ),
        (
            "be",
            "Актывісты з руху «Чысты бераг» сцвярджаюць, што сметнік не прыбралі.",
            "Чысты бераг",
        ),
    ],
)
def test_members_from_a_named_body_name_the_body(language, text, expected):
    assert expected in [name for name, _ in _found(text, language)]


@pytest.mark.parametrize(
    "line",
    [
        "5 марта 2026 · Ирина Вольская",
        "2 December 2026 · By Mark Hollis",
        "Joanna Lis, 3 marca 2026",
        "7 березня 2026 · Оксана Дідух",
        "9 сакавіка 2026 · Пятро Лабан",
    ],
)
def test_a_date_with_the_author_is_page_furniture(line):
    from claims.extraction.clean import clean_extracted_text, is_furniture

    assert is_furniture(line)
    assert clean_extracted_text(
        f"{line}\n\nThe ministry said on Monday that 40 schools closed."
    ) == ("The ministry said on Monday that 40 schools closed.")


def test_a_sentence_with_a_date_and_a_name_is_prose():
    from claims.extraction.clean import is_furniture

    assert not is_furniture("On 3 March 2026, Joanna Lis said the figures were wrong.")


def test_a_byline_with_a_role_after_a_comma_and_a_dateline_with_a_day():
    from claims.extraction.clean import is_furniture
    from claims.extraction.split import split_sentences

    assert is_furniture("By Mark Hollis, Baltic correspondent")
    text = "RIGA, Mar 3 — Latvia's central bank cut its forecast, the bank said."
    assert [text[s:e] for s, e in split_sentences(text, "en")] == [
        "Latvia's central bank cut its forecast, the bank said."
    ]
