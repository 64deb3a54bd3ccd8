"""A twelfth batch of multilingual pairs ("blind11" split), written for this project in our
own words on 2 December 2026 by a helper who had not read the matcher (nothing under
claims/, nor any section of docs/search.md but "Labelled pairs (written before tuning)",
nor benchmarks/search/results/, nor evaluate_multilingual.py, nor tests/; the only files
read were multilingual_blind10_source.py as the format model and multilingual_source.py for
the layout and the batch table), and committed BEFORE it was measured: measured once, it is
a blind figure of the scoring as shipped, and never tuned on (evaluate_multilingual.py
--tune leaves it out).

Same layout as multilingual_source.FACTS / NONE. New topics and actors, none shared with
the other sets (checked by grepping the other multilingual_*_source.py files); the figures
are invented, real institutions, firms and places appear only as actors. Written as a desk
receives claims (Telegram posts, tweets, article sentences, headlines), a desk's mix of
plain translations and harder cases, not to suit any method:

* 18 facts, pooled in en (4), ru (3), uk (4), be (3), pl (4); each with two translations
  and one same-language paraphrase. Most translations are close; the harder true queries
  use a relative year for a date ("by the end of the decade" for 2030, "через два года"
  for 2028, "за три роки" for 2029, "w przyszłym roku" beside "в 2027 году", the batch
  being dated 2 December 2026), another unit or a derived figure ("2.4m", "восем тысяч",
  "15 відсотків на рік", "трое тигрят"), a
  description instead of a name ("the Royal Botanic Gardens in south-west London" for
  Kew, "the Irish low-cost carrier" for Ryanair, "компанія Ріната Ахметова" for DTEK,
  "бабруйскі шынны завод" for Belshina, "sieć z zieloną żabą w logo" for Żabka, "sieć
  dyskontów" for Lidl, "галоўная бібліятэка краіны" for the National Library, "Франківськ"
  for Ivano-Frankivsk), transliterated names (S7 / «Сибирь», Монобанк / mono, Белшына /
  Belshina / «Белшина», Żabka / «Жабка», Лідл / Lidl, Білосток / Беласток / Białystok,
  Івано-Франківськ / Ивано-Франковск), another verb for the same act ("stop" / "scrap", "base three
  aircraft" / "opening a three-plane base", "вернула бесплатный" / "включила багаж",
  "zakazała" / "przegłosowali zakaz", "адмяніў камісію" / "можна бясплатна"), a negative
  fact told without a "not" ("scrap", "без салютів", "бясплатна") and hashtag or emoji headlines.
* near-misses: 6 number (2.4 / 1.4 million Kew visitors, three / five tiger cubs in
  Rostov, 15% / 13% on monobank deposits, 8,000 / 18,000 Belshina tyres, 30 / 13 hydrogen
  buses in Białystok, 300 / 130 Żabka shops), 5 negation (Royal Mail ending / keeping
  Saturday second-class post, S7 bringing back / refusing free baggage, Ivano-Frankivsk
  banning / allowing fireworks, Belarusbank scrapping / introducing a transfer fee, Lublin
  passing / rejecting the scooter ban), 4 place (Newcastle / Leeds Bradford, Ternopil /
  Khmelnytskyi region, Lida / Slonim, Radom / Płock), 3 year (2030 / 2035 for the Belfast
  trees, 2028 / 2030 for the Saratov bridge, 2029 / 2031 for the Sumy trolleybuses);
  fifteen of them in another language than their trap;
* three facts put a sibling into the pool: another actor doing the same act with the same
  figure (easyJet beside Ryanair basing three aircraft at Newcastle, the Roev Ruchey park
  in Krasnoyarsk beside the Rostov zoo with three tiger cubs, Ukrhydroenergo beside DTEK
  with the same 300 MW wind farm);
* 24 "none" queries: two thirds share something with a pool claim and say something else
  (the same city council, postal operator, gardens, airline, city, air carrier, zoo, bank,
  city council, energy company, tyre maker, bank, library, city, convenience chain and city
  council doing another act; Kew with the same 2.4 million about seeds); a third plainly
  unrelated (orcas off Shetland, a bear cub in the Altai, a Yaroslavl bell, a Podillia
  hoard, a Chernihiv icon, a Navahrudak castle tower, cranes on the Biebrza, a Kampinos
  bison).
"""

from __future__ import annotations

BLIND11_FACTS: list[tuple] = [
    (
        "en",
        "Belfast City Council will plant 5,000 street trees by 2030.",
        [
            ("ru", "Городской совет Белфаста к 2030 году высадит на улицах 5000 деревьев."),
            ("pl", "Rada miasta Belfast do 2030 roku posadzi przy ulicach 5 tys. drzew."),
            (
                "en",
                "Five thousand new trees will line Belfast's streets by the end of the decade,"
                " councillors have pledged 🌳",
            ),
        ],
        (
            "year",
            "uk",
            "Міська рада Белфаста до 2035 року висадить на вулицях 5000 дерев.",
        ),
        None,
    ),
    (
        "en",
        "Royal Mail will stop delivering second-class letters on Saturdays from June.",
        [
            ("be", "З чэрвеня Royal Mail спыніць дастаўку лістоў другога класа па суботах."),
            ("uk", "Royal Mail з червня припинить доставку листів другого класу по суботах."),
            (
                "en",
                "Second-class post on a Saturday? #RoyalMail is to scrap it from June 📮",
            ),
        ],
        (
            "negation",
            "ru",
            "Royal Mail сохранит доставку писем второго класса по субботам и после июня.",
        ),
        None,
    ),
    (
        "en",
        "Kew Gardens welcomed 2.4 million visitors last year.",
        [
            ("uk", "Торік Ботанічні сади К'ю відвідали 2,4 мільйона людей."),
            ("be", "Летась Каралеўскія батанічныя сады К'ю наведалі 2,4 мільёна чалавек."),
            (
                "en",
                "Some 2.4m people came through the gates of the Royal Botanic Gardens in"
                " south-west London last year.",
            ),
        ],
        (
            "number",
            "en",
            "Kew Gardens welcomed 1.4 million visitors last year.",
        ),
        None,
    ),
    (
        "en",
        "Ryanair will base three aircraft at Newcastle Airport from next summer.",
        [
            (
                "ru",
                "Со следующего лета Ryanair разместит три самолёта в аэропорту Ньюкасла.",
            ),
            (
                "pl",
                "Od przyszłego lata Ryanair będzie miał trzy samoloty w bazie na lotnisku w"
                " Newcastle.",
            ),
            (
                "en",
                "The Irish low-cost carrier is opening a three-plane base at Newcastle"
                " International next summer.",
            ),
        ],
        (
            "place",
            "be",
            "З наступнага лета Ryanair размесціць тры самалёты ў аэрапорце Лідс-Брэдфард.",
        ),
        ("en", "easyJet will base three aircraft at Newcastle Airport from next summer."),
    ),
    (
        "ru",
        "Новый мост через Волгу в Саратове откроют в 2028 году.",
        [
            ("en", "Saratov's new bridge across the Volga will open in 2028."),
            ("be", "Новы мост праз Волгу ў Саратаве адкрыюць у 2028 годзе."),
            (
                "ru",
                "Через два года саратовцы смогут ездить через Волгу по новому мосту.",
            ),
        ],
        (
            "year",
            "pl",
            "Nowy most na Wołdze w Saratowie zostanie otwarty w 2030 roku.",
        ),
        None,
    ),
    (
        "ru",
        "S7 вернула бесплатный провоз багажа в самом дешёвом тарифе.",
        [
            ("en", "S7 Airlines has brought back free checked baggage on its cheapest fare."),
            ("be", "S7 вярнула бясплатны правоз багажу ў самым танным тарыфе."),
            (
                "ru",
                "Чемодан снова бесплатно ✈️ Авиакомпания «Сибирь» включила багаж в базовый тариф.",
            ),
        ],
        (
            "negation",
            "uk",
            "S7 відмовилася повертати безкоштовний провіз багажу в найдешевшому тарифі.",
        ),
        None,
    ),
    (
        "ru",
        "В Ростовском зоопарке родились три детёныша амурского тигра.",
        [
            ("en", "Three Amur tiger cubs have been born at Rostov Zoo."),
            ("uk", "У Ростовському зоопарку народилися троє дитинчат амурського тигра."),
            (
                "ru",
                "Пополнение в Ростове-на-Дону: у амурской тигрицы в зоопарке трое тигрят 🐯",
            ),
        ],
        (
            "number",
            "pl",
            "W zoo w Rostowie nad Donem urodziło się pięć młodych tygrysów amurskich.",
        ),
        (
            "ru",
            "В красноярском парке «Роев ручей» родились три детёныша амурского тигра.",
        ),
    ),
    (
        "uk",
        "Монобанк підняв ставку за гривневими депозитами до 15% річних.",
        [
            ("en", "Monobank has raised its rate on hryvnia deposits to 15% a year."),
            ("pl", "Monobank podniósł oprocentowanie lokat w hrywnach do 15% w skali roku."),
            (
                "uk",
                "15 відсотків на рік тепер дає mono за вкладами в гривні.",
            ),
        ],
        (
            "number",
            "uk",
            "Монобанк підняв ставку за гривневими депозитами до 13% річних.",
        ),
        None,
    ),
    (
        "uk",
        "Івано-Франківськ заборонив феєрверки на новорічні свята.",
        [
            ("en", "Ivano-Frankivsk has banned fireworks over the New Year holidays."),
            ("ru", "Ивано-Франковск запретил фейерверки на новогодние праздники."),
            (
                "uk",
                "Цього Нового року у Франківську без салютів — міська влада їх заборонила.",
            ),
        ],
        (
            "negation",
            "be",
            "Івана-Франкоўск дазволіў феерверкі на навагоднія святы.",
        ),
        None,
    ),
    (
        "uk",
        "ДТЕК збудує на Тернопільщині вітрову електростанцію потужністю 300 МВт.",
        [
            ("ru", "ДТЭК построит в Тернопольской области ветровую электростанцию на 300 МВт."),
            ("pl", "DTEK zbuduje w obwodzie tarnopolskim farmę wiatrową o mocy 300 MW."),
            (
                "uk",
                "Вітряки на 300 мегават з'являться в Тернопільській області — компанія"
                " Ріната Ахметова оголосила про будівництво.",
            ),
        ],
        (
            "place",
            "en",
            "DTEK will build a 300 MW wind farm in the Khmelnytskyi region.",
        ),
        (
            "uk",
            "Укргідроенерго збудує на Тернопільщині вітрову електростанцію потужністю 300 МВт.",
        ),
    ),
    (
        "uk",
        "Суми закуплять 20 нових тролейбусів до 2029 року.",
        [
            ("en", "Sumy will buy 20 new trolleybuses by 2029."),
            ("ru", "Сумы закупят 20 новых троллейбусов до 2029 года."),
            ("uk", "За три роки на вулиці Сум вийдуть 20 нових тролейбусів."),
        ],
        (
            "year",
            "be",
            "Сумы закупяць 20 новых тралейбусаў да 2031 года.",
        ),
        None,
    ),
    (
        "be",
        "«Белшына» адправіла ў Бразілію 8 тысяч шын для кар'ерных самазвалаў.",
        [
            ("en", "Belshina has shipped 8,000 tyres for mining dump trucks to Brazil."),
            ("pl", "Biełszyna wysłała do Brazylii 8 tys. opon do wywrotek górniczych."),
            (
                "be",
                "Восем тысяч шын для кар'ерных машын бабруйскі шынны завод адгрузіў"
                " бразільскім пакупнікам.",
            ),
        ],
        (
            "number",
            "uk",
            "«Белшина» відправила до Бразилії 18 тисяч шин для кар'єрних самоскидів.",
        ),
        None,
    ),
    (
        "be",
        "Беларусбанк адмяніў камісію за пераводы з карткі на картку.",
        [
            ("en", "Belarusbank has scrapped its fee for card-to-card transfers."),
            ("uk", "Беларусбанк скасував комісію за перекази з картки на картку."),
            (
                "be",
                "Пераводзіць грошы з карткі на картку ў Беларусбанку цяпер можна бясплатна.",
            ),
        ],
        (
            "negation",
            "ru",
            "Беларусбанк ввёл комиссию за переводы с карты на карту.",
        ),
        None,
    ),
    (
        "be",
        "Нацыянальная бібліятэка Беларусі адкрые філіял у Лідзе.",
        [
            ("en", "The National Library of Belarus will open a branch in Lida."),
            ("ru", "Национальная библиотека Беларуси откроет филиал в Лиде."),
            (
                "be",
                "У Лідзе з'явіцца філіял галоўнай бібліятэкі краіны — мінскага «алмаза».",
            ),
        ],
        (
            "place",
            "pl",
            "Biblioteka Narodowa Białorusi otworzy filię w Słonimiu.",
        ),
        None,
    ),
    (
        "pl",
        "Białystok kupi 30 autobusów wodorowych.",
        [
            ("uk", "Білосток придбає 30 водневих автобусів."),
            ("be", "Беласток купіць 30 вадародных аўтобусаў."),
            (
                "pl",
                "Trzydzieści wodorowców wyjedzie na białostockie ulice – miasto podpisało umowę"
                " na zakup autobusów.",
            ),
        ],
        (
            "number",
            "en",
            "Białystok will buy 13 hydrogen buses.",
        ),
        None,
    ),
    (
        "pl",
        "Żabka otworzy w przyszłym roku 300 sklepów w Rumunii.",
        [
            ("en", "Żabka will open 300 shops in Romania next year."),
            ("ru", "«Жабка» откроет в 2027 году 300 магазинов в Румынии."),
            (
                "pl",
                "Sieć z zieloną żabą w logo rusza na Rumunię: w 2027 r. ma tam powstać 300"
                " placówek.",
            ),
        ],
        (
            "number",
            "pl",
            "Żabka otworzy w przyszłym roku 130 sklepów w Rumunii.",
        ),
        None,
    ),
    (
        "pl",
        "Rada Miasta Lublin zakazała jazdy hulajnogami elektrycznymi po Starym Mieście.",
        [
            (
                "en",
                "Lublin city council has banned electric scooters from the Old Town.",
            ),
            (
                "be",
                "Гарадская рада Любліна забараніла язду на электрасамакатах па Старым горадзе.",
            ),
            (
                "pl",
                "Koniec z e-hulajnogami na lubelskiej Starówce 🛴 Radni przegłosowali zakaz.",
            ),
        ],
        (
            "negation",
            "uk",
            "Міська рада Любліна відхилила заборону їзди на електросамокатах Старим містом.",
        ),
        None,
    ),
    (
        "pl",
        "Lidl otworzy pod Radomiem centrum dystrybucyjne, w którym pracę znajdzie 600 osób.",
        [
            (
                "en",
                "Lidl will open a distribution centre near Radom that will employ 600 people.",
            ),
            ("uk", "Лідл відкриє під Радомом розподільчий центр, де працюватимуть 600 осіб."),
            (
                "pl",
                "600 nowych miejsc pracy w okolicach Radomia: sieć dyskontów buduje tam"
                " magazyn centralny.",
            ),
        ],
        (
            "place",
            "ru",
            "Lidl откроет под Плоцком распределительный центр, где будут работать 600 человек.",
        ),
        None,
    ),
]

BLIND11_NONE: list[tuple[str, str]] = [
    # the city council, another act
    ("en", "Belfast City Council voted to extend the opening hours of its leisure centres."),
    # the postal operator, another act
    ("en", "Royal Mail raised the price of a first-class stamp by 10p."),
    # the gardens and the number, another count
    ("en", "Kew's Millennium Seed Bank now stores 2.4 million seed samples."),
    # the airline, another act
    ("en", "Ryanair cancelled 40 flights from Dublin because of fog."),
    # unrelated news
    ("en", "A pod of orcas was filmed off the coast of Shetland."),
    # the city, another event
    ("ru", "В Саратове открыли после реставрации консерваторию."),
    # the air carrier, another act
    ("ru", "S7 запустит прямые рейсы из Новосибирска в Ханой."),
    # the zoo, another act
    ("ru", "Ростовский зоопарк поднял цену входного билета для взрослых."),
    # unrelated news
    ("ru", "На Алтае спасли медвежонка, застрявшего на дереве."),
    # unrelated news
    ("ru", "В Ярославле отлили колокол весом четыре тонны."),
    # the bank, another act
    ("uk", "Монобанк запустив кешбек 5% на оплату комунальних послуг."),
    # the city council, another act
    ("uk", "Івано-Франківська міськрада перейменувала дві вулиці в центрі."),
    # the energy company, another act
    ("uk", "ДТЕК відновив електропостачання у 40 селах після негоди."),
    # unrelated news
    ("uk", "На Поділлі археологи знайшли скарб римських монет."),
    # unrelated news
    ("uk", "У Чернігові відреставрували ікону XVIII століття."),
    # the tyre maker, another act
    ("be", "«Белшына» пачала выпускаць шыны для электробусаў."),
    # the bank, another act
    ("be", "Беларусбанк зачыніць дзесяць аддзяленняў у Мінскай вобласці."),
    # the library, another act
    ("be", "Нацыянальная бібліятэка Беларусі паказала выставу старадрукаў."),
    # unrelated news
    ("be", "У Навагрудку аднавілі вежу старога замка."),
    # the city, another act
    ("pl", "Białystok otworzył nowy park linowy nad zalewem Dojlidy."),
    # the convenience chain, another act
    ("pl", "Żabka wprowadziła całodobowe sklepy bez kasjerów w Warszawie."),
    # the city council, another act
    ("pl", "Rada Miasta Lublin przyjęła budżet na przyszły rok."),
    # unrelated news
    ("pl", "Nad Biebrzą zaobserwowano rekordowe stado żurawi."),
    # unrelated news
    ("pl", "W Puszczy Kampinoskiej urodził się żubr."),
]
