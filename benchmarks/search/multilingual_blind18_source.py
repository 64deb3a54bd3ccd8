"""A nineteenth batch of multilingual pairs ("blind18" split), written for this project in
our own words on 6 December 2026 by helper blind18, who had not read the matcher (nothing
under claims/, docs/ or tests/, nor benchmarks/search/results/, nor the evaluate scripts
beyond the first 30 lines of evaluate_multilingual.py; the only files read were
multilingual_blind17_source.py and multilingual_blind16_source.py as the format model and
multilingual_source.py for the layout and the batch table; the other
multilingual_*_source.py files were only grepped for names, `grep -li`, never opened), and
committed BEFORE it was measured: measured once, it is a blind figure of the scoring as
shipped, and never tuned on (evaluate_multilingual.py --tune leaves it out). Nothing was
run on these pairs before the commit but ruff, a count of the tuples and the script that
writes multilingual_pairs.json.

Same layout as multilingual_source.FACTS / NONE. New topics and actors, none shared with
the other sets (checked by grepping the other *_source.py files, in Cyrillic and Latin
spellings; candidates already used there, such as Carlisle, Norwich, Lida, Toruń, Elbląg,
Azimut, Kent, Brest or the Farne Islands, were dropped); the figures are invented, real
institutions, firms and places appear only as actors. Written as a desk receives claims
(Telegram posts, tweets, article sentences, headlines), a desk's mix of plain translations
and harder cases, not to suit any method:

* 18 facts, pooled in en (4), ru (4), uk (3), be (3), pl (4); each with two translations
  and one same-language paraphrase that shares few words with its document: 54 true
  queries, 18 same-language and 36 cross-language. Most translations are close; the
  harder true queries use a relative date ("Within three years" for 2029, "Через два
  года" for 2028, "Праз два гады" for 2028, "Za cztery lata" for 2030, the batch being
  dated 6 December 2026), a number in words ("Sixty thousand", "Семь десятков", "Чверть
  сотні", "Восем", "Tuzin"), a unit conversion (25 km of Korosten pavements given as
  "about 15.5 miles" in the English translation), a description instead of a name ("the
  Land of the Prince Bishops" for County Durham, "the cathedral city" for Canterbury,
  "the pencil town" and "the red-sandstone market town by the M6" for Keswick and Penrith,
  "the oldest of the resort's three piers" for Blackpool's North Pier, "город на Суре" for
  Penza, "столица Мордовии" for Saransk, "сибирская столица старины" for Tobolsk, "столица
  Марий Эл" for Yoshkar-Ola, "давній Іскоростень" for Korosten, "прикарпатське місто з
  калійними копальнями" for Kalush, "мережа із золотими арками" for McDonald's, "сумське
  місто, відоме битвою 1659 року" for Konotop, "горад з палацыкам Швыкоўскіх" for
  Pruzhany, "старажытная сталіца Палесся на Прыпяці" for Turaw, "горад на Віцебшчыне" for
  Hlybokaye, "nadmorskie uzdrowisko" for Kołobrzeg, "śląski Rzym" for Nysa, "wyspiarskie
  miasto u ujścia Świny" and "port w Skanii" for Świnoujście and Ystad, "miasto nad
  Uherką" for Chełm, "Polska Żegluga Bałtycka" for Polferries), transliterated names
  (Дарем, Кентербери / Кентербері / Кентэрберы, Кесік / Кесвік / Keswick, Блекпул, Penza /
  Пэнза, Saransk / Саранськ, Tobolsk / Tobolska, Yoshkar-Ola / Ёшкар-Ала, Korosteń, Kalush
  / Калушская, Konotop / Konotopie, Пружаны / Prużany, Turaw / Турів / Turów, Глубокский /
  Hlybokaye, Колобжег / Калабжэг, Ниси / Нысы, Свиноуйсьце / Świnoujście, Хелм / Холм),
  another verb for the same act ("dropped" / "shelved", "не будет" / "поставил крест",
  "скасувала" / "відкликали", "адмовіўся" / "перадумалі", "odrzuciła" / "zagłosowali
  przeciw"), a negative fact told without a "not" ("dropped", "скасувала", "адмовіўся",
  "odrzuciła"), a quotation reported as a quotation and as a paraphrase (Tobolsk), and
  emoji headlines.
* 18 near-misses: 5 number (60,000 / 16,000 trees in County Durham, 70 / 17 bus shelters
  in Penza, 25 / 15 km of pavements in Korosten, 8 / 18 school buses in Pruzhany, 12 / 20
  lifeguard towers in Kołobrzeg), 5 negation or reversal (Canterbury dropping / bringing
  in the cathedral parking charges, the Tobolsk mayor ruling out / announcing the car park
  by the kremlin, Kalush cancelling / approving the fare rise, the Hlybokaye authorities
  refusing / going ahead with the sale of the old mill, Nysa rejecting / passing the
  rubbish fee rise), 4 place (Penrith / Kendal for the Stagecoach night bus, Stavropol /
  Makhachkala for Red Wings, Konotop / Shostka for McDonald's, Ystad / Trelleborg for
  Polferries), 4 year (2029 / 2031 for Blackpool's North Pier, 2028 / 2030 for the
  Yoshkar-Ola ice palace, 2028 / 2030 for the Turaw museum, 2030 / 2032 for the Chełm
  chalk tunnels); all of them in another language than their trap;
* three facts put a sibling into the pool: another actor doing the same act with the same
  place (IrAero beside Red Wings flying Saransk to Stavropol, KFC beside McDonald's opening
  a first restaurant in Konotop, Unity Line beside Polferries opening a ferry from
  Świnoujście to Ystad);
* 15 "none" queries, in all five languages: most share an actor or place with a pool claim
  and say something else (the same bus operator on the same road, the same resort and
  another pier, the same airline and city, the same city and a related sport, the same
  fast-food chain, the same town, the same ferry line and route, the same towns of Turaw,
  Pruzhany and Nysa); three are hard cases: the same wording about another subject
  ("Durham County Council will plant 60,000 bulbs", "Kołobrzeg postawi 12 nowych
  przebieralni") and the very quotation of the Tobolsk fact attributed to another speaker
  (the chairman of the city duma); two are plainly unrelated (a white hare on Helvellyn, a
  big pike caught near Chachersk).
"""

from __future__ import annotations

BLIND18_FACTS: list[tuple] = [
    (
        "en",
        "Durham County Council will plant 60,000 trees on former colliery sites.",
        [
            (
                "ru",
                "Совет графства Дарем высадит 60 000 деревьев на месте бывших угольных шахт.",
            ),
            (
                "pl",
                "Rada hrabstwa Durham posadzi 60 000 drzew na terenach dawnych kopalń węgla.",
            ),
            (
                "en",
                "Sixty thousand saplings are going into the ground on old pit land across the"
                " Land of the Prince Bishops, the local authority says 🌳",
            ),
        ],
        (
            "number",
            "uk",
            "Рада графства Дарем висадить 16 000 дерев на місцях колишніх вугільних шахт.",
        ),
        None,
    ),
    (
        "en",
        "Canterbury City Council has dropped plans to charge for parking near the cathedral.",
        [
            (
                "uk",
                "Міська рада Кентербері відмовилася від планів запровадити платне паркування"
                " біля собору.",
            ),
            (
                "be",
                "Гарадская рада Кентэрберы адмовілася ад планаў увесці платную паркоўку каля"
                " сабора.",
            ),
            (
                "en",
                "Drivers visiting the cathedral city can still leave their cars for free: the"
                " fees have been shelved 🚗",
            ),
        ],
        (
            "negation",
            "ru",
            "Городской совет Кентербери ввёл плату за парковку возле собора.",
        ),
        None,
    ),
    (
        "en",
        "Stagecoach will run a new night bus from Keswick to Penrith.",
        [
            ("be", "Stagecoach запусціць новы начны аўтобус з Кесіка ў Пенрыт."),
            ("pl", "Stagecoach uruchomi nowy nocny autobus z Keswick do Penrith."),
            (
                "en",
                "Late-night travellers will get a ride home between the pencil town and the"
                " red-sandstone market town by the M6 🌙",
            ),
        ],
        (
            "place",
            "uk",
            "Stagecoach запустить новий нічний автобус із Кесвіка до Кендала.",
        ),
        None,
    ),
    (
        "en",
        "Blackpool's North Pier will be fully repaired by 2029.",
        [
            ("ru", "Северный пирс в Блекпуле полностью отремонтируют к 2029 году."),
            ("uk", "Північний пірс у Блекпулі повністю відремонтують до 2029 року."),
            (
                "en",
                "Within three years the oldest of the resort's three piers should be back in"
                " full shape, its owners promise 🎡",
            ),
        ],
        (
            "year",
            "pl",
            "Molo North Pier w Blackpool zostanie w pełni wyremontowane do 2031 roku.",
        ),
        None,
    ),
    (
        "ru",
        "Пенза заменит 70 остановочных павильонов.",
        [
            ("en", "Penza will replace 70 bus shelters."),
            ("be", "Пэнза заменіць 70 прыпынкавых павільёнаў."),
            (
                "ru",
                "Семь десятков новых навесов для тех, кто ждёт автобус, появятся в городе на"
                " Суре 🚏",
            ),
        ],
        (
            "number",
            "pl",
            "Penza wymieni 17 wiat przystankowych.",
        ),
        None,
    ),
    (
        "ru",
        "Red Wings откроет прямые рейсы из Саранска в Ставрополь.",
        [
            ("en", "Red Wings will launch direct flights from Saransk to Stavropol."),
            ("uk", "Red Wings відкриє прямі рейси із Саранська до Ставрополя."),
            (
                "ru",
                "Перевозчик с «красными крыльями» в названии свяжет столицу Мордовии с"
                " главным городом Ставрополья без пересадок ✈️",
            ),
        ],
        (
            "place",
            "be",
            "Red Wings адкрые прамыя рэйсы з Саранска ў Махачкалу.",
        ),
        (
            "ru",
            "«ИрАэро» откроет прямые рейсы из Саранска в Ставрополь.",
        ),
    ),
    (
        "ru",
        "«Парковки у стен кремля не будет», — заявил мэр Тобольска.",
        [
            (
                "en",
                '"There will be no car park by the kremlin walls," the mayor of Tobolsk said.',
            ),
            (
                "pl",
                "„Parkingu pod murami kremla nie będzie” – oświadczył burmistrz Tobolska.",
            ),
            (
                "ru",
                "Градоначальник сибирской столицы старины поставил крест на стоянке для машин"
                " под белокаменными стенами 🏰",
            ),
        ],
        (
            "negation",
            "uk",
            "Мер Тобольська оголосив про будівництво парковки біля стін кремля.",
        ),
        None,
    ),
    (
        "ru",
        "В Йошкар-Оле к 2028 году построят новый ледовый дворец.",
        [
            ("en", "A new ice palace will be built in Yoshkar-Ola by 2028."),
            ("be", "У Ёшкар-Але да 2028 года пабудуюць новы лядовы палац."),
            (
                "ru",
                "Через два года у хоккеистов и фигуристов столицы Марий Эл появится новая арена 🏒",
            ),
        ],
        (
            "year",
            "en",
            "Yoshkar-Ola will build a new ice palace by 2030.",
        ),
        None,
    ),
    (
        "uk",
        "Коростень відремонтує 25 кілометрів тротуарів.",
        [
            ("en", "Korosten will repair about 15.5 miles of pavements."),
            ("ru", "Коростень отремонтирует 25 километров тротуаров."),
            (
                "uk",
                "Чверть сотні кілометрів пішохідних доріжок оновлять у давньому Іскоростені 🚶",
            ),
        ],
        (
            "number",
            "pl",
            "Korosteń wyremontuje 15 kilometrów chodników.",
        ),
        None,
    ),
    (
        "uk",
        "Калуська міська рада скасувала підвищення ціни проїзду в маршрутках.",
        [
            ("en", "Kalush city council has cancelled the minibus fare rise."),
            ("be", "Калушская гарадская рада адмяніла павышэнне кошту праезду ў маршрутках."),
            (
                "uk",
                "Пасажири прикарпатського міста з калійними копальнями платитимуть, як і"
                " раніше: депутати відкликали подорожчання 🚐",
            ),
        ],
        (
            "negation",
            "ru",
            "Калушский горсовет повысил стоимость проезда в маршрутках.",
        ),
        None,
    ),
    (
        "uk",
        "McDonald's відкриє перший ресторан у Конотопі.",
        [
            ("en", "McDonald's will open its first restaurant in Konotop."),
            ("pl", "McDonald's otworzy pierwszą restaurację w Konotopie."),
            (
                "uk",
                "Мережа із золотими арками вперше прийде до сумського міста, відомого битвою"
                " 1659 року 🍔",
            ),
        ],
        (
            "place",
            "ru",
            "McDonald's откроет первый ресторан в Шостке.",
        ),
        (
            "uk",
            "KFC відкриє перший ресторан у Конотопі.",
        ),
    ),
    (
        "be",
        "Пружаны атрымаюць 8 новых школьных аўтобусаў.",
        [
            ("ru", "Пружаны получат 8 новых школьных автобусов."),
            ("pl", "Prużany otrzymają 8 nowych autobusów szkolnych."),
            (
                "be",
                "Восем жоўтых машын будуць вазіць вучняў у горадзе з палацыкам Швыкоўскіх 🚌",
            ),
        ],
        (
            "number",
            "uk",
            "Пружани отримають 18 нових шкільних автобусів.",
        ),
        None,
    ),
    (
        "be",
        "У Тураве да 2028 года адкрыюць музей старажытнага горада.",
        [
            ("en", "A museum of the ancient town will open in Turaw by 2028."),
            ("uk", "У Турові до 2028 року відкриють музей давнього міста."),
            (
                "be",
                "Праз два гады старажытная сталіца Палесся на Прыпяці атрымае экспазіцыю пра"
                " сваё мінулае 🏺",
            ),
        ],
        (
            "year",
            "pl",
            "W Turowie do 2030 roku otworzą muzeum dawnego grodu.",
        ),
        None,
    ),
    (
        "be",
        "Глыбоцкі райвыканкам адмовіўся ад продажу будынка старога млына.",
        [
            ("ru", "Глубокский райисполком отказался от продажи здания старой мельницы."),
            (
                "en",
                "The Hlybokaye district authorities have decided against selling the old mill"
                " building.",
            ),
            (
                "be",
                "Былы млын у горадзе на Віцебшчыне застанецца ў руках мясцовай улады:"
                " чыноўнікі перадумалі выстаўляць яго на таргі 🏚️",
            ),
        ],
        (
            "negation",
            "pl",
            "Władze rejonu głębockiego sprzedały budynek starego młyna.",
        ),
        None,
    ),
    (
        "pl",
        "Kołobrzeg postawi 12 nowych wież ratowniczych na plaży.",
        [
            ("en", "Kołobrzeg will put up 12 new lifeguard towers on its beach."),
            ("ru", "Колобжег установит на пляже 12 новых спасательных вышек."),
            (
                "pl",
                "Tuzin świeżych stanowisk dla ratowników stanie nad morzem w nadmorskim"
                " uzdrowisku 🏖️",
            ),
        ],
        (
            "number",
            "be",
            "Калабжэг паставіць на пляжы 20 новых ратавальных вышак.",
        ),
        None,
    ),
    (
        "pl",
        "Rada Miejska w Nysie odrzuciła projekt podwyżki opłat za wywóz śmieci.",
        [
            ("uk", "Міська рада Ниси відхилила проєкт підвищення плати за вивезення сміття."),
            ("be", "Гарадская рада Нысы адхіліла праект павышэння платы за вываз смецця."),
            (
                "pl",
                "Mieszkańcy śląskiego Rzymu nie zapłacą więcej za odpady – radni zagłosowali"
                " przeciw 🗑️",
            ),
        ],
        (
            "negation",
            "en",
            "Nysa town council has approved a rise in rubbish collection fees.",
        ),
        None,
    ),
    (
        "pl",
        "Polferries uruchomi nowy prom ze Świnoujścia do Ystad.",
        [
            ("en", "Polferries will launch a new ferry from Świnoujście to Ystad."),
            ("ru", "Polferries запустит новый паром из Свиноуйсьце в Истад."),
            (
                "pl",
                "Polska Żegluga Bałtycka połączy wyspiarskie miasto u ujścia Świny z portem w"
                " Skanii kolejną jednostką ⛴️",
            ),
        ],
        (
            "place",
            "uk",
            "Polferries запустить новий пором зі Свіноуйсьця до Треллеборга.",
        ),
        (
            "pl",
            "Unity Line uruchomi nowy prom ze Świnoujścia do Ystad.",
        ),
    ),
    (
        "pl",
        "W Chełmie do 2030 roku udostępnią turystom nową trasę w podziemiach kredowych.",
        [
            (
                "uk",
                "У Холмі до 2030 року відкриють для туристів новий маршрут у крейдяних"
                " підземеллях.",
            ),
            (
                "be",
                "У Холме да 2030 года адкрыюць для турыстаў новы маршрут у крэйдавых падзямеллях.",
            ),
            (
                "pl",
                "Za cztery lata zwiedzający zejdą głębiej w labirynt wykuty w kredzie pod"
                " miastem nad Uherką 🕯️",
            ),
        ],
        (
            "year",
            "ru",
            "В Хелме к 2032 году откроют для туристов новый маршрут в меловых подземельях.",
        ),
        None,
    ),
]

BLIND18_NONE: list[tuple[str, str]] = [
    # the same wording, council and figure, another object
    ("en", "Durham County Council will plant 60,000 bulbs along its roadsides."),
    # the operator and the road, another act
    ("en", "Stagecoach has cut its Sunday buses between Keswick and Penrith."),
    # the resort, another pier and another act
    ("en", "Blackpool's Central Pier has shut its big wheel for the winter."),
    # unrelated news
    ("en", "A white mountain hare was photographed on the summit of Helvellyn."),
    # the airline and the city, another act
    ("ru", "Red Wings подняла цены на билеты из Саранска на 15%."),
    # the same quotation, another speaker
    ("ru", "«Парковки у стен кремля не будет», — заявил председатель Тобольской городской думы."),
    # the city and a related sport, another event
    ("ru", "В Йошкар-Оле залили новый открытый каток в центральном парке."),
    # the chain, another act
    ("uk", "McDonald's підвищив ціни на бургери в Україні."),
    # the town, another event
    ("uk", "У Коростені відкрили новий сквер біля залізничного вокзалу."),
    # the town, another event
    ("be", "У Тураве прайшоў фестываль палескай кухні."),
    # the town, another event
    ("be", "У Пружанах адрамантавалі дах палацыка."),
    # unrelated news
    ("be", "Пад Чачэрскам рыбак злавіў шчупака вагой дзесяць кілаграмаў."),
    # the same wording, town and figure, another object
    ("pl", "Kołobrzeg postawi 12 nowych przebieralni na plaży."),
    # the ferry line and the route, another act
    ("pl", "Polferries podniósł ceny biletów na trasie do Ystad."),
    # the town, another event
    ("pl", "W Nysie otwarto nowy basen miejski."),
]
