"""The general mechanisms of the third attribution round (issue 14): multi-word reporting
expressions, people speaking for a body, lowercase noun subjects with a clause before the
verb, the impersonal form with its place first, an outlet told the words as the relay, a
body's office, bare body nouns referring back within the sentence, surnames resolved to
the full name, numbered decrees, passive report cues, and the English relay, role-title
and noun-subject forms. Our own sentences, none taken from a labelled set."""

import pytest

from claims.extraction import extract_body
from claims.extraction.attribute import attribute_sentence, make_context
from claims.extraction.morph import nominative
from claims.extraction.score import CHECKWORTHY_THRESHOLD, score_sentence


def _found(text: str, language: str) -> list[tuple[str, str | None]]:
    ctx = make_context(language=language)
    return [(a.name, a.via) for a in attribute_sentence(text, 0, ctx).attributions]


def _names(text: str, language: str) -> list[str]:
    return [name for name, _ in _found(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Комиссия пришла к выводу, что проект нарушает нормы.", "Комиссия"),
        ("uk", "Слідчі дійшли висновку, що кошти витратили без тендеру.", "слідчі"),
        ("be", "Камісія прыйшла да высновы, што будынак аварыйны.", "Камісія"),
        ("pl", "Biegli doszli do wniosku, że most wymaga remontu.", "biegli"),
        ("ru", "Профессор Анна Ковалёва сделала вывод, что вакцина безопасна.", "Анна Ковалёва"),
    ],
)
def test_multi_word_reporting_expressions(language, text, expected):
    assert expected.lower() in [n.lower() for n in _names(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("uk", "Аналітики Центру економічної стратегії вважають, що ціни зростуть.", "Центр"),
        ("pl", "Eksperci Fundacji Batorego twierdzą, że reforma nie zadziała.", "Fundacja"),
        ("ru", "Волонтёры фонда «Помощь» утверждают, что лекарств не хватает.", "Помощь"),
    ],
)
def test_people_speaking_for_a_body_name_the_body(language, text, expected):
    assert any(n.startswith(expected) for n in _names(text, language))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Жители посёлка, с которыми встретился наш корреспондент, утверждают, что воды нет "
            "неделю.",
            "жители посёлка",
        ),
        (
            "be",
            "Настаўніца гімназіі, якая папрасіла не называць яе імя, распавяла, што класы "
            "перапоўненыя.",
            "настаўніца гімназіі",
        ),
    ],
)
def test_lowercase_noun_subject_with_a_clause_before_the_verb(language, text, expected):
    assert expected in _names(text, language)


def test_impersonal_form_with_the_place_first():
    found = _found("В пресс-службе министерства сообщили, что выплаты начнутся в мае.", "ru")
    assert ("пресс-служба министерства", None) in found


@pytest.mark.parametrize(
    ("language", "text", "speaker", "relay"),
    [
        (
            "ru",
            "Ремонт затянется до осени, рассказала «Радио Свобода» одна из жительниц дома "
            "Ольга Белова.",
            "Ольга Белова",
            "Радио Свобода",
        ),
        (
            "pl",
            "Rzecznik szpitala, dr Piotr Zając, przekazał Polskiemu Radiu, że oddział otwarto.",
            "Piotr Zając",
            "Polskie Radio",
        ),
    ],
)
def test_outlet_told_the_words_is_the_relay(language, text, speaker, relay):
    found = _found(text, language)
    assert any(name == speaker and via is not None and relay in via for name, via in found)


def test_agency_with_its_descriptor_after_the_verb_still_speaks():
    found = _found("Как сообщило агентство «Минск-Новости», мост откроют в мае.", "ru")
    assert ("Минск-Новости", None) in found


def test_a_bodys_office_after_the_verb_keeps_its_body():
    found = _found("Тариф не зміниться, повідомила пресслужба Одеської міської ради.", "uk")
    # the office, then (round 16) the body it speaks for
    assert found == [("пресслужба Одеської міської ради", None), ("Одеська міська рада", None)]


def test_bare_body_noun_refers_to_the_organisation_named_in_the_sentence():
    found = _found("Сеть аптек «Здоровье» закроет 12 точек, сообщили в компании.", "ru")
    assert ("Здоровье", None) in found
    found = _found(
        "Wolontariusze Fundacji Ocalenie rozdali 300 paczek, przekazała organizacja.", "pl"
    )
    assert ("Fundacja Ocalenie", None) in found


def test_bare_body_noun_without_an_antecedent_in_the_sentence_is_kept():
    assert _names("Причиной стал сбой системы, уточнили в ведомстве.", "ru") == ["ведомство"]


def test_surname_alone_is_the_person_named_in_full_earlier():
    doc = extract_body(
        "Директор завода Павел Гнатенко заявил, что зарплаты вырастут.\n\n"
        "«Мы не будем сокращать людей», — сказал Гнатенко журналистам.",
        language="ru",
    )
    assert [a.name for a in doc.sentences[1].attributions] == ["Павел Гнатенко"]


def test_numbered_decree_is_one_name_in_the_nominative():
    assert _names("Згодна з Законам № 12, пенсіі павялічаць у студзені.", "be") == ["Закон № 12"]


def test_passive_report_cue_never_joins_the_name():
    assert _names("В докладе Счётной палаты говорится, что деньги потрачены.", "ru") == [
        "Счётная палата"
    ]
    assert _names("W raporcie Rzecznika Praw Obywatelskich czytamy, że…", "pl") == [
        "Rzecznik Praw Obywatelskich"
    ]


def test_verb_opening_the_sentence_and_polish_direct_speech():
    assert _names("Poinformowało o tym biuro prasowe Ministerstwa Rolnictwa.", "pl") == [
        "biuro prasowe Ministerstwa Rolnictwa"
    ]
    assert _names("– Nie mamy już miejsc – powiedziała dyrektorka szkoły.", "pl") == [
        "dyrektorka szkoły"
    ]


def test_place_after_a_preposition_is_not_the_subject():
    found = _names(
        "У Мінскай вобласці на рамонт закрылі 8 мастоў, паведаміла ўпраўленне дарог.", "be"
    )
    assert found == ["упраўленне дарог"]


@pytest.mark.parametrize(
    ("language", "name", "case", "expected"),
    [
        ("uk", "Дзеркала тижня", "gent", "Дзеркало тижня"),
        ("uk", "Української правди", "gent", "Українська правда"),
        ("ru", "Белсату-Инфо", "datv", "Белсат-Инфо"),
        ("be", "Нашай Нівай", "ablt", "Наша Ніва"),
    ],
)
def test_nominative_of_outlet_names(language, name, case, expected):
    assert nominative(name, language, case, person=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaking to the Irish Times, transport analyst Ciara Doyle said fares would rise.",
            ("Ciara Doyle", "Irish Times"),
        ),
        (
            "In an interview with ERR, Education Minister Kristina Kallas said schools would "
            "stay open.",
            ("Kristina Kallas", "ERR"),
        ),
        (
            "Speaking to the BBC, the mayor said the tunnel would reopen in May.",
            ("mayor", "BBC"),
        ),
        (
            "A draft memo seen by the news site 24sata shows the budget was cut.",
            ("draft memo", "24sata"),
        ),
    ],
)
def test_english_relays_before_the_subject(text, expected):
    assert expected in _found(text, "en")


def test_english_people_noun_with_its_place_and_clause():
    found = _found(
        "A nurse at the county hospital, who asked not to be named, said the ward was full.",
        "en",
    )
    assert found == [("nurse at the county hospital", None)]


def test_english_definite_noun_refers_to_the_body_opening_the_sentence():
    found = _found("Nordic Rail cancelled 40 trains on Monday, the operator said.", "en")
    assert found == [("Nordic Rail", None)]
    assert _names("Services will resume on Friday, the operator said.", "en") == ["operator"]


def test_an_attributed_statement_of_eight_words_is_proposed():
    score, reasons = score_sentence(
        "Суд дійшов висновку, що лікар діяв відповідно до протоколу.",
        attributed=True,
        language="uk",
    )
    assert score >= CHECKWORTHY_THRESHOLD and "attribution" in reasons
    short, _ = score_sentence("Так сказав він учора.", attributed=True, language="uk")
    assert short < CHECKWORTHY_THRESHOLD


def test_acronym_markers_are_whole_words():
    # "СМИ" marks an outlet; it must not make "Смит" one, nor "МИД" the complement change.
    found = _found("По словам представителя ВОЗ Джона Смита, вакцины поступят в мае.", "ru")
    assert found == [("Джон Смит", None)]
    assert _names("Об этом говорится в заявлении МИД Латвии.", "ru") == ["МИД Латвии"]


def test_relay_between_the_verb_and_the_speaker():
    found = _found("Decyzję potwierdziła w rozmowie z TVN24 rzeczniczka sądu Maria Wójcik.", "pl")
    assert found == [("Maria Wójcik", "TVN24")]


def test_counted_anonymous_speakers_in_the_nominative():
    found = _found(
        "Trzech kierowców, którzy chcieli zachować anonimowość, powiedziało, że pensje "
        "spóźniają się od marca.",
        "pl",
    )
    assert found == [("kierowcy", None)]


def test_plural_present_impersonal_and_compound_ministry_names():
    assert _names("Как отмечают в Минтруде, пенсии вырастут на 7%.", "ru") == ["Минтруд"]
    assert _names("У Мінцифри повідомили, що застосунок оновлять у травні.", "uk") == ["Мінцифри"]


def test_english_affiliated_person_and_view_cue():
    found = _found(
        "Professor Ines Duarte of the University of Lisbon warned that rents would rise.", "en"
    )
    assert found[0][0] == "Ines Duarte"
    assert _names("In the view of analyst Tom Reid, the cut came too late.", "en") == ["Tom Reid"]


def test_english_owner_of_data_plural_verbs_and_lowercase_speaker_after_a_quote():
    assert _names("The council's latest figures show rents rose by 6 percent.", "en") == ["council"]
    assert _names("Statistics Norway data published on Monday show exports fell.", "en") == [
        "Statistics Norway"
    ]
    assert _names("Investigators allege that the firm hid its losses.", "en") == ["Investigators"]
    found = attribute_sentence(
        '"Nobody warned us," said one teacher, who asked not to be named.',
        0,
        make_context(language="en"),
    ).attributions
    assert [(a.name, a.kind) for a in found] == [("one teacher", "anonymous")]
