"""The speed shortcuts of round 14 (our own sentences): each one skips work that cannot
change the result, so the result with the shortcut equals the result without it."""

import random
import re

import pytest

from claims.extraction import attribute as at
from claims.extraction import split
from claims.extraction.attribute import attribute_sentence, make_context

# Sentences with speech verbs and capitals on both sides of them, in several shapes.
ENGLISH = [
    "Mayor Lena Ortiz said the bridge would reopen in March, Reuters reported.",
    "The Harbour Authority told reporters that Pier Nine is closed, and Tom Reyes agreed.",
    "Analyst Priya Nand, who follows the Baltic ports, warned on Monday that costs rose.",
    "Police said nothing; Inspector Gale later confirmed the arrest to The Courier.",
    "Nobody in Vilnius or Riga commented.",
    "It was Kim Ahn who said so, not Omar Bello.",
    # a verb before an apostrophe is the word "said'" in the word set
    "Tom Hale told us 'Anna Berg said' twice, and Mira Kos’s team said’ nothing.",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_subject_positions_right_of_the_last_verb_never_start_a_match(text):
    lowered = at.word_sets(text)[1]
    everywhere = at._matches_at(at._SUBJECT, text, at._capitals(text))
    pruned = at._matches_at(
        at._SUBJECT, text, at._capitals(text, at._last_verb_at(text, lowered, at._SPEECH_WORDS))
    )
    assert [m.span() for m in pruned] == [m.span() for m in everywhere]


def test_the_subject_sentences_exercise_both_matches_and_skipped_capitals():
    skipped = matched = 0
    for text in ENGLISH:
        lowered = at.word_sets(text)[1]
        last = at._last_verb_at(text, lowered, at._SPEECH_WORDS)
        skipped += len(at._capitals(text)) - len(at._capitals(text, last))
        matched += len(at._matches_at(at._SUBJECT, text, at._capitals(text)))
    assert skipped >= 5 and matched >= 5


def test_every_subject_verb_is_a_speech_word_so_a_new_verb_is_covered():
    # _last_verb_at looks for the words of _SPEECH_WORDS: a verb added to the alternation
    # joins the set, since both are built from the same strings.
    verbs = f"{at._VERBS}|{at._REACTION}".split("|")
    assert verbs and all(v.isalpha() and v in at._SPEECH_WORDS for v in verbs)


def test_last_verb_is_minus_one_when_the_verb_is_only_capitalised():
    text = "Said Ahmed Noor arrived late."
    lowered = at.word_sets(text)[1]
    assert at._last_verb_at(text, lowered, at._SPEECH_WORDS) == -1
    assert at._matches_at(at._SUBJECT, text, at._capitals(text, -1)) == []


def test_a_surname_alone_later_still_finds_the_full_name():
    ctx = make_context(language="pl")
    attribute_sentence("Janina Wróblewska powiedziała, że most jest bezpieczny.", 0, ctx)
    attribute_sentence("Sąd nie zajął stanowiska.", 60, ctx)
    found = attribute_sentence("Wróblewska dodała, że remont potrwa rok.", 90, ctx)
    assert [a.name for a in found.attributions] == ["Janina Wróblewska"]


def test_surname_key_counts_words_and_keys_the_last():
    assert at._surname_key("Janina Wróblewska", "pl") == (2, at.lemma("Wróblewska", "pl"))
    assert at._surname_key("", "pl") == (0, "")


def test_cached_kind_of_the_words_still_defers_to_what_the_article_said():
    # the describing words are cached, the article's memory (ctx.kinds) is not
    assert at._guess_kind("Ola Berg", "a spokeswoman for", make_context()) == "official"
    ctx = make_context()
    ctx.kinds["Ola Berg"] = "academic_study"
    assert at._guess_kind("Ola Berg", "", ctx) == "academic_study"
    assert at._guess_kind("Ola Berg", "", make_context()) == "other"
    assert at._guess_kind("Ministry of Health", "", make_context()) == "government_body"


def _random_texts(alphabet: str, count: int = 400, seed: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def _spans(pattern: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None):
    hi = len(text) if hi is None else hi
    return [(m.span(), m.groups()) for m in pattern.finditer(text, lo, hi)]


# The list-marker patterns as they were before round 14: the lookbehind in front.
_OLD_LIST_MARKERS = (
    re.compile(rf"(?<![^\s{split._BULLETS}])(\d{{1,2}})\.\)(?=\s)"),
    re.compile(rf"(?<![^\s{split._BULLETS}])(\d{{1,2}})\)(?=\s)"),
    re.compile(rf"(?<![^\s{split._BULLETS}])(\d{{1,2}})\.(?=\s)"),
    re.compile(r"(?<!\S)([a-z])\.(?=\s)"),
)


def test_list_markers_with_the_lookbehind_after_the_first_character_match_the_same():
    texts = _random_texts("12 3a.b)•\n-x")
    rng = random.Random(7)
    pairs = [*zip(_OLD_LIST_MARKERS, split._LIST_MARKERS, strict=True)]
    pairs.append((re.compile(rf"(?<=\s)[{split._BULLETS}]"), split._BULLET))
    found = 0
    for text in texts:
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        for old, new in pairs:
            # a slice inside the text as well: the lookbehind sees the character before it
            assert _spans(new, text) == _spans(old, text)
            assert _spans(new, text, lo, hi) == _spans(old, text, lo, hi)
            found += len(_spans(old, text))
    assert found > 50  # the random texts do hold markers


def test_every_slavic_data_stem_finds_each_data_noun_of_its_table():
    # built from the table at import: a noun a later round adds is found the same way
    for code in ("ru", "uk", "be", "pl"):
        lang = at._slavic(code)
        for noun in lang.cues.data_nouns:
            assert lang.data_stem.search(f"x {noun.lower()} y") is not None, (code, noun)
