"""A fifth batch of multilingual pairs ("blind4" split), written for this project in our own
words on 1 December 2026 by a helper who had not read the matcher (nothing under
claims/search/, nor the mechanism or scoring sections of docs/search.md), and committed
BEFORE it was measured: measured once, it is a blind figure of the scoring as shipped, and
never tuned on (evaluate_multilingual.py --tune leaves it out).

Same layout as multilingual_source.FACTS / NONE. New topics, none shared with the other
sets' facts nor with ../shared. Written as a desk receives claims, not to suit any method:

* hard true queries: numbers as words ("eighteen", "sixteen tonnes", "Four and a half",
  "двадцать семь", "Девять", "чотирнадцять тисяч", "Сорок", "сорак", "Восем тысяч",
  "osiemset sześćdziesiąt"); another verb or noun for the same act ("got rid of its
  holdings" for "sold its stakes", "turned down an increase" for "refused to raise",
  "получили штрафы" for "оштрафовал", "перестанет принимать посетителей" for "закроется",
  "очистили від мін" for "розмінувала", "давялося забіць" for "знішчылі", "ruszali na pomoc"
  for "interweniowali"); a refusal expressed by a verb ("відмовилися", "отказалось",
  "refused", "nie trafi na listę refundacyjną"); true paraphrases that carry a "not" of
  their own ("не ў ліпені, а ў жніўні", "nie wjadą"); reordered sentences with the actor
  at the end;
* near-misses: 5 number, 5 negation (one in every language, both directions: "agreed to
  raise" for "refused to raise", "не нашёл нарушений", "запровадить плату", "адмовіўся
  пераносіць", "zgodził się"), 3 place, 3 year; three of them in another language than
  their trap;
* four facts put a sibling into the pool: the opposite act (sold / bought gold), the same
  act in another field (car loans / mortgages), ten times the number (80 / 8 thousand pigs,
  the true paraphrase writing the number as words), the other season (winter / summer);
* "none" queries (4 per language) are what a desk would also receive: the same
  institution doing something else, the same place with another event, the same act in
  another country, and the same small numbers counting other things (18 percent / 18
  companies, 9 percent / 9 banks, 40 million hryvnias / 40 streets, 14 fire engines /
  14 thousand hectares, 16 percent / 16 tonnes, 27 cinemas fined / 27 VPNs blocked).
"""

from __future__ import annotations

BLIND4_FACTS: list[tuple] = [
    (
        "en",
        "Norway's sovereign wealth fund sold its stakes in 18 mining companies in August.",
        [
            (
                "pl",
                "Norweski fundusz majątkowy sprzedał w sierpniu swoje udziały w 18 spółkach"
                " wydobywczych.",
            ),
            (
                "be",
                "Нарвежскі суверэнны фонд у жніўні прадаў свае долі ў 18 горназдабыўных кампаніях.",
            ),
            (
                "en",
                "In August the Norwegian oil fund got rid of its holdings in eighteen mining firms.",
            ),
        ],
        (
            "number",
            "en",
            "Norway's sovereign wealth fund sold its stakes in 8 mining companies in August.",
        ),
        None,
    ),
    (
        "en",
        "Estonia's government refused to raise the excise duty on beer next year.",
        [
            ("ru", "Правительство Эстонии отказалось повышать акциз на пиво в следующем году."),
            ("uk", "Уряд Естонії відмовився підвищувати акциз на пиво наступного року."),
            (
                "en",
                "Next year Estonian beer duty stays where it is: the cabinet turned down an"
                " increase.",
            ),
        ],
        (
            "negation",
            "en",
            "Estonia's government agreed to raise the excise duty on beer next year.",
        ),
        None,
    ),
    (
        "en",
        "Hungary's central bank bought 16 tonnes of gold in the first half of 2026.",
        [
            (
                "ru",
                "Центральный банк Венгрии купил 16 тонн золота в первой половине 2026 года.",
            ),
            ("be", "Цэнтральны банк Венгрыі купіў 16 тон золата ў першай палове 2026 года."),
            (
                "en",
                "In the first six months of 2026 the Hungarian National Bank added sixteen tonnes"
                " of gold to its reserves.",
            ),
        ],
        (
            "year",
            "pl",
            "Węgierski bank centralny kupił 16 ton złota w pierwszej połowie 2025 roku.",
        ),
        ("en", "Hungary's central bank sold 16 tonnes of gold in the first half of 2026."),
    ),
    (
        "en",
        "Police seized 4.5 tonnes of cocaine in the port of Rotterdam in March.",
        [
            ("uk", "У березні поліція вилучила 4,5 тонни кокаїну в порту Роттердама."),
            ("pl", "W marcu policja przejęła 4,5 tony kokainy w porcie w Rotterdamie."),
            (
                "en",
                "Four and a half tonnes of cocaine were found and confiscated at Rotterdam's"
                " port in March, police said.",
            ),
        ],
        ("place", "en", "Police seized 4.5 tonnes of cocaine in the port of Hamburg in March."),
        None,
    ),
    (
        "ru",
        "Роскомнадзор заблокировал 27 VPN-сервисов в октябре.",
        [
            ("en", "Roskomnadzor blocked 27 VPN services in October."),
            ("be", "Раскамнагляд заблакаваў 27 VPN-сэрвісаў у кастрычніку."),
            (
                "ru",
                "В октябре двадцать семь VPN-сервисов перестали работать в России после"
                " блокировки Роскомнадзором.",
            ),
        ],
        ("number", "ru", "Роскомнадзор заблокировал 72 VPN-сервиса в октябре."),
        None,
    ),
    (
        "ru",
        "Центробанк России оштрафовал 9 банков за нарушения при выдаче ипотеки.",
        [
            ("uk", "Центробанк Росії оштрафував 9 банків за порушення під час видачі іпотеки."),
            (
                "pl",
                "Bank Centralny Rosji ukarał grzywną 9 banków za nieprawidłowości przy"
                " udzielaniu kredytów hipotecznych.",
            ),
            (
                "ru",
                "Девять банков получили штрафы от Банка России за нарушения в ипотечном"
                " кредитовании.",
            ),
        ],
        (
            "negation",
            "ru",
            "Центробанк России не нашёл нарушений при выдаче ипотеки ни в одном из 9 банков.",
        ),
        ("ru", "Центробанк России оштрафовал 9 банков за нарушения при выдаче автокредитов."),
    ),
    (
        "ru",
        "Эрмитаж закроется на реконструкцию на два года с 2027 года.",
        [
            ("en", "The Hermitage will close for two years of reconstruction from 2027."),
            ("pl", "Ermitaż zostanie zamknięty na dwuletnią przebudowę od 2027 roku."),
            (
                "ru",
                "С 2027 года петербургский музей на два года перестанет принимать посетителей:"
                " в Эрмитаже начинается реконструкция.",
            ),
        ],
        ("year", "ru", "Эрмитаж закроется на реконструкцию на два года с 2029 года."),
        None,
    ),
    (
        "uk",
        "ДСНС розмінувала 14 тисяч гектарів сільгоспземель у Харківській області за рік.",
        [
            (
                "en",
                "The State Emergency Service cleared mines from 14,000 hectares of farmland in"
                " Kharkiv region in a year.",
            ),
            (
                "pl",
                "Państwowa Służba Ratunkowa Ukrainy rozminowała w ciągu roku 14 tys. hektarów"
                " gruntów rolnych w obwodzie charkowskim.",
            ),
            (
                "uk",
                "За рік рятувальники очистили від мін чотирнадцять тисяч гектарів полів на"
                " Харківщині.",
            ),
        ],
        (
            "number",
            "en",
            "The State Emergency Service cleared mines from 41,000 hectares of farmland in"
            " Kharkiv region in a year.",
        ),
        None,
    ),
    (
        "uk",
        "Мінцифри не запроваджуватиме плату за користування застосунком Дія.",
        [
            ("ru", "Минцифры не будет вводить плату за пользование приложением «Дія»."),
            (
                "be",
                "Міністэрства лічбавай трансфармацыі Украіны не будзе ўводзіць плату за"
                " карыстанне праграмай «Дія».",
            ),
            (
                "uk",
                "Дія залишиться безкоштовною: у Мінцифри відмовилися від ідеї брати гроші з"
                " користувачів.",
            ),
        ],
        ("negation", "uk", "Мінцифри запровадить плату за користування застосунком Дія."),
        None,
    ),
    (
        "uk",
        "Одеська міськрада перейменувала 40 вулиць, названих на честь російських письменників.",
        [
            ("en", "Odesa city council renamed 40 streets named after Russian writers."),
            (
                "ru",
                "Одесский горсовет переименовал 40 улиц, названных в честь русских писателей.",
            ),
            (
                "uk",
                "Сорок одеських вулиць, що носили імена російських літераторів, отримали нові"
                " назви за рішенням депутатів міськради.",
            ),
        ],
        (
            "place",
            "uk",
            "Миколаївська міськрада перейменувала 40 вулиць, названих на честь російських"
            " письменників.",
        ),
        None,
    ),
    (
        "be",
        "Беларуськалій павялічыў экспарт калію праз расійскія парты на 40 працэнтаў.",
        [
            (
                "ru",
                "Беларуськалий увеличил экспорт калия через российские порты на 40 процентов.",
            ),
            ("en", "Belaruskali increased potash exports through Russian ports by 40 percent."),
            (
                "be",
                "Праз парты Расіі Беларуськалій цяпер вывозіць на сорак працэнтаў больш калійных"
                " угнаенняў.",
            ),
        ],
        (
            "number",
            "be",
            "Беларуськалій павялічыў экспарт калію праз расійскія парты на 4 працэнты.",
        ),
        None,
    ),
    (
        "be",
        "Віцебскі гарвыканкам перанёс фестываль «Славянскі базар» з ліпеня на жнівень.",
        [
            (
                "pl",
                "Witebski komitet wykonawczy przeniósł festiwal „Słowiański Bazar” z lipca na"
                " sierpień.",
            ),
            (
                "ru",
                "Витебский горисполком перенёс фестиваль «Славянский базар» с июля на август.",
            ),
            (
                "be",
                "«Славянскі базар» у Віцебску пройдзе не ў ліпені, а ў жніўні: так вырашылі"
                " гарадскія ўлады.",
            ),
        ],
        (
            "negation",
            "be",
            "Віцебскі гарвыканкам адмовіўся пераносіць фестываль «Славянскі базар» з ліпеня на"
            " жнівень.",
        ),
        None,
    ),
    (
        "be",
        "У Гомельскай вобласці ў 2026 годзе з-за афрыканскай чумы знішчылі 8 тысяч свіней.",
        [
            (
                "uk",
                "У Гомельській області у 2026 році через африканську чуму знищили 8 тисяч свиней.",
            ),
            (
                "en",
                "In 2026, 8,000 pigs were culled in the Gomel region because of African swine"
                " fever.",
            ),
            (
                "be",
                "Восем тысяч свіней давялося забіць на Гомельшчыне ў 2026 годзе праз афрыканскую"
                " чуму.",
            ),
        ],
        (
            "year",
            "be",
            "У Гомельскай вобласці ў 2024 годзе з-за афрыканскай чумы знішчылі 8 тысяч свіней.",
        ),
        (
            "be",
            "У Гомельскай вобласці ў 2026 годзе з-за афрыканскай чумы знішчылі 80 тысяч свіней.",
        ),
    ),
    (
        "pl",
        "Gdańsk wprowadzi strefę czystego transportu w centrum od 2027 roku.",
        [
            ("en", "Gdańsk will introduce a clean transport zone in the city centre from 2027."),
            ("uk", "Гданськ запровадить зону чистого транспорту в центрі міста з 2027 року."),
            (
                "pl",
                "Od 2027 r. do śródmieścia Gdańska nie wjadą auta niespełniające norm emisji, bo"
                " miasto tworzy tam strefę czystego transportu.",
            ),
        ],
        ("place", "pl", "Gdynia wprowadzi strefę czystego transportu w centrum od 2027 roku."),
        None,
    ),
    (
        "pl",
        "NFZ odmówił refundacji nowego leku na stwardnienie rozsiane.",
        [
            (
                "en",
                "The National Health Fund refused to reimburse a new multiple sclerosis drug.",
            ),
            (
                "be",
                "Нацыянальны фонд аховы здароўя Польшчы адмовіўся кампенсаваць кошт новага"
                " прэпарата ад рассеянага склерозу.",
            ),
            (
                "pl",
                "Nowy lek na SM nie trafi na listę refundacyjną, zdecydował Narodowy Fundusz"
                " Zdrowia.",
            ),
        ],
        ("negation", "pl", "NFZ zgodził się na refundację nowego leku na stwardnienie rozsiane."),
        None,
    ),
    (
        "pl",
        "Ratownicy TOPR interweniowali w Tatrach 860 razy w sezonie letnim.",
        [
            ("ru", "Спасатели TOPR выезжали на вызовы в Татрах 860 раз за летний сезон."),
            ("uk", "Рятувальники TOPR у Татрах виїжджали на допомогу 860 разів за літній сезон."),
            (
                "pl",
                "Tego lata tatrzańscy ratownicy ruszali na pomoc osiemset sześćdziesiąt razy.",
            ),
        ],
        ("number", "ru", "Спасатели TOPR выезжали на вызовы в Татрах 680 раз за летний сезон."),
        ("pl", "Ratownicy TOPR interweniowali w Tatrach 860 razy w sezonie zimowym."),
    ),
]

# No true match in the pool; most share an institution, a place, an act or a small number
# with a pool document (the pool document each one is near is in the comment).
BLIND4_NONE: list[tuple[str, str]] = [
    # the fund, another act, 18 counting something else
    ("en", "Norway's sovereign wealth fund reported an 18 percent return in the first half."),
    # the same refusal in another country
    ("en", "Finland's government refused to raise the excise duty on beer next year."),
    # the same seizure, the same weight, another drug and country
    ("en", "Spanish police seized 4.5 tonnes of hashish in the port of Algeciras."),
    # the central bank, another act, 16 as a rate
    ("en", "Hungary's central bank raised its base rate to 16 percent."),
    # the central bank, another act, 9 as a rate
    ("ru", "Центробанк России сохранил ключевую ставку на уровне 9 процентов."),
    # the regulator, another act, 27 counting something else
    ("ru", "Роскомнадзор оштрафовал 27 онлайн-кинотеатров за незаконную рекламу."),
    # the museum, another act, the same year
    ("ru", "Эрмитаж откроет новый филиал в Екатеринбурге в 2027 году."),
    # the same fines in another country
    ("ru", "Нацбанк Казахстана оштрафовал 9 банков за нарушения при выдаче ипотеки."),
    # the service, another act, 14 counting something else
    ("uk", "ДСНС отримала від Польщі 14 нових пожежних машин."),
    # the ministry and the app, another act
    ("uk", "Мінцифри додало в Дію послугу реєстрації шлюбу онлайн."),
    # the city council, another act, 40 as money
    ("uk", "Одеська міськрада виділила 40 мільйонів гривень на ремонт Потьомкінських сходів."),
    # the same demining, the same area, another country
    ("uk", "У Хорватії сапери розмінували 14 тисяч гектарів лісу за рік."),
    # the company, another act, the same percentage
    ("be", "Беларуськалій павысіў заробкі шахцёрам на 40 працэнтаў."),
    # the city and the month, another event
    ("be", "У Віцебску ў ліпені прайшоў міжнародны шахматны турнір."),
    # the region and the year, another disease
    ("be", "На Гомельшчыне ў 2026 годзе зафіксавалі ўспышку птушынага грыпу."),
    # the same zone in another country
    ("be", "Вільнюс уводзіць зону чыстага транспарту ў цэнтры з 2027 года."),
    # the fund, another drug, another act
    ("pl", "NFZ rozszerzył refundację leków na cukrzycę dla seniorów."),
    # the city and the year, another act
    ("pl", "Gdańsk wprowadzi bezpłatną komunikację miejską dla uczniów od 2027 roku."),
    # the same count of rescues, other mountains and rescuers
    ("pl", "Ratownicy GOPR interweniowali w Bieszczadach 860 razy w sezonie letnim."),
    # the country and the tax, another drink, a number
    ("pl", "Estonia podniesie akcyzę na wino o 13 procent od stycznia."),
]
