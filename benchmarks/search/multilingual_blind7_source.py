"""An eighth batch of multilingual pairs ("blind7" split), written for this project in our
own words on 1 December 2026 by a helper who had not read the matcher (nothing under
claims/search/, nor any section of docs/search.md but "Labelled pairs (written before
tuning)", nor benchmarks/search/results/), and committed BEFORE it was measured: measured
once, it is a blind figure of the scoring as shipped, and never tuned on
(evaluate_multilingual.py --tune leaves it out).

Same layout as multilingual_source.FACTS / NONE. New topics, none shared with the other
sets nor with ../shared; the figures are invented, real institutions and places appear
only as actors. Written as a desk receives claims, not to suit any method:

* 18 facts, pooled in en (4), ru (4), uk (4), be (3), pl (3); each with two translations
  and one same-language paraphrase. Hard true queries: an acronym against its expansion
  ("NABU" / "Національне антикорупційне бюро", "МАЗ" / "Минский автомобильный завод" /
  "Мінскі аўтазавод", "Белстат" / "National Statistical Committee", "GDOŚ" / "General
  Directorate for Environmental Protection" / "ГДОС", "Мосгордума" / "Moscow City Duma" /
  "городская дума", "СО РАН" / "Russian Academy of Sciences"); numbers as words ("A
  hundred and fifty million", "Четыреста тридцать", "дев'ятнадцять", "Тридцять вісім",
  "Сорак адна тысяча", "Тры сотні", "Tysiąc siedemset czterdzieści"); an equivalent unit
  ("120 сантиметров" / "1.2 metres" / "Метр двадцать", "минус 50 градусов" / "пятидесяти
  градусов мороза"); another verb for the same act ("voted down" for "rejected", "odrzuciła
  pomysł" for "отказалась", "served notices of suspicion" for "повідомило про підозру",
  "caught" / "zatrzymała", "извлёк" for "добыл", "пазычыць" / "wypożyczy"); a negative fact
  told without a "not" ("zamknięta w niedziele", "зачыненыя" for "не будзе працаваць",
  "refused to allow" for "nie wydała zgody", "odrzuciła wniosek") and a positive fact told
  with one ("Ни одна школа ... не работает" for "отменили занятия", "більше не треба" for
  "скасував", "уже не купиш" for "заборонено", "no more licences" for "end whaling", "не
  придётся" for "отказалась вводить"); reordered sentences with the actor at the end; a
  place named another way ("центр столицы" for central Moscow, "Пецярбург", "The Hague"
  for the Dutch parliament, "majówka" for the long May weekend).
* near-misses: 6 number (150 / 50 million euros, 120 / 70 centimetres, 430 / 340 tonnes,
  19 / 9 officials, 41 / 61 thousand flats, 1740 / 740 drivers), 5 negation (one in every
  language, both directions: "запретил" for "rejected a ban", "ввела" for "отказалась
  вводить", "nie zniósł" for "скасував", "will open on Sundays as well" for "не будзе
  працаваць па нядзелях", "дазволіла" for "nie wydała zgody"), 4 place (Vienna /
  Bratislava, Yakutsk / Norilsk, the Carpathian reserve / the Shatsk park, St Petersburg /
  Kazan), 3 year (2026 / 2029, 2026 / 2024, 2027 / 2029); ten of them in another language
  than their trap;
* three facts put a sibling into the pool: another object going the same way (the same
  airline fine for seat selection beside cabin bags), the opposite act (classes resumed in
  Yakutsk beside cancelled), another year (41,000 flats in 2024 beside 2025);
* 24 "none" queries: two thirds share something with a pool claim and say something else
  (the same ministry, duma, combine, bureau, cabinet, reserve, statistics office, library,
  factory, museum or directorate doing another act; the same act for another object: an
  advertising ban on fossil fuels, a refused renaming, a medical check abolished for
  drivers, a TV advertising ban on alcohol from 2026; the same place or time with another
  event: flights cancelled by the Yakutsk frost, road deaths over the May weekend; the same
  number counting something else: MAZ's 300 workers); a third plainly unrelated
  (a sheep-shearing record, a Peruvian temple, balloons in Samara, strawberries, a
  meteorite, early music in Mogilev, a junior chess title, a gingerbread in Toruń).
"""

from __future__ import annotations

BLIND7_FACTS: list[tuple] = [
    (
        "en",
        "Iceland's government will end commercial whaling in its waters from 2026.",
        [
            (
                "ru",
                "Правительство Исландии с 2026 года прекращает коммерческий китобойный промысел"
                " в своих водах.",
            ),
            (
                "pl",
                "Rząd Islandii od 2026 roku zakończy komercyjne polowania na wieloryby na swoich"
                " wodach.",
            ),
            (
                "en",
                "From 2026 no more licences for commercial whale hunts will be issued in"
                " Icelandic waters, the government in Reykjavík decided.",
            ),
        ],
        (
            "year",
            "uk",
            "Уряд Ісландії з 2029 року припиняє комерційний китобійний промисел у своїх водах.",
        ),
        None,
    ),
    (
        "en",
        "Spain's consumer affairs ministry fined four budget airlines a total of 150 million"
        " euros for charging for cabin bags.",
        [
            (
                "ru",
                "Министерство по делам потребителей Испании оштрафовало четыре лоукостера в"
                " общей сложности на 150 миллионов евро за плату за ручную кладь.",
            ),
            (
                "uk",
                "Міністерство у справах споживачів Іспанії оштрафувало чотири бюджетні"
                " авіакомпанії загалом на 150 мільйонів євро за плату за ручну поклажу.",
            ),
            (
                "en",
                "A hundred and fifty million euros in fines: that is what Spain's consumer"
                " ministry imposed on four low-cost carriers over hand-luggage charges.",
            ),
        ],
        (
            "number",
            "en",
            "Spain's consumer affairs ministry fined four budget airlines a total of 50 million"
            " euros for charging for cabin bags.",
        ),
        (
            "en",
            "Spain's consumer affairs ministry fined four budget airlines a total of 150 million"
            " euros for charging for seat selection.",
        ),
    ),
    (
        "en",
        "The Dutch parliament rejected a ban on meat advertising at railway stations.",
        [
            (
                "be",
                "Парламент Нідэрландаў адхіліў забарону рэкламы мяса на чыгуначных вакзалах.",
            ),
            (
                "uk",
                "Парламент Нідерландів не підтримав заборону реклами м'яса на залізничних"
                " вокзалах.",
            ),
            (
                "en",
                "Meat adverts can stay in Dutch train stations after MPs in The Hague voted down"
                " a proposed ban.",
            ),
        ],
        (
            "negation",
            "ru",
            "Парламент Нидерландов запретил рекламу мяса на железнодорожных вокзалах.",
        ),
        None,
    ),
    (
        "en",
        "Wiener Linien cut the price of Vienna's annual public transport pass to 299 euros.",
        [
            (
                "pl",
                "Wiener Linien obniżyły cenę rocznego biletu na wiedeńską komunikację miejską do"
                " 299 euro.",
            ),
            (
                "be",
                "Венскі перавозчык Wiener Linien знізіў кошт гадавога праязнога на гарадскі"
                " транспарт да 299 еўра.",
            ),
            (
                "en",
                "A year of unlimited travel on Vienna's buses, trams and U-Bahn now costs"
                " 299 euros after the city's transport operator lowered the price.",
            ),
        ],
        (
            "place",
            "en",
            "Bratislava's public transport company cut the price of the city's annual pass to"
            " 299 euros.",
        ),
        None,
    ),
    (
        "ru",
        "По данным Лимнологического института СО РАН, толщина льда на Байкале у Листвянки в"
        " феврале достигла 120 сантиметров.",
        [
            (
                "en",
                "The ice on Lake Baikal near Listvyanka was 1.2 metres thick in February,"
                " according to the Limnological Institute of the Russian Academy of Sciences.",
            ),
            (
                "uk",
                "За даними Лімнологічного інституту СВ РАН, товщина льоду на Байкалі біля"
                " Лиственки в лютому сягнула 120 сантиметрів.",
            ),
            (
                "ru",
                "Метр двадцать — такой толщины в феврале стал лёд на Байкале возле Листвянки,"
                " сообщили иркутские лимнологи.",
            ),
        ],
        (
            "number",
            "pl",
            "Według Instytutu Limnologicznego Rosyjskiej Akademii Nauk lód na Bajkale koło"
            " Listwianki osiągnął w lutym grubość 70 centymetrów.",
        ),
        None,
    ),
    (
        "ru",
        "Мосгордума отказалась вводить плату за въезд в центр Москвы.",
        [
            (
                "en",
                "The Moscow City Duma refused to introduce a charge for driving into central"
                " Moscow.",
            ),
            (
                "pl",
                "Moskiewska Duma Miejska odrzuciła pomysł opłaty za wjazd do centrum Moskwy.",
            ),
            (
                "ru",
                "Платить за въезд в центр столицы автомобилистам не придётся: депутаты"
                " городской думы эту идею не поддержали.",
            ),
        ],
        ("negation", "ru", "Мосгордума ввела плату за въезд в центр Москвы."),
        None,
    ),
    (
        "ru",
        "Калининградский янтарный комбинат добыл в 2025 году 430 тонн янтаря.",
        [
            ("en", "The Kaliningrad Amber Combine mined 430 tonnes of amber in 2025."),
            ("be", "Калінінградскі бурштынавы камбінат здабыў у 2025 годзе 430 тон бурштыну."),
            (
                "ru",
                "Четыреста тридцать тонн янтаря извлёк из карьера за 2025 год комбинат в"
                " Калининградской области.",
            ),
        ],
        ("number", "ru", "Калининградский янтарный комбинат добыл в 2025 году 340 тонн янтаря."),
        None,
    ),
    (
        "ru",
        "В Якутске из-за мороза ниже минус 50 градусов отменили занятия во всех школах.",
        [
            (
                "uk",
                "У Якутську через мороз нижче мінус 50 градусів скасували заняття в усіх школах.",
            ),
            (
                "pl",
                "W Jakucku z powodu mrozu poniżej minus 50 stopni odwołano lekcje we wszystkich"
                " szkołach.",
            ),
            (
                "ru",
                "Ни одна школа Якутска сейчас не работает: столбик термометра опустился ниже"
                " пятидесяти градусов мороза.",
            ),
        ],
        (
            "place",
            "be",
            "У Нарыльску праз мароз ніжэй за мінус 50 градусаў адмянілі заняткі ва ўсіх школах.",
        ),
        ("ru", "В Якутске после сильных морозов возобновили занятия во всех школах."),
    ),
    (
        "uk",
        "НАБУ повідомило про підозру 19 посадовцям Одеської митниці.",
        [
            ("en", "NABU served notices of suspicion on 19 officials at the Odesa customs office."),
            (
                "ru",
                "Национальное антикоррупционное бюро Украины сообщило о подозрении 19"
                " сотрудникам Одесской таможни.",
            ),
            (
                "uk",
                "Підозри отримали дев'ятнадцять посадовців митниці в Одесі — їх оголосило"
                " Національне антикорупційне бюро України.",
            ),
        ],
        ("number", "uk", "НАБУ повідомило про підозру 9 посадовцям Одеської митниці."),
        None,
    ),
    (
        "uk",
        "Кабмін скасував обов'язковий техогляд для приватних легкових автомобілів.",
        [
            (
                "en",
                "Ukraine's Cabinet of Ministers abolished compulsory roadworthiness tests for"
                " private cars.",
            ),
            ("be", "Кабмін Украіны адмяніў абавязковы тэхагляд для прыватных легкавікоў."),
            (
                "uk",
                "Власникам приватних легковиків більше не треба проходити технічний огляд —"
                " таке рішення ухвалив уряд.",
            ),
        ],
        (
            "negation",
            "pl",
            "Rząd Ukrainy nie zniósł obowiązkowych badań technicznych prywatnych samochodów"
            " osobowych.",
        ),
        None,
    ),
    (
        "uk",
        "Науковці Карпатського біосферного заповідника нарахували на його території 38 бурих"
        " ведмедів.",
        [
            (
                "en",
                "Scientists at the Carpathian Biosphere Reserve counted 38 brown bears on its"
                " territory.",
            ),
            (
                "pl",
                "Naukowcy Karpackiego Rezerwatu Biosfery naliczyli na jego terenie 38 niedźwiedzi"
                " brunatnych.",
            ),
            (
                "uk",
                "Тридцять вісім бурих ведмедів мешкають у Карпатському біосферному заповіднику —"
                " такі результати обліку оприлюднили його дослідники.",
            ),
        ],
        (
            "place",
            "uk",
            "Науковці Шацького національного природного парку нарахували на його території 38"
            " бурих ведмедів.",
        ),
        None,
    ),
    (
        "uk",
        "З 2026 року в Україні заборонено продаж сигарет з ароматизаторами.",
        [
            ("ru", "С 2026 года в Украине запрещена продажа сигарет с ароматизаторами."),
            ("en", "The sale of flavoured cigarettes has been banned in Ukraine since 2026."),
            (
                "uk",
                "Сигарети зі смаком ментолу чи вишні з 2026-го в українських магазинах уже не"
                " купиш.",
            ),
        ],
        ("year", "be", "З 2024 года ва Украіне забаронены продаж цыгарэт з араматызатарамі."),
        None,
    ),
    (
        "be",
        "Паводле Белстата, у 2025 годзе ў Беларусі ўвялі ў эксплуатацыю 41 тысячу кватэр.",
        [
            (
                "ru",
                "По данным Белстата, в 2025 году в Беларуси ввели в эксплуатацию 41 тысячу"
                " квартир.",
            ),
            (
                "en",
                "Belarus completed 41,000 new flats in 2025, according to the National"
                " Statistical Committee.",
            ),
            (
                "be",
                "Сорак адна тысяча новых кватэр з'явілася ў Беларусі ў 2025 годзе, падлічыў"
                " Нацыянальны статыстычны камітэт.",
            ),
        ],
        (
            "number",
            "be",
            "Паводле Белстата, у 2025 годзе ў Беларусі ўвялі ў эксплуатацыю 61 тысячу кватэр.",
        ),
        (
            "be",
            "Паводле Белстата, у 2024 годзе ў Беларусі ўвялі ў эксплуатацыю 41 тысячу кватэр.",
        ),
    ),
    (
        "be",
        "Нацыянальная бібліятэка Беларусі з лютага не будзе працаваць па нядзелях.",
        [
            ("ru", "Национальная библиотека Беларуси с февраля не будет работать по воскресеньям."),
            ("pl", "Biblioteka Narodowa Białorusi od lutego będzie zamknięta w niedziele."),
            (
                "be",
                "З лютага па нядзелях дзверы галоўнай бібліятэкі краіны ў Мінску будуць"
                " зачыненыя для чытачоў.",
            ),
        ],
        (
            "negation",
            "en",
            "From February the National Library of Belarus will open on Sundays as well.",
        ),
        None,
    ),
    (
        "be",
        "МАЗ паставіць 300 аўтобусаў у Санкт-Пецярбург да канца года.",
        [
            (
                "ru",
                "Минский автомобильный завод до конца года поставит 300 автобусов в"
                " Санкт-Петербург.",
            ),
            ("en", "MAZ will deliver 300 buses to St Petersburg by the end of the year."),
            (
                "be",
                "Тры сотні аўтобусаў адправіць у Пецярбург Мінскі аўтазавод яшчэ ў гэтым годзе.",
            ),
        ],
        ("place", "ru", "МАЗ поставит 300 автобусов в Казань до конца года."),
        None,
    ),
    (
        "pl",
        "W długi weekend majowy policja zatrzymała 1740 nietrzeźwych kierowców.",
        [
            ("en", "Polish police caught 1,740 drunk drivers over the long May weekend."),
            (
                "uk",
                "За довгі травневі вихідні польська поліція затримала 1740 нетверезих водіїв.",
            ),
            (
                "pl",
                "Tysiąc siedemset czterdzieści osób prowadziło po pijanemu — tylu kierowców"
                " zatrzymali policjanci w majówkę.",
            ),
        ],
        (
            "number",
            "pl",
            "W długi weekend majowy policja zatrzymała 740 nietrzeźwych kierowców.",
        ),
        None,
    ),
    (
        "pl",
        "Muzeum Narodowe w Krakowie wypożyczy „Damę z gronostajem” do Prado w 2027 roku.",
        [
            (
                "ru",
                "Национальный музей в Кракове в 2027 году отдаст «Даму с горностаем» на время"
                " в Прадо.",
            ),
            (
                "be",
                "Нацыянальны музей у Кракаве ў 2027 годзе пазычыць «Даму з гарнастаем»"
                " мадрыдскаму Прада.",
            ),
            (
                "pl",
                "W 2027 roku obraz Leonarda pojedzie z Krakowa do madryckiego Prado — Muzeum"
                " Narodowe zgodziło się wypożyczyć „Damę z gronostajem”.",
            ),
        ],
        (
            "year",
            "en",
            "The National Museum in Kraków will lend Lady with an Ermine to the Prado in 2029.",
        ),
        None,
    ),
    (
        "pl",
        "GDOŚ nie wydała zgody na odstrzał żubrów w Bieszczadach.",
        [
            (
                "en",
                "Poland's General Directorate for Environmental Protection refused to allow a"
                " cull of bison in the Bieszczady Mountains.",
            ),
            ("uk", "ГДОС не дала дозволу на відстріл зубрів у Бещадах."),
            (
                "pl",
                "Bieszczadzkie żubry nie zostaną odstrzelone: Generalna Dyrekcja Ochrony"
                " Środowiska odrzuciła wniosek leśników.",
            ),
        ],
        (
            "negation",
            "be",
            "Генеральная дырэкцыя аховы навакольнага асяроддзя Польшчы дазволіла адстрэл"
            " зуброў у Бешчадах.",
        ),
        None,
    ),
]

BLIND7_NONE: list[tuple[str, str]] = [
    # the ministry, a fine, another offender and offence
    (
        "en",
        "Spain's consumer affairs ministry fined a supermarket chain for misleading price labels.",
    ),
    # the parliament, an advertising ban, another product and the other outcome
    ("en", "The Dutch parliament voted to ban advertising for fossil fuels."),
    # the operator, a price, a small number, the other way
    ("en", "Wiener Linien raised the price of a single ticket to 3 euros."),
    # unrelated news
    ("en", "A New Zealand shearer clipped 712 sheep in eight hours, a world record."),
    # unrelated news
    ("en", "Archaeologists in Peru uncovered a 3,000-year-old temple painted with jaguars."),
    # the duma, the same refusal, another object
    ("ru", "Мосгордума отказалась переименовывать станцию метро «Войковская»."),
    # the same city and frost, another act, a small number
    ("ru", "В Якутске из-за мороза отменили 14 авиарейсов."),
    # the combine, another act
    (
        "ru",
        "Калининградский янтарный комбинат открыл для туристов смотровую площадку над карьером.",
    ),
    # unrelated news
    ("ru", "В Самаре прошёл фестиваль воздушных шаров."),
    # unrelated news
    ("ru", "Учёные МГУ вывели морозостойкий сорт клубники."),
    # the bureau, another act
    ("uk", "НАБУ затримало заступника голови обласної ради на хабарі."),
    # the cabinet, the same act, another compulsory check
    ("uk", "Кабмін скасував обов'язковий медичний огляд для водіїв."),
    # the reserve, another act
    (
        "uk",
        "У Карпатському біосферному заповіднику відкрили новий туристичний маршрут на полонину.",
    ),
    # the same year and the same kind of ban, another product
    ("uk", "З 2026 року в Україні заборонено рекламу алкоголю на телебаченні."),
    # unrelated news
    ("uk", "Житомирський музей космонавтики отримав у дар метеорит вагою 12 кілограмів."),
    # the statistics office and year, another figure
    ("be", "Паводле Белстата, сярэдні заробак у Беларусі ў 2025 годзе перавысіў 2500 рублёў."),
    # the library, another act
    ("be", "Нацыянальная бібліятэка Беларусі адкрыла выставу старадрукаў Скарыны."),
    # the factory and the number, another act
    ("be", "МАЗ скараціў 300 рабочых на заводзе ў Мінску."),
    # unrelated news
    ("be", "У Магілёве прайшоў фестываль сярэднявечнай музыкі."),
    # unrelated news
    ("be", "Беларуская шахматыстка выйграла юніёрскі чэмпіянат Еўропы."),
    # the same weekend and roads, another fact
    ("pl", "W długi weekend majowy na polskich drogach zginęło 46 osób."),
    # the museum, another act
    ("pl", "Muzeum Narodowe w Krakowie kupiło kolekcję japońskich drzeworytów."),
    # the directorate, a permission, another object and the other way
    ("pl", "GDOŚ wydała zgodę na budowę farmy wiatrowej na Bałtyku."),
    # unrelated news
    ("pl", "W Toruniu upieczono piernik o długości 40 metrów."),
]
