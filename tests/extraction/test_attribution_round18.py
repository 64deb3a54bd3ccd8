"""Attribution round 18 (ru, uk, be, pl): one test per mechanism, parametrised over its
forms. Sentences written for these tests, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from claims.extraction.attribution_data import cues_for
from claims.extraction.morph import nominative
from tests.extraction._attribution import found_after


def names(sentences: list[str], language: str) -> list[str]:
    return [name for name, _ in found_after(sentences, language)]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "pl",
            "Z wyliczeń Zarządu Dróg Powiatowych wynika, że most kosztuje 9 mln zł.",
            "Zarząd Dróg Powiatowych",
        ),
        (
            "pl",
            "Z pomiarów Wojewódzkiego Inspektoratu Ochrony Środowiska wynika, że pyłu jest więcej.",
            "Wojewódzki Inspektorat Ochrony Środowiska",
        ),
        (
            "ru",
            "Из замеров Росгидромета следует, что уровень реки поднялся на метр.",
            "Росгидромет",
        ),
        (
            "ru",
            "Из измерений Роспотребнадзора следует, что нитратов в воде стало вдвое больше.",
            "Роспотребнадзор",
        ),
        (
            "uk",
            "З вимірювань Укргідрометцентру випливає, що рівень річки піднявся на метр.",
            "Укргідрометцентр",
        ),
        (
            "be",
            "З вымярэнняў Белгідрамета вынікае, што ўзровень ракі падняўся на метр.",
            "Белгідрамет",
        ),
        (
            "be",
            "З разлікаў райвыканкама вынікае, што дарога абыдзецца ў 2 млн рублёў.",
            "райвыканкам",
        ),
    ],
)
def test_a_measurement_noun_before_its_author_names_the_author(
    language: str, text: str, source: str
) -> None:
    found = names([text], language)
    assert source in found
    assert not any(
        n.lower().startswith(("wylicz", "pomiar", "замер", "измер", "вимір", "вымяр"))
        for n in found
    )


def test_data_that_is_about_something_keeps_its_noun() -> None:
    # "платёжного баланса" is what the data is about, not who measured it
    found = names(["Из данных платёжного баланса следует, что отток капитала вырос."], "ru")
    assert "данные платёжного баланса" in found


def test_belarusian_dadzenyja_is_data_like_danyja() -> None:
    found = names(["Згодна з дадзенымі аварыйнай службы, ліфты ламаліся 300 разоў."], "be")
    assert "аварыйная служба" in found
    assert "дадзеныя" not in found


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "be",
            "Паводле слоў дырэктаркі Ганны Пятроўскай-Шыла, школа перапоўненая.",
            "Ганна Пятроўская-Шыла",
        ),
        (
            "ru",
            "По словам директора Елены Липской-Дорож, школа переполнена.",
            "Елена Липская-Дорож",
        ),
        (
            "uk",
            "За словами директорки Олени Липської-Дорош, школа переповнена.",
            "Олена Липська-Дорош",
        ),
        (
            "pl",
            "Według dyrektorki Ewy Nowak-Zielińskiej szkoła jest przepełniona.",
            "Ewa Nowak-Zielińska",
        ),
    ],
)
def test_a_double_surname_declines_part_by_part(language: str, text: str, source: str) -> None:
    assert source in names([text], language)


def test_a_hyphenated_organisation_in_quotes_is_not_read_as_a_double_surname() -> None:
    assert nominative("Интерфаксу-Запад", "ru", "datv") == "Интерфакс-Запад"


@pytest.mark.parametrize(
    ("language", "text", "office", "owner"),
    [
        (
            "ru",
            "В пресс-службе горсовета претензии отвергли.",
            "пресс-служба горсовета",
            "горсовет",
        ),
        ("ru", "Пресс-служба горсовета обвинения отвергла.", "Пресс-служба горсовета", "горсовет"),
        (
            "uk",
            "У пресслужбі обласної ради претензії відкинули.",
            "пресслужба обласної ради",
            "обласна рада",
        ),
        (
            "be",
            "У прэс-службе райвыканкама прэтэнзіі адхілілі.",
            "прэс-служба райвыканкама",
            "райвыканкам",
        ),
    ],
)
def test_a_stance_object_before_the_verb_is_no_part_of_the_office_or_its_owner(
    language: str, text: str, office: str, owner: str
) -> None:
    found = names([text], language)
    assert office in found
    assert owner in found
    assert all(len(n.split()) <= 3 for n in found)


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        (
            "ru",
            "Суд приговорил директора автобазы Олега Сомова к двум годам колонии.",
            "Олег Сомов",
        ),
        (
            "ru",
            "Районный суд приговорил бухгалтера Ирину Лесную к штрафу, сообщили в прокуратуре.",
            "Ирина Лесная",
        ),
        (
            "be",
            "Суд прысудзіў дырэктара ТАА «Лён» Андрэя Сомава да трох гадоў калоніі.",
            "Андрэй Сомаў",
        ),
        (
            "uk",
            "Суд засудив директора автобази Олега Сомова до двох років ув'язнення.",
            "Олег Сомов",
        ),
        ("pl", "Sąd skazał dyrektora spółki Olega Somowa na dwa lata więzienia.", "Oleg Somow"),
    ],
)
def test_the_one_sentenced_is_not_the_source_of_the_sentence(
    language: str, text: str, person: str
) -> None:
    assert person not in names([text], language)


def test_a_court_document_still_names_the_court() -> None:
    assert "суд" in names(["Согласно приговору суда, директор похитил 2 млн рублей."], "ru")


def test_the_long_subject_gap_is_polish_data() -> None:
    assert cues_for("pl").long_gap_relatives
    assert not any(cues_for(code).long_gap_relatives for code in ("ru", "uk", "be"))
    found = names(
        [
            "Marek Lis ze Stowarzyszenia „Czysta Rzeka”, które od lat bada dorzecze, powiedział, "
            "że ryb jest mniej o połowę."
        ],
        "pl",
    )
    assert "Marek Lis" in found


@pytest.mark.parametrize(
    ("language", "text", "person", "outlet"),
    [
        (
            "pl",
            "– Brakuje lekarzy – powiedział w rozmowie z Radiem Olsztyn Marek Lis.",
            "Marek Lis",
            "Radio Olsztyn",
        ),
        (
            "be",
            "— Не хапае ўрачоў, — сказала ў размове з Радыё Гомель Ганна Лісоўская.",
            "Ганна Лісоўская",
            "Радыё Гомель",
        ),
    ],
)
def test_an_outlet_run_splits_at_the_first_name_of_the_speaker(
    language: str, text: str, person: str, outlet: str
) -> None:
    assert (person, outlet) in found_after([text], language)


def test_an_outlet_whose_name_goes_on_is_no_speaker() -> None:
    assert (
        found_after(["– Brakuje lekarzy – powiedział w rozmowie z Radiem Podkarpacie Plus."], "pl")
        == []
    )


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        (
            "pl",
            "– Brakuje lekarzy – przyznała kierowniczka przychodni w Gołdapi Ewa Lis.",
            "Ewa Lis",
        ),
        (
            "pl",
            "– Brakuje lekarzy – przyznała w rozmowie z Radiem Olsztyn kierowniczka przychodni w Gołdapi Ewa Lis.",
            "Ewa Lis",
        ),
        (
            "be",
            "— Не хапае ўрачоў, — сказала загадчыца амбулаторыі ў Мёрах Ганна Лісоўская.",
            "Ганна Лісоўская",
        ),
    ],
)
def test_the_place_of_a_workplace_may_stand_in_the_descriptor(
    language: str, text: str, person: str
) -> None:
    assert person in names([text], language)


@pytest.mark.parametrize(
    ("language", "text", "group", "place"),
    [
        (
            "be",
            "Адзін з фермераў, пенсіянер з Любані, які трымае 40 кароў, сказаў, што малако таннее.",
            "адзін з фермераў",
            "Любань",
        ),
        (
            "pl",
            "Jeden z rolników, mieszkaniec Gołdapi, który hoduje 40 krów, mówi, że mleko tanieje.",
            "jeden z rolników",
            "Gołdap",
        ),
        (
            "ru",
            "Один из фермеров, пенсионер из Любани, который держит 40 коров, сказал, что молоко дешевеет.",
            "один из фермеров",
            "Любань",
        ),
    ],
)
def test_a_place_inside_the_apposition_of_one_of_a_group_is_no_subject(
    language: str, text: str, group: str, place: str
) -> None:
    found = names([text], language)
    assert group in found
    assert not any(n.startswith(place[:4]) for n in found)
