"""An eleventh batch of multilingual pairs ("blind10" split), written for this project in our
own words on 2 December 2026 by a helper who had not read the matcher (nothing under
claims/, nor any section of docs/search.md but "Labelled pairs (written before tuning)",
nor benchmarks/search/results/, nor evaluate_multilingual.py), and committed BEFORE it was
measured: measured once, it is a blind figure of the scoring as shipped, and never tuned on
(evaluate_multilingual.py --tune leaves it out).

Same layout as multilingual_source.FACTS / NONE. New topics and actors, none shared with
the other sets (checked by grepping the other multilingual_*_source.py files); the figures
are invented, real institutions, places and public people appear only as actors. Written as
a desk receives claims (Telegram posts, tweets, article sentences, headlines), a desk's mix
of plain translations and harder cases, not to suit any method:

* 18 facts, pooled in en (4), ru (3), uk (4), be (3), pl (4); each with two translations
  and one same-language paraphrase. Most translations are close; the harder true queries
  use a relative year for a date ("from next year" / "наступного року" for 2027, the batch
  being dated 2 December 2026), another unit or a derived figure ("12 гектаров" for 120,000
  m², "86,000 puffins" for 43,000 pairs, "паўтары тысячы" / "тысячу рублей"), a
  description instead of a name ("the Welsh capital" for Cardiff, "the Farnes off
  Northumberland", "труппа Гергиева" / "Мариинка" for the Mariinsky, "гомельскі завод
  сельгасмашын" for Gomselmash, "сталічныя ўлады" for the Minsk city executive committee,
  "przewoźnik dalekobieżny", "województwo podlaskie" for Podlasie, "у молдовській
  столиці" for Chișinău, "на Палессі"), transliterated names (Ozon / Челябинск /
  Czelabińsk, Kyivstar / Київстар, Gomselmash / Gomselmasz, Belpost / Белпошта /
  «Белпочта», Eurostar / Євростар, Кёльн / Кельн / Cologne), another verb for the same act
  ("scrapped" / "zniósł" / "більше не платитимуть", "cancelled" / "их отменила", "дали
  дабро" for "дазволіў", "zagłosowali przeciw" for "odrzucił"), a negative fact told
  without a "not" ("rejected", "отменил") and a hashtag or emoji headline.
* near-misses: 6 number (6 / 16 Eurostar trains, 43,000 / 34,000 pairs of puffins, 1,000 /
  1,500 roubles at Peterhof, 40 / 14 million hryvnias for the Cherkasy theatre, 1,500 / 500
  combines, 42 / 24 double-decker trains), 5 negation (banned / rejected a ban on phones,
  cancelled / confirmed the tour, scrapped / kept roaming charges, allowed / banned summer
  cafés, rejected / passed the clock-change bill), 4 place (Chelyabinsk / Tyumen, Chișinău /
  Bucharest, Barysaw / Maladzyechna, Podlasie / Podkarpacie), 3 year (2027 / 2029 for the
  Cardiff levy, 2027 / 2029 for the drones, 2028 / 2031 for the pool); fifteen of them in
  another language than their trap;
* three facts put a sibling into the pool: another actor doing the same act with the same
  figure (Slovakia beside Slovenia banning phones in lessons, Wildberries beside Ozon
  building the same warehouse, Allegro beside InPost installing the same 500 lockers);
* 24 "none" queries: two thirds share something with a pool claim and say something else
  (the same council, train operator, trust, museum park, theatre, marketplace, online
  shop, city theatre, mobile operator, courier, postal service, harvester maker, town,
  railway operator, parliament and city doing another act; the National Trust with the
  same 43,000 about castle visitors); a third plainly unrelated (a hoopoe in Norfolk, a
  Roman mosaic in Leicester, the northern lights over Norilsk, a gingerbread in Vologda, a
  hoard in Volhynia, a black stork on the Braslaw lakes, a scarf from Slutsk, a lynx in the
  Karkonosze).
"""

from __future__ import annotations

BLIND10_FACTS: list[tuple] = [
    (
        "en",
        "Cardiff council will charge tourists a visitor levy of £1.30 a night on hotel stays"
        " from 2027.",
        [
            (
                "pl",
                "Od 2027 roku Cardiff będzie pobierać od turystów opłatę 1,30 funta za każdą noc"
                " w hotelu.",
            ),
            (
                "ru",
                "С 2027 года власти Кардиффа введут для туристов сбор 1,30 фунта за ночь в"
                " гостинице.",
            ),
            (
                "en",
                "Staying overnight in the Welsh capital will cost visitors an extra £1.30 a"
                " night from next year, the city council says.",
            ),
        ],
        (
            "year",
            "uk",
            "Кардіфф з 2029 року стягуватиме з туристів збір 1,30 фунта за ніч у готелі.",
        ),
        None,
    ),
    (
        "en",
        "Eurostar will run six direct trains a day between London and Cologne from March.",
        [
            (
                "be",
                "З сакавіка Eurostar будзе пускаць шэсць прамых цягнікоў у дзень паміж Лонданам"
                " і Кёльнам.",
            ),
            (
                "uk",
                "Євростар з березня пускатиме шість прямих поїздів на добу з Лондона до Кельна.",
            ),
            (
                "en",
                "Six direct services a day will link St Pancras and Cologne from March, Eurostar"
                " said.",
            ),
        ],
        (
            "number",
            "ru",
            "Eurostar с марта будет запускать 16 прямых поездов в день между Лондоном и Кёльном.",
        ),
        None,
    ),
    (
        "en",
        "The National Trust counted 43,000 pairs of puffins on the Farne Islands this summer.",
        [
            (
                "ru",
                "Национальный фонд Великобритании насчитал этим летом на островах Фарн 43"
                " тысячи пар тупиков.",
            ),
            (
                "pl",
                "Na wyspach Farne naliczono tego lata 43 tys. par maskonurów – podał National"
                " Trust.",
            ),
            (
                "en",
                "Some 86,000 puffins – 43,000 breeding pairs – were counted on the Farnes off"
                " Northumberland this summer.",
            ),
        ],
        (
            "number",
            "en",
            "The National Trust counted 34,000 pairs of puffins on the Farne Islands this summer.",
        ),
        None,
    ),
    (
        "en",
        "Slovenia's parliament has banned mobile phones in school lessons.",
        [
            (
                "uk",
                "Парламент Словенії заборонив мобільні телефони на шкільних уроках.",
            ),
            (
                "pl",
                "Słoweński parlament zakazał używania komórek podczas lekcji w szkołach.",
            ),
            ("en", "No more smartphones in class 📵 Slovenian MPs vote the ban through"),
        ],
        (
            "negation",
            "be",
            "Парламент Славеніі адхіліў забарону мабільных тэлефонаў на школьных уроках.",
        ),
        ("en", "Slovakia's parliament has banned mobile phones in school lessons."),
    ),
    (
        "ru",
        "Петергоф повысил цену входного билета в Нижний парк до 1000 рублей.",
        [
            (
                "en",
                "Peterhof has raised the price of a ticket to its Lower Park to 1,000 roubles.",
            ),
            (
                "uk",
                "Петергоф підняв ціну вхідного квитка до Нижнього парку до тисячі рублів.",
            ),
            (
                "ru",
                "Прогулка у фонтанов Петергофа теперь обойдётся в тысячу рублей — музей-"
                "заповедник поднял цены на вход в Нижний парк.",
            ),
        ],
        (
            "number",
            "pl",
            "Peterhof podniósł cenę biletu wstępu do Parku Dolnego do 1500 rubli.",
        ),
        None,
    ),
    (
        "ru",
        "Мариинский театр отменил гастроли в Индии.",
        [
            ("en", "The Mariinsky Theatre has cancelled its tour of India."),
            ("be", "Марыінскі тэатр адмяніў гастролі ў Індыі."),
            (
                "ru",
                "Индийских гастролей у труппы Гергиева не будет: Мариинка их отменила.",
            ),
        ],
        (
            "negation",
            "uk",
            "Маріїнський театр підтвердив гастролі в Індії.",
        ),
        None,
    ),
    (
        "ru",
        "Ozon построит под Челябинском склад площадью 120 тысяч квадратных метров.",
        [
            ("en", "Ozon will build a 120,000 square metre warehouse near Chelyabinsk."),
            (
                "pl",
                "Ozon zbuduje pod Czelabińskiem magazyn o powierzchni 120 tys. metrów"
                " kwadratowych.",
            ),
            (
                "ru",
                "Логистический центр на 12 гектаров появится у Ozon в Челябинской области.",
            ),
        ],
        (
            "place",
            "en",
            "Ozon will build a 120,000 square metre warehouse near Tyumen.",
        ),
        (
            "ru",
            "Wildberries построит под Челябинском склад площадью 120 тысяч квадратных метров.",
        ),
    ),
    (
        "uk",
        "Rozetka відкрила перший магазин у Кишиневі.",
        [
            ("en", "Rozetka has opened its first shop in Chișinău."),
            ("ru", "Rozetka открыла первый магазин в Кишинёве."),
            (
                "uk",
                "Перший магазин Розетки в молдовській столиці вже відчинив двері для покупців.",
            ),
        ],
        (
            "place",
            "pl",
            "Rozetka otworzyła pierwszy sklep w Bukareszcie.",
        ),
        None,
    ),
    (
        "uk",
        "Черкаська міськрада виділила 40 мільйонів гривень на ремонт драмтеатру.",
        [
            (
                "en",
                "Cherkasy city council has set aside 40 million hryvnias to repair the drama"
                " theatre.",
            ),
            (
                "be",
                "Чаркаская гарадская рада выдзеліла 40 мільёнаў грыўняў на рамонт драматычнага"
                " тэатра.",
            ),
            (
                "uk",
                "На ремонт Черкаського драматичного театру з міського бюджету підуть 40 млн грн.",
            ),
        ],
        (
            "number",
            "uk",
            "Черкаська міськрада виділила 14 мільйонів гривень на ремонт драмтеатру.",
        ),
        None,
    ),
    (
        "uk",
        "Київстар скасував плату за роумінг у країнах ЄС.",
        [
            ("en", "Kyivstar has scrapped roaming charges in EU countries."),
            ("pl", "Kyivstar zniósł opłaty za roaming w krajach Unii Europejskiej."),
            ("uk", "Абоненти Київстару більше не платитимуть за роумінг у Євросоюзі."),
        ],
        (
            "negation",
            "ru",
            "«Киевстар» сохранил плату за роуминг в странах ЕС.",
        ),
        None,
    ),
    (
        "uk",
        "«Нова пошта» запустить доставку посилок дронами в Рівному у 2027 році.",
        [
            (
                "en",
                "Nova Poshta will start delivering parcels by drone in Rivne next year.",
            ),
            (
                "be",
                "«Нова пошта» пачне дастаўку пасылак дронамі ў Роўным у 2027 годзе.",
            ),
            (
                "uk",
                "Посилки з неба 🚁 Рівняни отримуватимуть замовлення дронами «Нової пошти»"
                " вже наступного року.",
            ),
        ],
        (
            "year",
            "pl",
            "Nova Poshta uruchomi dostawy paczek dronami w Równem w 2029 roku.",
        ),
        None,
    ),
    (
        "be",
        "Белпошта адкрыла першы паштамат у Барысаве.",
        [
            ("en", "Belpost has opened its first parcel locker in Barysaw."),
            ("ru", "«Белпочта» установила первый почтомат в Борисове."),
            (
                "be",
                "Першы аўтамат для выдачы пасылак ад Белпошты з'явіўся ў Барысаве на Міншчыне.",
            ),
        ],
        (
            "place",
            "be",
            "Белпошта адкрыла першы паштамат у Маладзечне.",
        ),
        None,
    ),
    (
        "be",
        "Гомсельмаш сабраў за год 1500 збожжаўборачных камбайнаў.",
        [
            ("en", "Gomselmash built 1,500 combine harvesters in a year."),
            ("pl", "Gomselmasz zmontował w ciągu roku 1500 kombajnów zbożowych."),
            (
                "be",
                "Паўтары тысячы камбайнаў выпусціў за год гомельскі завод сельгасмашын.",
            ),
        ],
        (
            "number",
            "ru",
            "«Гомсельмаш» собрал за год 500 зерноуборочных комбайнов.",
        ),
        None,
    ),
    (
        "be",
        "Мінгарвыканкам дазволіў летнія кавярні на праспекце Незалежнасці.",
        [
            (
                "en",
                "Minsk city authorities have allowed summer cafés on Independence Avenue.",
            ),
            (
                "uk",
                "Мінський міськвиконком дозволив літні кав'ярні на проспекті Незалежності.",
            ),
            ("be", "Летнікі на праспекце Незалежнасці: сталічныя ўлады далі дабро ☕"),
        ],
        (
            "negation",
            "pl",
            "Władze Mińska zakazały ogródków kawiarnianych na Prospekcie Niepodległości.",
        ),
        None,
    ),
    (
        "pl",
        "PKP Intercity kupi 42 nowe pociągi piętrowe.",
        [
            ("en", "PKP Intercity will buy 42 new double-decker trains."),
            ("uk", "PKP Intercity придбає 42 нові двоповерхові поїзди."),
            (
                "pl",
                "Przewoźnik dalekobieżny zamówi 42 składy piętrowe – poinformowała spółka PKP"
                " Intercity.",
            ),
        ],
        (
            "number",
            "be",
            "PKP Intercity купіць 24 новыя двухпавярховыя цягнікі.",
        ),
        None,
    ),
    (
        "pl",
        "Bydgoszcz otworzy basen olimpijski w 2028 roku.",
        [
            ("en", "Bydgoszcz will open an Olympic-size swimming pool in 2028."),
            ("ru", "В Быдгоще в 2028 году откроют олимпийский бассейн."),
            ("pl", "50-metrowy basen w Bydgoszczy będzie gotowy w 2028 r. 🏊"),
        ],
        (
            "year",
            "en",
            "Bydgoszcz will open an Olympic-size swimming pool in 2031.",
        ),
        None,
    ),
    (
        "pl",
        "Sejm odrzucił projekt ustawy o zniesieniu zmiany czasu.",
        [
            ("en", "The Sejm has rejected a bill to abolish the clock change."),
            ("ru", "Сейм отклонил законопроект об отмене перевода часов."),
            (
                "pl",
                "Nadal będziemy przestawiać zegarki – posłowie zagłosowali przeciw projektowi"
                " zniesienia zmiany czasu.",
            ),
        ],
        (
            "negation",
            "en",
            "The Sejm has passed a bill abolishing the clock change.",
        ),
        None,
    ),
    (
        "pl",
        "InPost postawi 500 nowych paczkomatów na Podlasiu.",
        [
            ("en", "InPost will install 500 new parcel lockers in Podlasie."),
            ("uk", "InPost встановить 500 нових поштоматів на Підляшші."),
            (
                "pl",
                "Pięćset dodatkowych automatów paczkowych stanie w województwie podlaskim –"
                " zapowiada InPost.",
            ),
        ],
        (
            "place",
            "ru",
            "InPost установит 500 новых постаматов на Подкарпатье.",
        ),
        ("pl", "Allegro postawi 500 nowych automatów paczkowych na Podlasiu."),
    ),
]

BLIND10_NONE: list[tuple[str, str]] = [
    # the council, another act
    ("en", "Cardiff council approved a new cycle lane along Cathays Terrace."),
    # the train operator, another act
    ("en", "Eurostar cut fares on its London–Paris route by 10% for January."),
    # the trust and the number, another count
    ("en", "The National Trust counted 43,000 visitors at Lindisfarne Castle this summer."),
    # unrelated news
    ("en", "Birdwatchers in Norfolk spotted a hoopoe for the first time in a decade."),
    # unrelated news
    ("en", "A Roman mosaic was uncovered under a car park in Leicester."),
    # the museum park, another act
    ("ru", "В Петергофе запустили фонтаны на неделю раньше обычного."),
    # the theatre, another act
    ("ru", "Мариинский театр покажет новую постановку «Евгения Онегина» к Новому году."),
    # the marketplace, another act
    ("ru", "Ozon снизил комиссию для продавцов одежды до 12 процентов."),
    # unrelated news
    ("ru", "Над Норильском наблюдали северное сияние необычного фиолетового цвета."),
    # unrelated news
    ("ru", "В Вологде испекли пряник весом 200 килограммов."),
    # the online shop, another act
    ("uk", "Rozetka запустила доставку продуктів у Луцьку."),
    # the city theatre, another act
    ("uk", "Черкаський драмтеатр покаже прем'єру «Лісової пісні» у грудні."),
    # the mobile operator, another act
    ("uk", "Київстар підвищив тарифи на 40 гривень на місяць."),
    # the courier, another act
    ("uk", "«Нова пошта» відкрила 300 нових відділень у Польщі."),
    # unrelated news
    ("uk", "На Волині знайшли скарб срібних монет XVII століття."),
    # the postal service, another act
    ("be", "Белпошта выпусціла марку да 100-годдзя Нацыянальнага тэатра."),
    # the harvester maker, another act
    ("be", "Гомсельмаш пастаўляе 200 камбайнаў у Казахстан."),
    # the town, another event
    ("be", "У Барысаве адкрылі новы мост праз Бярэзіну."),
    # unrelated news
    ("be", "На Браслаўскіх азёрах заўважылі рэдкага чорнага бусла."),
    # unrelated news
    ("be", "Жыхарка Слуцка сплела самы доўгі ў Беларусі шалік."),
    # the railway operator, another act
    ("pl", "PKP Intercity wprowadzi bilety rodzinne ze zniżką 30 procent."),
    # the parliament, another act
    ("pl", "Sejm uchwalił wyższe kary za jazdę pod wpływem alkoholu."),
    # the city, another act
    ("pl", "W Bydgoszczy otwarto nowe lodowisko nad Brdą."),
    # unrelated news
    ("pl", "W Karkonoszach fotopułapka nagrała rysia z dwojgiem młodych."),
]
