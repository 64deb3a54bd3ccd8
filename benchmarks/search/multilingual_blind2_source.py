"""A third batch of multilingual pairs ("blind2" split), written for this project in our own
words on 1 December 2026 AFTER the scoring changes that followed the "blind" batch, and
committed BEFORE it was measured: measured once, it is the blind figure of the scoring as
shipped (docs/search.md), and never tuned on.

Same layout as multilingual_source.FACTS / NONE. New topics, none shared with the other
sets' facts; some hard paraphrases ("провалили" for "did not support", "пятую часть" for
20 percent, "заперечив" for "denied").
"""

from __future__ import annotations

BLIND2_FACTS: list[tuple] = [
    (
        "en",
        "The health service hired 1,200 new nurses in Scotland this winter.",
        [
            ("pl", "Służba zdrowia zatrudniła tej zimy w Szkocji 1200 nowych pielęgniarek."),
            ("ru", "Этой зимой служба здравоохранения Шотландии наняла 1200 новых медсестёр."),
            ("en", "This winter 1,200 extra nurses joined Scotland's health service."),
        ],
        ("number", "en", "The health service hired 120 new nurses in Scotland this winter."),
        None,
    ),
    (
        "ru",
        "Власти Казани запретили самокаты в центре города.",
        [
            ("uk", "Влада Казані заборонила самокати в центрі міста."),
            ("en", "The authorities in Kazan banned scooters in the city centre."),
            ("ru", "В центре Казани больше нельзя ездить на самокатах: так решили власти."),
        ],
        ("place", "ru", "Власти Самары запретили самокаты в центре города."),
        None,
    ),
    (
        "pl",
        "Poczta Polska zamknie 300 placówek do końca roku.",
        [
            ("en", "Polish Post will close 300 branches by the end of the year."),
            ("be", "Польская пошта закрые 300 аддзяленняў да канца года."),
            ("pl", "Do końca roku zniknie 300 placówek Poczty Polskiej."),
        ],
        ("negation", "pl", "Poczta Polska nie zamknie 300 placówek do końca roku."),
        None,
    ),
    (
        "uk",
        "Одеський порт у жовтні відвантажив 2 мільйони тонн зерна.",
        [
            ("en", "The port of Odesa shipped 2 million tonnes of grain in October."),
            ("ru", "Одесский порт в октябре отгрузил 2 миллиона тонн зерна."),
            ("uk", "У жовтні через порт Одеси відправили два мільйони тонн зерна."),
        ],
        ("number", "uk", "Одеський порт у жовтні відвантажив 5 мільйонів тонн зерна."),
        None,
    ),
    (
        "be",
        "У 2025 годзе ў Беларусі нарадзілася менш за 60 тысяч дзяцей.",
        [
            ("ru", "В 2025 году в Беларуси родилось меньше 60 тысяч детей."),
            ("pl", "W 2025 roku na Białorusi urodziło się mniej niż 60 tysięcy dzieci."),
            ("be", "Нараджальнасць у Беларусі ў 2025 годзе ўпала ніжэй за 60 тысяч немаўлят."),
        ],
        ("year", "be", "У 2015 годзе ў Беларусі нарадзілася менш за 60 тысяч дзяцей."),
        None,
    ),
    (
        "en",
        "The minister denied that the army would call up students.",
        [
            ("uk", "Міністр заперечив, що армія призиватиме студентів."),
            ("ru", "Министр опроверг, что армия будет призывать студентов."),
            ("en", "Students will not be drafted into the army, the minister said."),
        ],
        ("negation", "en", "The minister confirmed that the army would call up students."),
        None,
    ),
    (
        "ru",
        "Число туристов в Грузии выросло на 15 процентов за лето.",
        [
            ("en", "The number of tourists in Georgia rose by 15 percent over the summer."),
            ("pl", "Liczba turystów w Gruzji wzrosła latem o 15 procent."),
            ("ru", "За лето Грузию посетило на 15% больше туристов."),
        ],
        ("place", "ru", "Число туристов в Армении выросло на 15 процентов за лето."),
        ("ru", "Число туристов в Грузии выросло на 15 процентов за зиму."),
    ),
    (
        "pl",
        "Rząd przeznaczy 2 miliardy złotych na odbudowę po powodzi.",
        [
            ("en", "The government will allocate 2 billion zlotys to rebuilding after the flood."),
            ("uk", "Уряд виділить 2 мільярди злотих на відбудову після повені."),
            ("pl", "Na odbudowę terenów zalanych przez powódź rząd da dwa miliardy złotych."),
        ],
        ("number", "pl", "Rząd przeznaczy 8 miliardów złotych na odbudowę po powodzi."),
        None,
    ),
    (
        "uk",
        "Верховна Рада не підтримала закон про легалізацію казино.",
        [
            ("en", "The Verkhovna Rada did not support the law legalising casinos."),
            ("ru", "Верховная Рада не поддержала закон о легализации казино."),
            ("uk", "Депутати провалили законопроєкт про легалізацію казино."),
        ],
        ("negation", "uk", "Верховна Рада підтримала закон про легалізацію казино."),
        None,
    ),
    (
        "be",
        "Гомельскі аэрапорт адновіць рэйсы ў Стамбул з красавіка.",
        [
            ("ru", "Гомельский аэропорт возобновит рейсы в Стамбул с апреля."),
            ("en", "Gomel airport will resume flights to Istanbul from April."),
            ("be", "З красавіка з Гомеля зноў можна будзе паляцець у Стамбул."),
        ],
        ("place", "be", "Гомельскі аэрапорт адновіць рэйсы ў Дубай з красавіка."),
        None,
    ),
    (
        "en",
        "Germany will phase out coal power by 2030.",
        [
            ("ru", "Германия откажется от угольной энергетики к 2030 году."),
            ("pl", "Niemcy odejdą od energetyki węglowej do 2030 roku."),
            ("en", "By 2030 German power plants will stop burning coal."),
        ],
        ("year", "en", "Germany will phase out coal power by 2038."),
        None,
    ),
    (
        "ru",
        "Зарплаты учителей в Молдове вырастут на 20 процентов с января.",
        [
            ("uk", "Зарплати вчителів у Молдові зростуть на 20 відсотків із січня."),
            ("en", "Teachers' salaries in Moldova will rise by 20 percent from January."),
            ("ru", "С января молдавским учителям повысят зарплату на пятую часть."),
        ],
        ("number", "ru", "Зарплаты учителей в Молдове вырастут на 10 процентов с января."),
        None,
    ),
]

BLIND2_NONE: list[tuple[str, str]] = [
    ("en", "Scotland opened its first hospital for veterans."),
    ("en", "Georgia hosted a wine festival in Tbilisi."),
    ("en", "The flood damaged a historic bridge in the old town."),
    ("ru", "В Казани открыли новую станцию метро."),
    ("ru", "Минздрав Молдовы закупил новые аппараты МРТ."),
    ("uk", "Одеська опера відкрила новий сезон."),
    ("uk", "Уряд запустив програму пільгових кредитів для фермерів."),
    ("be", "У Гомелі адкрылі новы басейн."),
    ("be", "Беларускія школьнікі атрымалі медалі на алімпіядзе па фізіцы."),
    ("pl", "Poczta Polska wprowadziła nowe znaczki z ptakami."),
    ("pl", "W Gdyni powstanie nowy terminal promowy."),
    ("pl", "Niemieccy turyści coraz częściej odwiedzają Mazury."),
]
