"""Places a claim names, in en/ru/uk/be/pl, so that "in Kharkiv" and "у Хорватії" differ
even across languages and scripts, where the name check of hybrid.py (which compares
words written alike) cannot see it. Plain Python (no Django).

A table, not a model: the countries of Europe and its neighbours, and the cities and
regions that the desk's claims are most often about (Belarus, Ukraine, Poland, Russia,
the Baltics and the capitals around them), each with the stems of its name in the five
languages (every case form and the adjective begin with one: "Харківській області",
"харківський", "Charkowie" are Kharkiv). A city counts as its country too, so "у Мінску"
and "в Беларуси" never conflict. Extend the table with a place the desk meets often;
what is not in it is simply not compared.
"""

from __future__ import annotations

import functools
import re

# country: stems (lower case; a word beginning with one names it)
COUNTRIES: dict[str, tuple[str, ...]] = {
    "belarus": ("belarus", "białoru", "bialorus", "беларус", "белорус", "білорус"),
    "ukraine": ("ukrain", "ukrai", "украин", "україн", "украін"),
    "russia": ("russia", "rosj", "rosyj", "росси", "росій", "росії", "росія", "расі"),
    "poland": (
        "poland",
        "polish",
        "polsk",
        "polsc",
        "polak",
        "polac",
        "польш",
        "польск",
        "польщ",
        "польськ",
    ),
    "lithuania": ("lithuan", "litw", "litew", "литв", "литов", "літв", "літоў"),
    "latvia": ("latvi", "łotw", "łotew", "латви", "латві"),
    "estonia": ("eston", "estoń", "эстон", "естон"),
    "moldova": ("moldov", "moldav", "mołdaw", "молдов", "молдав", "малдов"),
    "georgia": (
        "georgia",
        "gruzj",
        "gruzi",
        "грузия",
        "грузии",
        "грузию",
        "грузией",
        "грузинск",
        "грузія",
        "грузії",
        "грузію",
        "грузіі",
    ),
    "armenia": ("armeni", "ormian", "ormia", "армени", "армян", "вірмен", "армені"),
    "azerbaijan": ("azerbaij", "azerbejdż", "азербайдж", "азербайджан"),
    "kazakhstan": ("kazakh", "kazach", "казахст", "казахск"),
    "germany": (
        "german",
        "niemc",
        "niemie",
        "герман",
        "немец",
        "немецк",
        "німеч",
        "німец",
        "нямец",
    ),
    "france": ("france", "french", "francj", "francu", "франц", "францу"),
    "italy": ("italy", "itali", "włoch", "włosk", "итали", "італі"),
    "spain": ("spain", "spanish", "hiszpa", "испан", "іспан"),
    "britain": ("britain", "british", "brytan", "brytyj", "британ", "брытан"),
    "scotland": ("scotland", "scottish", "szkoc", "шотланд"),
    "wales": ("wales", "welsh", "walii", "walij", "уэльс", "уельс"),
    "ireland": ("ireland", "irish", "irland", "ирланд", "ірланд"),
    "norway": ("norway", "norwegian", "norweg", "norwes", "норвег", "норвеж", "нарвег", "нарвеж"),
    "sweden": ("sweden", "swedish", "szwec", "szwedz", "швец", "швед"),
    "finland": ("finland", "finnish", "finlandi", "fińsk", "финлянд", "фінлянд", "фінск"),
    "denmark": (
        "denmark",
        "danish",
        "duńs",
        "дания",
        "дании",
        "данию",
        "данія",
        "данії",
        "данськ",
        "датск",
    ),
    "netherlands": (
        "netherland",
        "dutch",
        "holand",
        "niderland",
        "нидерланд",
        "нідерланд",
        "голланд",
        "галанд",
    ),
    "belgium": ("belgi", "бельги", "бельгі"),
    "czechia": ("czech", "czesk", "чехи", "чехі", "чеськ", "чешск", "чэхі", "чэшск"),
    "slovakia": ("slovak", "słowac", "словак"),
    "hungary": ("hungar", "węgier", "węgr", "венгр", "венгер", "угорщ", "угорськ", "вугоршч"),
    "romania": ("romani", "rumun", "румын", "румун"),
    "bulgaria": ("bulgar", "bułgar", "болгар", "балгар"),
    "croatia": ("croati", "chorwac", "хорват", "харват"),
    "serbia": ("serbia", "serbian", "serbsk", "серби", "сербі", "сербск", "сербськ"),
    "slovenia": ("sloveni", "słoweń", "словени", "словені"),
    "austria": ("austria", "austrian", "austriac", "австри", "австрі", "аўстры"),
    "switzerland": ("switzerl", "swiss", "szwajcar", "швейцар"),
    "turkey": ("turkey", "turkish", "turcj", "tureck", "турци", "туреч", "турэч", "турецк"),
    "greece": ("greece", "greek", "grecj", "greck", "греци", "греці", "грэцы"),
    "usa": ("americ", "ameryk", "америк", "амерык"),
    "china": ("china", "chines", "chiny", "chińs", "chinach", "китай", "китаї", "кітай"),
    "israel": ("israel", "izrael", "израил", "ізраїл", "ізраіл"),
}
# whole words, where a stem would catch others ("сша")
COUNTRY_WORDS: dict[str, tuple[str, ...]] = {
    "usa": ("usa", "сша", "u.s."),
}
# city or region: (its country, stems)
CITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "minsk": ("belarus", ("minsk", "mińsk", "минск", "мінск")),
    "gomel": ("belarus", ("gomel", "homel", "гомел")),
    "grodno": ("belarus", ("grodn", "hrodn", "гродн")),
    "brest": ("belarus", ("brest", "brześ", "брест", "брэст")),
    "vitebsk": ("belarus", ("vitebsk", "viciebsk", "witebsk", "витебск", "вітебськ", "віцебск")),
    "mogilev": (
        "belarus",
        ("mogilev", "mahilyow", "mohylew", "могилев", "могилёв", "могильов", "магілёў", "магілеў"),
    ),
    "kyiv": ("ukraine", ("kyiv", "kiev", "kijo", "kijó", "киев", "київ", "києв", "кіеў", "кіев")),
    "kharkiv": (
        "ukraine",
        ("kharkiv", "kharkov", "charków", "charkow", "харьков", "харків", "харкаў", "харкоў"),
    ),
    "lviv": ("ukraine", ("lviv", "lvov", "lwow", "lwów", "львов", "львів", "львоў")),
    "odesa": ("ukraine", ("odes", "одес", "одещ", "адэс")),
    "dnipro": ("ukraine", ("dnipr", "dniepr", "днипр", "дніпр", "днепр")),
    "zaporizhzhia": ("ukraine", ("zaporiz", "zaporoż", "запорож", "запоріж")),
    "uzhhorod": ("ukraine", ("uzhhorod", "użhorod", "ужгород")),
    "vinnytsia": ("ukraine", ("vinnyts", "winnic", "винниц", "вінниц")),
    "zakarpattia": ("ukraine", ("zakarpat", "закарпат", "закарпацц")),
    "warsaw": ("poland", ("warsaw", "warszaw", "варшав", "варшаў")),
    "krakow": ("poland", ("krakow", "krakó", "cracow", "краков", "краків", "кракаў")),
    "gdansk": ("poland", ("gdańs", "gdans", "гданськ", "гданьск", "гданск")),
    "gdynia": ("poland", ("gdyni", "gdyń", "гдын", "гдин")),
    "wroclaw": ("poland", ("wrocław", "wroclaw", "вроцлав", "вроцлаў")),
    "poznan": ("poland", ("poznań", "poznan", "познан")),
    "lodz": ("poland", ("łódź", "łodz", "lodz", "лодз")),
    "torun": ("poland", ("toruń", "torun", "торун")),
    "rzeszow": ("poland", ("rzeszów", "rzeszow", "жешув")),
    "lublin": ("poland", ("lublin", "люблин", "люблін")),
    "zakopane": ("poland", ("zakopan", "закопан")),
    "moscow": ("russia", ("moscow", "moskw", "moskv", "москв", "маскв")),
    "petersburg": ("russia", ("petersb", "петербург", "пецярбург", "петерб")),
    "kazan": ("russia", ("kazan", "kazań", "казан")),
    "novosibirsk": ("russia", ("novosibir", "nowosybir", "новосибир", "новасібір")),
    "vladivostok": ("russia", ("vladivost", "władywost", "владивост", "уладзівост")),
    "yekaterinburg": (
        "russia",
        ("yekaterinb", "ekaterinb", "jekaterynb", "екатеринбург", "єкатеринбург", "екацярынбург"),
    ),
    "samara": ("russia", ("samar", "самар")),
    "vilnius": (
        "lithuania",
        ("vilnius", "wilno", "wilnie", "wilna", "вильнюс", "вільнюс", "вільня"),
    ),
    "tallinn": ("estonia", ("tallin", "talin", "таллин", "талін")),
    "helsinki": ("finland", ("helsin", "хельсинк", "гельсінк", "хельсінк")),
    "berlin": ("germany", ("berlin", "берлин", "берлін")),
    "hamburg": ("germany", ("hamburg", "гамбург")),
    "paris": ("france", ("paris", "paryż", "париж", "парыж")),
    "london": ("britain", ("london", "londyn", "лондон")),
    "dublin": ("ireland", ("dublin", "дублин", "дублін")),
    "rotterdam": ("netherlands", ("rotterdam", "роттердам")),
    "istanbul": ("turkey", ("istanbul", "stambuł", "stambul", "стамбул")),
    "tbilisi": ("georgia", ("tbilis", "тбилис", "тбіліс")),
    "chisinau": (
        "moldova",
        ("chisinau", "chișinău", "kiszyni", "кишинев", "кишинёв", "кишинів", "кішынёў"),
    ),
    "dubai": ("uae", ("dubai", "dubaj", "дубай", "дубаї", "дубаі")),
}
CITY_WORDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "sochi": ("russia", ("сочи", "сочі", "сочы", "sochi", "soczi")),
    "riga": (
        "latvia",
        ("riga", "rydze", "rygi", "ryga", "рига", "риги", "ризі", "ризе", "рыга", "рызе"),
    ),
    "prague": (
        "czechia",
        (
            "prague",
            "praha",
            "praga",
            "pradze",
            "pragi",
            "прага",
            "праги",
            "празі",
            "праге",
            "прагою",
        ),
    ),
    "vienna": (
        "austria",
        ("vienna", "wiedeń", "wiednia", "wiedniu", "вена", "вене", "відень", "відня", "відні"),
    ),
}

_WORD = re.compile(r"[^\W\d_]+(?:['’.][^\W\d_]+)*\.?", re.UNICODE)


def _table() -> tuple[list[tuple[str, str, str]], dict[str, tuple[str, str]]]:
    stems: list[tuple[str, str, str]] = []  # (stem, place, country)
    words: dict[str, tuple[str, str]] = {}
    for country, forms in COUNTRIES.items():
        stems += [(form, "", country) for form in forms]
    for country, forms in COUNTRY_WORDS.items():
        words.update(dict.fromkeys(forms, ("", country)))
    for city, (country, forms) in CITIES.items():
        stems += [(form, city, country) for form in forms]
    for city, (country, forms) in CITY_WORDS.items():
        words.update(dict.fromkeys(forms, (city, country)))
    stems.sort(key=lambda row: -len(row[0]))  # the longest stem first
    return stems, words


_STEMS, _WHOLE = _table()
# the stems by their first two letters (the longest first), so that a word is compared
# with a handful of stems, not all of them (eighth round: the lookup was most of the time
# of reading a claim)
_BY_START: dict[str, list[tuple[str, str, str]]] = {}
for _row in _STEMS:
    _BY_START.setdefault(_row[0][:2], []).append(_row)


@functools.lru_cache(maxsize=65536)
def lookup(word: str) -> tuple[str, str] | None:
    """(city or "", country) of a word naming a place of the table, else None."""
    word = word.lower()
    found = _WHOLE.get(word) or _WHOLE.get(word.rstrip("."))
    if found is None:
        rows = _BY_START.get(word[:2], ())
        found = next(((c, k) for stem, c, k in rows if word.startswith(stem)), None)
    return found


def places(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The cities (and regions) and the countries the claim names, a city's country
    included: "Ratownicy … w Tatrach" names none, "У Харківській області" ({kharkiv},
    {ukraine})."""
    cities: set[str] = set()
    countries: set[str] = set()
    for match in _WORD.finditer(text.replace("’", "'")):
        found = lookup(match.group(0))
        if found is None:
            continue
        city, country = found
        if city:
            cities.add(city)
        countries.add(country)
    return frozenset(cities), frozenset(countries)


def place_conflict(
    a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """Each side names a city the other does not ("in Kharkiv" / "у Львові", "Гомель —
    Дубай" / "Гомель — Стамбул"), or each a country the other does not ("in Croatia" /
    "у Харківській області", a city standing for its country). A place named by one side
    only is no conflict (a detail left out or added)."""
    (a_cities, a_countries), (b_cities, b_countries) = a, b
    if a_cities - b_cities and b_cities - a_cities:
        return True
    return bool(a_countries - b_countries and b_countries - a_countries)
