"""The general mechanisms of the ninth attribution round (issue 14), found from the misses
of heldout8 and heldout9 by cause: English anaphora (a speaker the words around it call a
person — a title before the name, a person noun in the apposition after it — is the
referent of a later "she said" / "He stressed", whatever kind its affiliation gave it, and
the gender those words carry picks among the recent persons); a person named inside a
parenthetical cue speaks, not the subject before it ("X, по словам его защитницы Веры Т.,
…"); a person in apposition to the role noun a cue introduced speaks, not the role noun
("zdaniem <role>, dr Ewy T.,"). Our own sentences, none taken from a labelled set."""

import pytest

from claims.extraction.attribute import _en_person_gender
from tests.extraction._attribution import found_after


@pytest.mark.parametrize(
    ("sentence", "name", "gender"),
    [
        # a title before the name
        ("Ms Orla Quinn said the pier would close.", "Orla Quinn", "f"),
        ("Dr Tomas Berg said the samples were clean.", "Tomas Berg", ""),
        # a person noun in the apposition, listed or by its ending
        ("Aino Virtanen, a spokeswoman for the port, said so.", "Aino Virtanen", "f"),
        ("Pavel Kral, the hydrologist who led the survey, said so.", "Pavel Kral", ""),
        ("Luis Prado, an economist at the bank, said so.", "Luis Prado", ""),
        # an organisation noun in the apposition, or nothing at all: no person
        ("Nordic Freight, a logistics company, said so.", "Nordic Freight", None),
        ("Baltic Grain said the harvest fell.", "Baltic Grain", None),
    ],
)
def test_english_person_evidence_around_a_name(
    sentence: str, name: str, gender: str | None
) -> None:
    assert _en_person_gender(sentence, name) == gender


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # an academic affiliation does not stop the person being a "she"
        (
            [
                '"The water never cools," said Dr Maren Holt, an oceanographer at the University of Bergen.',
                "She said the warming had doubled since 2010.",
            ],
            "Maren Holt",
        ),
        # a spokeswoman of a court office, then "she added" at the end of the sentence
        (
            [
                "Greta Lind, a spokeswoman for the district court, said the fines were paid.",
                "The second company has not appealed, she added.",
            ],
            "Greta Lind",
        ),
        # the gender picks the earlier person when the last one disagrees
        (
            [
                "Ms Ida Sorensen, a spokeswoman for the council, said the road would reopen.",
                "Mr Anton Weber, a spokesman for the contractor, said the work was late.",
                "She said the council would withhold payment.",
            ],
            "Ida Sorensen",
        ),
    ],
)
def test_english_pronoun_resolves_to_the_person_named_before(
    sentences: list[str], expected: str
) -> None:
    assert (expected, None) in found_after(sentences, "en")


def test_english_pronoun_of_the_other_gender_without_a_person_guesses_nothing() -> None:
    sentences = [
        "Mr Anton Weber, a spokesman for the contractor, said the work was late.",
        "She said the council would withhold payment.",
    ]
    assert found_after(sentences, "en") == []


@pytest.mark.parametrize(
    ("language", "sentence", "speaker", "not_speaker"),
    [
        # the possessive points back to the subject, but the named person speaks
        (
            "ru",
            "Директор, по словам его адвоката Ольги Смирновой, вину не признаёт.",
            "Ольга Смирнова",
            "Директор",
        ),
        (
            "ru",
            "Мэрия, по словам её пресс-секретаря Игоря Волкова, выделила 3 млн рублей.",
            "Игорь Волков",
            "Мэрия",
        ),
    ],
)
def test_a_person_named_inside_the_parenthetical_speaks(
    language: str, sentence: str, speaker: str, not_speaker: str
) -> None:
    names = [name for name, _ in found_after([sentence], language)]
    assert speaker in names
    assert not_speaker not in names


def test_a_possessive_alone_in_the_parenthetical_keeps_the_subject() -> None:
    # "according to its reply": the body speaks through its own document, even when a
    # person was named in an earlier sentence
    sentences = [
        "Сказал директор Иван Петров, что всё в порядке.",
        "Министерство, по данным его ответа на запрос, выделило 2 млн рублей.",
    ]
    names = [name for name, _ in found_after(sentences, "ru")]
    assert "Министерство" in names
    assert "Иван Петров" not in names


@pytest.mark.parametrize(
    ("language", "sentence", "speaker"),
    [
        # a title abbreviation before the apposed name, words of the role's phrase between
        (
            "pl",
            "Zdaniem kardiologa z Płocka, dr. Adama Wiśniewskiego, ryzyko rośnie.",
            "Adam Wiśniewski",
        ),
        ("pl", "Zdaniem autorki raportu, dr Marty Zając, liczba przypadków spadła.", "Marta Zając"),
    ],
)
def test_a_person_in_apposition_to_the_cue_role_speaks(
    language: str, sentence: str, speaker: str
) -> None:
    names = [name for name, _ in found_after([sentence], language)]
    assert speaker in names


def test_an_apposition_that_is_no_person_keeps_the_role() -> None:
    # after the comma comes a clause, not a name: the role noun stays the source
    names = [
        name
        for name, _ in found_after(["Zdaniem kardiologa, pacjenci zgłaszają się zbyt późno."], "pl")
    ]
    assert len(names) == 1
    assert names[0].startswith("kardiolog")


@pytest.mark.parametrize(
    ("language", "sentence", "authors"),
    [
        # the authors' phrase runs to the comma
        (
            "ru",
            "К такому выводу пришли геологи Уральского горного университета, изучившие керн.",
            "геологи Уральского горного университета",
        ),
        # a genitive after the finding noun; the phrase ends before the publication
        (
            "be",
            "Такія вынікі даследавання апублікавалі біёлагі Палескага ўніверсітэта ў часопісе «Прырода».",
            "біёлагі Палескага ўніверсітэта",
        ),
        (
            "uk",
            "Такі результати отримали гідрологи Львівського університету.",
            "гідрологи Львівського університету",
        ),
        (
            "pl",
            "Do takiego wniosku doszli badacze Politechniki Gdańskiej.",
            "badacze Politechniki Gdańskiej",
        ),
    ],
)
def test_authors_after_a_fronted_finding(language: str, sentence: str, authors: str) -> None:
    assert (authors, None) in found_after([sentence], language)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # no past-tense verb after the opener: not a fronted finding
        ("ru", "Такие результаты — редкость для региона."),
        # a preposition after the verb: a place, not the authors
        ("uk", "Такі результати отримали в лабораторії торік."),
    ],
)
def test_a_finding_opener_without_authors(language: str, sentence: str) -> None:
    assert found_after([sentence], language) == []


@pytest.mark.parametrize(
    ("language", "sentence", "relay"),
    [
        # the outlet after the person the words were told to is that person's genitive
        (
            "ru",
            "Директор Олег Сомов в беседе с корреспондентом «Вологодского курьера» сказал, что цех закроют.",
            "Вологодский курьер",
        ),
        (
            "be",
            "Старшыня Павел Лысы ў размове з карэспандэнтам «Брэсцкага весніка» сказаў, што цэх зачыняць.",
            "Брэсцкі веснік",
        ),
    ],
)
def test_outlet_of_the_correspondent_in_the_nominative(
    language: str, sentence: str, relay: str
) -> None:
    assert [via for _, via in found_after([sentence], language)] == [relay]


@pytest.mark.parametrize(
    ("language", "sentences", "speaker", "relay"),
    [
        # "as" + a singular verb and a relay, then punctuation: the dropped subject is the
        # person named before, and the relay stays hers
        (
            "pl",
            [
                "Ewa Lis, sołtyska z Brzózek, powiedziała, że droga jest zamknięta.",
                "Jak przekonywała w rozmowie z Radiem Kielce, objazd jest za długi.",
            ],
            "Ewa Lis",
            "Radio Kielce",
        ),
    ],
)
def test_as_and_a_verb_without_subject_is_the_last_person(
    language: str, sentences: list[str], speaker: str, relay: str
) -> None:
    assert (speaker, relay) in found_after(sentences, language)


@pytest.mark.parametrize(
    ("language", "sentences", "speaker"),
    [
        # after the relay the speaker is named: the inverted subject, not the last person
        (
            "ru",
            [
                "Иван Орлов сказал, что цены растут.",
                "Как отметила в беседе с агентством «Север» экономист Анна Белова, цены растут.",
            ],
            "Анна Белова",
        ),
    ],
)
def test_as_and_a_verb_whose_subject_follows(
    language: str, sentences: list[str], speaker: str
) -> None:
    names = [name for name, _ in found_after(sentences, language)]
    assert speaker in names
    assert sentences[0].split()[0] not in " ".join(names)
