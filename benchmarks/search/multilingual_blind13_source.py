"""A fourteenth batch of multilingual pairs ("blind13" split), written for this project in
our own words on 2 December 2026 by a helper who had not read the matcher (nothing under
claims/, nor any section of docs/search.md but "Labelled pairs (written before tuning)",
nor benchmarks/search/results/, nor evaluate_multilingual.py, nor tests/; the only files
read were multilingual_blind12_source.py as the format model and multilingual_source.py for
the layout and the batch table), and committed BEFORE it was measured: measured once, it is
a blind figure of the scoring as shipped, and never tuned on.

Same layout as multilingual_source.FACTS / NONE. New topics and actors, none shared with
the other sets (checked by grepping the other multilingual_*_source.py files); the figures
are invented, real institutions, firms and places appear only as actors. Written as a desk
receives claims (Telegram posts, tweets, article sentences, headlines), a desk's mix of
plain translations and harder cases, not to suit any method:

* 18 facts, pooled in en (4), ru (3), uk (4), be (3), pl (4); each with two translations
  and one same-language paraphrase. Most translations are close; the harder true queries
  use a relative date ("before the end of next March" for March 2027, "from next April",
  "next year" for 2027, "до конца следующего года", "до кінця наступного року", "ще цього
  року" for the end of 2026, "за два роки" for 2028, "з наступнага мая", "od nowego roku",
  "w ciągu dwóch lat"), another unit or a derived figure ("about 64 km" for 40 miles, "ten
  dozen", "18 000 метрів", "паўтары сотні", "trzy setki", "dwa i pół tysiąca"), numbers in
  words, a description instead of a name ("the Newcastle-based bakery chain" for Greggs,
  "місто над Латорицею" for Mukachevo, "замак Сапегаў" for Halshany castle, "poznańska
  sieć" for Pepco), transliterated names (Грегз / Greggs, Мукачево / Mukachevo, Пепко /
  Pepco, Салігорск / Солигорск / Salihorsk, Гальшаны / Гольшаны / Halshany), another verb
  for the same act ("stop charging" / "park for free", "отменил" / "не состоится",
  "відмовилася" / "й надалі безплатно", "zniosą opłaty" / "za darmo"), negative facts told
  without a "not" and hashtag or emoji headlines.
* near-misses: 6 number (3,000 / 1,300 oaks on Dartmoor, 35 / 53 electric buses in Kaluga,
  18 / 8 km of pipes in Khmelnytskyi, 150 / 115 tonnes of Orsha linen, 300 / 30 Pepco shops,
  2,500 / 5,200 trees in Zielona Góra), 5 negation (Dover stopping / keeping overnight
  lorry fees, the Voronezh opera cancelling / going on its Mongolian tour, Drohobych
  refusing / introducing paid parking, Salihorsk banning / allowing fireworks, Koleje
  Mazowieckie scrapping / keeping bike fees), 4 place (Lincolnshire / Suffolk for Greggs,
  Smolensk / Bryansk trams, Mukachevo / Khust cycle paths, Halshany / Kreva castle), 3 year
  (2027 / 2029 for the Carlisle-Dumfries track, 2028 / 2030 for the Chornomorsk terminal,
  2028 / 2031 for the Kalisz buses); all in another language than their trap;
* three facts put a sibling into the pool: another actor doing the same act with the same
  figure (Costa Coffee beside Greggs with 120 shops in Lincolnshire, Kursk beside Kaluga
  with 35 electric buses by the end of 2027, Sinsay beside Pepco with 300 shops in Cyprus);
* 24 "none" queries: two thirds share an actor or place with a pool claim and say
  something else; a third plainly unrelated.
"""

from __future__ import annotations

BLIND13_FACTS: list[tuple] = [
    (
        "en",
        "Dartmoor National Park Authority will plant 3,000 native oak saplings on the moor by"
        " March 2027.",
        [
            (
                "ru",
                "Управление национального парка Дартмур высадит 3000 саженцев местного дуба"
                " до марта 2027 года.",
            ),
            (
                "pl",
                "Zarząd Parku Narodowego Dartmoor posadzi do marca 2027 roku 3000 sadzonek"
                " rodzimych dębów.",
            ),
            (
                "en",
                "Three thousand young native oaks are to go into the ground on Dartmoor before"
                " the end of next March.",
            ),
        ],
        (
            "number",
            "uk",
            "Управління національного парку Дартмур висадить 1300 саджанців місцевого дуба"
            " до березня 2027 року.",
        ),
        None,
    ),
    (
        "en",
        "The Port of Dover will stop charging lorry drivers for overnight parking from April 2027.",
        [
            (
                "pl",
                "Port w Dover przestanie od kwietnia 2027 roku pobierać od kierowców ciężarówek"
                " opłaty za nocny postój.",
            ),
            (
                "uk",
                "Порт Дувра з квітня 2027 року перестане брати з водіїв вантажівок плату за"
                " нічну стоянку.",
            ),
            (
                "en",
                "From next April truckers staying the night at Dover's harbour will park for"
                " free 🚛 #Dover",
            ),
        ],
        (
            "negation",
            "be",
            "Порт Дувра і далей будзе браць з кіроўцаў фур плату за начную стаянку.",
        ),
        None,
    ),
    (
        "en",
        "Network Rail will relay 40 miles of track between Carlisle and Dumfries in 2027.",
        [
            (
                "be",
                "Network Rail у 2027 годзе перакладзе 40 міль пуці паміж Карлайлам і Дамфрысам.",
            ),
            (
                "ru",
                "Network Rail в 2027 году переложит 40 миль путей между Карлайлом и Дамфрисом.",
            ),
            (
                "en",
                "About 64 km of railway between Carlisle and Dumfries is to be relaid next year.",
            ),
        ],
        (
            "year",
            "pl",
            "Network Rail w 2029 roku ułoży na nowo 40 mil torów między Carlisle a Dumfries.",
        ),
        None,
    ),
    (
        "en",
        "Greggs will open 120 new shops in Lincolnshire.",
        [
            ("uk", "Greggs відкриє 120 нових магазинів у Лінкольнширі."),
            ("pl", "Sieć Greggs otworzy 120 nowych sklepów w hrabstwie Lincolnshire."),
            (
                "en",
                "The Newcastle-based bakery chain is planning ten dozen new outlets across"
                " Lincolnshire 🥐",
            ),
        ],
        ("place", "ru", "Грегз откроет 120 новых магазинов в Суффолке."),
        ("en", "Costa Coffee will open 120 new shops in Lincolnshire."),
    ),
    (
        "ru",
        "Калуга закупит 35 электробусов до конца 2027 года.",
        [
            ("en", "Kaluga will buy 35 electric buses by the end of 2027."),
            ("be", "Калуга набудзе 35 электробусаў да канца 2027 года."),
            ("ru", "Тридцать пять электробусов появятся в Калуге до конца следующего года."),
        ],
        ("number", "uk", "Калуга закупить 53 електробуси до кінця 2027 року."),
        ("ru", "Курск закупит 35 электробусов до конца 2027 года."),
    ),
    (
        "ru",
        "Воронежский театр оперы и балета отменил гастроли в Монголии.",
        [
            ("en", "The Voronezh Opera and Ballet Theatre has called off its tour of Mongolia."),
            ("pl", "Teatr Opery i Baletu w Woroneżu odwołał tournée po Mongolii."),
            ("ru", "Турне воронежской оперной труппы по Монголии не состоится."),
        ],
        (
            "negation",
            "uk",
            "Воронезький театр опери та балету все ж поїде на гастролі до Монголії.",
        ),
        None,
    ),
    (
        "ru",
        "Власти Смоленска сделали проезд в трамваях бесплатным для пенсионеров.",
        [
            ("en", "Smolensk authorities have made tram rides free for pensioners."),
            ("pl", "Władze Smoleńska wprowadziły darmowe przejazdy tramwajami dla emerytów."),
            ("ru", "Пенсионеры Смоленска теперь ездят на трамвае даром: так решила мэрия."),
        ],
        ("place", "be", "Улады Бранска зрабілі праезд у трамваях бясплатным для пенсіянераў."),
        None,
    ),
    (
        "uk",
        "Мукачево облаштує 12 кілометрів велодоріжок до кінця 2027 року.",
        [
            ("en", "Mukachevo will build 12 kilometres of cycle paths by the end of 2027."),
            ("ru", "Мукачево обустроит 12 километров велодорожек до конца 2027 года."),
            (
                "uk",
                "Дванадцять кілометрів велошляхів з'являться в місті над Латорицею до кінця"
                " наступного року.",
            ),
        ],
        ("place", "pl", "Chust zbuduje 12 kilometrów ścieżek rowerowych do końca 2027 roku."),
        None,
    ),
    (
        "uk",
        "Хмельницький водоканал замінить 18 кілометрів старих труб до кінця 2026 року.",
        [
            (
                "en",
                "Khmelnytskyi's water utility will replace 18 kilometres of old pipes by the"
                " end of 2026.",
            ),
            (
                "be",
                "Хмяльніцкі водаканал заменіць 18 кіламетраў старых труб да канца 2026 года.",
            ),
            (
                "uk",
                "Ще цього року хмельницькі комунальники поміняють 18 000 метрів зношених труб.",
            ),
        ],
        (
            "number",
            "ru",
            "Хмельницкий водоканал заменит 8 километров старых труб до конца 2026 года.",
        ),
        None,
    ),
    (
        "uk",
        "Дрогобицька міська рада відмовилася запроваджувати платне паркування в центрі міста.",
        [
            ("ru", "Дрогобычский горсовет отказался вводить платную парковку в центре города."),
            ("be", "Драгобыцкая гарадская рада адмовілася ўводзіць платную стаянку ў цэнтры."),
            (
                "uk",
                "Паркуватися в центрі Дрогобича й надалі можна буде безплатно, вирішили депутати.",
            ),
        ],
        (
            "negation",
            "en",
            "Drohobych city council has introduced paid parking in the town centre.",
        ),
        None,
    ),
    (
        "uk",
        "Порт Чорноморськ добудує новий зерновий термінал у 2028 році.",
        [
            ("en", "The port of Chornomorsk will finish a new grain terminal in 2028."),
            ("pl", "Port w Czarnomorsku ukończy nowy terminal zbożowy w 2028 roku."),
            ("uk", "Новий зерновий термінал у Чорноморську буде готовий за два роки."),
        ],
        ("year", "be", "Порт Чарнаморск дабудуе новы збожжавы тэрмінал у 2030 годзе."),
        None,
    ),
    (
        "be",
        "Аршанскі льнокамбінат адправіць у Балгарыю 150 тон ільнянога палатна.",
        [
            ("ru", "Оршанский льнокомбинат отправит в Болгарию 150 тонн льняного полотна."),
            ("en", "The Orsha linen mill will ship 150 tonnes of linen cloth to Bulgaria."),
            ("be", "Паўтары сотні тон палатна з Оршы паедуць да балгарскіх пакупнікоў."),
        ],
        (
            "number",
            "pl",
            "Orszański kombinat lniarski wyśle do Bułgarii 115 ton płótna lnianego.",
        ),
        None,
    ),
    (
        "be",
        "Гальшанскі замак адкрые для наведвальнікаў падзямелле з мая 2027 года.",
        [
            ("uk", "Гольшанський замок відкриє для відвідувачів підземелля з травня 2027 року."),
            ("en", "Halshany Castle will open its vaults to visitors from May 2027."),
            (
                "be",
                "З наступнага мая турысты змогуць спусціцца ў склепы замка Сапегаў у Гальшанах.",
            ),
        ],
        ("place", "ru", "Кревский замок откроет для посетителей подземелье с мая 2027 года."),
        None,
    ),
    (
        "be",
        "Салігорскі гарвыканкам забараніў феерверкі на Новы год.",
        [
            ("ru", "Солигорский горисполком запретил фейерверки на Новый год."),
            ("pl", "Władze Soligorska zakazały fajerwerków w sylwestra."),
            ("be", "Навагодніх салютаў у Салігорску ў гэтым годзе не будзе 🎆"),
        ],
        ("negation", "en", "Salihorsk authorities have allowed fireworks on New Year's Eve."),
        None,
    ),
    (
        "pl",
        "Kalisz kupi 20 autobusów wodorowych do 2028 roku.",
        [
            ("en", "Kalisz will buy 20 hydrogen buses by 2028."),
            ("be", "Каліш набудзе 20 вадародных аўтобусаў да 2028 года."),
            ("pl", "W ciągu dwóch lat po Kaliszu pojedzie dwadzieścia wodorowych autobusów."),
        ],
        ("year", "uk", "Каліш придбає 20 водневих автобусів до 2031 року."),
        None,
    ),
    (
        "pl",
        "Pepco otworzy 300 sklepów na Cyprze.",
        [
            ("ru", "Пепко откроет 300 магазинов на Кипре."),
            ("en", "Pepco will open 300 stores in Cyprus."),
            (
                "pl",
                "Trzy setki nowych sklepów poznańskiej sieci dyskontów odzieżowych powstaną"
                " na Cyprze.",
            ),
        ],
        ("number", "uk", "Pepco відкриє 30 магазинів на Кіпрі."),
        ("pl", "Sinsay otworzy 300 sklepów na Cyprze."),
    ),
    (
        "pl",
        "Koleje Mazowieckie zniosą opłaty za przewóz rowerów od stycznia 2027 roku.",
        [
            (
                "en",
                "Koleje Mazowieckie will scrap the fee for taking bikes on trains from January"
                " 2027.",
            ),
            (
                "uk",
                "Koleje Mazowieckie скасують плату за перевезення велосипедів із січня 2027 року.",
            ),
            ("pl", "Od nowego roku rower w pociągach KM pojedzie za darmo 🚲 #KolejeMazowieckie"),
        ],
        (
            "negation",
            "ru",
            "«Мазовецкие железные дороги» сохранят плату за провоз велосипедов.",
        ),
        None,
    ),
    (
        "pl",
        "Zielona Góra posadzi 2500 drzew wzdłuż południowej obwodnicy.",
        [
            ("en", "Zielona Góra will plant 2,500 trees along its southern ring road."),
            ("ru", "Зелёна-Гура высадит 2500 деревьев вдоль южной объездной дороги."),
            ("pl", "Dwa i pół tysiąca drzew stanie wzdłuż południowej obwodnicy Zielonej Góry."),
        ],
        ("number", "be", "Зялёна-Гура пасадзіць 5200 дрэў уздоўж паўднёвай аб'язной дарогі."),
        None,
    ),
]

BLIND13_NONE: list[tuple[str, str]] = [
    # the park authority, another act
    ("en", "Dartmoor National Park Authority closed the Haytor car park after flooding."),
    # the port, another act
    ("en", "The Port of Dover appointed a new chief executive."),
    # the rail operator and the city, another act
    ("en", "Network Rail apologised for a week of delays at Carlisle station."),
    # the bakery chain, another act
    ("en", "Greggs raised the price of its sausage roll by 10 pence."),
    # unrelated news
    ("en", "A pod of orcas was spotted off the coast of Anglesey."),
    # unrelated news
    ("en", "A stolen garden gnome was posted back to its owner in Dorset."),
    # the city, another act
    ("ru", "В Калуге отреставрировали Каменный мост через Березуйский овраг."),
    # the theatre, another act
    ("ru", "Воронежский театр оперы и балета назначил нового главного дирижёра."),
    # the city, another act
    ("ru", "В Смоленске отреставрировали участок крепостной стены."),
    # unrelated news
    ("ru", "В Саянах туристы сфотографировали снежного барса."),
    # unrelated news
    ("ru", "В Костроме сыровары сварили головку сыра весом 300 килограммов."),
    # the city, another act
    ("uk", "У Мукачівському замку Паланок відкрили нову експозицію."),
    # the water utility, another act
    ("uk", "Хмельницький водоканал підвищив тарифи на воду."),
    # the city, another act
    ("uk", "У Дрогобичі відкрили каток у центрі міста."),
    # unrelated news
    ("uk", "На Тилігульському лимані помітили зграю рожевих фламінго."),
    # the linen mill, another act
    ("be", "Аршанскі льнокамбінат прызначыў новага дырэктара."),
    # the village and castle, another event
    ("be", "У Гальшанах прайшоў фестываль сярэднявечнай культуры."),
    # the town, another act
    ("be", "У Салігорску адкрылі новы басейн."),
    # unrelated news
    ("be", "На Браслаўскіх азёрах заўважылі чорнага бусла."),
    # unrelated news
    ("be", "Пад Слонімам знайшлі скарб манет XVII стагоддзя."),
    # the city, another act
    ("pl", "Kalisz odnowił fontannę na Głównym Rynku."),
    # the discount chain, another act
    ("pl", "Pepco zmieniło logo i wygląd sklepów."),
    # the city, another event
    ("pl", "Winobranie w Zielonej Górze przyciągnęło rekordowe tłumy."),
    # unrelated news
    ("pl", "W Puszczy Knyszyńskiej fotopułapka nagrała rysia."),
]
