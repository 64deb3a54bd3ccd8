"""The shape of one language's data. Every field is plain data (words or regex fragments);
the splitter, cleaner and scorer read these tables, so adding a language is adding a module
that fills one :class:`LanguageData`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LanguageData:
    code: str  # ISO 639-1
    name: str  # lingua's Language name ("RUSSIAN")
    script: str  # "latin" or "cyrillic"
    # Letters that, within its script, only this language (of the supported ones) uses.
    letters: str = ""
    # Letters of the script this language never uses (a sentence with them is another one).
    foreign_letters: str = ""

    # --- splitting (words lowercased, without the period, space-separated) ---
    # Titles and place words always followed by a name: "проф.", "ул.", "prof.".
    titles: str = ""
    # End a sentence only before a typical opener (``starters``): "Co.", "Jan.".
    abbreviations: str = ""
    starters: str = ""
    # Units and list closers: end a sentence before a capital, never before a digit
    # ("18 тыс. В ...", "mln zł. Rząd ...", "и т. д. Потом ...").
    unit_abbreviations: str = ""
    # Units written without a dot of their own ("млн", "zł", "km"): a dot after one is a
    # full stop, so a capitalised word after it opens a sentence even before a comma.
    bare_units: str = ""
    # After a number a year marker ("2019 г.", "2015 r."), else a title ("г. Гродно").
    year_abbreviations: str = ""
    # Never end a sentence: "т. е.", "np.", "e.g.".
    never_end: str = ""

    # --- cleaning (regex fragments, matched case-insensitively) ---
    junk: tuple[str, ...] = ()  # marks a short line as page furniture
    strong_junk: tuple[str, ...] = ()  # drops even a full sentence (cookie banners)
    strong_anchors: tuple[str, ...] = ()  # cheap substrings that gate ``strong_junk``
    # "Читайте также: …", "Ще на тему - …", "Czytaj też: …", "Read more: …": a label of
    # a link to another story, then a colon or a dash (regex fragments, round 11).
    read_also: tuple[str, ...] = ()
    end_markers: tuple[str, ...] = ()  # section headers after which the article is over
    reporting: tuple[str, ...] = ()  # "said": a short line with it is news, not furniture
    byline_words: tuple[str, ...] = ()  # "Автор:", "Tekst:" before a name
    # Twelve entries, January first; each lists every form of the month name.
    months: tuple[str, ...] = ()
    relative_days: str = ""  # "сегодня вчера": a line of them and a time is a date line

    # --- check-worthiness ---
    number_words: str = ""  # numbers written as words, every form
    count_words: str = ""  # words that count a following noun ("сотни", "trzy")
    units: tuple[str, ...] = ()  # after a number: "%", "млн", "zł"
    qualifiers: tuple[str, ...] = ()  # before a number: "более", "ponad"
    counted_nouns: bool = False  # a number followed by any lowercase word is a count
    date_words: str = ""  # weekdays, "yesterday" (month names are added from ``months``)
    months_in_dates: bool = True  # English lists its date words itself ("may" is a hedge)
    date_phrases: tuple[str, ...] = ()
    schedule_words: str = ""  # gate words for ``schedule``
    schedule: tuple[str, ...] = ()  # regex fragments: "до конца", "do końca"
    comparison_words: str = ""
    comparison_stems: str = ""  # word beginnings: "вырос" covers выросла/выросли/выросло
    factual_words: str = ""
    factual_stems: str = ""
    factual_phrases: tuple[str, ...] = ()
    # Legal and official acts (round 11): sentencing, charging, arrest, detention,
    # indictment, acquittal, fines, licences revoked, lawsuits, contracts signed. A public
    # act of an authority is on the record, so checkable even without a digit ("суд
    # отправил его под домашний арест", "prokuratura przedstawiła zarzuty", "was charged
    # with"). Exact words, word beginnings and phrases.
    legal_words: str = ""
    legal_stems: str = ""
    legal_phrases: tuple[str, ...] = ()
    # Commentary openers (round 11): a sentence that starts with one ("Трудно поверить,
    # что …", "Выходит, …", "Trudno uwierzyć", "It is hard to believe") is the writer's
    # comment. Lowercase phrases matched at the start of the sentence only (after quotes
    # and dashes), so "выходит на работу" inside a sentence is no opener.
    opinion_openers: tuple[str, ...] = ()
    opinion_words: str = ""
    opinion_stems: str = ""
    opinion_phrases: tuple[str, ...] = ()
    hedge_words: str = ""
    hedge_phrases: tuple[str, ...] = ()
    # Lowercase-only hedges that are dates when capitalised ("may" / "May 2021").
    case_hedges: str = ""
    future_words: str = ""  # future tense and forecasts: a prediction, not yet checkable
    modal_words: str = ""  # gate for ``feelings``
    feeling_words: str = ""
    feelings: str = ""  # regex: a prediction of feelings ("will feel", "would be happy")
    boilerplate: tuple[str, ...] = ()  # phrases that make a sentence furniture
    no_comment: tuple[str, ...] = ()  # regex fragments: "declined to comment"
    no_comment_gates: tuple[str, ...] = ()  # substrings that gate ``no_comment``
    # Opinion words that are not opinions in these contexts (regex fragments over the
    # lowercased sentence): "как следует из протокола" (it follows from), "należy do miasta"
    # (belongs to). A hit of the opinion word inside one of them does not count.
    opinion_exceptions: tuple[str, ...] = ()
    # Institutions as actors, lowercase in these languages ("суд", "поліція", "urząd
    # miasta", "райвыканкам"): a sentence with one counts as naming an entity when no
    # capitalised name was found. Exact words and word beginnings.
    institution_words: str = ""
    institution_stems: str = ""
    # Reported speech without a named source: a reporting verb (word beginnings) followed
    # by a complementizer ("уточнили, что", "zastrzegają, że"), or after a comma or "как"
    # ("…, удакладнілі ў камітэце", "як повідомив клуб"); and evidential phrases.
    reported_stems: str = ""
    complementizers: str = ""
    as_words: str = ""
    reported_phrases: tuple[str, ...] = ()
    # Verbs of belief before a complementizer ("считает, что", "uważa, że"): the clause
    # after them is the speaker's view; without a statistic it is scored as an opinion.
    belief_words: str = ""
    # Fewer words than ``min_words`` is "too short"; fewer than ``short_words`` is "short".
    # Slavic sentences have no articles and fewer function words than English ones, so the
    # same content takes about one word less.
    # Pairs of word-initial letters that spell the same sound ("у ў" in Belarusian: "урад",
    # "ўрадам"); the scorer adds the other spelling of every cue word and word beginning.
    initial_variants: str = ""
    # Pairs of a past-tense ending and the letter its other forms continue with ("ў л" in
    # Belarusian: "прызнаў" -> "прызнал" for прызнала/прызналі; "в л" in Ukrainian): the
    # scorer adds the other beginning of every factual, comparison and reported verb stem.
    past_variants: str = ""
    # Month names turned adjectives ("ноябрьск", "listopadow"): word beginnings that date a
    # sentence like the month itself ("в ноябрьском номере", "w listopadowym numerze").
    month_adjective_stems: str = ""
    # A distributive fraction ("каждый пятый", "у кожным шостым", "co trzeci"): every form
    # of the distributive word, the ordinal stems and the endings an ordinal takes. Such a
    # phrase is a statistic, like "20 %".
    distributive_words: str = ""
    ordinal_stems: str = ""
    ordinal_endings: str = ""
    min_words: int = 5
    short_words: int = 6
    # Capitalised function words that are never names ("The", "Он", "Oraz").
    not_entity: str = ""
    # English rules count a sentence-initial capital (with ``not_entity`` excluded); the
    # others never do, since every sentence starts with one.
    initial_entity: bool = False
    # English keeps its tuned regexes; other languages leave these empty.
    unit_after_pattern: str = ""
    qualifier_pattern: str = ""
    word_count_pattern: str = ""
