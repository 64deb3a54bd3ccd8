"""A fifteenth batch of multilingual pairs ("blind14" split), written for this project in
our own words on 3 December 2026 by a helper who had not read the matcher (nothing under
claims/, docs/ or tests/, nor benchmarks/search/results/, nor the evaluate scripts beyond
their usage; the only files read were multilingual_blind12_source.py and
multilingual_blind11_source.py as the format model and multilingual_source.py for the
layout and the batch table; multilingual_blind13_source.py was not opened), and committed
BEFORE it was measured: measured once, it is a blind figure of the scoring as shipped, and
never tuned on (evaluate_multilingual.py --tune leaves it out).

Same layout as multilingual_source.FACTS / NONE. New topics and actors, none shared with
the other sets (checked by grepping the other multilingual_*_source.py files, blind13
excepted); the figures are invented, real institutions, firms and places appear only as
actors. Written as a desk receives claims (Telegram posts, tweets, article sentences,
headlines), a desk's mix of plain translations and harder cases, not to suit any method:

* 18 facts, pooled in en (4), ru (3), uk (4), be (3), pl (4); each with two translations
  and one same-language paraphrase that shares few words with its document. Most
  translations are close; the harder true queries use a relative date ("within three
  years" for 2029, "через два роки" for 2028, "праз тры гады" for 2029, "za dwa lata" for
  2028, the batch being dated 3 December 2026), a number in words ("Forty hectares", "Три
  сотни", "Сто двадцать", "Двадцять шість", "сорак тысяч", "Dwadzieścia dwa"), a
  description instead of a name ("Britain's Ocean City" for Plymouth, "the Highland
  capital" and "Norway's second city" for Inverness and Bergen, "the Peak District county"
  for Derbyshire, "the Humber city" for Hull, "the owner of Britain's tracks" for Network
  Rail, "Поморье" for the Arkhangelsk region, "столица Чувашии" for Cheboksary, "машины из
  Набережных Челнов" for KAMAZ, "місто над Смотричем" for Kamianets-Podilskyi, "найбільша
  мережа будівельних гіпермаркетів" for Epicentr, "мінская кандытарская фабрыка" for
  Kommunarka, "арена Falubazu" for the Zielona Góra speedway stadium, "producent Ptasiego
  Mleczka" for Wedel, "miasto twierdz nad Sanem" for Przemyśl, "miasto nad Dzierżęcinką"
  for Koszalin), transliterated names (Халл / Галл / Hull, Инвернесс / Інвернес, Дрогобыч /
  Drohobych, Каменец-Подольский / Kamieniec Podolski, Мукачаўская / Мукачевский, Белая
  Царква / Bila Tserkva, «Комунарка» / Kommunarka, Зелёна-Гура, Тарнув, Перемишль /
  Перамышль, Кашалін), another verb for the same act ("lifted" / "can water again",
  "отклонил" / "проголосовали против", "відмовилася" / "не з'являться", "адмовілася" /
  "выкрасліла", "zrezygnowała" / "nie będzie", "закроет" / "исчезнут"), a negative fact
  told without a "not" ("lifted its ban", "отклонил", "відмовилася", "адмовілася",
  "zrezygnowała") and emoji headlines.
* near-misses: 5 number (40 / 14 hectares of seagrass off Plymouth, 300 / 30 Russian Post
  offices, 26 / 62 schools with solar panels, 40,000 / 14,000 tonnes of Savushkin cheese,
  22 / 12 drinking fountains in Koszalin), 5 negation (Severn Trent lifting / extending
  the hosepipe ban, Cheboksary rejecting / approving the high-rise, Mukachevo dropping /
  approving face-recognition cameras, Kommunarka dropping / going back to palm oil,
  Zielona Góra dropping / going ahead with the stadium), 4 place (Bergen / Stavanger for
  Loganair, Mongolia / Vietnam for KAMAZ, Drohobych / Kovel for Epicentr, Tarnów / Legnica
  for Wedel), 4 year (2029 / 2032 for the Hull line, 2028 / 2030 for the Bila Tserkva
  maternity hospital, 2029 / 2031 for the Kobryn manor, 2028 / 2030 for the Przemyśl bus
  station); sixteen of them in another language than their trap;
* three facts put a sibling into the pool: another actor doing the same act with the same
  figure or place (Eastern Airways beside Loganair flying Inverness to Bergen from May, the
  Ural truck plant beside KAMAZ with 120 lorries for Mongolia, Nova Liniya beside Epicentr
  opening a hypermarket in Drohobych);
* 16 "none" queries: most share something with a pool claim and say something else (the
  same city and the same 40 about seahorses, the same airline and city, the same water
  company, the same postal operator, the same truck maker and the same 120 about electric
  buses, the same town and the same 26 schools about flu, the same city council, the same
  chain and town, the same dairy, the same town and general, the same city and the same 22
  about a viewing tower, the same speedway club; a new bus station in another city than
  the pool's); a few plainly unrelated (a racing pigeon in Brighton, a kite festival in
  Rechytsa, grey seal pups at Ustka).
"""

from __future__ import annotations

BLIND14_FACTS: list[tuple] = [
    (
        "en",
        "Plymouth City Council will replant 40 hectares of Plymouth Sound with seagrass.",
        [
            (
                "uk",
                "Міська рада Плімута висадить морську траву на 40 гектарах затоки Плімут-Саунд.",
            ),
            (
                "be",
                "Гарадская рада Плімута высадзіць марскую траву на 40 гектарах заліва"
                " Плімут-Саўнд.",
            ),
            (
                "en",
                "Forty hectares of seabed in Britain's Ocean City will be turned back into"
                " underwater meadows, councillors say 🌊",
            ),
        ],
        (
            "number",
            "pl",
            "Rada miasta Plymouth obsadzi trawą morską 14 hektarów zatoki Plymouth Sound.",
        ),
        None,
    ),
    (
        "en",
        "Loganair will start flights from Inverness to Bergen in May.",
        [
            ("pl", "Loganair od maja uruchomi loty z Inverness do Bergen."),
            ("be", "Loganair з мая пачне палёты з Інвернеса ў Берген."),
            (
                "en",
                "From May, Scotland's regional airline will link the Highland capital with"
                " Norway's second city ✈️",
            ),
        ],
        (
            "place",
            "ru",
            "Loganair с мая начнёт полёты из Инвернесса в Ставангер.",
        ),
        (
            "en",
            "Eastern Airways will start flights from Inverness to Bergen in May.",
        ),
    ),
    (
        "en",
        "Severn Trent has lifted its hosepipe ban across Derbyshire.",
        [
            ("ru", "Severn Trent отменила запрет на полив из шланга в Дербишире."),
            (
                "pl",
                "Severn Trent zniosła zakaz podlewania wężem ogrodowym w hrabstwie Derbyshire.",
            ),
            (
                "en",
                "Gardeners in the Peak District county can water their lawns with a hose"
                " again, the Midlands water company says 🌱",
            ),
        ],
        (
            "negation",
            "be",
            "Severn Trent падоўжыла забарону на паліў са шланга ў Дэрбішыры.",
        ),
        None,
    ),
    (
        "en",
        "Network Rail will electrify the line between Hull and Selby by 2029.",
        [
            ("ru", "Network Rail к 2029 году электрифицирует линию между Халлом и Селби."),
            ("uk", "Network Rail до 2029 року електрифікує лінію між Галлом і Селбі."),
            (
                "en",
                "Overhead wires should reach the Humber city from Selby within three years,"
                " says the owner of Britain's tracks.",
            ),
        ],
        (
            "year",
            "pl",
            "Network Rail zelektryfikuje linię między Hull a Selby do 2032 roku.",
        ),
        None,
    ),
    (
        "ru",
        "«Почта России» закроет 300 сельских отделений в Архангельской области.",
        [
            ("en", "Russian Post will close 300 rural post offices in the Arkhangelsk region."),
            ("uk", "«Пошта Росії» закриє 300 сільських відділень в Архангельській області."),
            (
                "ru",
                "Три сотни деревенских почтовых пунктов исчезнут в Поморье 📮",
            ),
        ],
        (
            "number",
            "be",
            "«Пошта Расіі» закрые 30 сельскіх аддзяленняў у Архангельскай вобласці.",
        ),
        None,
    ),
    (
        "ru",
        "Чебоксарский горсовет отклонил проект высотки на берегу Чебоксарского залива.",
        [
            (
                "pl",
                "Rada miejska Czeboksar odrzuciła projekt wieżowca nad Zatoką Czeboksarską.",
            ),
            (
                "en",
                "Cheboksary city council has rejected a plan for a high-rise on the shore of"
                " Cheboksary Bay.",
            ),
            (
                "ru",
                "Небоскрёба у воды в столице Чувашии не будет — депутаты проголосовали против 🏙️",
            ),
        ],
        (
            "negation",
            "uk",
            "Чебоксарська міськрада схвалила проєкт висотки на березі Чебоксарської затоки.",
        ),
        None,
    ),
    (
        "ru",
        "«КАМАЗ» поставит в Монголию 120 грузовиков.",
        [
            ("be", "«КАМАЗ» паставіць у Манголію 120 грузавікоў."),
            ("pl", "KAMAZ dostarczy do Mongolii 120 ciężarówek."),
            (
                "ru",
                "Сто двадцать машин из Набережных Челнов отправятся к монгольским заказчикам 🚛",
            ),
        ],
        (
            "place",
            "en",
            "KAMAZ will supply 120 lorries to Vietnam.",
        ),
        (
            "ru",
            "Уральский автозавод поставит в Монголию 120 грузовиков.",
        ),
    ),
    (
        "uk",
        "Кам'янець-Подільський встановить сонячні панелі на дахах 26 шкіл.",
        [
            ("en", "Kamianets-Podilskyi will put solar panels on the roofs of 26 schools."),
            ("pl", "Kamieniec Podolski zamontuje panele słoneczne na dachach 26 szkół."),
            (
                "uk",
                "Двадцять шість навчальних закладів міста над Смотричем отримають власні"
                " електростанції, що живляться від сонця ☀️",
            ),
        ],
        (
            "number",
            "ru",
            "Каменец-Подольский установит солнечные панели на крышах 62 школ.",
        ),
        None,
    ),
    (
        "uk",
        "Мукачівська міськрада відмовилася від закупівлі камер із розпізнаванням облич.",
        [
            (
                "be",
                "Мукачаўская гарадская рада адмовілася ад закупкі камер з распазнаваннем твараў.",
            ),
            ("ru", "Мукачевский горсовет отказался от закупки камер с распознаванием лиц."),
            (
                "uk",
                "Системи, що впізнають перехожих в обличчя, на вулицях Мукачева не з'являться"
                " — депутати проголосували проти 📹",
            ),
        ],
        (
            "negation",
            "en",
            "Mukachevo city council has approved buying facial recognition cameras.",
        ),
        None,
    ),
    (
        "uk",
        "Біла Церква відкриє новий пологовий будинок у 2028 році.",
        [
            ("en", "Bila Tserkva will open a new maternity hospital in 2028."),
            ("be", "Белая Царква адкрые новы радзільны дом у 2028 годзе."),
            (
                "uk",
                "Через два роки білоцерківські породіллі матимуть сучасний заклад, де"
                " з'являтимуться на світ немовлята, обіцяє міська влада 👶",
            ),
        ],
        (
            "year",
            "pl",
            "Biała Cerkiew otworzy nowy szpital położniczy w 2030 roku.",
        ),
        None,
    ),
    (
        "uk",
        "«Епіцентр» відкриє гіпермаркет у Дрогобичі.",
        [
            ("ru", "«Эпицентр» откроет гипермаркет в Дрогобыче."),
            ("en", "Epicentr will open a hypermarket in Drohobych."),
            (
                "uk",
                "Найбільша в країні мережа будівельних гіпермаркетів заходить у Дрогобич.",
            ),
        ],
        (
            "place",
            "be",
            "«Эпіцэнтр» адкрые гіпермаркет у Ковелі.",
        ),
        (
            "uk",
            "«Нова Лінія» відкриє гіпермаркет у Дрогобичі.",
        ),
    ),
    (
        "be",
        "«Савушкін прадукт» за год экспартаваў у Кітай 40 тысяч тон сыру.",
        [
            ("ru", "«Савушкин продукт» за год экспортировал в Китай 40 тысяч тонн сыра."),
            ("pl", "Savushkin Product wyeksportował w ciągu roku do Chin 40 tys. ton sera."),
            (
                "be",
                "Адзін з найбуйнейшых малочных заводаў краіны прадаў кітайскім пакупнікам"
                " сорак тысяч тон сыроў за дванаццаць месяцаў 🧀",
            ),
        ],
        (
            "number",
            "be",
            "«Савушкін прадукт» за год экспартаваў у Кітай 14 тысяч тон сыру.",
        ),
        None,
    ),
    (
        "be",
        "«Камунарка» адмовілася ад пальмавага алею ў сваіх цукерках.",
        [
            ("uk", "«Комунарка» відмовилася від пальмової олії у своїх цукерках."),
            ("pl", "Kommunarka zrezygnowała z oleju palmowego w swoich cukierkach."),
            (
                "be",
                "Мінская кандытарская фабрыка выкрасліла трапічны тлушч з рэцэптаў сваіх"
                " прысмакаў 🍫",
            ),
        ],
        (
            "negation",
            "en",
            "Kommunarka has gone back to using palm oil in its sweets.",
        ),
        None,
    ),
    (
        "be",
        "У Кобрыне да 2029 года адновяць сядзібу Суворава.",
        [
            ("en", "Suvorov's manor house in Kobryn will be restored by 2029."),
            ("uk", "У Кобрині до 2029 року відновлять садибу Суворова."),
            (
                "be",
                "Праз тры гады кобрынскі дом фельдмаршала вернецца да ранейшага выгляду 🏛️",
            ),
        ],
        (
            "year",
            "ru",
            "В Кобрине к 2031 году восстановят усадьбу Суворова.",
        ),
        None,
    ),
    (
        "pl",
        "Koszalin postawi na ulicach 22 publiczne poidełka z wodą pitną.",
        [
            ("en", "Koszalin will install 22 public drinking fountains on its streets."),
            ("be", "Кашалін усталюе на вуліцах 22 публічныя пітныя фантанчыкі."),
            (
                "pl",
                "Dwadzieścia dwa miejsca, gdzie za darmo napijesz się kranówki, powstaną w"
                " mieście nad Dzierżęcinką 💧",
            ),
        ],
        (
            "number",
            "uk",
            "Кошалін встановить на вулицях 12 громадських питних фонтанчиків.",
        ),
        None,
    ),
    (
        "pl",
        "Zielona Góra zrezygnowała z rozbudowy stadionu żużlowego.",
        [
            ("ru", "Зелёна-Гура отказалась от расширения стадиона для спидвея."),
            ("en", "Zielona Góra has dropped plans to expand its speedway stadium."),
            (
                "pl",
                "Większej areny Falubazu nie będzie – miasto wycofało się z inwestycji 🏍️",
            ),
        ],
        (
            "negation",
            "pl",
            "Zielona Góra rozbuduje stadion żużlowy zgodnie z planem.",
        ),
        None,
    ),
    (
        "pl",
        "Wedel zbuduje nową fabrykę czekolady w Tarnowie.",
        [
            ("ru", "Wedel построит новую шоколадную фабрику в Тарнуве."),
            ("en", "Wedel will build a new chocolate factory in Tarnów."),
            (
                "pl",
                "Producent Ptasiego Mleczka postawi kolejny zakład – tym razem w Tarnowie 🍫",
            ),
        ],
        (
            "place",
            "uk",
            "Wedel збудує нову шоколадну фабрику в Легниці.",
        ),
        None,
    ),
    (
        "pl",
        "Przemyśl otworzy nowy dworzec autobusowy w 2028 roku.",
        [
            ("uk", "Перемишль відкриє новий автовокзал у 2028 році."),
            ("be", "Перамышль адкрые новы аўтавакзал у 2028 годзе."),
            (
                "pl",
                "Za dwa lata podróżni w mieście twierdz nad Sanem doczekają się nowego"
                " miejsca odjazdów PKS-ów 🚌",
            ),
        ],
        (
            "year",
            "en",
            "Przemyśl will open a new bus station in 2030.",
        ),
        None,
    ),
]

BLIND14_NONE: list[tuple[str, str]] = [
    # the city and the number, another act
    ("en", "Plymouth's National Marine Aquarium has bred 40 seahorses."),
    # the airline and the city, another act
    ("en", "Loganair has suspended its Inverness to Kirkwall flights for the winter."),
    # the water company and the county, another act
    ("en", "Severn Trent was fined £3 million for sewage spills into the River Derwent."),
    # unrelated news
    ("en", "A racing pigeon lost for eleven years turned up in a Brighton garden."),
    # the postal operator, another act
    ("ru", "«Почта России» подняла тарифы на отправку посылок за границу."),
    # the city, and the topic of another pool claim (a bus station) in another place
    ("ru", "В Чебоксарах открыли новый автовокзал."),
    # the truck maker and the number, another product and place
    ("ru", "«КАМАЗ» поставит 120 электробусов в Ульяновск."),
    # the town and the number of schools, another event
    ("uk", "У Кам'янці-Подільському 26 шкіл перейшли на дистанційне навчання через грип."),
    # the city council, another act
    ("uk", "Мукачівська міськрада призначила нового директора комунального ринку."),
    # the chain and the town, another act
    ("uk", "«Епіцентр» подарував школам Дрогобича 500 планшетів."),
    # the dairy, another act
    ("be", "«Савушкін прадукт» пачаў выпуск пітных ёгуртаў для дзяцей."),
    # the town and the general, another act
    ("be", "У Кобрынскім музеі Суворава адкрылася выстава старых ваенных карт."),
    # unrelated news
    ("be", "У Рэчыцы прайшоў першы фестываль паветраных змеяў."),
    # the city and the number, another object
    ("pl", "W Koszalinie otwarto 22-metrową wieżę widokową."),
    # the speedway club, another event
    ("pl", "Żużlowcy Falubazu Zielona Góra zdobyli drużynowe mistrzostwo Polski."),
    # unrelated news
    ("pl", "Na plaży w Ustce urodziły się dwie młode foki szare."),
]
