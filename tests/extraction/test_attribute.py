from claims.extraction import SOURCE_KINDS, extract
from claims.extraction.attribute import attribute_sentence, make_context

from ._paths import read_seed


def _attrs(text: str, known: dict[str, str] | None = None):
    return attribute_sentence(text, 0, make_context(known))


def test_attribute_finds_according_to_with_descriptor_kind():
    found = _attrs("At least 40 people died, according to human rights group Civic Shield.")
    [a] = found.attributions
    assert (a.name, a.kind, a.cue) == ("Civic Shield", "ngo", "according to")
    assert found.claimant == "Civic Shield"


def test_attribute_finds_relay_when_person_speaks_to_outlet():
    text = "Farmer Ivan, speaking to Reuters, said the river had dried up in June."
    [a] = _attrs(text).attributions
    assert (a.name, a.kind, a.via, a.via_kind) == (
        "Ivan",
        "witness_testimony",
        "Reuters",
        "news_outlet",
    )


def test_attribute_finds_inverted_said_with_role():
    text = "“We ran out of beds,” said Anna Kovac, a nurse at the city hospital."
    [a] = _attrs(text).attributions
    assert (a.name, a.kind, a.cue) == ("Anna Kovac", "witness_testimony", "said")


def test_attribute_said_in_a_statement_and_government_body():
    text = "The Interior Ministry said in a statement that 12 officers were suspended."
    [a] = _attrs(text).attributions
    assert a.name == "Interior Ministry" and a.kind == "government_body"
    assert a.cue == "said in a statement"


def test_attribute_marks_anonymous_sources():
    text = "The deal is close, two officials who spoke on condition of anonymity said."
    kinds = {a.kind for a in _attrs(text).attributions}
    assert kinds == {"anonymous"}


def test_attribute_report_by_organisation_found():
    text = "A report by the Institute for Fiscal Studies found that taxes rose 3 percent."
    [a] = _attrs(text).attributions
    assert (a.name, a.kind, a.cue) == (
        "Institute for Fiscal Studies",
        "academic_study",
        "report by",
    )


def test_attribute_uses_canonical_name_for_known_alias():
    found = _attrs("Prices rose, Politico Europe reported.", {"Politico Europe": "POLITICO"})
    assert [a.name for a in found.attributions] == ["POLITICO"]


def test_attribute_resolves_pronoun_to_last_named_person():
    ctx = make_context()
    attribute_sentence("Mayor Lena Berg announced the budget on Monday.", 0, ctx)
    found = attribute_sentence("She said it would cut waiting times.", 100, ctx)
    [a] = found.attributions
    assert (a.name, a.kind, a.cue, a.cue_start) == ("Lena Berg", "official", "She said", 100)


def test_attribute_seed_names_human_constanta_politico_bedunkevich_and_aleh_via_politico():
    doc = extract(read_seed())
    found = {(a.name, a.via) for s in doc.sentences for a in s.attributions}
    assert {
        ("Human Constanta", None),
        ("POLITICO", None),
        ("Mikhail Bedunkevich", None),
        ("Aleh", "POLITICO"),
    } <= found
    kinds = {a.name: a.kind for s in doc.sentences for a in s.attributions}
    assert kinds["Human Constanta"] == "ngo"
    assert kinds["POLITICO"] == "news_outlet"
    assert kinds["Mikhail Bedunkevich"] == "official"
    assert kinds["Lukashenko"] == "head_of_state"
    assert set(kinds.values()) <= set(SOURCE_KINDS)


def test_attribute_seed_names_lukashenko_as_claimant_of_his_declaration():
    doc = extract(read_seed())
    declared = next(s for s in doc.sentences if "declared" in s.text)
    assert declared.claimant == "Lukashenko"
    dismissed = next(s for s in doc.sentences if "dismissed" in s.text)
    assert dismissed.claimant == "Lukashenko"


def test_attribute_cue_offsets_point_into_body():
    doc = extract(read_seed())
    for sentence in doc.sentences:
        for a in sentence.attributions:
            assert doc.body[a.cue_start : a.cue_end] == a.cue
            assert sentence.start <= a.cue_start < a.cue_end <= sentence.end


def test_attribute_keeps_abbreviated_title_out_of_the_name():
    text = "“Beds ran out in May,” said Dr. Ewa Nowak, who runs the clinic in Gdynia."
    [a] = _attrs(text).attributions
    assert (a.name, a.cue) == ("Ewa Nowak", "said")
    assert text[a.cue_start : a.cue_end] == "said"


def test_attribute_finds_trailing_inspectorate_as_government_body():
    text = "Cases rose to 214 this year, the regional sanitary inspectorate said on Tuesday."
    [a] = _attrs(text).attributions
    assert (a.name, a.kind, a.cue) == ("regional sanitary inspectorate", "government_body", "said")


def test_attribute_reads_names_with_capitals_beyond_ascii():
    [a] = _attrs("ÖBB said demand had grown by 30 percent since 2022.").attributions
    assert (a.name, a.cue) == ("ÖBB", "said")


def test_attribute_finds_plural_and_postmodified_noun_subjects():
    [a] = _attrs(
        "Environmental groups welcomed the route but said prices were too high."
    ).attributions
    assert a.name == "Environmental groups"
    [b] = _attrs("Residents of the flats said they were still waiting for heating.").attributions
    assert b.name == "Residents"


def test_attribute_relay_after_two_appositives():
    text = "Samir, a 24-year-old from Aleppo, speaking to The Balkan Wire in Edirne, said he was pushed."
    [a] = _attrs(text).attributions
    assert (a.name, a.via) == ("Samir", "Balkan Wire")


def test_attribute_anonymous_source_with_a_comma_before_who():
    text = "A Greek police officer, who asked not to be named, said units had received orders."
    [a] = _attrs(text).attributions
    assert a.kind == "anonymous" and "police officer" in a.name


def test_attribute_according_to_a_study_published_on_a_weekday_names_the_study():
    [a] = _attrs(
        "Glaciers lost 10 percent, according to a study published on Thursday."
    ).attributions
    assert (a.name, a.kind) == ("study", "academic_study")
