"""A ninth batch of multilingual pairs ("blind8" split), written for this project in our
own words on 2 December 2026 by a helper who had not read the matcher (nothing under
claims/, nor any section of docs/search.md but "Labelled pairs (written before tuning)",
nor benchmarks/search/results/), and committed BEFORE it was measured: measured once, it is
a blind figure of the scoring as shipped, and never tuned on (evaluate_multilingual.py
--tune leaves it out).

Same layout as multilingual_source.FACTS / NONE. New topics and actors, none shared with
the other sets; the figures are invented, real institutions, places and public people
appear only as actors. Written as a desk receives claims (Telegram posts, tweets, article
sentences), not to suit any method:

* 18 facts, pooled in en (4), ru (4), uk (4), be (3), pl (3); each with two translations
  and one same-language paraphrase. Hard true queries, besides the kinds of the earlier
  batches: an acronym against its expansion ("TfL" / "Transport for London" /
  "Транспортне управління Лондона", "EMA" / "European Medicines Agency" / "Europejska
  Agencja Leków", "ДБР" / "State Bureau of Investigation" / "Państwowe Biuro Śledcze",
  "МЧС" / "Министерство по чрезвычайным ситуациям", "ZUS" / "Social Insurance Institution" /
  "Zakład Ubezpieczeń Społecznych", "KNF" / "Financial Supervision Authority" / "Комиссия
  по финансовому надзору"); rounding and equivalent forms of one figure ("half a million"
  / "500 тысяч" / "500k", "3,2 миллиона" / "3 200 000" / "Три миллиона двести тысяч",
  "1,5 mld zł" / "1.5 billion zlotys" / "півтора мільярда" / "Półtora miliarda", "13 млрд
  кубометров" / "13 млрд м³", "+19 градусаў" / "19C (66F)"); a clock time told another way
  ("after 10 pm" / "после 22:00" / "after ten at night", "з 8:00 до 20:00" / "w godzinach
  8–20" / "с 8 утра до 8 вечера" / "від восьмої ранку до восьмої вечора"); a date told as
  weekdays or as "last year" ("в будні" / "od poniedziałku do piątku", "in 2025" / "last
  year", the batch being dated December 2026); transliterated names (Кличко / Klitschko /
  Kliczko, Чибис / Chibis / Czybis, Сабаленка / Соболенко / Sabalenka / Sabałenka,
  Чебурашка / Cheburashka / Czeburaszka / Чэбурашка, Укргазвидобування / «Укргаздобыча» /
  Ukrgazwydobuwannia, Belavia / «Белавиа» / Белавія); passive against active ("were
  rescued ... by", "have been banned by the city", "затримані Державним бюро", "have been
  put on the public warning list by"); short tweet-style paraphrases with an emoji or a
  hashtag ("500k bike hire trips ... #London", "Кличко: 40 нових трамваїв Pesa їдуть до
  Києва", "Чибис: в полярную ночь школьникам — бесплатные автобусы", "Statki znów popłyną
  po Kanale Elbląskim"); another word for the same list or leave ("czarna lista" for "lista
  ostrzeżeń publicznych", "na L4" for "na zwolnieniu lekarskim"); a place named another way
  ("the Czech capital's historic centre", "Берасце" / "Brześć" for Brest, "Dorohusk–Jagodzin"
  for «Ягодин», "bydgoskiej Pesy" for "польської компанії Pesa", "Третьяковка", "беларускай
  сталіцы"); a negative fact told without a "not" ("said no", "спыняе") and with one ("не
  стало регистрировать", "больш лётаць не будзе", "will not go up"); a positive fact told
  with one ("не придётся платить"); reordered sentences with the actor or the figure at
  the end.
* near-misses: 6 number (500,000 / 50,000 journeys, three / 13 medicines, 17 / 70
  fishermen, two / 12 border guards, 1.5 / 15 billion zlotys, 120 / 20 platforms), 5
  negation (both directions: "approved" for "rejected", "will not ride for free" for free
  rides, "zarejestrował" for "отказал в регистрации", "voted against banning" for
  "заборонила", "не скасовують ... й надалі літатиме" for "спыняе"), 4 place (Prague /
  Brno, Kyiv / Kharkiv, Minsk / Homel, Brest / Mozyr), 3 year (2025 / 2023, 2025 / 2022,
  2027 / 2029); fourteen of them in another language than their trap;
* three facts put a sibling into the pool: another object going the same way (codeine
  cough syrups beside pseudoephedrine decongestants; Solaris buses beside Pesa trams), and
  another actor doing the same act with the same figure (Naftogaz beside
  Ukrgasvydobuvannya);
* 24 "none" queries: two thirds share something with a pool claim and say something else
  (the same transport body, agency, governor, rescue service, gallery, patent office,
  mayor, bureau, city council, gas company, player, weather service, airline, regulator
  doing another act; the same ban at the same hour for another object in Prague's Old
  Town; the same trademark registered for another product; the same number of people
  rescued elsewhere; the same council banning parking instead of lorries; Belavia opening
  a route from March instead of closing one; the canal's town opening a bridge); a third
  plainly unrelated (a whisky sale, a wallet found after 40 years, a Karelian petroglyph, a
  giant pumpkin, a treasure in Lida castle, a restored museum in Polotsk, a students' Mars
  rover, a catfish from Kashubia).
"""

from __future__ import annotations

BLIND8_FACTS: list[tuple] = [
    (
        "en",
        "Transport for London recorded half a million hire-bike journeys in a single week in July.",
        [
            (
                "ru",
                "Транспортное управление Лондона (TfL) зафиксировало 500 тысяч поездок на"
                " прокатных велосипедах за одну неделю июля.",
            ),
            (
                "pl",
                "W ciągu jednego tygodnia lipca z rowerów miejskich w Londynie skorzystano"
                " 500 tys. razy – podał TfL.",
            ),
            ("en", "500k bike hire trips in one July week, says TfL 🚲 #London"),
        ],
        (
            "number",
            "uk",
            "Транспортне управління Лондона зафіксувало 50 тисяч поїздок на прокатних"
            " велосипедах за один тиждень у липні.",
        ),
        None,
    ),
    (
        "en",
        "Prague city hall banned organised pub crawls in the Old Town after 10 pm.",
        [
            (
                "ru",
                "Мэрия Праги запретила организованные туры по барам в Старом городе после 22:00.",
            ),
            (
                "be",
                "Пражская ратуша забараніла арганізаваныя паходы па барах у Старым Месце"
                " пасля 22 гадзін.",
            ),
            (
                "en",
                "Organised bar crawls in the Czech capital's historic centre have been banned"
                " by the city after ten at night.",
            ),
        ],
        (
            "place",
            "pl",
            "Ratusz w Brnie zakazał zorganizowanych wycieczek po barach w centrum miasta po"
            " godzinie 22.",
        ),
        None,
    ),
    (
        "en",
        "Swiss voters rejected raising the price of the motorway vignette to 100 francs.",
        [
            (
                "pl",
                "Szwajcarzy odrzucili w referendum podwyżkę ceny winiety autostradowej do"
                " 100 franków.",
            ),
            (
                "uk",
                "Виборці Швейцарії не підтримали подорожчання автомагістральної віньєтки до"
                " 100 франків.",
            ),
            (
                "en",
                "The Swiss motorway sticker will not go up to 100 francs: voters said no at the"
                " ballot box.",
            ),
        ],
        (
            "negation",
            "ru",
            "Швейцарцы на референдуме одобрили повышение цены автобанной виньетки до 100 франков.",
        ),
        None,
    ),
    (
        "en",
        "The European Medicines Agency recommended suspending sales of three nasal"
        " decongestants containing pseudoephedrine.",
        [
            (
                "ru",
                "EMA рекомендовало приостановить продажу трёх сосудосуживающих средств для носа"
                " с псевдоэфедрином.",
            ),
            (
                "uk",
                "Європейське агентство з лікарських засобів рекомендувало призупинити продаж"
                " трьох засобів від закладеності носа з псевдоефедрином.",
            ),
            ("en", "EMA wants 3 pseudoephedrine decongestants pulled from pharmacy shelves."),
        ],
        (
            "number",
            "en",
            "The European Medicines Agency recommended suspending sales of 13 nasal"
            " decongestants containing pseudoephedrine.",
        ),
        (
            "en",
            "The European Medicines Agency recommended suspending sales of three cough syrups"
            " containing codeine.",
        ),
    ),
    (
        "ru",
        "Губернатор Мурманской области Андрей Чибис объявил, что в полярную ночь школьники"
        " будут ездить на городских автобусах бесплатно.",
        [
            (
                "en",
                "Schoolchildren in the Murmansk region will ride city buses for free during the"
                " polar night, governor Andrei Chibis announced.",
            ),
            (
                "pl",
                "Gubernator obwodu murmańskiego Andriej Czybis zapowiedział, że w czasie nocy"
                " polarnej uczniowie będą jeździć autobusami miejskimi za darmo.",
            ),
            (
                "ru",
                "Чибис: в полярную ночь школьникам — бесплатные автобусы. Платить за проезд"
                " детям не придётся.",
            ),
        ],
        (
            "negation",
            "en",
            "Murmansk governor Andrei Chibis said schoolchildren will not ride city buses for"
            " free during the polar night.",
        ),
        None,
    ),
    (
        "ru",
        "В Астраханской области спасатели МЧС сняли с оторвавшейся льдины 17 рыбаков.",
        [
            (
                "en",
                "Seventeen fishermen were rescued from a drifting ice floe in the Astrakhan"
                " region by emergencies ministry teams.",
            ),
            (
                "uk",
                "В Астраханській області рятувальники МНС зняли з відірваної крижини 17 рибалок.",
            ),
            (
                "ru",
                "Семнадцать рыбаков эвакуировали с дрейфующей льдины под Астраханью — операцию"
                " провело Министерство по чрезвычайным ситуациям.",
            ),
        ],
        (
            "number",
            "be",
            "У Астраханскай вобласці ратавальнікі МНС знялі з адарванай крыгі 70 рыбакоў.",
        ),
        None,
    ),
    (
        "ru",
        "Третьяковская галерея в 2025 году приняла 3,2 миллиона посетителей.",
        [
            ("en", "The Tretyakov Gallery welcomed 3.2 million visitors last year."),
            ("pl", "Galerię Trietiakowską w 2025 roku odwiedziło 3 200 000 osób."),
            (
                "ru",
                "Три миллиона двести тысяч человек побывали в Третьяковке за 2025 год.",
            ),
        ],
        (
            "year",
            "uk",
            "Третьяковська галерея у 2023 році прийняла 3,2 мільйона відвідувачів.",
        ),
        None,
    ),
    (
        "ru",
        "Роспатент отказал в регистрации товарного знака «Чебурашка» для водки.",
        [
            (
                "en",
                'Rospatent refused to register "Cheburashka" as a trademark for vodka.',
            ),
            (
                "be",
                "Федэральная служба па інтэлектуальнай уласнасці Расіі адмовіла ў рэгістрацыі"
                " таварнага знака «Чэбурашка» для гарэлкі.",
            ),
            (
                "ru",
                "Водки под названием «Чебурашка» не будет: патентное ведомство не стало"
                " регистрировать такой товарный знак.",
            ),
        ],
        (
            "negation",
            "pl",
            "Rospatent zarejestrował znak towarowy „Czeburaszka” dla wódki.",
        ),
        None,
    ),
    (
        "uk",
        "Київ отримає 40 трамваїв від польської компанії Pesa, повідомив Віталій Кличко.",
        [
            (
                "pl",
                "Kijów otrzyma 40 tramwajów od bydgoskiej Pesy – poinformował Witalij Kliczko.",
            ),
            (
                "en",
                "Vitali Klitschko says Kyiv will get 40 trams from Polish manufacturer Pesa.",
            ),
            ("uk", "Кличко: 40 нових трамваїв Pesa їдуть до Києва 🚋"),
        ],
        (
            "place",
            "ru",
            "Харьков получит 40 трамваев от польской компании Pesa, сообщил мэр города.",
        ),
        (
            "uk",
            "Київ отримає 40 автобусів від польської компанії Solaris, повідомив Віталій Кличко.",
        ),
    ),
    (
        "uk",
        "ДБР затримало двох прикордонників, які вимагали хабарі з водіїв вантажівок на пункті"
        " пропуску «Ягодин».",
        [
            (
                "en",
                "Ukraine's State Bureau of Investigation detained two border guards who"
                " demanded bribes from truck drivers at the Yahodyn crossing.",
            ),
            (
                "pl",
                "Ukraińskie Państwowe Biuro Śledcze zatrzymało dwóch pograniczników, którzy"
                " żądali łapówek od kierowców ciężarówek na przejściu Dorohusk–Jagodzin.",
            ),
            (
                "uk",
                "Двоє прикордонників, що вимагали гроші з далекобійників на КПП «Ягодин»,"
                " затримані Державним бюро розслідувань.",
            ),
        ],
        (
            "number",
            "uk",
            "ДБР затримало 12 прикордонників, які вимагали хабарі з водіїв вантажівок на"
            " пункті пропуску «Ягодин».",
        ),
        None,
    ),
    (
        "uk",
        "Львівська міськрада заборонила в'їзд вантажівок до центру міста в будні з 8:00 до 20:00.",
        [
            (
                "pl",
                "Rada Lwowa zakazała wjazdu ciężarówek do centrum miasta od poniedziałku do"
                " piątku w godzinach 8–20.",
            ),
            (
                "ru",
                "Горсовет Львова запретил въезд грузовиков в центр города по будням с 8 утра"
                " до 8 вечера.",
            ),
            (
                "uk",
                "Вантажівкам заборонили заїжджати в центр Львова з понеділка по п'ятницю від"
                " восьмої ранку до восьмої вечора — рішення ухвалили депутати міськради.",
            ),
        ],
        (
            "negation",
            "en",
            "Lviv city council voted against banning lorries from the city centre on weekdays"
            " between 8am and 8pm.",
        ),
        None,
    ),
    (
        "uk",
        "Укргазвидобування у 2025 році видобуло 13 мільярдів кубометрів газу.",
        [
            ("ru", "«Укргаздобыча» в 2025 году добыла 13 млрд кубометров газа."),
            (
                "en",
                "Ukrgasvydobuvannya, Ukraine's state gas producer, extracted 13 billion cubic"
                " metres of gas in 2025.",
            ),
            ("uk", "13 млрд м³ газу — такий результат Укргазвидобування за 2025-й."),
        ],
        (
            "year",
            "pl",
            "Ukrgazwydobuwannia wydobyła w 2022 roku 13 mld metrów sześciennych gazu.",
        ),
        ("uk", "Нафтогаз у 2025 році видобув 13 мільярдів кубометрів газу."),
    ),
    (
        "be",
        "Арына Сабаленка адкрые ў Мінску тэнісную школу для 200 дзяцей.",
        [
            ("ru", "Арина Соболенко откроет в Минске теннисную школу для 200 детей."),
            ("pl", "Aryna Sabałenka otworzy w Mińsku szkołę tenisową dla 200 dzieci."),
            (
                "be",
                "Дзвесце дзяцей змогуць займацца ў тэніснай школе, якую ў беларускай сталіцы"
                " адкрые Сабаленка.",
            ),
        ],
        (
            "place",
            "be",
            "Арына Сабаленка адкрые ў Гомелі тэнісную школу для 200 дзяцей.",
        ),
        None,
    ),
    (
        "be",
        "Белгідрамет зафіксаваў у Брэсце рэкордныя для лістапада +19 градусаў.",
        [
            (
                "pl",
                "Białoruska służba meteorologiczna odnotowała w Brześciu rekordowe jak na"
                " listopad 19 stopni ciepła.",
            ),
            (
                "en",
                "Brest hit 19C (66F), a November record, Belarus's state weather service"
                " Belhydromet said.",
            ),
            (
                "be",
                "Дзевятнаццаць градусаў цяпла ў лістападзе — такога ў Берасці яшчэ не было,"
                " паведамілі сінаптыкі.",
            ),
        ],
        (
            "place",
            "ru",
            "Белгидромет зафиксировал в Мозыре рекордные для ноября +19 градусов.",
        ),
        None,
    ),
    (
        "be",
        "Белавія з сакавіка спыняе рэйсы з Мінска ў Сочы.",
        [
            ("ru", "«Белавиа» с марта прекращает полёты из Минска в Сочи."),
            ("en", "Belavia will stop flying from Minsk to Sochi from March."),
            ("be", "З сакавіка ў Сочы з Мінска нацыянальны авіяперавозчык больш лётаць не будзе."),
        ],
        (
            "negation",
            "uk",
            "Белавія й надалі літатиме з Мінська до Сочі: з березня рейси не скасовують.",
        ),
        None,
    ),
    (
        "pl",
        "ZUS cofnął w 2025 roku zasiłki chorobowe na łączną kwotę 1,5 mld zł osobom, które"
        " pracowały na zwolnieniu lekarskim.",
        [
            (
                "en",
                "Poland's Social Insurance Institution clawed back 1.5 billion zlotys in sick"
                " pay in 2025 from people who worked while on sick leave.",
            ),
            (
                "uk",
                "Польський ZUS у 2025 році відкликав лікарняні виплати на загальну суму"
                " півтора мільярда злотих у людей, які працювали під час лікарняного.",
            ),
            (
                "pl",
                "Półtora miliarda złotych zasiłków odebrał w 2025 roku Zakład Ubezpieczeń"
                " Społecznych tym, którzy na L4 dorabiali.",
            ),
        ],
        (
            "number",
            "be",
            "Польскі ZUS у 2025 годзе адклікаў выплаты па хваробе на 15 млрд злотых у людзей,"
            " якія працавалі на бальнічным.",
        ),
        None,
    ),
    (
        "pl",
        "Kanał Elbląski zostanie ponownie otwarty dla statków wycieczkowych w 2027 roku.",
        [
            ("ru", "Эльблонгский канал в 2027 году вновь откроют для прогулочных судов."),
            ("uk", "Ельблонзький канал у 2027 році знову відкриють для екскурсійних суден."),
            ("pl", "Statki znów popłyną po Kanale Elbląskim – od 2027 r. 🚢"),
        ],
        (
            "year",
            "pl",
            "Kanał Elbląski zostanie ponownie otwarty dla statków wycieczkowych w 2029 roku.",
        ),
        None,
    ),
    (
        "pl",
        "KNF wpisała na listę ostrzeżeń publicznych 120 internetowych platform inwestycyjnych.",
        [
            (
                "en",
                "A hundred and twenty online investment platforms have been put on the public"
                " warning list by Poland's Financial Supervision Authority.",
            ),
            (
                "ru",
                "Комиссия по финансовому надзору Польши внесла в список публичных"
                " предупреждений 120 интернет-платформ для инвестиций.",
            ),
            ("pl", "120 internetowych platform inwestycyjnych trafiło na czarną listę KNF."),
        ],
        (
            "number",
            "uk",
            "KNF внесла до списку публічних попереджень 20 інтернет-платформ для інвестицій.",
        ),
        None,
    ),
]

BLIND8_NONE: list[tuple[str, str]] = [
    # the transport body, another act, another price
    ("en", "Transport for London raised the fare for a single bus journey to 1.95 pounds."),
    # the same place, hour and kind of ban, another object
    ("en", "Prague city hall banned shops in the Old Town from selling alcohol after 10 pm."),
    # the agency, a nasal spray, another act
    ("en", "The European Medicines Agency approved a nasal spray vaccine against flu."),
    # unrelated news
    ("en", "A lost wallet was returned to its owner in Ohio 40 years after it went missing."),
    # unrelated news
    ("en", "A 60-year-old single malt sold for 2.1 million pounds at an Edinburgh auction."),
    # the governor, another act
    ("ru", "Губернатор Мурманской области Андрей Чибис открыл новую больницу в Кировске."),
    # the rescue service and the number, another place and event
    ("ru", "Спасатели МЧС эвакуировали 17 туристов со склона Эльбруса."),
    # the gallery, another act
    ("ru", "Третьяковская галерея завершила реставрацию «Богатырей» Васнецова."),
    # the patent office and the trademark, another product and the other outcome
    ("ru", "Роспатент зарегистрировал товарный знак «Чебурашка» для шоколада."),
    # unrelated news
    ("ru", "В Карелии нашли петроглиф с изображением лося длиной четыре метра."),
    # the mayor, another act
    ("uk", "Віталій Кличко відкрив після ремонту Шулявський міст."),
    # the bureau, the crossing and a bribe, another official
    ("uk", "ДБР затримало на хабарі заступника начальника митного поста «Ягодин»."),
    # the council, a ban in the centre, another object and days
    ("uk", "Львівська міськрада заборонила паркування в центрі міста у вихідні."),
    # the sibling's company and year, another act and figure
    ("uk", "Нафтогаз у 2025 році імпортував 4 мільярди кубометрів газу."),
    # unrelated news
    ("uk", "На Черкащині фермер виростив гарбуз вагою 300 кілограмів."),
    # the player, another act
    ("be", "Арына Сабаленка выйграла турнір у Мадрыдзе."),
    # the weather service and the city, another event
    ("be", "Белгідрамет папярэдзіў пра моцны вецер у Брэсцкай вобласці."),
    # the airline and the month, the other act and another city
    ("be", "Белавія з сакавіка адкрывае рэйсы з Мінска ў Тбілісі."),
    # unrelated news
    ("be", "У Лідскім замку знайшлі схаваны ў сцяне скарб манет."),
    # unrelated news
    ("be", "У Полацку пасля рэстаўрацыі адкрыўся музей беларускага кнігадрукавання."),
    # unrelated news
    ("pl", "Studenci z Gliwic zbudowali łazik marsjański, który wygrał zawody w Utah."),
    # the regulator, another act
    ("pl", "KNF nałożyła karę 2 mln zł na dom maklerski z Warszawy."),
    # the canal's town, another event
    ("pl", "W Elblągu otwarto nowy most zwodzony nad rzeką Elbląg."),
    # unrelated news
    ("pl", "Na Kaszubach wędkarz złowił suma ważącego 90 kilogramów."),
]
