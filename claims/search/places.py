"""Places a claim names, in en/ru/uk/be/pl, so that "in Kharkiv" and "у Хорватії" differ
even across languages and scripts, where the name check of hybrid.py (which compares
words written alike) cannot see it. Plain Python (no Django).

A table, not a model: the countries of Europe and its neighbours, and the cities and
regions that the desk's claims are most often about (Belarus, Ukraine, Poland, Russia,
the Baltics and the capitals around them), each with the stems of its name in the five
languages (every case form and the adjective begin with one: "Харківській області",
"харківський", "Charkowie" are Kharkiv). A city counts as its country too, so "у Мінску"
and "в Беларуси" never conflict. Extend the table with a place the desk meets often
(a smaller town: one row of gazetteer.TOWNS, its case forms made by rule); what is not in
it is simply not compared.
"""

from __future__ import annotations

import functools
import re

from claims.search import gazetteer

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
    # eighteenth round: the Asian countries claims about trade and travel name most
    "mongolia": ("mongol", "монгол", "мангол"),
    "vietnam": ("vietnam", "wietnam", "вьетнам", "в'єтнам", "в'етнам"),
    "japan": ("japan", "japoń", "japon", "япон"),
    "egypt": ("egypt", "egip", "егип", "єгип"),
    "thailand": ("thailand", "tajland", "таиланд", "таїланд", "тайланд"),
    # fifteenth round: the rest of the Balkans and of Europe's edge, and Central Asia
    "montenegro": ("montenegr", "czarnogór", "черногор", "чорногор", "чарнагор"),
    "albania": ("albani", "albańs", "албани", "албані", "албанск", "албанськ"),
    "macedonia": ("macedoni", "macedoń", "македони", "македоні", "македонск"),
    "bosnia": ("bosni", "bośni", "босни", "босні", "басні"),
    "portugal": ("portug", "portugal", "португал", "партугал"),
    "cyprus": ("cyprus", "cypryj", "cyprze", "кипр", "кіпр"),
    "kyrgyzstan": ("kyrgyz", "kirgis", "kirgiz", "киргиз", "кыргыз", "киргиз", "кіргіз"),
    "uzbekistan": ("uzbek", "узбек"),
    "tajikistan": ("tajik", "tadżyk", "таджик", "таджык"),
    "turkmenistan": ("turkmen", "туркмен"),
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
        (
            "mogilev",
            "mahilyow",
            "mohylew",
            "могилев",
            "могилёв",
            "могильов",
            "магілёў",
            "магілеў",
            "магілёв",
            "магілев",
        ),
    ),
    "kyiv": ("ukraine", ("kyiv", "kiev", "kijo", "kijó", "киев", "київ", "києв", "кіеў", "кіев")),
    "kharkiv": (
        "ukraine",
        (
            "kharkiv",
            "kharkov",
            "charków",
            "charkow",
            "харьков",
            "харків",
            "харкаў",
            "харкоў",
            "харкав",
        ),
    ),
    "lviv": ("ukraine", ("lviv", "lvov", "lwow", "lwów", "львов", "львів", "львоў", "львов")),
    "odesa": ("ukraine", ("odes", "одес", "одещ", "адэс")),
    "dnipro": ("ukraine", ("dnipr", "dniepr", "днипр", "дніпр", "днепр")),
    "zaporizhzhia": ("ukraine", ("zaporiz", "zaporoż", "запорож", "запоріж")),
    "uzhhorod": ("ukraine", ("uzhhorod", "użhorod", "ужгород")),
    "vinnytsia": ("ukraine", ("vinnyts", "winnic", "винниц", "вінниц")),
    "zakarpattia": ("ukraine", ("zakarpat", "закарпат", "закарпацц")),
    "warsaw": ("poland", ("warsaw", "warszaw", "варшав", "варшаў")),
    "krakow": ("poland", ("krakow", "krakó", "cracow", "краков", "краків", "кракаў", "кракав")),
    "gdansk": ("poland", ("gdańs", "gdans", "гданськ", "гданьск", "гданск")),
    "gdynia": ("poland", ("gdyni", "gdyń", "гдын", "гдин")),
    "wroclaw": ("poland", ("wrocław", "wroclaw", "вроцлав", "вроцлаў")),
    "poznan": ("poland", ("poznań", "poznan", "познан")),
    "lodz": ("poland", ("łódź", "łodz", "lodz", "лодз")),
    "torun": ("poland", ("toruń", "torun", "торун")),
    "rzeszow": ("poland", ("rzeszów", "rzeszow", "жешув")),
    "lublin": ("poland", ("lublin", "люблин", "люблін")),
    "zakopane": ("poland", ("zakopan", "закопан")),
    "moscow": (
        "russia",
        # the adjective too ("Московское метро", "moskiewskie", "маскоўскі"; fourteenth round)
        (
            "moscow",
            "moskw",
            "moskv",
            "москв",
            "маскв",
            "московск",
            "московськ",
            "маскоўск",
            "moskiewsk",
        ),
    ),
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
    # Eleventh round: the regional centres and larger towns of Belarus, Ukraine, Poland and
    # Russia, the other capitals of the countries above and the larger cities of the
    # countries the desk reads about most; and regions (a city inside one counts as it,
    # WITHIN). Stems that are also common words or surnames are left out ("ровно" =
    # exactly, "Николаев", "Иванов", "Kolonia" = colony) or given as whole words below.
    "barysaw": (
        "belarus",
        ("barysa", "borisov", "borysow", "borysów", "борисове", "барысаў", "барысав", "борисові"),
    ),
    "maladzyechna": ("belarus", ("maladzyech", "molodechn", "mołodeczn", "молодечн", "маладзечн")),
    "babruysk": (
        "belarus",
        ("babruysk", "bobruisk", "bobrujsk", "бобруйск", "бабруйск", "бобруйськ"),
    ),
    "pinsk": ("belarus", ("pinsk", "pińsk", "пинск", "пінск", "пінськ")),
    "baranavichy": (
        "belarus",
        ("baranavich", "baranovich", "baranowicz", "баранович", "баранавіч"),
    ),
    "mazyr": ("belarus", ("mazyr", "mozyr", "мозыр", "мазыр", "мозир")),
    "polatsk": ("belarus", ("polatsk", "polotsk", "połock", "полоцк", "полацк", "полоцьк")),
    "salihorsk": ("belarus", ("salihorsk", "soligorsk", "солигорск", "салігорск", "солігорськ")),
    "lutsk": ("ukraine", ("lutsk", "łuck", "луцк", "луцьк")),
    "ternopil": ("ukraine", ("ternopil", "tarnopol", "тернопол", "тернопіл", "тарнопал")),
    "ivano-frankivsk": (
        "ukraine",
        ("frankivsk", "frankiwsk", "франковск", "франківськ", "франкоўск"),
    ),
    "chernivtsi": ("ukraine", ("chernivts", "czerniowc", "черновц", "чернівц", "чарнавіц")),
    "khmelnytskyi": (
        "ukraine",
        ("khmelnyts", "chmielnick", "хмельницк", "хмельницьк", "хмяльніцк"),
    ),
    "zhytomyr": ("ukraine", ("zhytomyr", "żytomierz", "житомир", "жытомір")),
    "cherkasy": (
        "ukraine",
        ("cherkas", "czerkas", "черкасс", "черкаси", "черкась", "черкасах", "черкасы", "чэркас"),
    ),
    "poltava": ("ukraine", ("poltav", "połtaw", "полтав", "палтав")),
    "chernihiv": (
        "ukraine",
        ("chernihiv", "chernigov", "czernihow", "czernihów", "чернигов", "чернігів", "чарнігаў"),
    ),
    "mykolaiv": ("ukraine", ("mykolaiv", "mikołajów", "миколаїв", "миколаєв", "мікалаеў")),
    "kherson": ("ukraine", ("kherson", "cherson", "херсон")),
    "donetsk": ("ukraine", ("donetsk", "donieck", "донецк", "донецьк", "данецк")),
    "luhansk": ("ukraine", ("luhansk", "lugansk", "ługańsk", "луганск", "луганськ")),
    "bialystok": ("poland", ("białyst", "bialyst", "białymst", "белосток", "білосток", "беласток")),
    "katowice": ("poland", ("katowic", "катовиц", "катовіц")),
    "szczecin": ("poland", ("szczeci", "щецин", "шчэцін")),
    "bydgoszcz": ("poland", ("bydgoszcz", "быдгощ", "бидгощ")),
    "kielce": ("poland", ("kielc", "кельце", "кельцах")),
    "olsztyn": ("poland", ("olsztyn", "ольштын", "ольштин")),
    "podlasie": ("poland", ("podlas", "podlask", "подляш", "подляс", "падляш")),
    "podkarpacie": ("poland", ("podkarpac", "подкарпат", "підкарпат", "падкарпац")),
    "silesia": ("poland", ("silesia", "śląsk", "śląs", "slask", "силез", "сілез")),
    "mazovia": ("poland", ("mazovi", "mazows", "mazowi", "мазовец", "мазавец", "мазовш")),
    "malopolska": ("poland", ("małopol", "malopol", "малопол")),
    "pomerania": ("poland", ("pomerani", "pomorz", "pomorsk", "поморск", "поморськ")),
    "tyumen": ("russia", ("tyumen", "tiumen", "tiumeń", "тюмен", "цюмен")),
    "chelyabinsk": (
        "russia",
        ("chelyabinsk", "czelabińsk", "czelabinsk", "челябинск", "челябінськ", "чэлябінск"),
    ),
    "omsk": ("russia", ("omsk", "омск", "омськ")),
    "novgorod": ("russia", ("novgorod", "nowogrod", "новгород", "наўгарод")),
    "krasnodar": ("russia", ("krasnodar", "краснодар")),
    "rostov": ("russia", ("rostov", "rostow", "ростов", "растоў")),
    "voronezh": ("russia", ("voronezh", "woroneż", "воронеж", "варонеж")),
    "volgograd": ("russia", ("volgograd", "wołgograd", "волгоград", "валгаград")),
    "krasnoyarsk": ("russia", ("krasnoyarsk", "krasnojarsk", "красноярск", "красноярськ")),
    "irkutsk": ("russia", ("irkutsk", "иркутск", "іркутськ", "іркуцк")),
    "kaliningrad": ("russia", ("kaliningrad", "królewc", "калининград", "калінінград")),
    "murmansk": ("russia", ("murmansk", "мурманск", "мурманськ")),
    "norilsk": ("russia", ("norilsk", "norylsk", "норильск", "норильськ", "нарыльск")),
    "vologda": ("russia", ("vologd", "wołogd", "вологд", "волагд")),
    "kaunas": ("lithuania", ("kaunas", "kowno", "kownie", "каунас")),
    "daugavpils": ("latvia", ("daugavpils", "dyneburg", "даугавпилс", "даўгаўпілс")),
    "bucharest": ("romania", ("buchares", "bukaresz", "бухарест")),
    "budapest": ("hungary", ("budapest", "budapeszt", "будапешт")),
    "belgrade": ("serbia", ("belgrad", "белград", "бялград")),
    "bratislava": ("slovakia", ("bratislav", "bratysław", "братислав", "браціслав")),
    "ljubljana": ("slovenia", ("ljubljan", "lublan", "любляна", "любляні")),
    "zagreb": ("croatia", ("zagreb", "загреб")),
    "madrid": ("spain", ("madrid", "madryt", "мадрид", "мадрыд")),
    "brussels": ("belgium", ("brussel", "bruksel", "брюссел", "брюсел")),
    "amsterdam": ("netherlands", ("amsterdam", "амстердам")),
    "copenhagen": ("denmark", ("copenhag", "kopenhag", "копенгаг", "капенгаг")),
    "stockholm": ("sweden", ("stockholm", "sztokholm", "стокгольм", "стакгольм")),
    "athens": ("greece", ("athens", "ateny", "atenach", "афин", "афін")),
    "ankara": ("turkey", ("ankar", "анкар")),
    "yerevan": ("armenia", ("yerevan", "erywa", "ереван", "єреван")),
    "astana": ("kazakhstan", ("astana", "astanie", "астан")),
    "almaty": ("kazakhstan", ("almaty", "ałmat", "алмат")),
    "cardiff": ("wales", ("cardiff", "кардифф", "кардиф", "кардіф")),
    "edinburgh": ("scotland", ("edinburgh", "edynburg", "эдинбург", "единбург")),
    "glasgow": ("scotland", ("glasgow", "глазго")),
    "manchester": ("britain", ("manchester", "манчестер")),
    "birmingham": ("britain", ("birmingham", "бирмингем", "бірмінгем")),
    "liverpool": ("britain", ("liverpool", "ливерпул", "ліверпул")),
    "munich": ("germany", ("munich", "münchen", "monachium", "мюнхен")),
    "cologne": ("germany", ("cologne", "köln", "koeln", "кёльн", "кельн")),
    "frankfurt": ("germany", ("frankfurt", "франкфурт")),
    "lyon": ("france", ("lyon", "лион", "ліон")),
    "marseille": ("france", ("marseill", "marsyli", "марсел")),
    "milan": ("italy", ("mediolan", "милан", "мілан")),
}
# a city inside a region of the table counts as that region too, so "w Białymstoku" and
# "na Podlasiu" never conflict while "w Rzeszowie" and "na Podlasiu" do
WITHIN: dict[str, str] = {
    "bialystok": "podlasie",
    "rzeszow": "podkarpacie",
    "katowice": "silesia",
    "warsaw": "mazovia",
    "krakow": "malopolska",
    "gdansk": "pomerania",
    "gdynia": "pomerania",
    "uzhhorod": "zakarpattia",
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
    "rome": ("italy", ("rome", "rzym", "rzymie", "рим", "риме", "риму", "римі", "рыме")),
    "oslo": ("norway", ("oslo", "осло")),
    "baku": ("azerbaijan", ("baku", "баку")),
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
    # the smaller towns (fourteenth round): data rows, case forms made by rule
    for town, country, town_stems, town_words in gazetteer.rows():
        stems += [(form, town, country) for form in town_stems]
        words.update(dict.fromkeys(town_words, (town, country)))
    stems.sort(key=lambda row: -len(row[0]))  # the longest stem first
    return stems, words


_STEMS, _WHOLE = _table()
WITHIN.update(gazetteer.PART_OF)
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
            if city in WITHIN:
                cities.add(WITHIN[city])
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
