"""Nominative forms and matching keys for names that arrive inflected.

Slavic news text names its sources in whatever case the sentence needs: "по словам Ивана
Петрова" (genitive), "przekazała Polskiej Agencji Prasowej" (dative), "у распараджэнні
«Нашай Нівы»". A source must be stored and recognised under one form, so:

* :func:`nominative` turns a name phrase into its nominative ("Ивана Петрова" -> "Иван
  Петров", "Министерства внутренних дел" -> "Министерство внутренних дел", "Komendy Głównej
  Policji" -> "Komenda Główna Policji"). Russian and Ukrainian use pymorphy3's dictionaries
  (one analyser per language, built lazily on first use and kept); Belarusian and Polish
  use suffix rules and small lexicons from ``attribution_data``.
* :func:`lemma` gives a per-word matching key: pymorphy3's normal form for ru/uk, a stem
  (inflectional ending removed, ą/ę, ó/o and ў/у folded) for be/pl. :func:`name_key` joins
  the keys of a whole name, so an inflected mention and the stored nominative name compare
  equal ("Ивана Петрова" and "Иван Петров"; "Komendy Głównej Policji" and "Komenda Główna
  Policji"). The Django layer can use the same two functions to match stored Sources.

Only the words up to and including the head noun are inflected: the genitive complement
after it stays as written ("Министерства [внутренних дел]", "Komendy Głównej [Policji]").
Person names (every word capitalised, first name, patronymic, surname) are inflected word by
word in the case the words share. Words in quotes («Весна», „Rzeczpospolita”), acronyms and
Latin words in a Cyrillic name are left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .attribution_data import rules_for

_QUOTE_OPEN = '«„“"'
_CYRILLIC = re.compile(r"[а-яёіїєґўА-ЯЁІЇЄҐЎ]")
# Grammatical case preference when a name could be several (no hint from the cue).
_CASE_ORDER = ("gent", "datv", "ablt", "loct", "accs", "nomn")
_ANALYZERS: dict[str, Any] = {}


def _analyzer(language: str) -> Any | None:
    """pymorphy3's analyser for ru/uk, built once (it loads a dictionary: ~0.2 s)."""
    if language not in ("ru", "uk"):
        return None
    if language not in _ANALYZERS:
        try:
            import pymorphy3
        except ImportError:  # pragma: no cover - the dependency is locked in
            _ANALYZERS[language] = None
        else:
            _ANALYZERS[language] = _MemoAnalyzer(pymorphy3.MorphAnalyzer(lang=language))
    return _ANALYZERS[language]


class _MemoAnalyzer:
    """pymorphy3's analyser with ``parse`` memoised per word (bounded, per process).

    The engine asks about the same words again and again (every check of a capitalised
    word, every noun after a verb), and one uncached ``parse`` of an out-of-dictionary
    word costs up to a millisecond. ``parse`` is a pure function of the word; the parses
    come back as a tuple, so no caller can alter the remembered answer."""

    def __init__(self, analyzer: Any) -> None:
        self._analyzer = analyzer
        self.parse = lru_cache(maxsize=65536)(self._parse)

    def _parse(self, word: str) -> tuple[Any, ...]:
        return tuple(self._analyzer.parse(word))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._analyzer, name)


def nominative(
    name: str, language: str, case: str | None = None, *, person: bool | None = None
) -> str:
    """The nominative form of a name phrase; ``case`` is the case the cue governs when the
    caller knows it ("по словам" -> "gent"), else it is inferred from the words.
    ``person=False`` says the name is not a person's (a quoted title: «Звяздой»)."""
    if not name or case == "nomn":
        return name
    return _nominative_cached(name, language, case, person)


@lru_cache(maxsize=4096)
def _nominative_cached(name: str, language: str, case: str | None, person: bool | None) -> str:
    words = name.split(" ")
    if len(words) > 1 and len(words[0]) > 1 and words[0].isupper() and words[0].isalpha():
        return name  # "МИД Беларуси", "МЗС України": an acronym head keeps its complement
    # Quoted parts and everything after them stay as written.
    cut = next((i for i, w in enumerate(words) if w[:1] in _QUOTE_OPEN), len(words))
    head, tail = words[:cut], words[cut:]
    if not head:
        return name
    analyzer = _analyzer(language)
    written = list(head)
    if analyzer is not None:
        head = _inflect_dictionary(head, analyzer, case, person)
    elif rules_for(language) is not None:
        head = _inflect_rules(head, language, case, person)
    if person is not False and len(head) > 1 and head[-1] == written[-1]:
        head[-1] = _double_surname(written, language, case) or head[-1]
    return " ".join(head + tail)


def _double_surname(words: list[str], language: str, case: str | None) -> str | None:
    """ "Алены Ліпскай-Дарож", "Елены Липской-Дорож": a double surname whose whole form
    neither the dictionary nor the rules know declines part by part, each read with the
    first name before it (round 18); None when that changes nothing."""
    first, _, second = words[-1].partition("-")
    if not (first[:1].isupper() and second[:1].isupper()) or "-" in second:
        return None
    if not all(w[:1].isupper() for w in words):
        return None
    before = " ".join(words[:-1])
    one = _nominative_cached(f"{before} {first}", language, case, True).rsplit(" ", 1)
    two = _nominative_cached(f"{before} {second}", language, case, True).rsplit(" ", 1)
    if len(one) < 2 or len(two) < 2 or one[0] != two[0] or one[1] == first:
        return None
    return f"{one[1]}-{two[1]}"


def lemma(word: str, language: str) -> str:
    """A lowercase matching key for one word: its dictionary form (ru/uk) or its stem
    (be/pl and other languages)."""
    return _lemma_cached(word, language)


@lru_cache(maxsize=16384)
def _lemma_cached(word: str, language: str) -> str:
    low = word.lower().strip("«»„”“\"'’.,")
    analyzer = _analyzer(language)
    if analyzer is not None and _CYRILLIC.search(low):
        parses = analyzer.parse(low)
        return str(parses[0].normal_form) if parses else low
    rules = rules_for(language)
    if rules is None:
        return low
    for src, dst in rules.fold:
        low = low.replace(src, dst)
    if len(low) > 4:
        for ending in rules.stem_endings:
            if low.endswith(ending) and len(low) - len(ending) >= 3:
                return low[: -len(ending)]
    return low


def name_key(name: str, language: str) -> str:
    """The key two mentions of one name share whatever their case."""
    return " ".join(lemma(w, language) for w in name.split())


# --- ru/uk: pymorphy3 --------------------------------------------------------------------


def _is_plain_word(word: str) -> bool:
    """Cyrillic, not an acronym ("МВД"), not an initial ("А.")."""
    core = word.strip(".,")
    return (
        bool(_CYRILLIC.search(core)) and not (core.isupper() and len(core) > 1) and "." not in word
    )


def _restore_case(original: str, new: str) -> str:
    if "ё" in new and "ё" not in original and "Ё" not in original:
        # "По словам Аешина" -> "Аешин", not the dictionary's "Аёшин": where the article
        # writes е for ё, the name keeps the article's spelling (round 14)
        new = new.replace("ё", "е")
    if original.isupper() and len(original) > 1:
        return new.upper()
    parts_o, parts_n = original.split("-"), new.split("-")
    if len(parts_o) == len(parts_n):
        return "-".join(
            n[:1].upper() + n[1:] if o[:1].isupper() else n
            for o, n in zip(parts_o, parts_n, strict=False)
        )
    return new[:1].upper() + new[1:] if original[:1].isupper() else new


_PERSON_TAGS = ("Name", "Surn", "Patr")


def grammemes(parse: Any) -> frozenset[str]:
    """A parse's grammemes as plain strings (the ru and uk tag sets differ, and asking a
    tag about a grammeme its language lacks raises)."""
    return frozenset(str(parse.tag).replace(" ", ",").split(","))


def _inflect_dictionary(
    words: list[str], analyzer: Any, case: str | None, person_hint: bool | None = None
) -> list[str]:
    plain = [i for i, w in enumerate(words) if _is_plain_word(w)]
    if not plain:
        return words
    if case not in (None, "nomn"):
        words = [_inflect_compound(w, analyzer, case) if "-" in w else w for w in words]
    parses = {i: analyzer.parse(words[i].lower()) for i in plain}
    # A person's name: every word capitalised and none is a common noun or adjective
    # heading an organisation ("Иван Петров", "Анны Вишневской", "В. Н. Лисицкого").
    person = (
        person_hint is not False
        and all(words[i][:1].isupper() for i in plain)
        and all(
            any(t in grammemes(p) for p in parses[i] for t in _PERSON_TAGS)
            or not any(p.tag.POS == "NOUN" and "Geox" not in grammemes(p) for p in parses[i])
            for i in plain
        )
    )
    if person:
        return _inflect_person(words, plain, parses, case)
    # Otherwise: adjectives up to the first noun (the head) agree with it; the rest stays.
    head = None
    if case is not None:
        # "Двоє лікарів лікарні" (genitive): the first word that can be a noun is the head,
        # read in that case when it can be ("Міністерство розвитку" stays as it is).
        # "«Коми Вахте»": an indeclinable first word ("Коми") is no head when a word
        # after it declines (round 14)
        head = next(
            (
                i
                for i in plain
                if any(p.tag.POS == "NOUN" for p in parses[i])
                and not (i != plain[-1] and all("Fixd" in grammemes(p) for p in parses[i]))
            ),
            None,
        )
        # "Української правди": a word that can also be an adjective agreeing with the
        # noun after it is that noun's adjective, not the head.
        # "Дніпровського державного медичного університету": through a chain of
        # adjectives to the noun they agree with.
        opened = head is not None and words[head][:1].isupper()
        while (
            opened
            and head is not None
            and head + 1 in parses
            and any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == case for p in parses[head])
            and any(
                p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case == case
                for p in parses[head + 1]
            )
        ):
            head += 1
        if head is not None and not any(
            p.tag.POS == "NOUN" and p.tag.case == case for p in parses[head]
        ):
            head = None
    if head is None:
        head = next((i for i in plain if parses[i] and parses[i][0].tag.POS == "NOUN"), None)
    if head is None:
        head = next((i for i in plain if any(p.tag.POS == "NOUN" for p in parses[i])), None)
    if head is None:
        return words
    choice = _choose_head(parses[head], [parses[i] for i in plain if i < head], case)
    if choice is None:
        return words
    head_parse, target_case = choice
    if target_case == "nomn":
        return words
    out = list(words)
    number = head_parse.tag.number or "sing"
    gender = head_parse.tag.gender
    for i in plain:
        if i > head:
            break
        if i == head:
            form = head_parse.inflect({"nomn", number}) or _unmarked_nominative(head_parse)
        else:
            adj = next(
                (
                    p
                    for p in parses[i]
                    if p.tag.case == target_case and p.tag.POS in ("ADJF", "PRTF")
                ),
                None,
            )
            if adj is None:
                continue
            wanted = {"nomn", number} if number == "plur" or gender is None else {"nomn", gender}
            form = adj.inflect(wanted) or adj.inflect({"nomn"})
        if form is not None:
            out[i] = _restore_case(words[i], form.word)
    return out


def _unmarked_nominative(parse: Any) -> Any:
    """The nominative of a parse whose number the tag set leaves unmarked: the Ukrainian
    dictionary marks only the plural, so "вісника" (masc, gent) is "Вісник", not the first
    nominative of its paradigm, "Вісники"; its nominative singular carries no case at all
    (round 14)."""
    if parse.tag.number is None:
        for form in parse.lexeme:
            if form.tag.case in ("nomn", None) and form.tag.number != "plur":
                return form
    return parse.inflect({"nomn"})


def _inflect_compound(word: str, analyzer: Any, case: str) -> str:
    """ "Интерфаксу-Запад" (dative) -> "Интерфакс-Запад": a hyphenated proper name the
    dictionary does not know inflects in its first part."""
    first, _, second = word.partition("-")
    if not (first[:1].isupper() and second[:1].isupper()) or "-" in second:
        return word
    if any(p.tag.case == case for p in analyzer.parse(word.lower())):
        return word
    parses = [
        p for p in analyzer.parse(first.lower()) if p.tag.POS == "NOUN" and p.tag.case == case
    ]
    form = parses[0].inflect({"nomn"}) if parses else None
    return f"{_restore_case(first, form.word)}-{second}" if form is not None else word


def _choose_head(
    head_parses: list[Any], adjectives: list[list[Any]], case: str | None
) -> tuple[Any, str] | None:
    best: tuple[float, Any, str] | None = None
    for p in head_parses:
        if p.tag.POS != "NOUN" or p.tag.case is None:
            continue
        c = str(p.tag.case).replace("gen2", "gent").replace("loc2", "loct")
        # in the singular the gender agrees too ("міській раді" is "рада", not "рад")
        agrees = all(
            any(
                a.tag.case == p.tag.case
                and a.tag.number == p.tag.number
                and (
                    p.tag.number == "plur"
                    or a.tag.gender is None
                    or p.tag.gender is None
                    or a.tag.gender == p.tag.gender
                )
                for a in adj
            )
            for adj in adjectives
        )
        if not agrees:
            continue
        score = p.score + (10 if c == case else 0) + (2 if p.tag.number == "sing" else 0)
        score += 1 if c == "nomn" else 0
        if best is None or score > best[0]:
            best = (score, p, c)
    return (best[1], best[2]) if best else None


def _inflect_person(
    words: list[str], plain: list[int], parses: dict[int, list[Any]], case: str | None
) -> list[str]:
    declinable = [i for i in plain if not all("Fixd" in grammemes(p) for p in parses[i])]
    if not declinable:
        return words
    shared: set[str] | None = None
    for i in declinable:
        cases = {str(p.tag.case) for p in parses[i] if p.tag.case}
        shared = cases if shared is None else shared & cases
    shared = shared or set()
    if "nomn" in shared and case is None:
        return words
    target = case if case in shared else next((c for c in _CASE_ORDER if c in shared), None)
    if target is None or target == "nomn":
        return words
    # The gender of the first name decides the surname's ("Петровой" -> "Петрова").
    gender = None
    for i in declinable:
        for p in parses[i]:
            if p.tag.case == target and "Name" in grammemes(p) and p.tag.gender:
                gender = str(p.tag.gender)
                break
        if gender:
            break
    out = list(words)
    for i in declinable:
        candidates = [p for p in parses[i] if p.tag.case == target and p.tag.number != "plur"]
        if gender:
            candidates = [
                p for p in candidates if str(p.tag.gender) in (gender, "ms-f", "None")
            ] or candidates
        candidates.sort(
            key=lambda p: -(p.score + (1 if any(t in grammemes(p) for t in _PERSON_TAGS) else 0))
        )
        if not candidates:
            continue
        p = candidates[0]
        form = p.inflect({"nomn", "sing"}) or p.inflect({"nomn"})
        if form is not None:
            out[i] = _restore_case(words[i], form.word)
    return out


# --- be/pl: suffix rules -----------------------------------------------------------------


def _inflect_rules(
    words: list[str], language: str, case: str | None, person_hint: bool | None = None
) -> list[str]:
    rules = rules_for(language)
    assert rules is not None
    plain = [
        i
        for i, w in enumerate(words)
        if w[:1].isalpha() and not (w.isupper() and len(w) > 1) and "." not in w
    ]
    if not plain:
        return words
    out = list(words)
    lowered = [w.lower() for w in words]
    # A lexicon hit decides the head ("Komendy" -> "komenda"); the words before it are
    # adjectives agreeing with it; after it, the genitive complement stays.
    head = next((i for i in plain if lowered[i] in rules.heads), None)
    if (
        head is not None
        and words[plain[0]][:1].islower()
        and any(i < head and not _looks_adjective(lowered[i], rules) for i in plain)
    ):
        # "медыкаў бальніцы": a lowercase noun before the listed head is the head itself
        head = None
    if head is not None:
        nom, gender = rules.heads[lowered[head]]
        if nom == lowered[head] and all(
            (rules.lexicon.get(lowered[i]) or _apply(lowered[i], rules.adjective[gender]))
            == lowered[i]
            for i in plain
            if i < head
        ):
            # a nominative head; but an indeclinable one ("Narodowego Centrum Krwi") shows
            # its case only in the adjectives before it
            return words
        for i in plain:
            if i < head:
                new = rules.lexicon.get(lowered[i]) or _apply(lowered[i], rules.adjective[gender])
                out[i] = _restore_case(words[i], new)
        out[head] = _restore_case(words[head], nom)
        # Adjectives after the head agree with it ("Komendy Głównej" -> "Komenda Główna");
        # the first word that is not one starts the genitive complement.
        for i in range(head + 1, len(words) if rules.postpositive_adjectives else 0):
            if i not in plain:
                break
            new = _apply(lowered[i], rules.adjective[gender])
            if new == lowered[i] or not _looks_adjective(lowered[i], rules):
                break
            out[i] = _restore_case(words[i], new)
        return out
    if (
        plain[-1] + 1 < len(words)
        and words[plain[-1] + 1].isupper()
        and all(_looks_adjective(lowered[i], rules) for i in plain)
    ):
        # "у Пастаўскім РАУС", "Бялыніцкай ЦРБ": adjectives before an indeclinable acronym,
        # their ending alone tells the gender
        for i in plain:
            out[i] = _restore_case(words[i], _any_gender_adjective(lowered[i], rules))
        return out
    if (
        rules.noun_adjective_endings
        and words[plain[0]][:1].islower()
        and all(lowered[i].endswith(rules.noun_adjective_endings) for i in plain)
    ):
        for i in plain:
            out[i] = _restore_case(words[i], _any_gender_adjective(lowered[i], rules))
        return out
    person = person_hint is not False and all(words[i][:1].isupper() for i in plain)
    if not person:
        # A lowercase phrase ("pełnomocnika", "праваабарончага цэнтра"): adjectives then one
        # noun; the gender comes from the noun's ending table.
        noun = next((i for i in plain if not _looks_adjective(lowered[i], rules)), plain[-1])
        new_noun, gender = _noun_nominative(lowered[noun], rules, case)
        new_noun = rules.lexicon.get(lowered[noun], new_noun)  # "Нашаму краю" -> "край"
        for i in plain:
            if i < noun:
                new = rules.lexicon.get(lowered[i]) or _apply(lowered[i], rules.adjective[gender])
                out[i] = _restore_case(words[i], new)
        out[noun] = _restore_case(words[noun], new_noun)
        return out
    if case is None and not any(_looks_oblique(lowered[i], rules) for i in plain):
        return words  # nothing says the name is inflected
    gender = _person_gender([lowered[i] for i in plain], rules, case)
    for n, i in enumerate(plain):
        w = lowered[i]
        if w in rules.first_names:
            new = rules.first_names[w]
        elif w in rules.lexicon:
            new = rules.lexicon[w]
        elif n == 0 and len(plain) > 1:
            new = _apply(w, rules.first_name[gender])
        else:
            new = _apply(w, rules.surname[gender])
        out[i] = _restore_case(words[i], new)
    return out


def _apply(word: str, table: tuple[tuple[str, str], ...]) -> str:
    for ending, replacement in table:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: len(word) - len(ending)] + replacement
    return word


def locative(phrase: str, language: str) -> str:
    """A name in the genitive put in the locative by the language's ``locative`` table: its
    head and the adjectives right after it ("kwartalnika" -> "kwartalniku", "Przeglądu
    Leśnego" -> "Przeglądzie Leśnym"); a genitive complement after them stays ("Przeglądu
    Epidemiologii" -> "Przeglądzie Epidemiologii")."""
    rules = rules_for(language)
    if rules is None or not rules.locative or not phrase:
        return phrase
    words = phrase.split(" ")
    out = [_restore_case(words[0], _apply(words[0].lower(), rules.locative))]
    for w in words[1:]:
        new = _apply(w.lower(), rules.locative) if _looks_adjective(w.lower(), rules) else w
        if new == w.lower() or new == w:
            out += words[len(out) :]
            break
        out.append(_restore_case(w, new))
    return " ".join(out)


def _any_gender_adjective(word: str, rules: Any) -> str:
    """The nominative of an adjective whose noun is not there to give the gender: the first
    table (m, f, n, p) that has its ending."""
    for gender in ("m", "f", "n", "p"):
        new = _apply(word, rules.adjective.get(gender, ()))
        if new != word:
            return new
    return word


def _looks_adjective(word: str, rules: Any) -> bool:
    return any(word.endswith(e) for e in rules.adjective_endings)


def _looks_oblique(word: str, rules: Any) -> bool:
    return any(word.endswith(e) for e in rules.oblique_endings)


def _noun_nominative(word: str, rules: Any, case: str | None) -> tuple[str, str]:
    for ending, replacement, gender in (*rules.case_nouns.get(case or "", ()), *rules.noun):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: len(word) - len(ending)] + replacement, gender
    return word, "m"


def _person_gender(words: list[str], rules: Any, case: str | None = None) -> str:
    first = words[0]
    if first in rules.first_names:
        return rules.first_name_gender.get(rules.first_names[first], "m")
    if any(first.endswith(e) for e in rules.masculine_endings):
        return "m"
    if any(first.endswith(e) for e in rules.feminine_endings):
        return "f"
    last = words[-1]
    if any(last.endswith(e) for e in rules.feminine_surname_endings):
        return "f"
    return "m"


def agreeing_nominative(noun: str, modifier: str, language: str) -> tuple[str, str]:
    """A noun and the participle or adjective after it, both in the nominative singular
    ("badania opublikowanego" -> "badanie", "opublikowane"; "исследовании опубликованном"
    -> "исследование", "опубликованное"): the modifier's ending tells the noun's number
    and case, the noun's nominative its gender."""
    low, mod = noun.lower(), modifier.lower()
    analyzer = _analyzer(language)
    if analyzer is not None:
        mods = [p for p in analyzer.parse(mod) if p.tag.POS in ("PRTF", "ADJF")]
        nouns = [p for p in analyzer.parse(low) if p.tag.POS == "NOUN"]
        for m in mods:
            for n in nouns:
                if n.tag.case == m.tag.case and n.tag.number == m.tag.number:
                    head = n.inflect({"nomn", "sing"}) or n.inflect({"nomn"})
                    gender = head.tag.gender if head is not None else n.tag.gender
                    form = (
                        (m.inflect({"nomn", "sing", gender}) or m.inflect({"nomn", gender}))
                        if gender
                        else None
                    )
                    if head is not None and form is not None:
                        return _restore_case(noun, head.word), _restore_case(modifier, form.word)
        return noun, modifier
    rules = rules_for(language)
    if rules is None:
        return noun, modifier
    singular = rules.singular_heads.get(low) if rules.singular_heads else None
    if singular is None:
        listed = rules.heads.get(low)
        if listed is None or listed[1] == "p":
            return noun, modifier
        singular = listed
    nom, gender = singular
    return _restore_case(noun, nom), _restore_case(modifier, _apply(mod, rules.adjective[gender]))


# The paradigm cells a reporting verb fills in a news sentence: the past (every gender and
# number) and the 3rd person of the present; an imperative, an infinitive or a first
# person never introduces a source.
_REPORTING_CELLS = ("past", "pres")
_RARE_FORMS = frozenset({"Arch", "Infr", "Slng", "Dist", "Erro"})


def verb_inflections(forms: tuple[str, ...], language: str) -> tuple[str, ...]:
    """The other inflections of the reporting verbs listed in ``forms`` (ru/uk, from the
    dictionary): a lemma is a reporting verb whatever its form, so "обещал" brings
    "обещают" and "скаржився" brings "скаржилась" without listing them.

    Only the cells of the paradigm that no listed form of the lemma fills are added (a
    homograph lexeme would bring a second present for a cell already written), each
    checked back: its likeliest reading must be the same verb, so a rare or unknown form
    never joins the verb gates; a reflexive brings reflexives only ("жаловался" is not
    "жалует"), a neuter past is left to the data (where a body speaks it is listed; a
    generated "привело" would read "Повышение тарифов привело к …" as speech), and a truncated colloquial present ("доповіда") is left out. Belarusian and Polish data generate their forms from
    stems (``attribution_data.forms``)."""
    analyzer = _analyzer(language)
    if analyzer is None:
        return ()
    listed = set(forms)
    filled: set[tuple[str, frozenset[str]]] = set()
    readings = []
    for word in forms:
        parse = next(
            (p for p in analyzer.parse(word) if p.tag.POS == "VERB" and p.word == word), None
        )
        if parse is None or not analyzer.word_is_known(word):
            continue
        readings.append(parse)
        filled.add((parse.normal_form, _cell(parse.tag)))
    added: dict[str, None] = {}
    for parse in readings:
        for form in parse.lexeme:
            tag = form.tag
            cell = _cell(tag)
            if (
                form.word in listed
                or tag.POS != "VERB"
                or not cell & set(_REPORTING_CELLS)
                or ("pres" in tag and "3per" not in tag)
                or "neut" in tag
                or _RARE_FORMS & grammemes(form)
                or (parse.normal_form, cell) in filled
                or _reflexive(form.word) != _reflexive(parse.word)
                or ("pres" in tag and form.word.endswith(("а", "я")))
                or not analyzer.word_is_known(form.word)
            ):
                continue
            top = analyzer.parse(form.word)[0]
            if top.normal_form == parse.normal_form and top.tag.POS == "VERB":
                added[form.word] = None
    return tuple(added)


def _reflexive(word: str) -> bool:
    return word.endswith(("ся", "сь"))


def _cell(tag: Any) -> frozenset[str]:
    """The paradigm cell of a verb form: tense, person, number, gender."""
    return frozenset(
        g
        for g in (
            "past",
            "pres",
            "futr",
            "1per",
            "2per",
            "3per",
            "sing",
            "plur",
            "masc",
            "femn",
            "neut",
        )
        if g in tag
    )
