"""A seventh batch of multilingual pairs ("blind6" split), written for this project in our
own words on 1 December 2026 by a helper who had not read the matcher (nothing under
claims/search/, nor any section of docs/search.md but "Labelled pairs (written before
tuning)", nor benchmarks/search/results/), and committed BEFORE it was measured: measured
once, it is a blind figure of the scoring as shipped, and never tuned on
(evaluate_multilingual.py --tune leaves it out).

Same layout as multilingual_source.FACTS / NONE. New topics, none shared with the other
sets nor with ../shared; the people, outlets and figures are invented, real institutions
and places appear only as actors. Written as a desk receives claims, not to suit any method:

* 18 facts, pooled in en (4), ru (4), uk (4), be (3), pl (3); each with two translations
  and one same-language paraphrase. Hard true queries: an acronym against its expansion
  ("WHO" / "World Health Organization" / "СААЗ", "JAXA" / "Japan Aerospace Exploration
  Agency", "МОЗ" / "Міністерство охорони здоров'я", "ЄС" / "Євросоюз" / "European Union",
  "АЗС" for "автозаправки", "Роспотребнадзор" / "consumer watchdog" / "ведомство");
  numbers as words ("eight thousand", "Сорок", "Двісті шістдесят", "Сямсот восемдзесят",
  "дванаццаці"); an equivalent unit ("36 часов" / "півтори доби" / "Полтора суток",
  "19 centymetrów" / "0,19 metra", "половину" / "ўдвая менш"); "closed" for "не
  курсуватиме"; another verb for the same act ("threw out" for "rejected", "закрыло ввоз"
  for "запретило", "обрели свободу" for "выпустили", "відхилило" for "не дозволило",
  "передали" for "повернула", "odrzuciły wniosek" for "nie zgodziły się"); a negated fact
  told without a "not" ("отменены"), true paraphrases that carry a "not" of their own
  ("will not fly before 2028", "Жодна країна не продала ... більше", "nie zapłacą
  więcej", "już nie kupimy"); reordered sentences with the actor at the end or left out;
  a place named another way ("w stolicy" for Warsaw, "Віцебшчына", "з Подолу на
  Володимирську гірку").
* near-misses: 6 number (8,000 / 5,000 a day, 40 / 14 horses, 36 / 12 hours, 260 / 160
  finds, 780 / 870 roubles, 19 / 29 centimetres), 5 negation (one in every language, both
  directions: "approved" for "rejected", "will tour" for "не поедет", "дозволило" for "не
  дозволило", "не стало запрещать" for "забараніла", "zatwierdziły" for "nie zgodziły
  się"), 4 place (Togo / Ghana, Uzbekistan / Kyrgyzstan, Odesa / Kyiv, Szczecin /
  Poznań), 3 year (2029 / 2028, 2024 / 2025 twice); nine of them in another language than
  their trap;
* three facts put a sibling into the pool: another object going the same way (the same
  cruise cap on Mykonos beside Santorini), the opposite act (the cherry import ban lifted
  beside the ban), another season (the funicular closed in summer beside in winter);
* 24 "none" queries: plainly unrelated news (a comet, bell ringers, a circus, a museum, an
  old map); the same institution doing something else (WHO, JAXA, Роспотребнадзор, the
  Bolshoi, МОЗ, МНС, Wody Polskie); the same place or object with another event (a cable
  car closed on Santorini, the Kyiv funicular's fare, an Orenburg reserve, a Vistula beach,
  Poznań's coal ban, Vitebsk anglers); the same act in another country (winter time kept
  in Lithuania); the same small number counting something else (40 cafés, 260
  generators, 12 beaches, 6 months) or the same product elsewhere (honey to China, apples
  exported).
"""

from __future__ import annotations

BLIND6_FACTS: list[tuple] = [
    (
        "en",
        "The WHO confirmed that Ghana has eliminated sleeping sickness.",
        [
            (
                "ru",
                "Всемирная организация здравоохранения подтвердила, что Гана избавилась от"
                " сонной болезни.",
            ),
            ("be", "СААЗ пацвердзіла, што Гана ліквідавала сонную хваробу."),
            (
                "en",
                "Sleeping sickness is no longer a public health problem in Ghana, the World"
                " Health Organization said.",
            ),
        ],
        ("place", "ru", "ВОЗ подтвердила, что Того избавилось от сонной болезни."),
        None,
    ),
    (
        "en",
        "Greece capped the number of cruise passengers allowed onto Santorini at 8,000 a day.",
        [
            (
                "pl",
                "Grecja ograniczyła liczbę pasażerów statków wycieczkowych na Santorini do 8 tys."
                " dziennie.",
            ),
            (
                "uk",
                "Греція обмежила кількість пасажирів круїзних лайнерів на Санторині до восьми"
                " тисяч на день.",
            ),
            (
                "en",
                "No more than eight thousand cruise visitors a day will be let ashore on"
                " Santorini, the Greek authorities decided.",
            ),
        ],
        (
            "number",
            "en",
            "Greece capped the number of cruise passengers allowed onto Santorini at 5,000 a day.",
        ),
        (
            "en",
            "Greece capped the number of cruise passengers allowed onto Mykonos at 8,000 a day.",
        ),
    ),
    (
        "en",
        "Latvia's parliament rejected a bill to stay on summer time all year round.",
        [
            ("ru", "Сейм Латвии отклонил законопроект о круглогодичном летнем времени."),
            ("be", "Сейм Латвіі адхіліў законапраект пра круглагадовы летні час."),
            (
                "en",
                "Latvian clocks will still go back in autumn: lawmakers threw out a plan for"
                " permanent summer time.",
            ),
        ],
        ("negation", "pl", "Sejm Łotwy przyjął ustawę o całorocznym czasie letnim."),
        None,
    ),
    (
        "en",
        "Japan's space agency JAXA postponed the launch of its lunar rover to 2028.",
        [
            (
                "ru",
                "Японское космическое агентство JAXA перенесло запуск лунохода на 2028 год.",
            ),
            (
                "pl",
                "Japońska Agencja Eksploracji Aerokosmicznej przesunęła start łazika"
                " księżycowego na 2028 rok.",
            ),
            (
                "en",
                "The Japan Aerospace Exploration Agency's Moon rover will not fly before 2028:"
                " its launch has been pushed back.",
            ),
        ],
        (
            "year",
            "uk",
            "Японське космічне агентство JAXA перенесло запуск місячного ровера на 2029 рік.",
        ),
        None,
    ),
    (
        "ru",
        "Роспотребнадзор запретил ввоз черешни из Киргизии из-за превышения нормы пестицидов.",
        [
            (
                "en",
                "Russia's consumer watchdog banned imports of cherries from Kyrgyzstan over"
                " excessive pesticide levels.",
            ),
            (
                "uk",
                "Роспотребнагляд заборонив ввезення черешні з Киргизстану через перевищення"
                " норм пестицидів.",
            ),
            (
                "ru",
                "Киргизская черешня больше не попадёт на российские прилавки: в ягодах нашли"
                " слишком много пестицидов, и ведомство закрыло ввоз.",
            ),
        ],
        (
            "place",
            "ru",
            "Роспотребнадзор запретил ввоз черешни из Узбекистана из-за превышения нормы"
            " пестицидов.",
        ),
        ("ru", "Роспотребнадзор снял запрет на ввоз черешни из Киргизии."),
    ),
    (
        "ru",
        "Большой театр не поедет на гастроли в Китай в 2027 году.",
        [
            ("pl", "Teatr Bolszoj nie pojedzie w 2027 roku na tournée do Chin."),
            ("be", "Вялікі тэатр не паедзе на гастролі ў Кітай у 2027 годзе."),
            ("ru", "Гастроли Большого театра в Китае, намеченные на 2027 год, отменены."),
        ],
        ("negation", "en", "The Bolshoi Theatre will go on tour to China in 2027."),
        None,
    ),
    (
        "ru",
        "В Оренбургской области выпустили в степь 40 лошадей Пржевальского.",
        [
            ("pl", "W obwodzie orenburskim wypuszczono na step 40 koni Przewalskiego."),
            ("be", "У Арэнбургскай вобласці выпусцілі ў стэп 40 коней Пржэвальскага."),
            ("ru", "Сорок диких лошадей Пржевальского обрели свободу в оренбургской степи."),
        ],
        ("number", "uk", "В Оренбурзькій області випустили в степ 14 коней Пржевальського."),
        None,
    ),
    (
        "ru",
        "Очередь грузовиков на пункте пропуска Петухово на границе с Казахстаном растянулась"
        " на 36 часов.",
        [
            (
                "en",
                "Lorries are waiting 36 hours to cross at Petukhovo on the Russia–Kazakhstan"
                " border.",
            ),
            (
                "uk",
                "Черга вантажівок на пункті пропуску Петухово на кордоні з Казахстаном"
                " розтягнулася на півтори доби.",
            ),
            (
                "ru",
                "Полтора суток приходится стоять фурам у Петухово, чтобы пересечь границу с"
                " Казахстаном.",
            ),
        ],
        (
            "number",
            "ru",
            "Очередь грузовиков на пункте пропуска Петухово на границе с Казахстаном"
            " растянулась на 12 часов.",
        ),
        None,
    ),
    (
        "uk",
        "МОЗ не дозволило продавати безрецептурні ліки на автозаправках.",
        [
            (
                "en",
                "Ukraine's Ministry of Health refused to allow over-the-counter medicines to be"
                " sold at petrol stations.",
            ),
            (
                "pl",
                "Ministerstwo Zdrowia Ukrainy nie zezwoliło na sprzedaż leków bez recepty na"
                " stacjach paliw.",
            ),
            (
                "uk",
                "Купити знеболювальне чи засіб від застуди на АЗС в Україні не вийде:"
                " Міністерство охорони здоров'я відхилило цю ідею.",
            ),
        ],
        ("negation", "uk", "МОЗ дозволило продавати безрецептурні ліки на автозаправках."),
        None,
    ),
    (
        "uk",
        "Німеччина повернула Україні 260 археологічних знахідок, вилучених у контрабандистів.",
        [
            (
                "en",
                "Germany returned 260 archaeological finds seized from smugglers to Ukraine.",
            ),
            (
                "be",
                "Германія вярнула Украіне 260 археалагічных знаходак, канфіскаваных у"
                " кантрабандыстаў.",
            ),
            (
                "uk",
                "Двісті шістдесят археологічних артефактів, які німецькі митники забрали в"
                " контрабандистів, передали Україні.",
            ),
        ],
        (
            "number",
            "en",
            "Germany returned 160 archaeological finds seized from smugglers to Ukraine.",
        ),
        None,
    ),
    (
        "uk",
        "Київський фунікулер не курсуватиме взимку через ремонт.",
        [
            ("en", "Kyiv's funicular will be closed for repairs over the winter."),
            ("be", "Кіеўскі фунікулёр будзе зачынены на рамонт усю зіму."),
            (
                "uk",
                "Цієї зими піднятися фунікулером з Подолу на Володимирську гірку не вдасться —"
                " його ремонтують.",
            ),
        ],
        ("place", "uk", "Одеський фунікулер не курсуватиме взимку через ремонт."),
        ("uk", "Київський фунікулер не курсуватиме влітку через ремонт."),
    ),
    (
        "uk",
        "У 2025 році Україна стала найбільшим постачальником меду до ЄС.",
        [
            ("en", "In 2025 Ukraine became the biggest supplier of honey to the European Union."),
            ("ru", "В 2025 году Украина стала крупнейшим поставщиком мёда в Евросоюз."),
            ("uk", "Жодна країна не продала Євросоюзу у 2025-му більше меду, ніж Україна."),
        ],
        ("year", "pl", "W 2024 roku Ukraina została największym dostawcą miodu do UE."),
        None,
    ),
    (
        "be",
        "З 1 студзеня мінімальная зарплата ў Беларусі вырасце да 780 рублёў.",
        [
            ("ru", "С 1 января минимальная зарплата в Беларуси вырастет до 780 рублей."),
            ("pl", "Od 1 stycznia płaca minimalna na Białorusi wzrośnie do 780 rubli."),
            (
                "be",
                "Сямсот восемдзесят рублёў складзе з новага года мінімальны заробак у Беларусі.",
            ),
        ],
        ("number", "be", "З 1 студзеня мінімальная зарплата ў Беларусі вырасце да 870 рублёў."),
        None,
    ),
    (
        "be",
        "МНС забараніла купацца ў 12 азёрах Віцебскай вобласці праз сінезялёныя водарасці.",
        [
            (
                "en",
                "Belarus's emergencies ministry banned swimming in 12 lakes in the Vitebsk region"
                " because of blue-green algae.",
            ),
            (
                "uk",
                "МНС Білорусі заборонило купання в 12 озерах Вітебської області через"
                " синьо-зелені водорості.",
            ),
            (
                "be",
                "У дванаццаці азёрах Віцебшчыны купацца цяпер нельга: ратавальнікі знайшлі там"
                " цыянабактэрыі.",
            ),
        ],
        (
            "negation",
            "ru",
            "МЧС Беларуси не стало запрещать купание в озёрах Витебской области, несмотря на"
            " сине-зелёные водоросли.",
        ),
        None,
    ),
    (
        "be",
        "Травеньскія замаразкі ў 2025 годзе знішчылі палову ўраджаю яблыкаў у Беларусі.",
        [
            ("en", "May frosts destroyed half of Belarus's apple harvest in 2025."),
            (
                "ru",
                "Майские заморозки в 2025 году уничтожили половину урожая яблок в Беларуси.",
            ),
            (
                "be",
                "Удвая менш яблыкаў далі беларускія сады ў 2025-м: у траўні кветкі пабіў мароз.",
            ),
        ],
        (
            "year",
            "be",
            "Травеньскія замаразкі ў 2024 годзе знішчылі палову ўраджаю яблыкаў у Беларусі.",
        ),
        None,
    ),
    (
        "pl",
        "Wody Polskie nie zgodziły się na podwyżkę cen wody w Łodzi.",
        [
            (
                "en",
                "Poland's national water authority refused to approve a rise in water prices in"
                " Łódź.",
            ),
            ("uk", "«Води Польщі» не погодили підвищення тарифів на воду в Лодзі."),
            (
                "pl",
                "Łodzianie nie zapłacą więcej za wodę: Wody Polskie odrzuciły wniosek miejskiej"
                " spółki o podwyżkę.",
            ),
        ],
        ("negation", "pl", "Wody Polskie zatwierdziły podwyżkę cen wody w Łodzi."),
        None,
    ),
    (
        "pl",
        "Poziom Wisły w Warszawie spadł do rekordowo niskich 19 centymetrów.",
        [
            ("en", "The Vistula in Warsaw dropped to a record low of 19 centimetres."),
            ("be", "Узровень Віслы ў Варшаве апусціўся да рэкордна нізкіх 19 сантыметраў."),
            (
                "pl",
                "Wodowskaz na Wiśle w stolicy pokazał zaledwie 0,19 metra — tak nisko rzeka"
                " jeszcze nigdy nie opadła.",
            ),
        ],
        ("number", "ru", "Уровень Вислы в Варшаве опустился до рекордно низких 29 сантиметров."),
        None,
    ),
    (
        "pl",
        "Poznań zakazał nocnej sprzedaży alkoholu na stacjach benzynowych.",
        [
            ("ru", "Познань запретила продавать алкоголь на заправках по ночам."),
            ("uk", "Познань заборонила нічний продаж алкоголю на АЗС."),
            (
                "pl",
                "Po zmroku alkoholu na stacjach paliw w Poznaniu już nie kupimy — tak"
                " zdecydowali radni.",
            ),
        ],
        ("place", "pl", "Szczecin zakazał nocnej sprzedaży alkoholu na stacjach benzynowych."),
        None,
    ),
]

BLIND6_NONE: list[tuple[str, str]] = [
    # the organisation and the country, another act
    ("en", "The WHO launched a malaria vaccination campaign in northern Ghana."),
    # the same island, "closed", another object and cause
    ("en", "Santorini's cable car was closed for a week because of strong winds."),
    # the same question of clocks, another country and the other time
    ("en", "Lithuania decided to stay on winter time all year round."),
    # unrelated news (an invented astronomer)
    ("en", "A Chilean astronomer, Lucía Ferrada, discovered a comet that will pass Earth in 2031."),
    # the agency, another act
    ("en", "Japan's space agency selected two new astronauts for its lunar programme."),
    # the watchdog, another act, 40 counting something else
    ("ru", "Роспотребнадзор закрыл 40 кафе на московских рынках после проверок."),
    # the theatre, another act
    ("ru", "Большой театр покажет новую постановку «Щелкунчика» в декабре."),
    # the same region and steppe wildlife, another fact
    ("ru", "В Оренбургской области создали заказник для сайгаков."),
    # the same border and lorries, another act, a small number
    ("ru", "Казахстан на 6 месяцев запретил вывозить бензин грузовиками."),
    # unrelated news
    ("ru", "В Великом Новгороде прошёл фестиваль колокольного звона."),
    # the ministry, medicines, another act (allowed)
    ("uk", "МОЗ дозволило продавати ліки через інтернет-аптеки."),
    # the same funicular, another fact
    ("uk", "Проїзд у київському фунікулері подорожчав до 20 гривень."),
    # the same product, another market
    ("uk", "Україна вперше експортувала мед до Китаю."),
    # unrelated news
    ("uk", "Харківський цирк відновив вистави після трьох років перерви."),
    # the same country and number, something else handed over
    ("uk", "Німеччина передала Україні 260 генераторів для лікарень."),
    # the ministry, 12, swimming, the other way
    ("be", "МНС адкрыла 12 новых пляжаў на азёрах Віцебскай вобласці."),
    # the same kind of rise, the pension
    ("be", "З 1 студзеня мінімальная пенсія ў Беларусі вырасце да 390 рублёў."),
    # unrelated news
    ("be", "У Гродне адкрылі музей беларускай вышыўкі."),
    # the same fruit, another fact
    ("be", "Беларусь удвая павялічыла экспарт яблыкаў у Расію."),
    # the same region, another event
    ("be", "Віцебскі рыбак злавіў шчупака вагой 14 кілаграмаў."),
    # the authority, another act
    ("pl", "Wody Polskie zbudują nowy zbiornik retencyjny pod Kielcami."),
    # the same river and city, another event
    ("pl", "W Warszawie otwarto nową plażę miejską nad Wisłą."),
    # the same city, the same act, another ban
    ("pl", "Poznań zakazał palenia węglem w domowych piecach od 2027 roku."),
    # unrelated news
    ("pl", "W archiwum w Zamościu odnaleziono dziewiętnastowieczną mapę miasta."),
]
