"""Openers that front a finding before its authors (round 9): "К такому выводу пришли
экологи …", "Такі результати отримали науковці …", "Такія вынікі атрымалі афтальмолагі …",
"Do takiego wniosku doszli badacze …". The authors stand after the verb, in the nominative
(Slavic word order is free), and are the source of the finding the article reported.

Per language: the openers (lowercase, as the sentence starts), the endings of the past
tense the verb after them takes, and the words that end the authors' phrase (a place or a
publication follows them: "… у часопісе", "… в журнале").
"""

from __future__ import annotations

FINDING_OPENERS: dict[str, tuple[str, ...]] = {
    "ru": (
        "к такому выводу",
        "к таким выводам",
        "к такому заключению",
        "такие результаты",
        "такие данные",
        "такой вывод",
        "такие выводы",
    ),
    "uk": (
        "до такого висновку",
        "до таких висновків",
        "такого висновку",
        "таких висновків",
        "такі результати",
        "такі дані",
        "такий висновок",
        "такі висновки",
    ),
    "be": (
        "да такой высновы",
        "да такіх высноў",
        "такія вынікі",
        "такія даныя",
        "такую выснову",
        "такія высновы",
    ),
    "pl": (
        "do takiego wniosku",
        "do takich wniosków",
        "takie wyniki",
        "takie dane",
        "takie wnioski",
    ),
}

FINDING_VERB_ENDINGS: dict[str, tuple[str, ...]] = {
    "ru": ("ли", "ла", "ло", "л"),
    "uk": ("ли", "ла", "ло", "в"),
    "be": ("лі", "ла", "ло", "ў"),
    "pl": ("li", "ły", "ła", "ło", "ł"),
}

FINDING_STOPS: dict[str, frozenset[str]] = {
    "ru": frozenset({"в", "во", "на", "из", "после", "которые", "который"}),
    "uk": frozenset({"в", "у", "на", "з", "із", "після", "які", "який"}),
    "be": frozenset({"у", "ў", "на", "з", "са", "пасля", "якія", "які"}),
    "pl": frozenset({"w", "we", "na", "z", "ze", "po", "którzy", "który"}),
}
