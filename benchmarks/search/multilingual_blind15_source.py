"""A sixteenth batch of multilingual pairs ("blind15" split), written for this project in
our own words on 3 December 2026 by helper blind15, who had not read the matcher (nothing
under claims/, docs/ or tests/, nor benchmarks/search/results/, nor the evaluate scripts
beyond their docstring; the only files read were multilingual_blind14_source.py and
multilingual_blind13_source.py as the format model and multilingual_source.py for the
layout and the batch table), and committed BEFORE it was measured: measured once, it is a
blind figure of the scoring as shipped, and never tuned on (evaluate_multilingual.py --tune
leaves it out). Nothing was run on these pairs before the commit but ruff, a count of the
tuples and the script that writes multilingual_pairs.json.

Same layout as multilingual_source.FACTS / NONE. New topics and actors, none shared with
the other sets (checked by grepping the other multilingual_*_source.py files, in Cyrillic
and Latin spellings); the figures are invented, real institutions, firms and places appear
only as actors. Written as a desk receives claims (Telegram posts, tweets, article
sentences, headlines), a desk's mix of plain translations and harder cases, not to suit any
method:

* 18 facts, pooled in en (4), ru (4), uk (3), be (3), pl (4); each with two translations
  and one same-language paraphrase that shares few words with its document. Most
  translations are close; the harder true queries use a relative date ("within two years"
  for 2028, "Через четыре года" for 2030, "Праз два гады" for 2028, "W przyszłym roku" for
  2027, the batch being dated 3 December 2026), a number in words ("Four dozen",
  "Шестьдесят четыре", "Двадцять чотири", "Шэсць соцень", "Trzysta sześćdziesiąt"), a
  description instead of a name ("the town of the Tor" for Glastonbury, "the Somerset water
  firm" for Wessex Water, "the Channel Island's own airline" for Aurigny, "the Norfolk
  city" for Norwich, "the historic china factory in the Potteries" for Spode in
  Stoke-on-Trent, "нефтяная столица Югры" for Surgut, "бурятская столица" for Ulan-Ude,
  "Ростовский перевозчик" for Azimuth, "столица Коми" for Syktyvkar, "купеческие хоромы
  XVII века в городе на реке Великой" for the Pogankin Chambers in Pskov, "місто Софіївки"
  for Uman, "найбільша мережа дискаунтерів" for ATB, "місто, славетне своїми огірками" for
  Nizhyn, "горад абаранкаў" for Smarhon, "кляштарны храм у горадзе на Віхры" for the
  Mstsislaw Carmelite church, "miasto nad Gwdą" for Piła, "pierwsza stolica Polski" for
  Gniezno, "wadowicki producent Tymbarku" for Maspex, "miasto ojca Mateusza" for
  Sandomierz), transliterated names (Гернси / Гернсі, Норидж, Сток-он-Трент, Гластонбері /
  Гластанберы, Ułan Ude, Сыктыўкар / Syktyvkar, Поганкіни / Паганкіны палаты, Humań, Niżyn,
  Бердычаў / Berdychiv, Сморгонь / Smorgonie / Smarhon, Рогачёв / rohaczowski / Rahachow,
  Мстиславль / Mstsislaw, Піла / Пила, Гнезна / Гнезно, Тарнобжег, Сандомир / Сандамір),
  another verb for the same act ("abandoned" / "shelved", "отказалась" / "свернули
  проект", "відмовилася" / "провалили", "адмовіўся" / "адклікалі", "zrezygnowało" /
  "odstąpiło"), a negative fact told without a "not" (all five negation facts) and emoji
  headlines.
* near-misses: 5 number (48 / 84 sedum-roofed bus shelters on the Isle of Wight, 64 / 46
  gas buses in Surgut, 24 / 42 school buses in Uman, 600 / 60 maples in Smarhon, 360 / 160
  swift boxes in Piła), 5 negation (Wessex Water abandoning / going ahead with the
  Glastonbury sewage works, Ulan-Ude dropping / approving the cable car, Berdychiv refusing
  / approving higher water tariffs, Rahachow dropping / deciding on the water tower's
  demolition, Gniezno dropping / building the car park), 4 place (Norwich / Bristol for
  Aurigny, Syktyvkar / Petrozavodsk for Azimuth, Nizhyn / Pryluky for ATB, Tarnobrzeg /
  Mielec for Maspex), 4 year (2028 / 2031 for the Spode museum, 2030 / 2033 for the
  Pogankin Chambers, 2028 / 2031 for the Mstsislaw church, 2027 / 2029 for the Sandomierz
  marina); seventeen of them in another language than their trap;
* four facts put a sibling into the pool: another actor doing the same act with the same
  figure or place (Blue Islands beside Aurigny flying Guernsey to Norwich in April,
  Nizhnevartovsk beside Surgut buying 64 gas buses, Utair beside Azimuth flying Mineralnye
  Vody to Syktyvkar, VARUS beside ATB opening a supermarket in Nizhyn);
* 15 "none" queries, in all five languages: most share an actor or place with a pool claim
  and say something else (the same airline and island, the same council, the same town of
  Glastonbury, the same city of Surgut, the same airline, a Pskov monument closing rather
  than being restored, the same chain and town, the same city of Uman, the same town of
  Smarhon, the same town of Mstsislaw, the same juice maker, the same town and river, the
  same market square renovated rather than dug under); a few plainly unrelated (a lost
  hiker near Hoverla, a hard frost in Verkhnyadzvinsk).
"""

from __future__ import annotations

BLIND15_FACTS: list[tuple] = [
    (
        "en",
        "Isle of Wight Council will plant sedum roofs on 48 bus shelters.",
        [
            ("ru", "Совет острова Уайт высадит очиток на крышах 48 автобусных остановок."),
            ("pl", "Rada wyspy Wight obsadzi rozchodnikiem dachy 48 wiat przystankowych."),
            (
                "en",
                "Four dozen places where islanders wait for the bus will get little flowering"
                " gardens on top, the county's councillors say 🌼",
            ),
        ],
        (
            "number",
            "uk",
            "Рада острова Вайт висадить очиток на дахах 84 автобусних зупинок.",
        ),
        None,
    ),
    (
        "en",
        "Wessex Water has abandoned plans for a sewage treatment works near Glastonbury.",
        [
            (
                "be",
                "Wessex Water адмовілася ад планаў пабудаваць ачышчальныя збудаванні каля"
                " Гластанберы.",
            ),
            (
                "uk",
                "Wessex Water відмовилася від планів збудувати очисні споруди поблизу Гластонбері.",
            ),
            (
                "en",
                "There will be no wastewater plant outside the town of the Tor after all —"
                " the Somerset water firm has shelved the scheme.",
            ),
        ],
        (
            "negation",
            "pl",
            "Wessex Water zbuduje oczyszczalnię ścieków pod Glastonbury zgodnie z planem.",
        ),
        None,
    ),
    (
        "en",
        "Aurigny will launch direct flights from Guernsey to Norwich in April.",
        [
            ("ru", "Aurigny в апреле запустит прямые рейсы с Гернси в Норидж."),
            ("pl", "Aurigny od kwietnia uruchomi bezpośrednie loty z Guernsey do Norwich."),
            (
                "en",
                "From April the Channel Island's own airline will fly islanders straight to"
                " the Norfolk city ✈️",
            ),
        ],
        (
            "place",
            "be",
            "Aurigny з красавіка адкрые прамыя рэйсы з Гернсі ў Брысталь.",
        ),
        (
            "en",
            "Blue Islands will launch direct flights from Guernsey to Norwich in April.",
        ),
    ),
    (
        "en",
        "Stoke-on-Trent will reopen the old Spode pottery works as a museum in 2028.",
        [
            ("uk", "Сток-он-Трент у 2028 році знову відкриє стару гончарню Spode як музей."),
            (
                "ru",
                "В 2028 году Сток-он-Трент вновь откроет старую фарфоровую фабрику Spode в"
                " качестве музея.",
            ),
            (
                "en",
                "Visitors should be able to walk round the historic china factory in the"
                " Potteries within two years, the city council promises.",
            ),
        ],
        (
            "year",
            "pl",
            "Stoke-on-Trent otworzy dawną manufakturę Spode jako muzeum w 2031 roku.",
        ),
        None,
    ),
    (
        "ru",
        "Сургут закупит 64 газомоторных автобуса.",
        [
            ("en", "Surgut will buy 64 natural-gas buses."),
            ("be", "Сургут закупіць 64 аўтобусы на газаматорным паліве."),
            (
                "ru",
                "Шестьдесят четыре новые машины на метане выйдут на маршруты нефтяной"
                " столицы Югры 🚌",
            ),
        ],
        (
            "number",
            "uk",
            "Сургут закупить 46 автобусів на газомоторному паливі.",
        ),
        (
            "ru",
            "Нижневартовск закупит 64 газомоторных автобуса.",
        ),
    ),
    (
        "ru",
        "Мэрия Улан-Удэ отказалась от строительства канатной дороги через Селенгу.",
        [
            (
                "pl",
                "Ratusz Ułan Ude zrezygnował z budowy kolejki linowej nad Selengą.",
            ),
            (
                "uk",
                "Мерія Улан-Уде відмовилася від будівництва канатної дороги через Селенгу.",
            ),
            (
                "ru",
                "Кабинок над рекой в бурятской столице не появится — власти свернули проект 🚡",
            ),
        ],
        (
            "negation",
            "en",
            "Ulan-Ude city hall has approved building a cable car across the Selenga.",
        ),
        None,
    ),
    (
        "ru",
        "Авиакомпания «Азимут» откроет прямые рейсы из Минеральных Вод в Сыктывкар.",
        [
            ("en", "Azimuth airline will open direct flights from Mineralnye Vody to Syktyvkar."),
            (
                "be",
                "Авіякампанія «Азімут» адкрые прамыя рэйсы з Мінеральных Вод у Сыктыўкар.",
            ),
            (
                "ru",
                "Ростовский перевозчик свяжет Кавминводы без пересадок со столицей Коми ✈️",
            ),
        ],
        (
            "place",
            "pl",
            "Linie Azimut uruchomią bezpośrednie loty z Mineralnych Wód do Pietrozawodska.",
        ),
        (
            "ru",
            "«Ютэйр» откроет прямые рейсы из Минеральных Вод в Сыктывкар.",
        ),
    ),
    (
        "ru",
        "В Пскове к 2030 году отреставрируют Поганкины палаты.",
        [
            ("en", "Pskov's Pogankin Chambers will be restored by 2030."),
            ("uk", "У Пскові до 2030 року відреставрують Поганкіни палати."),
            (
                "ru",
                "Через четыре года купеческие хоромы XVII века в городе на реке Великой"
                " снова примут посетителей 🏛️",
            ),
        ],
        (
            "year",
            "be",
            "У Пскове да 2033 года адрэстаўруюць Паганкіны палаты.",
        ),
        None,
    ),
    (
        "uk",
        "Умань закупить 24 шкільні автобуси.",
        [
            ("ru", "Умань закупит 24 школьных автобуса."),
            ("pl", "Humań kupi 24 autobusy szkolne."),
            (
                "uk",
                "Двадцять чотири жовті машини возитимуть дітей на уроки в місті Софіївки 🚌",
            ),
        ],
        (
            "number",
            "be",
            "Умань закупіць 42 школьныя аўтобусы.",
        ),
        None,
    ),
    (
        "uk",
        "Бердичівська міськрада відмовилася від підвищення тарифів на воду.",
        [
            ("en", "Berdychiv city council has refused to raise water tariffs."),
            ("be", "Бердычаўская гарадская рада адмовілася ад павышэння тарыфаў на ваду."),
            (
                "uk",
                "Кубометр з крана коштуватиме бердичівлянам стільки ж, скільки й досі:"
                " нову ціну депутати провалили 🚰",
            ),
        ],
        (
            "negation",
            "ru",
            "Бердичевский горсовет одобрил повышение тарифов на воду.",
        ),
        None,
    ),
    (
        "uk",
        "АТБ відкриє супермаркет у Ніжині.",
        [
            ("en", "ATB will open a supermarket in Nizhyn."),
            ("pl", "ATB otworzy supermarket w Niżynie."),
            (
                "uk",
                "Найбільша в країні мережа дискаунтерів заходить у місто, славетне своїми"
                " огірками 🥒",
            ),
        ],
        (
            "place",
            "ru",
            "АТБ откроет супермаркет в Прилуках.",
        ),
        (
            "uk",
            "VARUS відкриє супермаркет у Ніжині.",
        ),
    ),
    (
        "be",
        "У Смаргоні высадзяць 600 клёнаў уздоўж ракі Оксны.",
        [
            ("ru", "В Сморгони высадят 600 клёнов вдоль реки Оксны."),
            ("en", "Smarhon will plant 600 maples along the Oksna river."),
            (
                "be",
                "Шэсць соцень маладых дрэў з'явіцца на берагах рэчкі ў горадзе абаранкаў 🍁",
            ),
        ],
        (
            "number",
            "pl",
            "W Smorgoniach posadzą 60 klonów wzdłuż rzeki Oksny.",
        ),
        None,
    ),
    (
        "be",
        "Рагачоўскі райвыканкам адмовіўся ад зносу старой вадаправоднай вежы.",
        [
            ("ru", "Рогачёвский райисполком отказался от сноса старой водонапорной башни."),
            ("pl", "Władze rejonu rohaczowskiego zrezygnowały z rozbiórki starej wieży ciśnień."),
            (
                "be",
                "Старая вадакачка ў Рагачове застанецца стаяць: рашэнне разабраць яе адклікалі 🏚️",
            ),
        ],
        (
            "negation",
            "en",
            "Rahachow district authorities have decided to pull down the old water tower.",
        ),
        None,
    ),
    (
        "be",
        "У Мсціславе да 2028 года адрэстаўруюць касцёл кармелітаў.",
        [
            ("uk", "У Мстиславі до 2028 року відреставрують костел кармелітів."),
            ("en", "The Carmelite church in Mstsislaw will be restored by 2028."),
            (
                "be",
                "Праз два гады старадаўні кляштарны храм у горадзе на Віхры зноў будзе як новы ⛪",
            ),
        ],
        (
            "year",
            "ru",
            "В Мстиславле к 2031 году отреставрируют костёл кармелитов.",
        ),
        None,
    ),
    (
        "pl",
        "Piła zawiesi na blokach 360 budek lęgowych dla jerzyków.",
        [
            (
                "uk",
                "Піла розвісить на багатоповерхівках 360 гніздових будиночків для серпокрильців.",
            ),
            ("ru", "Пила развесит на многоэтажках 360 гнездовых домиков для стрижей."),
            (
                "pl",
                "Trzysta sześćdziesiąt ptasich domków pojawi się na ścianach wieżowców w"
                " mieście nad Gwdą 🐦",
            ),
        ],
        (
            "number",
            "pl",
            "Piła zawiesi na blokach 160 budek lęgowych dla jerzyków.",
        ),
        None,
    ),
    (
        "pl",
        "Gniezno zrezygnowało z budowy podziemnego parkingu pod rynkiem.",
        [
            (
                "en",
                "Gniezno has dropped plans for an underground car park beneath its market square.",
            ),
            ("be", "Улады Гнезна адмовіліся ад будаўніцтва падземнай паркоўкі пад рынкам."),
            (
                "pl",
                "Auta nie zjadą pod płytę starówki w pierwszej stolicy Polski – miasto"
                " odstąpiło od inwestycji 🅿️",
            ),
        ],
        (
            "negation",
            "uk",
            "Гнезно збудує підземний паркінг під ринковою площею.",
        ),
        None,
    ),
    (
        "pl",
        "Maspex zbuduje nową rozlewnię soków w Tarnobrzegu.",
        [
            ("ru", "Maspex построит новый завод по розливу соков в Тарнобжеге."),
            ("en", "Maspex will build a new juice bottling plant in Tarnobrzeg."),
            (
                "pl",
                "Wadowicki producent Tymbarku postawi kolejny zakład, w którym napoje trafią"
                " do butelek – tym razem w Tarnobrzegu 🧃",
            ),
        ],
        (
            "place",
            "be",
            "Maspex пабудуе новы завод па разліве сокаў у Мелецы.",
        ),
        None,
    ),
    (
        "pl",
        "Sandomierz otworzy nową przystań na Wiśle w 2027 roku.",
        [
            ("uk", "Сандомир відкриє нову пристань на Віслі у 2027 році."),
            ("be", "Сандамір адкрые новую прыстань на Вісле ў 2027 годзе."),
            (
                "pl",
                "W przyszłym roku w mieście ojca Mateusza łodzie zacumują przy nowym nabrzeżu ⛵",
            ),
        ],
        (
            "year",
            "en",
            "Sandomierz will open a new marina on the Vistula in 2029.",
        ),
        None,
    ),
]

BLIND15_NONE: list[tuple[str, str]] = [
    # the airline and the island, another act
    ("en", "Aurigny grounded one of its planes after a bird strike over Guernsey."),
    # the council, another act
    ("en", "Isle of Wight Council has voted to close three public toilets in Ventnor."),
    # the town, another event
    ("en", "Archaeologists found a hoard of medieval coins in a Glastonbury orchard."),
    # the city, another event
    ("ru", "В Сургуте открыли крытый каток на 1200 мест."),
    # the airline, another act
    ("ru", "«Азимут» получил ещё два самолёта Superjet."),
    # the city and a restoration, another monument and act
    ("ru", "Псковский кремль закроют для туристов на всё лето."),
    # the chain and the town, another act
    ("uk", "АТБ запустила доставку продуктів додому в Ніжині."),
    # the city, another event
    ("uk", "В Умані відкрили новий критий басейн для дітей."),
    # unrelated news
    ("uk", "Рятувальники знайшли туриста, який заблукав біля Говерли."),
    # the town, another event
    ("be", "У Смаргоні адкрыўся музей абаранкаў."),
    # the town, another event
    ("be", "У Мсціславе прайшоў фестываль сярэднявечнай культуры."),
    # unrelated news
    ("be", "У Верхнядзвінску зафіксавалі самы моцны мароз гэтай зімы."),
    # the firm, another act
    ("pl", "Maspex wprowadził na rynek nowy napój owsiany."),
    # the town and the river, another object
    ("pl", "W Sandomierzu otwarto nową trasę rowerową wzdłuż Wisły."),
    # the town and its market square, another act
    ("pl", "W Gnieźnie otwarto odnowiony rynek po dwóch latach remontu."),
]
