"""A tenth batch of multilingual pairs ("blind9" split), written for this project in our
own words on 2 December 2026 by a helper who had not read the matcher (nothing under
claims/, nor any section of docs/search.md but "Labelled pairs (written before tuning)",
nor benchmarks/search/results/, nor evaluate_multilingual.py), and committed BEFORE it was
measured: measured once, it is a blind figure of the scoring as shipped, and never tuned on
(evaluate_multilingual.py --tune leaves it out).

Same layout as multilingual_source.FACTS / NONE. New topics and actors, none shared with
the other sets; the figures are invented, real institutions, places and public people
appear only as actors. Written as a desk receives claims (Telegram posts, tweets, article
sentences, headlines), not to suit any method:

* 18 facts, pooled in en (4), ru (4), uk (3), be (4), pl (3); each with two translations
  and one same-language paraphrase. Hard true queries, besides the kinds of the earlier
  batches: a fraction or "every n-th" against a percentage ("one in three" / "каждый
  третий" / "33%" / "a third", "co piąte" / "20%" / "каждое пятое", "75%" / "three
  quarters" / "тры чвэрці" / "трьох із чотирьох"); a title instead of a name ("the mayor
  of Gdańsk" / "prezydentka miasta" for Aleksandra Dulkiewicz, "мэр Днепра" / "міський
  голова" for Borys Filatov); a relative time or a weekday for a date ("25 ноября" / "last
  Wednesday" / "тиждень тому" / "в среду", the batch being dated Wednesday 2 December 2026;
  "в 2027" / "next year"); an acronym against its expansion ("TfGM" / "транспортное
  управление Большого Манчестера", "HSE" / "Health Service Executive" / "ирландская служба
  здравоохранения", "ФАС" / "Federal Antimonopoly Service" / "антимонопольщики", "КМІС" /
  "Kyiv International Institute of Sociology" / "KIIS", "GUS" / "Statistics Poland" /
  "Главное статистическое управление", "БелАЗ" / "Белорусский автомобильный завод", "РЖД"
  / "Russian Railways" / "Koleje Rosyjskie"); equivalent units and rounding ("310 mm" /
  "31 см" / "more than a foot", "450 тон" / "почти полмиллиона килограммов", "12
  кіламетраў" / "около 7,5 мили", "9,8 млн" / "almost 10 million" / "дев'ять мільйонів
  вісімсот тисяч"); transliterated names (Пятёрочка / Pyaterochka / Piatiorocka /
  П'ятірочка, Філатов / Fiłatow, Бабруйск / Bobruisk / Бобруйськ, Ясси / Iași / Jassy,
  Чернівці / Czerniowce, Нижний Новгород / Niżny Nowogród, Ласточка / Łastoczka /
  Lastochka, Дулькевич); a place named another way ("Северная столица" and "St
  Petersburg's" for Pulkovo, "the Lake District county" for Cumbria, "the Dutch capital",
  "сталічны заапарк", "Pyrzowice" for Katowice airport, "пушча на Берасцейшчыне",
  "подземка" / "#Мосметро"); another verb for the same act ("оштрафовала" / "наказали
  рублём" / "nałożyła karę", "не разрешила" / "zablokowała", "отменила" / "will no longer
  have to pay"); a negative fact told without a "not" ("zablokowała wycinkę", "drzew ...
  zostaje", "зачыняецца на два гады") and a positive one told with one ("will no longer
  have to pay", "не пускатиме" for a ban); passive against active ("zostanie oddany do
  użytku", "угоду вже підписано", "Zoo ... zostanie zamknięte"), headline and tweet style
  with an emoji or a hashtag.
* near-misses: 6 number (one in three / one in four buses, 9.8 / 4.8 million passengers,
  3 / 30 million roubles, 75% / 57%, 450 / 45 tonnes, one in five / one in two
  households), 5 negation (abolished / kept the parking charges, opened / postponed the
  terminal, opened / postponed the metro stations, closes / will not close the zoo,
  blocked / approved the felling), 4 place (Cumbria / Cornwall, Nizhny Novgorod–Vladimir /
  –Ivanovo, Iași / Suceava, Białowieża / Naliboki forest), 3 year (2028 / 2030, 2027 /
  2028, 2027 / 2030); fifteen of them in another language than their trap;
* three facts put a sibling into the pool: another object of the same act (dialysis
  patients beside cancer patients; coal boilers beside heat pumps, with the same share) and
  another actor doing the same act with the same figure (Magnit beside Pyaterochka);
* 24 "none" queries: two thirds share something with a pool claim and say something else
  (the same transport body, city, weather service, airport, metro, antimonopoly service,
  railway, city council, mayor, truck maker, forest, zoo, airport doing another act; the
  same pollster with the same 75% about trust in the army; the same statistics office with
  "co piąty" about remote work; the same mayor planting trees in Oliwa instead of refusing
  a felling; the antimonopoly service checking egg producers instead of fining a chain); a
  third plainly unrelated (heather honey in Devon, an Aston Martin in a barn, a Kamchatka
  volcano, a Transcarpathian watermelon, a robot from Lida, a clock in Nesvizh castle, a
  bear in the Tatras, a sword near Opole).
"""

from __future__ import annotations

BLIND9_FACTS: list[tuple] = [
    (
        "en",
        "One in three buses operated by Transport for Greater Manchester now runs on electricity.",
        [
            (
                "ru",
                "Каждый третий автобус транспортного управления Большого Манчестера теперь"
                " ездит на электричестве.",
            ),
            (
                "pl",
                "33% autobusów w aglomeracji Manchesteru jest już elektrycznych – podało TfGM.",
            ),
            ("en", "A third of TfGM's bus fleet has gone electric ⚡🚌 #Manchester"),
        ],
        (
            "number",
            "uk",
            "Кожен четвертий автобус транспортного управління Великого Манчестера тепер"
            " працює на електриці.",
        ),
        None,
    ),
    (
        "en",
        "Amsterdam will stop sea cruise ships from docking at its city-centre terminal from 2028.",
        [
            (
                "uk",
                "З 2028 року Амстердам не пускатиме морські круїзні лайнери до термінала в"
                " центрі міста.",
            ),
            (
                "be",
                "Амстэрдам з 2028 года забароніць марскім круізным лайнерам швартавацца ля"
                " тэрмінала ў цэнтры горада.",
            ),
            (
                "en",
                "Ocean liners will no longer be allowed to moor in central Amsterdam once 2028"
                " begins, the Dutch capital has decided.",
            ),
        ],
        (
            "year",
            "pl",
            "Amsterdam od 2030 roku nie wpuści morskich statków wycieczkowych do terminalu w"
            " centrum miasta.",
        ),
        None,
    ),
    (
        "en",
        "The Met Office said Cumbria had its wettest October on record, with 310 mm of rain.",
        [
            (
                "ru",
                "Британская метеослужба сообщила, что в Камбрии выпал рекорд осадков для"
                " октября — 31 см дождя.",
            ),
            (
                "pl",
                "Brytyjski urząd meteorologiczny: w Kumbrii spadło w październiku 310 mm"
                " deszczu, najwięcej w historii pomiarów.",
            ),
            (
                "en",
                "More than a foot of rain fell on the Lake District county in October — its"
                " wettest October ever, according to UK forecasters.",
            ),
        ],
        (
            "place",
            "ru",
            "Метеобюро Великобритании сообщило, что в Корнуолле выпал рекорд осадков для"
            " октября — 310 мм дождя.",
        ),
        None,
    ),
    (
        "en",
        "Ireland's HSE has abolished hospital car parking charges for cancer patients.",
        [
            (
                "ru",
                "Ирландская служба здравоохранения отменила плату за парковку у больниц для"
                " онкологических пациентов.",
            ),
            (
                "uk",
                "Health Service Executive в Ірландії скасувала плату за паркування біля лікарень"
                " для хворих на рак.",
            ),
            (
                "en",
                "Cancer patients in Ireland will no longer have to pay to park at hospitals,"
                " the Health Service Executive said.",
            ),
        ],
        (
            "negation",
            "be",
            "Ірландская служба аховы здароўя пакінула плату за паркоўку ля бальніц для"
            " анкалагічных пацыентаў.",
        ),
        (
            "en",
            "Ireland's HSE has abolished hospital car parking charges for dialysis patients.",
        ),
    ),
    (
        "ru",
        "Аэропорт Пулково 25 ноября открыл новый терминал для внутренних рейсов.",
        [
            (
                "en",
                "St Petersburg's Pulkovo airport opened a new domestic terminal last Wednesday.",
            ),
            (
                "uk",
                "Тиждень тому аеропорт Пулково відкрив новий термінал для внутрішніх рейсів.",
            ),
            (
                "ru",
                "Новый терминал для полётов по России заработал в Пулково в среду, 25 ноября,"
                " — пассажиры Северной столицы уже летают оттуда.",
            ),
        ],
        (
            "negation",
            "en",
            "Pulkovo airport has postponed the opening of its new domestic terminal.",
        ),
        None,
    ),
    (
        "ru",
        "Московское метро за один день перевезло рекордные 9,8 млн пассажиров.",
        [
            (
                "uk",
                "Московське метро за одну добу перевезло рекордні дев'ять мільйонів вісімсот"
                " тисяч пасажирів.",
            ),
            (
                "en",
                "Almost 10 million people rode the Moscow metro in a single day, a new record.",
            ),
            ("ru", "Рекорд подземки: почти 10 млн поездок за сутки 🚇 #Мосметро"),
        ],
        (
            "number",
            "ru",
            "Московское метро за один день перевезло рекордные 4,8 млн пассажиров.",
        ),
        None,
    ),
    (
        "ru",
        "ФАС оштрафовала сеть «Пятёрочка» на 3 млн рублей за завышение цен на яйца.",
        [
            (
                "en",
                "Russia's Federal Antimonopoly Service fined the Pyaterochka chain 3 million"
                " roubles for overcharging for eggs.",
            ),
            (
                "pl",
                "Rosyjska służba antymonopolowa nałożyła na sieć Piatiorocka karę 3 mln rubli"
                " za zawyżanie cen jaj.",
            ),
            (
                "ru",
                "За слишком дорогие яйца «Пятёрочку» наказали рублём: антимонопольщики"
                " выписали ей штраф в три миллиона.",
            ),
        ],
        (
            "number",
            "uk",
            "Федеральна антимонопольна служба оштрафувала мережу «П'ятірочка» на 30 млн"
            " рублів за завищення цін на яйця.",
        ),
        ("ru", "ФАС оштрафовала сеть «Магнит» на 3 млн рублей за завышение цен на яйца."),
    ),
    (
        "ru",
        "РЖД запустят «Ласточку» из Нижнего Новгорода во Владимир.",
        [
            (
                "pl",
                "Koleje Rosyjskie uruchomią pociąg Łastoczka z Niżnego Nowogrodu do Włodzimierza.",
            ),
            (
                "en",
                "Russian Railways will launch a Lastochka train between Nizhny Novgorod and"
                " Vladimir.",
            ),
            (
                "ru",
                "Между Владимиром и Нижним Новгородом будет курсировать скоростной электропоезд"
                " «Ласточка», сообщили в Российских железных дорогах.",
            ),
        ],
        (
            "place",
            "be",
            "РЖД запусцяць «Ластаўку» з Ніжняга Ноўгарада ў Іванава.",
        ),
        None,
    ),
    (
        "uk",
        "Чернівці підписали угоду про побратимство з румунськими Яссами.",
        [
            ("pl", "Czerniowce podpisały umowę partnerską z rumuńskim miastem Jassy."),
            ("en", "Chernivtsi has signed a twinning agreement with Iași in Romania."),
            (
                "uk",
                "Ясси стали містом-побратимом Чернівців — відповідну угоду вже підписано.",
            ),
        ],
        (
            "place",
            "en",
            "Chernivtsi has signed a twinning agreement with Suceava in Romania.",
        ),
        None,
    ),
    (
        "uk",
        "За даними КМІС, 75% українців отримують новини з Telegram.",
        [
            (
                "en",
                "Three quarters of Ukrainians get their news from Telegram, according to the"
                " Kyiv International Institute of Sociology.",
            ),
            ("be", "Тры чвэрці ўкраінцаў атрымліваюць навіны з Telegram, паводле KIIS."),
            (
                "uk",
                "Telegram — головне джерело новин для трьох із чотирьох українців, свідчить"
                " опитування Київського міжнародного інституту соціології.",
            ),
        ],
        (
            "number",
            "ru",
            "По данным КМИС, 57% украинцев получают новости из Telegram.",
        ),
        None,
    ),
    (
        "uk",
        "Борис Філатов відкрив у Дніпрі дві нові станції метро.",
        [
            ("ru", "Мэр Днепра открыл в городе две новые станции метрополитена."),
            ("pl", "Borys Fiłatow otworzył w Dnieprze dwie nowe stacje metra."),
            ("uk", "Дніпровське метро стало довшим на дві станції — їх відкрив міський голова."),
        ],
        (
            "negation",
            "pl",
            "Borys Fiłatow: otwarcie dwóch nowych stacji metra w Dnieprze znów przełożone.",
        ),
        None,
    ),
    (
        "be",
        "БелАЗ сабраў самазвал грузападымальнасцю 450 тон.",
        [
            ("en", "BelAZ has built a dump truck that can carry 450 tonnes."),
            (
                "ru",
                "Белорусский автомобильный завод собрал карьерный самосвал"
                " грузоподъёмностью почти полмиллиона килограммов.",
            ),
            (
                "be",
                "Самазвал, які вязе 450 тон, выпусцілі ў Жодзіна на Беларускім аўтамабільным"
                " заводзе.",
            ),
        ],
        (
            "number",
            "be",
            "БелАЗ сабраў самазвал грузападымальнасцю 45 тон.",
        ),
        None,
    ),
    (
        "be",
        "У Белавежскай пушчы адкрылі новую экалагічную сцежку даўжынёй 12 кіламетраў.",
        [
            (
                "pl",
                "W białoruskiej części Puszczy Białowieskiej otwarto nową, 12-kilometrową"
                " ścieżkę przyrodniczą.",
            ),
            (
                "ru",
                "В Беловежской пуще открыли новую экотропу длиной около 7,5 мили.",
            ),
            (
                "be",
                "Дванаццаць кіламетраў па запаведным лесе: у пушчы на Берасцейшчыне з'явіўся"
                " новы экамаршрут.",
            ),
        ],
        (
            "place",
            "ru",
            "В Налибокской пуще открыли новую экологическую тропу длиной 12 километров.",
        ),
        None,
    ),
    (
        "be",
        "Бабруйск стане культурнай сталіцай Беларусі ў 2027 годзе.",
        [
            ("en", "Bobruisk will be Belarus's capital of culture next year."),
            ("uk", "Бобруйськ стане культурною столицею Білорусі у 2027 році."),
            ("be", "Тытул культурнай сталіцы краіны на 2027 год атрымаў Бабруйск."),
        ],
        (
            "year",
            "en",
            "Bobruisk will be Belarus's capital of culture in 2028.",
        ),
        None,
    ),
    (
        "be",
        "Мінскі заапарк зачыняецца на рэканструкцыю на два гады.",
        [
            ("ru", "Минский зоопарк закрывают на реконструкцию на два года."),
            ("pl", "Zoo w Mińsku zostanie zamknięte na dwa lata z powodu przebudowy."),
            (
                "be",
                "Наведаць сталічны заапарк не атрымаецца два гады: там пачынаецца рэканструкцыя.",
            ),
        ],
        (
            "negation",
            "uk",
            "Мінський зоопарк не зачинятимуть на реконструкцію, він працюватиме як звичайно.",
        ),
        None,
    ),
    (
        "pl",
        "Prezydentka Gdańska Aleksandra Dulkiewicz nie zgodziła się na wycinkę 200 drzew pod"
        " nową drogę w Oliwie.",
        [
            (
                "en",
                "The mayor of Gdańsk has refused to allow 200 trees to be cut down for a new"
                " road in Oliwa.",
            ),
            (
                "ru",
                "Мэр Гданьска Александра Дулькевич не разрешила вырубить 200 деревьев под новую"
                " дорогу в Оливе.",
            ),
            (
                "pl",
                "Dwieście drzew w Oliwie zostaje: prezydentka miasta zablokowała wycinkę pod"
                " budowę drogi.",
            ),
        ],
        (
            "negation",
            "en",
            "Gdańsk mayor Aleksandra Dulkiewicz has approved felling 200 trees for a new road"
            " in Oliwa.",
        ),
        None,
    ),
    (
        "pl",
        "Według GUS co piąte gospodarstwo domowe w Polsce ogrzewa dom pompą ciepła.",
        [
            (
                "en",
                "20% of Polish households heat their homes with a heat pump, Statistics Poland"
                " says.",
            ),
            (
                "ru",
                "Каждое пятое домохозяйство в Польше отапливает дом тепловым насосом, сообщает"
                " Главное статистическое управление.",
            ),
            (
                "pl",
                "Pompa ciepła grzeje już w 20 proc. polskich domów – wynika z danych Głównego"
                " Urzędu Statystycznego.",
            ),
        ],
        (
            "number",
            "uk",
            "За даними GUS, кожне друге домогосподарство в Польщі опалює будинок тепловим насосом.",
        ),
        (
            "pl",
            "Według GUS co piąte gospodarstwo domowe w Polsce ogrzewa dom kotłem na węgiel.",
        ),
    ),
    (
        "pl",
        "Lotnisko Katowice-Pyrzowice otworzy nowy pas startowy w 2027 roku.",
        [
            ("en", "Katowice airport will open a new runway next year."),
            ("uk", "Аеропорт Катовиці-Пижовіце відкриє нову злітно-посадкову смугу у 2027 році."),
            ("pl", "Nowy pas startowy w Pyrzowicach zostanie oddany do użytku w 2027 r. ✈️"),
        ],
        (
            "year",
            "pl",
            "Lotnisko Katowice-Pyrzowice otworzy nowy pas startowy w 2030 roku.",
        ),
        None,
    ),
]

BLIND9_NONE: list[tuple[str, str]] = [
    # the transport body, another act
    ("en", "Transport for Greater Manchester capped the single tram fare at 2 pounds."),
    # the city and its canals, another act
    ("en", "Amsterdam banned new hotels from opening in its city centre."),
    # the weather service, another region and event
    ("en", "The Met Office issued an amber warning for snow in the Scottish Highlands."),
    # unrelated news
    ("en", "A beekeeper in Devon collected 300 kilograms of heather honey this summer."),
    # unrelated news
    ("en", "A 1960s Aston Martin was found in a barn in Yorkshire after 50 years."),
    # the airport, another act
    ("ru", "Аэропорт Пулково ввёл плату за въезд на привокзальную площадь."),
    # the metro, another act
    ("ru", "Московское метро открыло новую станцию на Большой кольцевой линии."),
    # the antimonopoly service, the eggs, another act
    ("ru", "ФАС проверит производителей яиц в Подмосковье на сговор."),
    # the railway and the train, another act
    ("ru", "РЖД подняли стоимость билетов на «Ласточку» на 8 процентов."),
    # unrelated news
    ("ru", "На Камчатке проснулся вулкан Шивелуч."),
    # the twin city, another act
    ("uk", "Чернівецька міськрада відремонтувала Театральну площу."),
    # the pollster and the share, another question
    ("uk", "За даними КМІС, 75% українців довіряють Збройним силам."),
    # the mayor, another act
    ("uk", "Борис Філатов заборонив продаж алкоголю вночі в Дніпрі."),
    # unrelated news
    ("uk", "На Закарпатті виростили рекордний кавун вагою 40 кілограмів."),
    # the truck maker, another act
    ("be", "БелАЗ пастаўляе 30 самазвалаў у Інданезію."),
    # the forest, another event
    ("be", "У Белавежскай пушчы нарадзілася рэкордная колькасць ласянят."),
    # unrelated news
    ("be", "У Нясвіжскім замку адрэстаўравалі старадаўні гадзіннік на вежы."),
    # the zoo, another act
    ("be", "У Мінскім заапарку нарадзіліся двое тыгранят."),
    # unrelated news
    ("be", "Школьнікі з Ліды сабралі робата, які выйграў конкурс у Сеуле."),
    # the mayor, another act with trees
    ("pl", "Aleksandra Dulkiewicz posadziła pierwsze z tysiąca drzew w Parku Oliwskim."),
    # the statistics office and the share, another thing
    ("pl", "Według GUS co piąty Polak pracuje zdalnie."),
    # the airport, another act
    ("pl", "Lotnisko w Pyrzowicach obsłużyło w listopadzie rekordową liczbę pasażerów."),
    # unrelated news
    ("pl", "W Tatrach zaobserwowano niedźwiedzia z trójką młodych."),
    # unrelated news
    ("pl", "Archeolodzy znaleźli pod Opolem średniowieczny miecz."),
]
