"""Mechanisms of the sixteenth matching round (claims/search/hybrid.py): each language
pair's own cosine level (BACKGROUND_COSINE), a span of years read against a date, and the
Polish "giving up" verb read as the refusal it is in ru/uk/be. Plain functions: no
database, no model."""

from __future__ import annotations

import pytest

from claims.search import hybrid


def evidence(a: str, b: str) -> hybrid.Evidence:
    return hybrid.evidence(0.0, hybrid.signals(a), hybrid.signals(b))


# --- each language pair's own level -------------------------------------------------------


def test_the_table_covers_every_pair_of_the_five_languages() -> None:
    languages = {"en", "ru", "uk", "be", "pl"}
    assert set(hybrid.BACKGROUND_COSINE) == {(a, b) for a in languages for b in languages}


def test_the_shifts_across_languages_average_to_nothing() -> None:
    across = [hybrid.background_shift(a, b) for a, b in hybrid.BACKGROUND_COSINE if a != b]
    assert sum(across) == pytest.approx(0.0, abs=1e-9)


def test_a_pair_whose_unrelated_claims_run_higher_is_moved_down_more() -> None:
    # unrelated Belarusian claims sit higher than unrelated English ones
    assert hybrid.background_shift("be", "be") > hybrid.background_shift("en", "en") > 0
    assert hybrid.background_shift("be", "en") < 0


def test_an_unknown_language_is_not_moved() -> None:
    assert hybrid.background_shift("", "en") == 0.0
    assert hybrid.background_shift("de", "de") == 0.0


def test_evidence_carries_the_shift_of_the_two_languages_guessed() -> None:
    a = "Улады Гомеля адкрыюць тры новыя басейны ў гэтым годзе."
    b = "Гомельская мэрыя пабудуе ў цэнтры тры басейны."
    assert hybrid.guess_language(a) == hybrid.guess_language(b) == "be"
    found = evidence(a, b)
    assert found.same_language
    assert found.background == pytest.approx(hybrid.background_shift("be", "be"))


def test_the_same_cosine_counts_for_more_where_the_pair_runs_lower() -> None:
    cosine = hybrid.COS_FLOOR + 0.06
    english = hybrid.similarity(cosine, None, True, hybrid.background_shift("en", "en"))
    belarusian = hybrid.similarity(cosine, None, True, hybrid.background_shift("be", "be"))
    assert english > belarusian


# --- a span of years against a date --------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        "The new ferry terminal will be ready within three years.",
        "Новый паромный терминал будет готов через три года.",
        "Nowy terminal promowy będzie gotowy za trzy lata.",
    ],
)
def test_a_span_of_years_does_not_conflict_with_a_year(span: str) -> None:
    dated = evidence(span, "The harbour will open its new ferry terminal in 2029.")
    assert dated.factor == 1.0


def test_the_span_is_left_out_only_against_a_year_the_span_claim_lacks() -> None:
    a = hybrid.signals("Rents will double in two years.")
    b = hybrid.signals("Rents will double by 2028.")
    assert "2" not in hybrid.span_as_date(a, b).numbers
    # against another span it stays: the number was changed
    c = hybrid.signals("Rents will double in five years.")
    assert hybrid.span_as_date(a, c) is a
    assert (
        evidence("Rents will double in two years.", "Rents will double in five years.").factor < 1
    )


def test_a_long_span_is_not_read_as_a_date() -> None:
    a = hybrid.signals("The mine will stay closed for forty years.")
    b = hybrid.signals("The mine will stay closed until 2030.")
    assert hybrid.span_as_date(a, b) is a


def test_a_span_counted_in_other_units_is_kept() -> None:
    a = hybrid.signals("The bridge will be repaired within three months.")
    b = hybrid.signals("The bridge will be repaired in 2027.")
    assert hybrid.span_as_date(a, b) is a


# --- giving up, in Polish as in ru/uk/be -----------------------------------------------------


def test_the_polish_giving_up_verb_negates_like_its_neighbours() -> None:
    assert hybrid.signals("Miasto zrezygnowało z budowy nowego basenu.").negated
    assert hybrid.signals("Город отказался от строительства нового бассейна.").negated


def test_giving_up_in_polish_agrees_with_giving_up_in_russian() -> None:
    found = evidence(
        "Miasto zrezygnowało z budowy nowego basenu.",
        "Город отказался от строительства нового бассейна.",
    )
    assert found.factor == 1.0


def test_giving_up_in_polish_still_opposes_going_ahead() -> None:
    found = evidence(
        "Miasto zrezygnowało z budowy nowego basenu.",
        "Miasto zbuduje nowy basen.",
    )
    assert found.factor == hybrid.NEGATION_FACTOR
