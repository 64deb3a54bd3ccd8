"""Smaller towns and regions for places.py (fourteenth round), as data: one row per place,
its country and its name as each language writes it (the nominative; en/pl in Latin,
ru/uk/be in Cyrillic, transliterations too where the press uses two). The case forms are
made by rule (`forms`), so a row is all a new town needs. Plain Python (no Django).

The rule: a name ending in a consonant is a stem (every case form begins with it:
"Słonim" → "Słonimie", "Слонім" → "Слоніме", "Belfast" → "Belfastu"); a name ending in a
vowel (or a soft sign) loses it ("Бристоль" → "Бристол-", "Gliwice" → "Gliwic-"); a
fleeting vowel ("Новогрудок" / "в Новогрудке") is given as a second name; a long Cyrillic
name ending in к, г or х is also a stem without it (the adjective's consonant alternates:
"Кременчук" / "Кременчуцька"). A stem shorter than `MIN_STEM`
letters would catch other words, so such a name gives whole words only (itself and itself
plus each ending).
"""

from __future__ import annotations

MIN_STEM = 5
# a Cyrillic name this long whose last consonant alternates (к, г, х) is also its stem
# without that consonant, so its adjective begins with it
ALTERNATING_STEM = 7

# country: ((key, (names …)), …); the key is the English name, folded to ASCII
TOWNS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "britain": (
        # counties and regions (fifteenth round): weather, floods and transport claims
        # name them more than their towns
        ("cornwall", ("cornwall", "kornwalii", "корнуолл", "корнуол")),
        ("cumbria", ("cumbria", "kumbria", "камбрия", "камбрія", "кумбрия")),
        ("devon", ("devon", "девон")),
        ("yorkshire", ("yorkshire", "йоркшир")),
        ("kent", ("kent", "кент")),
        ("essex", ("essex", "эссекс", "ессекс")),
        ("norfolk", ("norfolk", "норфолк")),
        ("lancashire", ("lancashire", "ланкашир")),
        ("belfast", ("belfast", "belfaś", "белфаст", "бельфаст")),
        ("leeds", ("leeds", "лидс", "лідс")),
        ("bradford", ("bradford", "брэдфорд", "бредфорд")),
        ("sheffield", ("sheffield", "шеффилд", "шеффілд")),
        ("newcastle", ("newcastle", "ньюкасл")),
        ("nottingham", ("nottingham", "ноттингем", "ноттінгем")),
        ("leicester", ("leicester", "лестер")),
        ("bristol", ("bristol", "бристоль", "брістоль")),
        ("southampton", ("southampton", "саутгемптон", "саутгемптон")),
        ("aberdeen", ("aberdeen", "абердин", "абердін")),
        ("swansea", ("swansea", "суонси", "суонсі")),
        ("coventry", ("coventry", "ковентри", "ковентрі")),
        ("sunderland", ("sunderland", "сандерленд")),
        ("brighton", ("brighton", "брайтон")),
    ),
    "poland": (
        ("plock", ("płock", "plock", "плоцк", "плоцьк")),
        ("radom", ("radom",)),
        ("opole", ("opole", "opolu", "ополе")),
        ("elblag", ("elbląg", "elblag", "эльблонг", "ельблонг")),
        ("gorzow", ("gorzów", "gorzow", "gorzowie", "горжув")),
        ("tarnow", ("tarnów", "tarnow", "tarnowie", "тарнув")),
        ("przemysl", ("przemyśl", "przemysl", "пшемысль", "перемишль", "перемышль")),
        ("suwalki", ("suwałki", "suwałkach", "suwalki", "сувалки", "сувалкі")),
        ("chelm", ("chełm", "chełmie", "хелм")),
        ("zamosc", ("zamość", "zamościu", "замосць", "замостя")),
        ("legnica", ("legnica", "legnicy", "легница", "легниця")),
        ("czestochowa", ("częstochowa", "częstochowie", "ченстохова", "ченстохов")),
        ("gliwice", ("gliwice", "gliwicach", "гливице", "глівіце")),
        ("bielsko-biala", ("bielsko", "bielsku", "бельско", "бєльсько")),
        ("terespol", ("terespol", "тересполь", "цярэспаль")),
        ("hajnowka", ("hajnówka", "hajnówce", "гайнувка", "гайнаўка")),
    ),
    "belarus": (
        ("slonim", ("słonim", "slonim", "слоним", "слонім")),
        ("lida", ("lida", "лида", "ліда")),
        (
            "navahrudak",
            (
                "nowogródek",
                "nowogródk",
                "navahrudak",
                "novogrudok",
                "новогрудок",
                "новогрудк",
                "навагрудак",
                "навагрудк",
            ),
        ),
        ("orsha", ("orsza", "orsha", "орша")),
        ("zhlobin", ("żłobin", "zhlobin", "жлобин", "жлобін")),
        ("svetlahorsk", ("svetlahorsk", "svetlogorsk", "светлогорск", "светлагорск")),
        ("rechytsa", ("rechytsa", "rechitsa", "речица", "рэчыца")),
        ("kobryn", ("kobryń", "kobryn", "kobrin", "кобрин", "кобрын")),
        ("slutsk", ("słuck", "slutsk", "слуцк")),
        ("zhodzina", ("zhodino", "zhodzina", "жодино", "жодзіна")),
        ("novopolotsk", ("novopolotsk", "navapolatsk", "новополоцк", "наваполацк")),
        ("asipovichy", ("osipovichi", "asipovichy", "осиповичи", "асіповічы")),
        ("vawkavysk", ("wołkowysk", "vawkavysk", "volkovysk", "волковыск", "ваўкавыск")),
        ("smarhon", ("smorgonie", "smarhon", "smorgon", "сморгонь", "смаргонь")),
        ("ashmyany", ("oszmiana", "ashmyany", "oshmyany", "ошмяны", "ашмяны")),
        ("nesvizh", ("nieśwież", "nesvizh", "несвиж", "нясвіж")),
    ),
    "ukraine": (
        ("kryvyi-rih", ("kryvyi", "krivoy", "криворож", "криворіз")),
        ("sumy", ("=sumy", "=сумы", "сумщин", "сумськ", "сумск")),
        ("rivne", ("rivne", "=равне", "рівненськ", "ровенск")),
        ("kropyvnytskyi", ("kropyvnytskyi", "кропивницк", "кропивницьк")),
        ("mariupol", ("mariupol", "мариупол", "маріупол", "марыупал")),
        ("melitopol", ("melitopol", "мелитопол", "мелітопол")),
        ("kramatorsk", ("kramatorsk", "краматорск", "краматорськ")),
        ("bakhmut", ("bakhmut", "бахмут")),
        ("berdiansk", ("berdiansk", "бердянск", "бердянськ")),
        ("kremenchuk", ("kremenchuk", "кременчуг", "кременчук")),
        ("bila-tserkva", ("tserkva",)),
        ("izmail", ("izmail", "измаил", "ізмаїл")),
        ("kovel", ("kowel", "kovel", "ковель", "ковел")),
        ("drohobych", ("drohobych", "drohobycz", "дрогобыч", "дрогобич")),
        ("mukachevo", ("mukachevo", "мукачев", "мукачів", "мукачеві")),
        ("bucha", ("bucha", "bucza", "буча", "бучі")),
        ("sevastopol", ("sevastopol", "sewastopol", "севастопол")),
        ("simferopol", ("simferopol", "symferopol", "симферопол", "сімферопол")),
        ("irpin", ("irpin", "irpień", "irpieni", "ирпен", "ірпін", "ірпен")),
    ),
    "russia": (
        ("perm", ("perm", "пермь", "перми")),
        ("ufa", ("ufa", "уфа", "уфе", "уфы")),
        ("belgorod", ("belgorod", "biełgorod", "белгород", "бєлгород", "бялгарод")),
        ("kursk", ("kursk", "курск", "курськ")),
        ("bryansk", ("bryansk", "briańsk", "брянск", "брянськ")),
        ("smolensk", ("smolensk", "smoleńsk", "смоленск", "смоленськ", "смаленск")),
        ("pskov", ("pskov", "psków", "pskowie", "псков")),
        ("tver", ("tver", "twer", "тверь", "твер")),
        ("yaroslavl", ("yaroslavl", "ярославл")),
        ("saratov", ("saratov", "саратов")),
        ("tomsk", ("tomsk", "томск", "томськ")),
        ("barnaul", ("barnaul", "барнаул")),
        ("khabarovsk", ("khabarovsk", "хабаровск", "хабаровськ")),
        ("taganrog", ("taganrog", "таганрог")),
        ("astrakhan", ("astrakhan", "astrachań", "astrachani", "астрахан", "астрахань")),
        ("elbrus", ("elbrus", "эльбрус", "ельбрус", "эльбрус")),
        ("peterhof", ("peterhof", "петергоф", "петэргоф")),
        ("makhachkala", ("makhachkala", "махачкал")),
    ),
    # fifteenth round: the capitals of the countries places.COUNTRIES gained, and the
    # largest towns of the neighbours whose capitals were there already
    "kyrgyzstan": (("bishkek", ("bishkek", "biszkek", "бишкек", "бішкек")),),
    "uzbekistan": (
        ("tashkent", ("tashkent", "taszkent", "ташкент")),
        ("samarkand", ("samarkand", "samarkanda", "самарканд")),
    ),
    "tajikistan": (("dushanbe", ("dushanbe", "duszanbe", "душанбе")),),
    "turkmenistan": (("ashgabat", ("ashgabat", "aszchabad", "ашхабад", "ашгабат")),),
    "montenegro": (("podgorica", ("podgorica", "подгорица", "подгориця", "падгорыца")),),
    "albania": (("tirana", ("tirana", "tiranie", "=тирана", "=тиране", "=тырана", "=тыране")),),
    "macedonia": (("skopje", ("skopje", "скопье", "скопьє")),),
    "bosnia": (("sarajevo", ("sarajevo", "sarajewo", "сараево", "сараєво")),),
    "portugal": (("lisbon", ("lisbon", "lizbon", "лиссабон", "лісабон")),),
    "cyprus": (("nicosia", ("nicosia", "nikozj", "никосия", "нікосія")),),
    "georgia": (
        ("batumi", ("batumi", "батуми", "батумі")),
        ("kutaisi", ("kutaisi", "кутаиси", "кутаїсі")),
    ),
    "turkey": (
        ("antalya", ("antalya", "antalia", "анталья", "анталія", "анталия")),
        ("izmir", ("izmir", "измир", "ізмір")),
    ),
}

# a town inside a larger place of places.CITIES: naming it names that place too
# Eighteenth round: more of the towns a regional desk meets (the Polish cities of over
# about 50,000 people not yet here, Northern Ireland's and England's regional centres, the
# second cities of the Nordic countries, more Ukrainian and Russian district towns): a
# place trap or a look-alike about another town is compared only when both towns are
# known, and the towns of a fresh batch are not the ones of the last.
MORE_TOWNS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "poland": (
        ("wloclawek", ("włocławek", "włocławk", "wloclawek", "влоцлавек", "влоцлавк")),
        ("grudziadz", ("grudziądz", "grudziadz", "грудзёндз", "грудзьондз", "грудзендз")),
        ("kalisz", ("kalisz", "калиш", "каліш")),
        ("koszalin", ("koszalin", "кошалин", "кошалін")),
        ("slupsk", ("słupsk", "slupsk", "слупск", "слупськ")),
        ("siedlce", ("siedlce", "седльце", "сєдльце")),
        ("konin", ("=konin", "=koninie", "=koninem")),
        ("gniezno", ("gniezno", "gnieźn", "гнезно", "гнєзно")),
        ("mielec", ("mielec", "mielc", "мелец")),
        ("tarnobrzeg", ("tarnobrzeg", "тарнобжег")),
        ("sandomierz", ("sandomierz", "сандомир", "сандомеж", "сандамір")),
        ("szymany", ("szymany", "шиманы", "шимани", "шыманы")),
        ("glogow", ("głogów", "głogow", "glogow", "глогув")),
        ("tczew", ("tczew", "тчев")),
        ("ostroleka", ("ostrołęka", "ostroleka", "остроленка")),
        ("inowroclaw", ("inowrocław", "inowroclaw", "иновроцлав", "іновроцлав")),
        ("stargard", ("stargard", "старгард")),
        ("kolobrzeg", ("kołobrzeg", "kolobrzeg", "колобжег")),
        ("sopot", ("sopot", "sopoc", "сопот")),
        ("zabrze", ("zabrze", "забже")),
        ("sosnowiec", ("sosnowiec", "sosnowc", "сосновец", "сосновець")),
        ("rybnik", ("rybnik", "рыбник", "рибник")),
        ("augustow", ("augustów", "augustow", "августов", "августів")),
    ),
    "britain": (
        ("derry", ("derry", "londonderry", "дерри", "деррі")),
        ("newry", ("newry", "ньюри", "ньюрі")),
        ("lisburn", ("lisburn", "лисберн", "лісберн")),
        ("portsmouth", ("portsmouth", "портсмут", "портсмуц")),
        ("plymouth", ("plymouth", "плимут", "плімут")),
        ("norwich", ("norwich", "норидж", "норвич", "норідж")),
        ("inverness", ("inverness", "инвернесс", "інвернес", "инвернес")),
        ("exeter", ("exeter", "эксетер", "ексетер")),
        ("cambridge", ("cambridge", "кембридж")),
        ("oxford", ("oxford", "оксфорд")),
        ("dundee", ("dundee", "данди", "данді")),
        ("suffolk", ("suffolk", "саффолк", "суффолк")),
        ("lincolnshire", ("lincolnshire", "линкольншир", "лінкольншир")),
        ("carlisle", ("carlisle", "карлайл")),
        ("dumfries", ("dumfries", "дамфрис", "дамфріс")),
        ("guernsey", ("guernsey", "гернси", "гернсі")),
    ),
    "norway": (
        ("bergen", ("bergen", "берген")),
        ("stavanger", ("stavanger", "ставангер")),
        ("trondheim", ("trondheim", "тронхейм", "тронгейм")),
    ),
    "sweden": (
        ("gothenburg", ("gothenburg", "göteborg", "goteborg", "гетеборг", "гётеборг")),
        ("malmo", ("malmö", "malmo", "мальмё", "мальме")),
    ),
    "denmark": (("aarhus", ("aarhus", "орхус")),),
    "ukraine": (
        ("brovary", ("brovary", "=бровари", "=броварах", "=броварів", "=бровары", "=броваров")),
        ("nizhyn", ("nizhyn", "niżyn", "ніжин", "нежин")),
        ("khust", ("khust", "=chust", "=chuście", "хуст")),
        ("uman", ("uman", "humań", "умань")),
        ("ostroh", ("ostroh", "=острог", "=острозі", "=острога", "=остроге")),
        ("boryspil", ("boryspil", "boryspol", "борисполь", "бориспіль")),
        ("kolomyia", ("kolomyia", "kołomyj", "коломия", "коломыя")),
        ("truskavets", ("truskavets", "truskawiec", "трускавец", "трускавець")),
    ),
    "russia": (
        ("vyborg", ("vyborg", "wyborg", "выборг", "виборг")),
        ("cheboksary", ("cheboksary", "czeboksar", "чебоксары")),
        ("arkhangelsk", ("arkhangelsk", "archangielsk", "архангельск")),
        ("biysk", ("biysk", "bijsk", "бийск", "бійськ")),
        ("miass", ("miass", "миасс", "міас")),
        ("kostroma", ("kostroma", "кострома")),
    ),
    "belarus": (("mstsislau", ("mstsislau", "mścisław", "мсціслаў", "мсціслав", "мстиславль")),),
}
for _country, _towns in MORE_TOWNS.items():
    TOWNS[_country] = TOWNS.get(_country, ()) + _towns
PART_OF: dict[str, str] = {"peterhof": "petersburg"}

# case endings the rule adds to a short name or a vowel-final one (the nominative's
# last vowel dropped): Latin (pl) and Cyrillic (ru/uk/be)
_ENDINGS = {
    "latin": ("a", "u", "ie", "em", "y", "i", "zie", "ach"),
    "cyrillic": ("а", "у", "е", "ом", "ы", "і", "и", "ою", "ой", "ах", "ам", "зе", "ям", "ях"),
}
_VOWELS = set("aeiouyąęóаеёиоуыэюяіїєэ")


def _script(word: str) -> str:
    return "cyrillic" if any("\u0400" <= c <= "\u04ff" for c in word) else "latin"


def forms(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(stems, whole words) for one written name: "słonim" → (("słonim",), ()), "бристоль"
    → (("бристол",), ()), "lida" → ((), ("lida", "lid", "lidy", "lidzie" …)). A name
    beginning with "=" is a whole word as written ("=sumy": "sum" would catch "sum").
    One word per name: a town of two words is entered by its distinctive word or its
    adjective ("kryvyi", "криворіз")."""
    name = name.lower()
    if name.startswith("="):  # a whole word as written, no rule (a stem would catch others)
        return (), (name[1:],)
    if not name.isalpha():
        raise ValueError(f"one word per name, no rule for {name!r}")
    base = name.removesuffix("ь")
    base = base[:-1] if base[-1] in _VOWELS else base
    if len(base) >= ALTERNATING_STEM and _script(name) == "cyrillic" and base[-1] in "кгх":
        # the adjective alternates the last consonant (к → ц, г → з / ж, х → с / ш):
        # "Кременчук" / "Кременчуцька", "Таганрог" / "таганрожский" (fifteenth round)
        return (base, base[:-1]), ()
    if len(base) >= MIN_STEM:
        return (base,), ()
    endings = _ENDINGS[_script(name)]
    return (), (name, base, *(base + ending for ending in endings))


def rows() -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """(place, country, stems, whole words) for every town of TOWNS."""
    found = []
    for country, towns in TOWNS.items():
        for key, names in towns:
            stems: list[str] = []
            words: list[str] = []
            for name in names:
                more_stems, more_words = forms(name)
                stems += more_stems
                words += more_words
            found.append((key, country, tuple(dict.fromkeys(stems)), tuple(dict.fromkeys(words))))
    return found
