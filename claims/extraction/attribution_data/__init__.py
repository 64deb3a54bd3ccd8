"""Per-language data for attribution: cue phrases, verbs, kind markers, name rules.

Adding a language is adding a module here with ``CUES`` (a :class:`LanguageCues`) and,
when no dictionary analyser exists for it, ``RULES`` (a :class:`MorphRules`) for
:mod:`claims.extraction.morph`; then listing it in ``_MODULES``. The engine in
``attribute.py`` compiles the patterns from this data once per language.

Every cue carries the grammatical case it governs ("по словам" + genitive, "согласно" +
dative, "w rozmowie z" + instrumental), so the name found after it is turned into its
nominative with the right reading.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field

_MODULES = ("ru", "uk", "be", "pl")


@dataclass(frozen=True)
class LanguageCues:
    """Everything the Slavic attribution patterns need for one language."""

    code: str
    # Reporting and speech verbs, every form the patterns should accept (3rd person,
    # every gender and number, past and present, perfective and imperfective).
    verbs: tuple[str, ...]
    # Adverbial participles ("заявив", "dodając"): "X disputed …, saying".
    gerunds: tuple[str, ...]
    # (phrase, case): the source follows the phrase ("по словам" Ивана Петрова).
    lead_cues: tuple[tuple[str, str], ...]
    # (phrase, case): a source cited by the speaker, who becomes the relay ("со ссылкой на").
    citing_cues: tuple[tuple[str, str], ...]
    # (phrase, case): the outlet the words were said to ("в интервью", "w rozmowie z").
    relay_cues: tuple[tuple[str, str], ...]
    # (phrase, case): a document reached an outlet ("оказавшийся в распоряжении").
    possession_cues: tuple[tuple[str, str], ...]
    # Phrases meaning "according to him/her" ("по его словам", "według niego").
    pronoun_cues: tuple[str, ...]
    # Subject pronouns ("он", "она"): "он сказал" resolves to the last named person.
    pronouns: tuple[str, ...]
    # Stems of data and publication nouns ("доклад", "raport") followed by the author.
    data_nouns: tuple[str, ...]
    # Prepositions of a passive agent ("przeprowadzone przez" X).
    agent_preps: tuple[tuple[str, str], ...]
    # Stems of nouns for unnamed sources ("источник", "źródł") and anonymity phrases.
    anonymous_nouns: tuple[str, ...]
    anonymous_markers: tuple[str, ...]
    # Prepositions of the impersonal form "уточнили в пресс-службе" (case of the noun).
    impersonal_preps: tuple[tuple[str, str], ...]
    # (kind, stems): the earliest stem found in the descriptor or the name decides; a
    # marker written in capitals is an acronym and must be a whole word ("СМИ", "PAP").
    kind_markers: tuple[tuple[str, tuple[str, ...]], ...]
    # Lowercase role words dropped from the front of a name ("президент", "posłanka").
    role_words: frozenset[str]
    # Capitalised words that never start a name (sentence-initial function words).
    stop_lead: frozenset[str]
    # Stems that start an organisation name whose later words are lowercase
    # ("Министерство внутренних дел", "Государственный пограничный комитет").
    org_starts: tuple[str, ...]
    # Words allowed between capitalised words of one name ("Sąd Okręgowy w Warszawie").
    connectors: tuple[str, ...]
    # Words allowed between the verb and the name ("подтвердила и X", "powiedział też X").
    particles: tuple[str, ...]
    # Prepositions starting a short adverbial between name and verb ("на совещании").
    adverbial_preps: tuple[str, ...]
    # Stems of lowercase subjects that are sources ("правозащитники", "śledczy").
    subject_nouns: tuple[str, ...]
    # Known outlets without a marker word ("PAP", "ТАСС").
    outlets: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    # Lowercase words a name span never continues into (besides verbs).
    stop_words: frozenset[str] = field(default_factory=frozenset)
    # Common first names (lowercase, nominative) where no dictionary marks them: an
    # organisation run followed by a person ("rzeczniczka Podlaskiego Oddziału Straży
    # Granicznej Agnieszka Borowska") is split at the first name.
    first_names: frozenset[str] = field(default_factory=frozenset)
    # Endings of adjectives: a capitalised adjective may open an organisation's name
    # ("Київської школи економіки", "Сусветная арганізацыя аховы здароўя").
    adjective_suffixes: tuple[str, ...] = ()
    # Information nouns skipped before the source ("паводле звестак клуба" -> клуб).
    info_nouns: tuple[str, ...] = ()
    # Relative clauses that make the subject before them anonymous ("Двоє медиків, які
    # попросили не називати їхніх імен, …") and numerals dropped from that subject.
    anonymous_relatives: tuple[str, ...] = ()
    numerals: tuple[str, ...] = ()
    # First letters a name never starts with in its dictionary form, and their
    # replacement (Belarusian "ў" only follows a vowel: "паведаміла ўпраўленне" ->
    # "упраўленне").
    initial_folds: tuple[tuple[str, str], ...] = ()
    # Reporting expressions of more than one word, every gender and number ("пришёл к
    # выводу", "дійшла висновку", "doszli do wniosku"): they take the place of a verb.
    verb_phrases: tuple[str, ...] = ()
    # Stems of nouns for people who speak for a body named after them in the genitive
    # ("активисты «Весны»", "economists of the school": "Економісти Київської школи
    # економіки", "Aktywiści Grupy Granica"): the body is the source.
    member_nouns: tuple[str, ...] = ()
    # Stems of nouns naming a body by its type ("компания", "organizacja"): a bare one
    # after the verb refers to the organisation named earlier in the sentence.
    referring_nouns: tuple[str, ...] = ()
    # Stems of a body's offices that speak for it ("пресслужба", "biuro prasowe"): "повідомила
    # пресслужба Львівської міської ради" keeps the office with its body, as the lowercase
    # "пресс-служба министерства" always did.
    office_nouns: tuple[str, ...] = ()
    # Reflexive possessive and demonstrative determiners that open a short object standing
    # between the subject and its verb (Slavic word order is free): "Директор свою вину
    # отрицает", "Компанія цю інформацію підтвердила", "Міністэрства гэтыя даныя
    # абвергла", "Spółka tę informację potwierdziła". The determiner and one noun after it.
    object_determiners: tuple[str, ...] = ()
    # "Як дізнався «Житомирський вісник» від джерела в ОДА", "как узнал Reuters у двух
    # источников", "dowiedziała się PAP od rzecznika": verbs of learning (every gender and
    # number) and the prepositions that introduce whom it was learned from, with their case.
    # The source is the one after the preposition, the outlet that learned it its relay.
    learned_verbs: tuple[str, ...] = ()
    # Partitives inside or opening a noun-phrase subject ("Фармацевтка однієї з київських
    # аптек, …, розповіла", "Один із постачальників, ТОВ «…», заперечив"), every gender.
    partitives: tuple[str, ...] = ()
    # Prepositions inside a person's job title ("заместитель директора по кадрам", "намеснік
    # дырэктара па кадрах", "заступник директора з питань", "zastępca dyrektora ds. kadr").
    descriptor_preps: tuple[str, ...] = ()
    # "from" before a body a member speaks for: "Активисты из движения «X» утверждают",
    # "Aktywiści z ruchu Sądecki Alarm Smogowy twierdzą": the named body is the source.
    member_preps: tuple[str, ...] = ()
    learned_preps: tuple[tuple[str, str], ...] = ()
    # The "follows from" form with the source first: (prepositions, verbs), e.g. "Z faktur,
    # które przedstawiła jednostka, wynika, że …", "Из данных Белстата следует, что …".
    # The source after the preposition is in the genitive.
    preposed_follow: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    # "on" with a workplace in the impersonal form ("пообещали на предприятии", "паабяцалі
    # на прадпрыемстве"): the preposition, and the stems of the nouns it takes for a body
    # (never an event: "заявили на совещании").
    workplace_preps: tuple[str, ...] = ()
    # Stems of nouns for an unnamed person a source is cited as ("powołując się na osobę z
    # otoczenia wójta", "со ссылкой на человека из окружения мэра").
    person_nouns: tuple[str, ...] = ()
    # A relative clause saying which outlet cites the source: "Собеседник в министерстве, на
    # которого ссылается «X», сообщил": X is the relay of whoever the clause follows.
    cited_by_relatives: tuple[str, ...] = ()
    workplace_nouns: tuple[str, ...] = ()
    # Demonstratives that point an information cue back to the data already cited
    # ("Согласно тем же данным", "За цими даними", "Паводле тых жа звестак", "Według tych
    # samych danych"): the source is the last one named for data in the article.
    anaphoric_determiners: tuple[str, ...] = ()
    # Endings of an adjective in an oblique case: a capitalised adjective inside an
    # organisation's name carries its lowercase noun ("Інстытута мікрабіялогіі Нацыянальнай
    # акадэміі навук", "Института экономики Национальной академии наук").
    oblique_adjective_endings: tuple[str, ...] = ()
    # Stems of "published" and the prepositions of where: a study named by where it was
    # published is the source, named so ("badanie opublikowane w Przeglądzie
    # Kardiologicznym", "исследование, опубликованное в журнале «Медицина»"), as in English.
    published_participles: tuple[str, ...] = ()
    published_preps: tuple[str, ...] = ()
    # Stems of the nouns of a study's people ("автор", "співавторка", "кіраўнік", "autorka"):
    # a data noun right after one is part of a title ("співавторка дослідження Богдана
    # Кравчишин"), so the name after it is the speaker in the nominative, not the author
    # of the study in the genitive.
    title_heads: tuple[str, ...] = ()
    # "there" standing for the place or body named last with the impersonal form
    # ("уточнили в пресс-службе. Там также напомнили …", "наголосили там").
    there_words: tuple[str, ...] = ()
    # Passive and impersonal report forms that open "as stated in <document>" ("как указано
    # в", "як ідеться в", "як запісана ў", "jak napisano w"): the word "as", the verbs, and
    # the prepositions of the document after them: the document's author in the genitive is the source, else the
    # document itself, in the nominative ("в обвинительном заключении" -> "обвинительное
    # заключение").
    # Prepositions that alternate by euphony, each group interchangeable inside a cue
    # phrase ("з посиланням на" = "із посиланням на" = "зі …"; "у размове з" = "ў размове
    # з"): every cue is read in every variant, so the data lists one.
    euphonic_variants: tuple[tuple[str, ...], ...] = ()
    # Stems of the "own" determiners ("собственные данные", "власну статистику", "własne
    # dane"): a speaker citing its own data is the source itself, not a relay.
    own_stems: tuple[str, ...] = ()
    # Nominative plural endings of nouns for people where no dictionary tells them
    # ("забудоўшчыкі", "deweloperzy", "rolnicy"): a bare plural of people opening the
    # sentence before a plural reporting verb is a source as the group ("Застройщики
    # утверждают", "Перевізники з цим не згодні", "Urzędnicy podkreślili"). The dictionary
    # (animate nominative plural nouns) decides for ru/uk.
    people_plural_endings: tuple[str, ...] = ()
    # Prepositions of "with" in a short stance object before the verb ("с этим не согласны",
    # "z tym się nie zgadzają"): the preposition and one word are skipped.
    comitative_preps: tuple[str, ...] = ()
    # "на запрос" after an answer's author: the outlet that asked is the relay ("как следует
    # из ответа министерства на запрос «X»", "jak wynika z odpowiedzi urzędu na pytania X").
    request_preps: tuple[str, ...] = ()
    # Bare objects of admitting or denying that may stand before the verb without a
    # determiner ("Директор вину признал", "Обвиняемый обвинения отрицает", "Oskarżony winy
    # nie przyznał").
    guilt_objects: tuple[str, ...] = ()
    # "and" joining two subjects of one plural verb ("X и Y заявили", "X i Y podkreślili").
    conjunctions: tuple[str, ...] = ()
    # Pronouns after a partitive ("одна из них", "адна з іх", "jedna z nich"): the phrase
    # points back to a group named before, so it is not read as the speaker's name.
    partitive_pronouns: tuple[str, ...] = ()
    # Endings of adverbs made from adjectives, where no dictionary tells them: a capitalised
    # adverb opening the sentence is never a name ("Афіцыйна гэтую інфармацыю не
    # пацвярджаюць", "Oficjalnie nikt tego nie potwierdza").
    adverb_endings: tuple[str, ...] = ()
    passive_report_openers: tuple[str, ...] = ()
    passive_report_verbs: tuple[str, ...] = ()
    passive_report_preps: tuple[str, ...] = ()
    # Stems of the documents that may open the passive report before its verb ("В жалобе,
    # копию которой …, утверждается", "У листі міністерства йдеться"): the preposition
    # opening the sentence, the document, its author or complement, the verb. Empty, the
    # fronted form is not read.
    fronted_report_nouns: tuple[str, ...] = ()
    # A document "published on the site of" its owner ("записки, опубликованной на сайте
    # администрации Пскова"): participle stems and site nouns (after "на"); the owner in the
    # genitive is a source. Empty, not read.
    site_participles: tuple[str, ...] = ()
    # Verbs of an outlet quoting a person in the accusative ("— …, — цитирует ТАСС министра
    # Антона Силуанова"): the person speaks, the outlet relays. Empty, not read.
    quoting_verbs: tuple[str, ...] = ()
    site_nouns: tuple[str, ...] = ()
    # Intensifiers before a surname opening a sentence ("Сам Шестопалов вины не признал",
    # "Сама Гайдош радить …"): the person becomes the one a later "по его словам" means
    # (round 14; an opening surname alone does so too).
    topic_intensifiers: tuple[str, ...] = ()
    # Stems of the type nouns an outlet's name stands in apposition to ("przez portal
    # Łowickie Nowiny", "w rozmowie z tygodnikiem Głos Pomorza"): the noun takes the case,
    # the name after it stays in the nominative.
    apposition_nouns: tuple[str, ...] = ()
    # Endings of feminine role nouns ("radna", "obrończyni", "эканамістка"): a lone role
    # noun speaking refers back to the last person of its kind and gender; empty, the
    # back-reference is not made.
    feminine_role_endings: tuple[str, ...] = ()
    # Nouns of a journal's issue ("w listopadowym numerze", "w wydaniu"), dropped from
    # where a study was published: the journal named after them is the place.
    issue_nouns: tuple[str, ...] = ()
    # Stems of the relative pronoun that may stand in a long gap between a person and the
    # verb ("Leszek Kaszuba ze Stowarzyszenia „X”, które od lat …, powiedział"): with them
    # an adverbial may carry a relative clause (each up to 80 characters) or run comma-free
    # up to 120. Empty, the gap stays short: in Russian the long one let "по закупкам ООО
    # «X» Наталья Сухорукова, которую …," hide the person behind "Директор" (round 17).
    long_gap_relatives: tuple[str, ...] = ()
    # Prepositions of where a person's workplace is, inside the descriptor before the name
    # ("kierowniczka stacji pogotowia w Sokółce Elżbieta Lis", "загадчыца амбулаторыі ў
    # Мёрах Ганна Лісоўская"), read like "from" (``member_preps``): one capitalised word
    # after them, then the name. Empty, not read.
    descriptor_place_preps: tuple[str, ...] = ()


@dataclass(frozen=True)
class MorphRules:
    """Suffix rules giving the nominative for languages without a dictionary analyser.

    Tables are ``(ending, replacement)`` pairs tried in order (longest first); genders are
    "m", "f", "n", "p" (plural)."""

    # Inflected head nouns of institution names -> (nominative, gender).
    heads: dict[str, tuple[str, str]]
    adjective: dict[str, tuple[tuple[str, str], ...]]
    noun: tuple[tuple[str, str, str], ...]
    first_names: dict[str, str]
    first_name_gender: dict[str, str]
    first_name: dict[str, tuple[tuple[str, str], ...]]
    surname: dict[str, tuple[tuple[str, str], ...]]
    adjective_endings: tuple[str, ...]
    oblique_endings: tuple[str, ...]
    feminine_endings: tuple[str, ...]
    stem_endings: tuple[str, ...]
    masculine_endings: tuple[str, ...] = ()
    feminine_surname_endings: tuple[str, ...] = ()
    fold: tuple[tuple[str, str], ...] = ()
    # Polish institution names put adjectives after the head ("Komenda Główna").
    postpositive_adjectives: bool = False
    # Singular readings of forms the head table reads as plurals ("badania" is also the
    # genitive singular of "badanie"): used where a singular modifier agrees with the noun.
    singular_heads: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Words the suffix tables would get wrong, inflected -> nominative (possessive
    # pronouns in names: "Нашай Нівай" -> "Наша Ніва", not "Нашая").
    lexicon: dict[str, str] = field(default_factory=dict)
    # Noun endings read only in a known case, tried before ``noun`` (which cannot tell a
    # masculine genitive "-а" from a feminine nominative): (ending, replacement, gender) per
    # case, the regular masculine and neuter paradigms ("паводле артыкула" -> "артыкул",
    # "у прыгаворы" -> "прыгавор", "w komunikacie" -> "komunikat", "z raportu" -> "raport").
    case_nouns: dict[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)
    # Endings only an adjective carries: a lowercase phrase of such words alone is an
    # adjective used as a noun ("паводле падлікаў следчых" -> "следчыя"), put in the
    # nominative with the first adjective table (m, f, n, p) that has its ending.
    noun_adjective_endings: tuple[str, ...] = ()
    # Genitive -> locative endings of the nouns naming a journal ("kwartalnika" ->
    # "kwartalniku", "Przeglądu" -> "Przeglądzie"): "w numerze X-gen" becomes "w X-loc".
    locative: tuple[tuple[str, str], ...] = ()


def euphonic(
    cues: tuple[tuple[str, str], ...], groups: tuple[tuple[str, ...], ...]
) -> tuple[tuple[str, str], ...]:
    """``cues`` with every euphonic variant of their prepositions added, in order, once."""
    alternatives = {w: group for group in groups for w in group}
    out: dict[tuple[str, str], None] = {}
    for phrase, case in cues:
        variants: list[list[str]] = [[]]
        for word in phrase.split(" "):
            options = alternatives.get(word, (word,))
            variants = [v + [o] for v in variants for o in options]
        out[(phrase, case)] = None
        for v in variants:
            out.setdefault((" ".join(v), case), None)
    return tuple(out)


def forms(stems: str, endings: str) -> tuple[str, ...]:
    """Every ``stem + ending`` (space-separated; "-" is the empty ending)."""
    ends = ["" if e == "-" else e for e in endings.split()]
    return tuple(s + e for s in stems.split() for e in ends)


def head_table(spec: str) -> dict[str, tuple[str, str]]:
    """``"nominative gender form form …; …"`` -> {form: (nominative, gender)}."""
    table: dict[str, tuple[str, str]] = {}
    for entry in spec.split(";"):
        words = entry.split()
        if len(words) < 2:
            continue
        nom, gender, *inflected = words
        for w in (nom, *inflected):
            table[w] = (nom, gender)
    return table


_CUES: dict[str, LanguageCues | None] = {}
_RULES: dict[str, MorphRules | None] = {}


def _load(language: str) -> None:
    if language in _CUES:
        return
    if language not in _MODULES:
        _CUES[language] = _RULES[language] = None
        return
    module = importlib.import_module(f"{__name__}.{language}")
    _CUES[language] = getattr(module, "CUES", None)
    _RULES[language] = getattr(module, "RULES", None)


def cues_for(language: str) -> LanguageCues | None:
    _load(language)
    return _CUES[language]


def rules_for(language: str) -> MorphRules | None:
    _load(language)
    return _RULES[language]
