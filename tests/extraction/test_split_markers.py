"""The list-marker patterns, lookbehind moved after the first character, find the same."""

import random
import re

from claims.extraction.split import _BULLETS, _LIST_MARKERS, split_sentences

LEADING = (
    re.compile(rf"(?<![^\s{_BULLETS}])(\d{{1,2}})\.\)(?=\s)"),
    re.compile(rf"(?<![^\s{_BULLETS}])(\d{{1,2}})\)(?=\s)"),
    re.compile(rf"(?<![^\s{_BULLETS}])(\d{{1,2}})\.(?=\s)"),
    re.compile(r"(?<!\S)([a-z])\.(?=\s)"),
)


def test_list_markers_match_what_a_leading_lookbehind_matches():
    rng = random.Random(3)
    alphabet = "12 3\n.)ab•x\t9"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        for moved, leading in zip(_LIST_MARKERS, LEADING, strict=True):
            assert [(m.span(), m.group(1)) for m in moved.finditer(text, lo, hi)] == [
                (m.span(), m.group(1)) for m in leading.finditer(text, lo, hi)
            ], (text, lo, hi)


def test_numbered_list_in_one_line_is_split_at_its_markers():
    text = "Trzy zmiany: 1. wyższe opłaty 2. nowe strefy 3. krótsze godziny"
    spans = split_sentences(text, "pl")
    assert [text[a:b] for a, b in spans][-3:] == [
        "1. wyższe opłaty",
        "2. nowe strefy",
        "3. krótsze godziny",
    ]
