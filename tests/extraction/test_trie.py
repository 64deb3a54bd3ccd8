"""The trie alternation's word-start option finds what a leading lookbehind finds."""

import random
import re

import pytest

from claims.extraction.trie import alternation

WORDS = ["według", "wedle", "za", "zdaniem", "Jak podał", "a"]


def test_word_start_alternation_matches_only_at_the_start_of_a_word():
    pattern = re.compile(alternation(WORDS, capitalise=True, word_start=True))
    assert pattern.search("Według policji") is not None
    assert pattern.search("(według policji)").start() == 1
    assert pattern.search("przedwedług") is None
    assert pattern.search("pół-według") is None
    assert pattern.search("x_za") is None


def test_word_start_alternation_finds_the_same_spans_as_a_leading_lookbehind():
    # finditer from an offset too: the lookbehind sees the text before it either way
    leading = re.compile(rf"(?<![\w-])(?:{alternation(WORDS, capitalise=True)})")
    moved = re.compile(alternation(WORDS, capitalise=True, word_start=True))
    rng = random.Random(7)
    pieces = ["według", "za", "a", "Za", " ", "-", "x", "\n", ",", "zdaniem", "Jak podał"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        pos = rng.randint(0, len(text))
        assert [m.span() for m in leading.finditer(text, pos)] == [
            m.span() for m in moved.finditer(text, pos)
        ], (text, pos)


def test_word_start_alternation_refuses_items_opening_with_punctuation():
    with pytest.raises(ValueError):
        alternation(["«cytat"], word_start=True)
