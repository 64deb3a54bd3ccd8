"""Attribution round 16 (be, pl, en): one test per mechanism, parametrised over its forms.
Sentences written for these tests, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from tests.extraction._attribution import found_after


def names(sentences: list[str], language: str) -> list[str]:
    return [name for name, _ in found_after(sentences, language)]


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        (
            "Школу на вуліцы Гагарына ў Лідзе з 3 лютага зачыняць на рамонт, паведаміў "
            "аддзел адукацыі райвыканкама.",
            "be",
            "аддзел адукацыі райвыканкама",
        ),
        (
            "Жыхары Полацкага раёна здалі ў гэтым годзе 40 тон ягад, паведаміла ў "
            "аўторак упраўленне па сельскай гаспадарцы.",
            "be",
            "упраўленне па сельскай гаспадарцы",
        ),
        (
            "Найбуйнейшы ў горадзе пякар, ААТ «Хлебны двор» з Барысава, павысіў цэны на 8%, "
            "паведаміла прадпрыемства.",
            "be",
            "Хлебны двор",
        ),
    ],
)
def test_a_body_named_after_a_comma_at_the_end_speaks(
    text: str, language: str, source: str
) -> None:
    assert source in names([text], language)


def test_a_person_after_the_closing_body_still_speaks() -> None:
    text = (
        "— Склады поўныя, — расказаў уладальнік фермерскай гаспадаркі ў Пінскім раёне Мікалай Грыб."
    )
    got = names([text], "be")
    assert got and "Мікалай Грыб" in got[0]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "На Барысаўскім шкляным заводзе паведамілі, што вытворчасць вырасла на 5%.",
            "Барысаўскі шкляны завод",
        ),
        (
            "Цэны на бульбу выраслі ўдвая, распавялі нам у Мёрскім райспажывецкім таварыстве.",
            "Мёрскае райспажывецкае таварыства",
        ),
        (
            "Пра гэта паведамілі ў Гомельскім абласным камітэце прыродных рэсурсаў.",
            "Гомельскі абласны камітэт прыродных рэсурсаў",
        ),
    ],
)
def test_impersonal_form_with_a_capitalised_adjective_body(text: str, source: str) -> None:
    assert source in names([text], "be")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Сам абвінавачаны віну не прызнаў.", "абвінавачаны"),
        ("Сама абвінавачаная віну прызнала часткова.", "абвінавачаная"),
        ("Самі падсудныя віну не прызналі.", "падсудныя"),
    ],
)
def test_an_intensifier_before_the_opening_noun(text: str, source: str) -> None:
    assert names([text], "be") == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Пакупнікі, паводле яе слоў, пераплацілі каля 3 тыс. рублёў.",
        "Вучні, па яе словах, атрымаюць новыя падручнікі ў верасні.",
    ],
)
def test_a_plural_verb_refuses_a_singular_possessive(text: str) -> None:
    before = "Справу расследавала следчая Вольга Міхалевіч."
    assert names([before, text], "be") == ["Вольга Міхалевіч"]


def test_a_possessive_of_the_body_before_the_verb_keeps_the_subject() -> None:
    text = "Міністэрства, па інфармацыі яго прэс-службы, атрымала вынікі праверкі."
    assert names([text], "be") == ["Міністэрства"]


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        (
            "Жыхары вёскі Камарова, якія прыйшлі на сход, скардзіліся, што вады няма.",
            "be",
            "жыхары вёскі Камарова",
        ),
        ("Жыхарка пасёлка Міхалова сказала, што аўтобус не ходзіць.", "be", "жыхарка"),
        ("Жительница деревни Заречье рассказала, что воды нет.", "ru", "жительница"),
    ],
)
def test_residents_of_a_place_speak_not_the_place(text: str, language: str, source: str) -> None:
    got = names([text], language)
    assert got and got[0].startswith(source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Суд указаў, што папярэджанне прадпрыемства атрымала ў 2024 годзе.", "Суд"),
        ("Акрамя таго, па разліку інспекцыі, шкода склала 12 тыс. рублёў.", "інспекцыя"),
        ("Як адзначаецца ў рашэнні, новыя тарыфы ўвядуць з 1 сакавіка.", "рашэнне"),
        ("Згодна з новым раскладам, цягнік будзе адпраўляцца а 6:10.", "новы расклад"),
        ("Як вынікае са статыстычнага бюлетэня, экспарт упаў на 9%.", "статыстычны бюлетэнь"),
    ],
)
def test_more_belarusian_verbs_cues_and_documents(text: str, source: str) -> None:
    assert source in names([text], "be")


def test_a_verb_shared_with_a_document_noun_is_no_source_after_it() -> None:
    text = "Ён, аднак, сумняваецца ў метадзе і патрабуе незалежнай праверкі."
    assert names([text], "be") == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Mary Flynn, a nurse who worked at the clinic, told the Kilkenny Nationalist "
            "that the ward had been closed twice.",
            "Kilkenny Nationalist",
        ),
        (
            "Tom Bain, the keeper who found the nest, told the Moray Record that he had "
            "counted six eggs.",
            "Moray Record",
        ),
        (
            "A retired teacher, Ann Ross, 74, told the Evening Standard she had waited.",
            "Evening Standard",
        ),
    ],
)
def test_english_local_titles_told_are_relays(text: str, outlet: str) -> None:
    got = found_after([text], "en")
    assert got and got[0][1] == outlet


def test_english_record_office_is_no_outlet() -> None:
    text = "The minister told the Record Office staff that files were missing."
    assert all(via is None for _, via in found_after([text], "en"))


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        (
            "Z raportu, który przygotował Wydział Ochrony Środowiska Urzędu Miasta, wynika, "
            "że smog wrócił.",
            "pl",
            "Wydział Ochrony Środowiska Urzędu Miasta",
        ),
        (
            "Bezrobocie spadło do 4 proc., wynika z zestawienia, które sporządził Urząd "
            "Statystyczny w Łodzi.",
            "pl",
            "Urząd Statystyczny w Łodzi",
        ),
        (
            "Як вынікае з даведкі, якую падрыхтавала Міністэрства аховы здароўя, дзве "
            "бальніцы закрыюць.",
            "be",
            "Міністэрства аховы здароўя",
        ),
        (
            "Из справки, которую подготовил Минфин, следует, что дефицит вырос на 12%.",
            "ru",
            "Минфин",
        ),
    ],
)
def test_the_subject_of_a_relative_clause_wrote_the_document(
    text: str, language: str, source: str
) -> None:
    assert source in names([text], language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Według danych GUS, które cytuje Jan Nowak, ceny wzrosły o 3 proc.", "pl"),
        (
            "Паводле даведкі кампаніі, якую атрымаў «Лідскі веснік», станцыя спынялася "
            "на 19 сутак.",
            "be",
        ),
    ],
)
def test_a_person_citing_or_an_outlet_receiving_is_no_author(text: str, language: str) -> None:
    assert all(
        via is not None or name not in ("Jan Nowak", "Лідскі веснік")
        for name, via in found_after([text], language)
    )


@pytest.mark.parametrize(
    ("text", "document", "outlet"),
    [
        (
            "Z analizy, do której dotarł portal Łódzkie Fakty, wynika, że linia jest pełna.",
            "analiza",
            "Łódzkie Fakty",
        ),
        (
            "Z dokumentów, do których dotarł dziennik „Kurier Lubelski”, wynika, że szpital "
            "ma długi.",
            "dokumenty",
            "Kurier Lubelski",
        ),
    ],
)
def test_a_preposed_document_reached_by_an_outlet(text: str, document: str, outlet: str) -> None:
    assert (document, outlet) in found_after([text], "pl")


def test_polish_authors_in_the_genitive_plural() -> None:
    text = "Według autorów podobne badania prowadzono dotąd głównie na Śląsku."
    assert names([text], "pl") == ["autorzy"]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        (
            "Jak poinformowała rzeczniczka Sądu Okręgowego w Płocku, sędzia Anna Wróbel, "
            "wyrok jest prawomocny.",
            "pl",
            "Anna Wróbel",
        ),
        (
            "Па словах кіраўніцы праекта, эколага Марыны Лебедзь, вада стала чысцейшай.",
            "be",
            "Марына Лебедзь",
        ),
        (
            "Zdaniem kierowniczki badania, biolożki Marty Zielińskiej, bobry wróciły.",
            "pl",
            "Marta Zielińska",
        ),
    ],
)
def test_a_person_in_apposition_to_the_role_speaks(text: str, language: str, person: str) -> None:
    assert names([text], language)[:1] == [person]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        (
            "Kierowniczka przychodni w Nowym Sączu Ewa Kot powiedziała, że kolejki maleją.",
            "pl",
            "Ewa Kot",
        ),
        (
            "Гаспадыня крамы ў Пінскім раёне Зінаіда Кулеш распавяла, што хлеба няма.",
            "be",
            "Зінаіда Кулеш",
        ),
    ],
)
def test_a_longer_place_before_the_person(text: str, language: str, person: str) -> None:
    assert names([text], language) == [person]


def test_a_surname_alone_finds_the_first_name_in_its_nominative() -> None:
    sentences = [
        "Zespół prof. Anny Stępień z Uniwersytetu Rzeszowskiego zbadał 2 tys. pacjentów.",
        "Jak podkreśliła Stępień, leczenie kosztowało ok. 9 mln zł.",
    ]
    assert names(sentences, "pl") == ["Anna Stępień"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A person who works at a bakery in Elgin said bread prices had risen twice.",
            "person who works at a bakery in Elgin",
        ),
        (
            "A person involved in the council's parking review said fees would rise.",
            "person involved in the council's parking review",
        ),
        (
            "An agent who managed the shop for Delta until last year denied any wrongdoing.",
            "agent who managed the shop for Delta",
        ),
    ],
)
def test_english_one_unnamed_person_and_a_restrictive_clause(text: str, source: str) -> None:
    assert any(source in name for name in names([text], "en"))


def test_english_the_clause_of_a_definite_noun_keeps_its_own_verb() -> None:
    assert names(["The man who said he saw the crash was not called."], "en") == []


@pytest.mark.parametrize(
    ("text", "document", "outlet"),
    [
        (
            "A briefing paper obtained by the Fife Weekly Gazette shows that a fee was planned.",
            "briefing paper",
            "Fife Weekly Gazette",
        ),
        (
            "The union wants a pay rise, according to minutes of a board meeting seen by the "
            "Herald.",
            "minutes of a board meeting",
            "Herald",
        ),
    ],
)
def test_english_document_obtained_or_seen_by_an_outlet(
    text: str, document: str, outlet: str
) -> None:
    assert (document, outlet) in found_after([text], "en")


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        (
            "W odpowiedzi na nasze pytania wydział ochrony środowiska przekazał, że kontrola trwa.",
            "pl",
            "wydział ochrony środowiska",
        ),
        (
            "Яшчэ ў студзені на сходзе жыхароў старшыня сельсавета абяцаў, што дарогу "
            "адрамантуюць.",
            "be",
            "старшыня сельсавета",
        ),
        ("W przesłanym nam piśmie urzędnicy podkreślili, że termin minął.", "pl", "urzędnicy"),
    ],
)
def test_a_source_noun_and_its_genitive_before_the_verb_after_an_adverbial(
    text: str, language: str, source: str
) -> None:
    assert names([text], language) == [source]


@pytest.mark.parametrize(
    ("text", "speaker", "outlet"),
    [
        (
            "Urząd Marszałkowski, zapytany przez portal Nowiny24 o dotacje, odpowiedział, że "
            "wnioski są rozpatrywane.",
            "Urząd Marszałkowski",
            "Nowiny24",
        ),
        (
            "Burmistrz Anna Kowal, pytana przez „Gazetę Lubuską” o remont, powiedziała, że "
            "prace ruszą w maju.",
            "Anna Kowal",
            "Gazeta Lubuska",
        ),
    ],
)
def test_polish_asked_by_an_outlet_is_a_relay(text: str, speaker: str, outlet: str) -> None:
    assert (speaker, outlet) in found_after([text], "pl")


def test_polish_pointed_out_critically() -> None:
    text = "Radny Jan Wolski wytknął, że miasto podniosło ceny biletów o 20 proc."
    assert names([text], "pl") == ["Jan Wolski"]


def test_an_outlet_after_a_relay_phrase_is_the_relay_not_the_speaker() -> None:
    text = (
        "Эканаміст Брэсцкага ўніверсітэта Ігар Лук, які вывучае рынак, адзначыў у "
        "каментары для «Брэсцкага кур'ера», што цэны выраслі."
    )
    assert found_after([text], "be") == [("Ігар Лук", "Брэсцкі кур'ер")]


def test_a_speaker_described_after_the_relay_phrase_still_speaks() -> None:
    text = "«Дарогі слізкія», — сказаў у эфіры нашага радыё намеснік начальніка ДАІ Антон Сяліцкі."
    assert names([text], "be")[:1] == ["Антон Сяліцкі"]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        (
            "Эканаміст Ганна Лось з аналітычнага цэнтра «Рынак» у інтэрв'ю радыё «Рацыя» "
            "звярнула ўвагу, што зарплаты не растуць.",
            "be",
            "Ганна Лось",
        ),
        (
            "Ekonomistka Anna Wiśniewska z fundacji „Wolny Rynek” w rozmowie z Radiem Olsztyn "
            "zauważyła, że ceny rosną.",
            "pl",
            "Anna Wiśniewska",
        ),
    ],
)
def test_a_person_from_a_body_speaks_not_the_body(text: str, language: str, person: str) -> None:
    assert names([text], language)[:1] == [person]


@pytest.mark.parametrize(
    ("text", "language", "speaker", "document"),
    [
        (
            "Арганізатар жа, як запісана ў прыгаворы, сцвярджаў, што нічога не ведаў.",
            "be",
            "Арганізатар",
            "прыгавор",
        ),
        (
            "Oskarżony, jak zapisano w wyroku, twierdził, że nic nie wiedział.",
            "pl",
            "Oskarżony",
            "wyrok",
        ),
        (
            "Обвиняемый, как указано в приговоре, утверждал, что ничего не знал.",
            "ru",
            "Обвиняемый",
            "приговор",
        ),
    ],
)
def test_a_passive_report_between_the_subject_and_its_verb_relays_the_words(
    text: str, language: str, speaker: str, document: str
) -> None:
    assert found_after([text], language) == [(speaker, document)]


def test_a_passive_report_before_a_verb_that_reports_nothing_keeps_the_document() -> None:
    text = "Урад, як гаворыцца ў пастанове, выдзеліць 12 млн рублёў."
    assert all(via is None for _, via in found_after([text], "be"))


def test_english_an_anonymous_official_is_read_once() -> None:
    text = "A senior council official who asked not to be named said the fee would rise."
    assert len(found_after([text], "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "source", "outlet"),
    [
        (
            "У адказ на запыт «Лідскай газеты» ў райвыканкаме паведамілі, што школу "
            "адкрыюць у верасні.",
            "be",
            "райвыканкам",
            "Лідская газета",
        ),
        (
            "W odpowiedzi na pytania „Gazety Lubuskiej” urząd miasta przekazał, że remont "
            "ruszy w maju.",
            "pl",
            "urząd miasta",
            "Gazeta Lubuska",
        ),
    ],
)
def test_the_outlet_that_asked_relays_the_body_that_answered(
    text: str, language: str, source: str, outlet: str
) -> None:
    assert (source, outlet) in found_after([text], language)


def test_english_an_outlet_named_before_its_type_noun_is_a_relay() -> None:
    text = (
        "One of the tenants, a man who asked not to be named, told Hill Valley Talk radio "
        "that the rent was collected in cash."
    )
    assert found_after([text], "en") == [("One of the tenants", "Hill Valley Talk")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Цэны выраслі на 5%, падлічылі ў раённым упраўленні статыстыкі.",
            "раённае ўпраўленне статыстыкі",
        ),
        ("Пра гэта паведаміла Міністэрства ўнутраных спраў.", "Міністэрства ўнутраных спраў"),
    ],
)
def test_belarusian_short_u_follows_the_nominative(text: str, source: str) -> None:
    assert names([text], "be") == [source]
