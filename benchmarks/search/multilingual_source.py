"""The multilingual labelled pairs, written for this project (in our own words) BEFORE any
tuning; `python benchmarks/search/multilingual_source.py` writes multilingual_pairs.json.

Each fact is one pool document (a claim or prior fact-check as a desk would store it) and
the queries that ask about it: translations into other languages and a paraphrase (true
matches), and one near-miss (a changed number, a negation, a different place or year) whose
true claim is NOT in the pool: the pool document is its trap. Some facts also put a
near-miss sibling into the pool ("distractor"), so their true queries must tell the two
apart. "none" queries have no true match. Facts alternate dev / held-out, so no fact's
wording is seen while tuning the held-out figures.
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # run as a script from benchmarks/search/ or imported as a module
    from multilingual_blind2_source import BLIND2_FACTS, BLIND2_NONE
    from multilingual_blind3_source import BLIND3_FACTS, BLIND3_NONE
    from multilingual_blind4_source import BLIND4_FACTS, BLIND4_NONE
    from multilingual_blind5_source import BLIND5_FACTS, BLIND5_NONE
    from multilingual_blind6_source import BLIND6_FACTS, BLIND6_NONE
    from multilingual_blind7_source import BLIND7_FACTS, BLIND7_NONE
    from multilingual_blind8_source import BLIND8_FACTS, BLIND8_NONE
    from multilingual_blind9_source import BLIND9_FACTS, BLIND9_NONE
    from multilingual_blind10_source import BLIND10_FACTS, BLIND10_NONE
    from multilingual_blind11_source import BLIND11_FACTS, BLIND11_NONE
    from multilingual_blind12_source import BLIND12_FACTS, BLIND12_NONE
    from multilingual_blind13_source import BLIND13_FACTS, BLIND13_NONE
    from multilingual_blind14_source import BLIND14_FACTS, BLIND14_NONE
    from multilingual_blind15_source import BLIND15_FACTS, BLIND15_NONE
    from multilingual_blind16_source import BLIND16_FACTS, BLIND16_NONE
    from multilingual_blind17_source import BLIND17_FACTS, BLIND17_NONE
    from multilingual_blind18_source import BLIND18_FACTS, BLIND18_NONE
    from multilingual_blind_source import BLIND_FACTS, BLIND_NONE
except ImportError:  # pragma: no cover
    from benchmarks.search.multilingual_blind2_source import BLIND2_FACTS, BLIND2_NONE
    from benchmarks.search.multilingual_blind3_source import BLIND3_FACTS, BLIND3_NONE
    from benchmarks.search.multilingual_blind4_source import BLIND4_FACTS, BLIND4_NONE
    from benchmarks.search.multilingual_blind5_source import BLIND5_FACTS, BLIND5_NONE
    from benchmarks.search.multilingual_blind6_source import BLIND6_FACTS, BLIND6_NONE
    from benchmarks.search.multilingual_blind7_source import BLIND7_FACTS, BLIND7_NONE
    from benchmarks.search.multilingual_blind8_source import BLIND8_FACTS, BLIND8_NONE
    from benchmarks.search.multilingual_blind9_source import BLIND9_FACTS, BLIND9_NONE
    from benchmarks.search.multilingual_blind10_source import BLIND10_FACTS, BLIND10_NONE
    from benchmarks.search.multilingual_blind11_source import BLIND11_FACTS, BLIND11_NONE
    from benchmarks.search.multilingual_blind12_source import BLIND12_FACTS, BLIND12_NONE
    from benchmarks.search.multilingual_blind13_source import BLIND13_FACTS, BLIND13_NONE
    from benchmarks.search.multilingual_blind14_source import BLIND14_FACTS, BLIND14_NONE
    from benchmarks.search.multilingual_blind15_source import BLIND15_FACTS, BLIND15_NONE
    from benchmarks.search.multilingual_blind16_source import BLIND16_FACTS, BLIND16_NONE
    from benchmarks.search.multilingual_blind17_source import BLIND17_FACTS, BLIND17_NONE
    from benchmarks.search.multilingual_blind18_source import BLIND18_FACTS, BLIND18_NONE
    from benchmarks.search.multilingual_blind_source import BLIND_FACTS, BLIND_NONE

# (pool lang, pool text, [(lang, translation/paraphrase) ...], (near kind, lang, text),
#  optional distractor (lang, text) that goes into the pool)
FACTS: list[tuple] = [
    (
        "en",
        "The city council spent 4 million euros on new street lights in 2022.",
        [
            ("ru", "В 2022 году городской совет потратил 4 миллиона евро на новые уличные фонари."),
            ("pl", "Rada miasta wydała w 2022 roku 4 mln euro na nowe latarnie uliczne."),
            ("en", "New streetlamps cost the municipal council four million euros in 2022."),
        ],
        ("number", "en", "The city council spent 9 million euros on new street lights in 2022."),
        None,
    ),
    (
        "ru",
        "Лукашенко заявил, что Беларусь перестанет сдерживать мигрантов на границе с ЕС.",
        [
            (
                "en",
                "Lukashenko declared Belarus would stop holding back migrants at the EU border.",
            ),
            (
                "pl",
                "Łukaszenka ogłosił, że Białoruś przestanie zatrzymywać migrantów na granicy z UE.",
            ),
            (
                "ru",
                "Президент Беларуси сказал, что страна больше не будет удерживать мигрантов у границы Евросоюза.",
            ),
        ],
        (
            "negation",
            "ru",
            "Лукашенко заявил, что Беларусь не перестанет сдерживать мигрантов на границе с ЕС.",
        ),
        None,
    ),
    (
        "pl",
        "W 2023 roku do polskich szpitali trafiło 1200 osób z objawami zatrucia grzybami.",
        [
            (
                "en",
                "In 2023, 1,200 people with mushroom poisoning symptoms were admitted to Polish hospitals.",
            ),
            (
                "uk",
                "У 2023 році до польських лікарень потрапили 1200 людей із симптомами отруєння грибами.",
            ),
            ("pl", "Aż 1200 pacjentów zatrutych grzybami przyjęły polskie szpitale w 2023 r."),
        ],
        (
            "year",
            "pl",
            "W 2019 roku do polskich szpitali trafiło 1200 osób z objawami zatrucia grzybami.",
        ),
        ("pl", "W 2023 roku do polskich szpitali trafiło 300 osób z objawami zatrucia grzybami."),
    ),
    (
        "uk",
        "Ціни на хліб в Україні зросли на 30 відсотків за останній рік.",
        [
            ("en", "Bread prices in Ukraine have risen by 30 percent over the past year."),
            ("ru", "Цены на хлеб в Украине выросли на 30 процентов за последний год."),
            ("uk", "За рік хліб в Україні подорожчав на 30%."),
        ],
        ("number", "uk", "Ціни на хліб в Україні зросли на 60 відсотків за останній рік."),
        None,
    ),
    (
        "be",
        "У Мінску закрылі 15 незалежных школ за адзін год.",
        [
            ("ru", "В Минске за один год закрыли 15 независимых школ."),
            ("en", "Fifteen independent schools were shut down in Minsk within a single year."),
            ("be", "За год улады Мінска спынілі працу 15 незалежных школ."),
        ],
        ("place", "be", "У Гродне закрылі 15 незалежных школ за адзін год."),
        None,
    ),
    (
        "en",
        "The vaccine was tested on 40,000 volunteers before it was approved.",
        [
            ("pl", "Szczepionkę przetestowano na 40 000 ochotników przed jej zatwierdzeniem."),
            ("uk", "Перед схваленням вакцину випробували на 40 000 добровольців."),
            (
                "en",
                "Before approval, forty thousand volunteers took part in trials of the vaccine.",
            ),
        ],
        ("negation", "en", "The vaccine was not tested on volunteers before it was approved."),
        ("en", "The vaccine was tested on 400 volunteers before it was approved."),
    ),
    (
        "ru",
        "В Москве в январе выпало 80 сантиметров снега, это рекорд за сто лет.",
        [
            ("en", "Moscow got 80 centimetres of snow in January, a hundred-year record."),
            ("be", "У Маскве ў студзені выпала 80 сантыметраў снегу, гэта рэкорд за сто гадоў."),
            ("ru", "Январский снегопад в Москве дал 80 см снега: такого не было сто лет."),
        ],
        (
            "place",
            "ru",
            "В Петербурге в январе выпало 80 сантиметров снега, это рекорд за сто лет.",
        ),
        None,
    ),
    (
        "pl",
        "Rząd obniżył podatek VAT na żywność do zera od lutego.",
        [
            ("en", "The government cut VAT on food to zero from February."),
            ("ru", "Правительство снизило НДС на продукты питания до нуля с февраля."),
            ("pl", "Od lutego żywność nie jest obłożona VAT-em, bo rząd obniżył stawkę do zera."),
        ],
        ("negation", "pl", "Rząd nie obniżył podatku VAT na żywność do zera od lutego."),
        None,
    ),
    (
        "uk",
        "Київський метрополітен перевіз 500 мільйонів пасажирів у 2021 році.",
        [
            ("en", "The Kyiv metro carried 500 million passengers in 2021."),
            ("pl", "Kijowskie metro przewiozło w 2021 roku 500 milionów pasażerów."),
            ("uk", "У 2021 році підземкою Києва скористалися пів мільярда пасажирів."),
        ],
        ("year", "uk", "Київський метрополітен перевіз 500 мільйонів пасажирів у 2015 році."),
        None,
    ),
    (
        "be",
        "Улады Беларусі не будуць павышаць пенсійны ўзрост у наступным годзе.",
        [
            ("ru", "Власти Беларуси не будут повышать пенсионный возраст в следующем году."),
            ("en", "Belarusian authorities will not raise the retirement age next year."),
            (
                "be",
                "Пенсійны ўзрост у Беларусі ў наступным годзе застанецца такім жа, заявілі ўлады.",
            ),
        ],
        ("negation", "be", "Улады Беларусі будуць павышаць пенсійны ўзрост у наступным годзе."),
        None,
    ),
    (
        "en",
        "Police arrested 230 protesters in the capital on Sunday.",
        [
            ("ru", "В воскресенье полиция задержала в столице 230 протестующих."),
            ("be", "У нядзелю міліцыя затрымала ў сталіцы 230 пратэстоўцаў."),
            ("en", "On Sunday, 230 demonstrators were detained by police in the capital."),
        ],
        ("number", "en", "Police arrested 23 protesters in the capital on Sunday."),
        ("en", "Police arrested 2,300 protesters in the capital on Sunday."),
    ),
    (
        "ru",
        "Более половины врачей в регионе уволились после повышения нагрузки.",
        [
            ("uk", "Понад половина лікарів у регіоні звільнилися після збільшення навантаження."),
            ("en", "More than half of the region's doctors quit after their workload went up."),
            ("ru", "После роста нагрузки больше 50% медиков области ушли с работы."),
        ],
        ("negation", "ru", "Ни один врач в регионе не уволился после повышения нагрузки."),
        None,
    ),
    (
        "pl",
        "Na granicy z Białorusią zmarło co najmniej 50 migrantów od 2021 roku.",
        [
            ("en", "At least 50 migrants have died at the border with Belarus since 2021."),
            ("be", "На мяжы з Беларуссю з 2021 года загінулі не менш за 50 мігрантаў."),
            ("pl", "Od 2021 r. przy białoruskiej granicy życie straciło minimum 50 migrantów."),
        ],
        ("number", "pl", "Na granicy z Białorusią zmarło co najmniej 500 migrantów od 2021 roku."),
        None,
    ),
    (
        "uk",
        "Уряд заборонив продаж енергетичних напоїв дітям до 18 років.",
        [
            ("en", "The government banned the sale of energy drinks to children under 18."),
            ("ru", "Правительство запретило продавать энергетические напитки детям до 18 лет."),
            ("uk", "Неповнолітнім віднині не продаватимуть енергетики: так вирішив уряд."),
        ],
        ("place", "uk", "Уряд Молдови заборонив продаж енергетичних напоїв дітям до 18 років."),
        None,
    ),
    (
        "be",
        "Кошт праезду ў менскім метро вырас да 1 рубля 10 капеек.",
        [
            ("ru", "Стоимость проезда в минском метро выросла до 1 рубля 10 копеек."),
            ("pl", "Bilet na mińskie metro zdrożał do 1 rubla 10 kopiejek."),
            ("be", "Праезд у метро Мінска цяпер каштуе 1 рубель 10 капеек."),
        ],
        ("number", "be", "Кошт праезду ў менскім метро вырас да 2 рублёў 50 капеек."),
        None,
    ),
    (
        "en",
        "Unemployment in Poland fell to 2.8 percent in March.",
        [
            ("pl", "Bezrobocie w Polsce spadło w marcu do 2,8 procent."),
            ("uk", "Безробіття в Польщі в березні знизилося до 2,8 відсотка."),
            ("en", "Poland's jobless rate dropped to 2.8% in March."),
        ],
        ("place", "en", "Unemployment in Hungary fell to 2.8 percent in March."),
        None,
    ),
    (
        "ru",
        "Депутаты приняли закон, который запрещает иностранным журналистам работать без аккредитации.",
        [
            (
                "en",
                "MPs passed a law banning foreign journalists from working without accreditation.",
            ),
            (
                "uk",
                "Депутати ухвалили закон, що забороняє іноземним журналістам працювати без акредитації.",
            ),
            (
                "ru",
                "Без аккредитации зарубежные корреспонденты теперь работать не смогут: закон принят депутатами.",
            ),
        ],
        (
            "negation",
            "ru",
            "Депутаты не приняли закон, который запрещает иностранным журналистам работать без аккредитации.",
        ),
        None,
    ),
    (
        "pl",
        "Ceny prądu dla gospodarstw domowych wzrosną o 20 procent od lipca.",
        [
            ("en", "Electricity prices for households will rise by 20 percent from July."),
            ("ru", "С июля цены на электричество для домохозяйств вырастут на 20 процентов."),
            ("pl", "Od lipca rachunki za prąd w domach pójdą w górę o 20%."),
        ],
        ("number", "pl", "Ceny prądu dla gospodarstw domowych wzrosną o 45 procent od lipca."),
        ("pl", "Ceny gazu dla gospodarstw domowych wzrosną o 20 procent od lipca."),
    ),
    (
        "uk",
        "Під час повені у Закарпатті евакуювали 3000 мешканців.",
        [
            ("en", "During the flood in Zakarpattia, 3,000 residents were evacuated."),
            ("pl", "Podczas powodzi na Zakarpaciu ewakuowano 3000 mieszkańców."),
            ("uk", "Через повінь на Закарпатті із домівок вивезли 3 тисячі людей."),
        ],
        ("place", "uk", "Під час повені на Одещині евакуювали 3000 мешканців."),
        None,
    ),
    (
        "be",
        "Беларусь не будзе ўдзельнічаць у вайне супраць Украіны, заявіў міністр.",
        [
            ("ru", "Беларусь не будет участвовать в войне против Украины, заявил министр."),
            ("en", "Belarus will not take part in the war against Ukraine, the minister said."),
            ("be", "Міністр запэўніў, што беларускае войска ў вайне з Украінай удзелу не возьме."),
        ],
        ("negation", "be", "Беларусь будзе ўдзельнічаць у вайне супраць Украіны, заявіў міністр."),
        None,
    ),
    (
        "en",
        "The new bridge over the river will cost 120 million dollars.",
        [
            ("ru", "Новый мост через реку обойдётся в 120 миллионов долларов."),
            ("uk", "Новий міст через річку коштуватиме 120 мільйонів доларів."),
            ("en", "Building the new river bridge is expected to cost $120 million."),
        ],
        ("number", "en", "The new bridge over the river will cost 150 million dollars."),
        None,
    ),
    (
        "ru",
        "В 2020 году в Беларуси было задержано более 30 тысяч человек за участие в протестах.",
        [
            (
                "pl",
                "W 2020 roku na Białorusi zatrzymano ponad 30 tysięcy osób za udział w protestach.",
            ),
            (
                "en",
                "In 2020, more than 30,000 people were detained in Belarus for joining protests.",
            ),
            (
                "ru",
                "За участие в акциях протеста в 2020 году в Беларуси задержали свыше 30 000 человек.",
            ),
        ],
        (
            "year",
            "ru",
            "В 2015 году в Беларуси было задержано более 30 тысяч человек за участие в протестах.",
        ),
        None,
    ),
    (
        "pl",
        "Minister zdrowia zapowiedział zamknięcie 12 szpitali powiatowych.",
        [
            ("en", "The health minister announced the closure of 12 county hospitals."),
            ("uk", "Міністр охорони здоров'я оголосив про закриття 12 районних лікарень."),
            (
                "pl",
                "Dwanaście szpitali powiatowych ma zostać zamkniętych, ogłosił szef resortu zdrowia.",
            ),
        ],
        (
            "negation",
            "pl",
            "Minister zdrowia zapewnił, że nie zamknie żadnego szpitala powiatowego.",
        ),
        None,
    ),
    (
        "uk",
        "Середня зарплата у Львові перевищила 20 тисяч гривень.",
        [
            ("en", "The average salary in Lviv exceeded 20,000 hryvnias."),
            ("ru", "Средняя зарплата во Львове превысила 20 тысяч гривен."),
            ("uk", "У Львові люди в середньому заробляють понад 20 000 гривень."),
        ],
        ("place", "uk", "Середня зарплата в Харкові перевищила 20 тисяч гривень."),
        None,
    ),
    (
        "be",
        "За мінулы год з Беларусі з'ехалі каля 100 тысяч айцішнікаў.",
        [
            ("ru", "За прошлый год из Беларуси уехали около 100 тысяч айтишников."),
            ("pl", "W ubiegłym roku z Białorusi wyjechało około 100 tysięcy informatyków."),
            ("en", "Around 100,000 IT workers left Belarus last year."),
        ],
        ("number", "be", "За мінулы год з Беларусі з'ехалі каля 10 тысяч айцішнікаў."),
        None,
    ),
    (
        "en",
        "The airport handled a record 9 million passengers in 2019.",
        [
            ("pl", "Lotnisko obsłużyło rekordowe 9 milionów pasażerów w 2019 roku."),
            ("be", "Аэрапорт абслужыў рэкордныя 9 мільёнаў пасажыраў у 2019 годзе."),
            ("en", "In 2019 a record nine million travellers passed through the airport."),
        ],
        ("year", "en", "The airport handled a record 9 million passengers in 2023."),
        None,
    ),
    (
        "ru",
        "Школьников обяжут носить единую форму с сентября.",
        [
            ("uk", "З вересня школярів зобов'яжуть носити єдину форму."),
            ("en", "From September, schoolchildren will be required to wear a single uniform."),
            ("ru", "С сентября единая школьная форма станет обязательной для учеников."),
        ],
        ("negation", "ru", "Школьников не обяжут носить единую форму с сентября."),
        None,
    ),
    (
        "pl",
        "W Warszawie otwarto 7 nowych stacji metra w ciągu dwóch lat.",
        [
            ("en", "Seven new metro stations opened in Warsaw within two years."),
            ("ru", "В Варшаве за два года открыли 7 новых станций метро."),
            ("pl", "Przez dwa lata stolica zyskała siedem nowych stacji metra."),
        ],
        ("place", "pl", "W Krakowie otwarto 7 nowych stacji metra w ciągu dwóch lat."),
        None,
    ),
    (
        "uk",
        "Україна експортувала 40 мільйонів тонн зерна за сезон.",
        [
            ("en", "Ukraine exported 40 million tonnes of grain in the season."),
            ("pl", "Ukraina wyeksportowała w sezonie 40 milionów ton zboża."),
            ("uk", "За сезон за кордон продали 40 млн тонн українського зерна."),
        ],
        ("number", "uk", "Україна експортувала 14 мільйонів тонн зерна за сезон."),
        None,
    ),
    (
        "be",
        "Цэны на бульбу ў Беларусі выраслі ўдвая ў 2024 годзе.",
        [
            ("ru", "Цены на картофель в Беларуси выросли вдвое в 2024 году."),
            ("en", "Potato prices in Belarus doubled in 2024."),
            ("be", "У 2024 годзе бульба ў беларускіх крамах падаражэла ў два разы."),
        ],
        ("year", "be", "Цэны на бульбу ў Беларусі выраслі ўдвая ў 2018 годзе."),
        None,
    ),
]

# Queries with no true match in the pool: other topics, and topics near the pool's.
NONE: list[tuple[str, str]] = [
    ("en", "The football club signed a new goalkeeper for the season."),
    ("en", "A new museum of modern art opened in the old harbour."),
    ("en", "The mayor promised free public transport for students."),
    ("en", "Wildfires destroyed 2,000 hectares of forest in the south."),
    ("en", "The central bank kept interest rates unchanged at 5.25 percent."),
    ("ru", "В Казани открылся новый зоопарк с двумя тысячами животных."),
    ("ru", "Министр обороны ушёл в отставку по состоянию здоровья."),
    ("ru", "Цены на бензин в России упали на 5 процентов."),
    ("ru", "Учёные нашли в Сибири останки мамонта возрастом 40 тысяч лет."),
    ("ru", "В Сочи прошёл международный кинофестиваль."),
    ("uk", "У Харкові відкрили новий парк для собак."),
    ("uk", "Збірна України з футболу виграла товариський матч."),
    ("uk", "Вчені Києва розробили новий тест на грип."),
    ("uk", "У Карпатах випав перший сніг цієї осені."),
    ("uk", "Уряд збільшив стипендії студентам на 10 відсотків."),
    ("be", "У Брэсце адкрылі новы музей чыгункі."),
    ("be", "Беларускі тэнісіст выйграў турнір у Дубаі."),
    ("be", "У лесе пад Гомелем знайшлі рэдкую арахідэю."),
    ("be", "Мінская філармонія адмяніла ўсе канцэрты ў снежні."),
    ("be", "На возеры Нарач пабудуюць новы санаторый."),
    ("pl", "W Gdańsku otwarto nowy most zwodzony nad Motławą."),
    ("pl", "Polska reprezentacja siatkarzy zdobyła złoty medal."),
    ("pl", "Pociągi do Zakopanego będą jeździć częściej od grudnia."),
    ("pl", "Naukowcy z Poznania odkryli nowy gatunek chrząszcza."),
    ("pl", "Sejm przyjął ustawę o ochronie zwierząt domowych."),
    ("en", "Belarus opened a new border crossing with Lithuania for trucks."),
    ("ru", "В Минске построят новую линию трамвая к 2030 году."),
    ("uk", "Львівська лікарня отримала новий апарат МРТ від донорів."),
    ("pl", "Ceny masła w Polsce spadły w listopadzie."),
    ("be", "Міністр адукацыі абвясціў новыя правілы іспытаў."),
    ("en", "Teachers in the capital went on strike over pay."),
]


def _add_facts(facts: list[tuple], prefix: str, split_of, pool: list, queries: list) -> None:
    for n, (lang, text, asks, near, distractor) in enumerate(facts, start=1):
        split = split_of(n)
        fact = f"{prefix}{n}"
        pool.append({"id": fact, "lang": lang, "text": text})
        if distractor:
            pool.append({"id": f"{fact}-near", "lang": distractor[0], "text": distractor[1]})
        for i, (q_lang, q_text) in enumerate(asks, start=1):
            kind = "paraphrase" if q_lang == lang else "translation"
            queries.append(
                {
                    "id": f"{fact}-q{i}",
                    "lang": q_lang,
                    "text": q_text,
                    "match": fact,
                    "kind": kind,
                    "split": split,
                }
            )
        near_kind, near_lang, near_text = near
        queries.append(
            {
                "id": f"{fact}-{near_kind}",
                "lang": near_lang,
                "text": near_text,
                "match": None,
                "trap": fact,
                "kind": near_kind,
                "split": split,
            }
        )


def _add_none(nones: list[tuple[str, str]], prefix: str, split_of, queries: list) -> None:
    for n, (lang, text) in enumerate(nones, start=1):
        queries.append(
            {
                "id": f"{prefix}{n}",
                "lang": lang,
                "text": text,
                "match": None,
                "kind": "none",
                "split": split_of(n),
            }
        )


def build() -> dict:
    """One pool for all splits (a query of any split may be drawn to any document): the
    first set alternates dev / held-out by fact; the second, fresh batch
    (multilingual_blind_source.py) is all "blind", the third (multilingual_blind2_source.py,
    written after the changes that followed the second) all "blind2", the fourth
    (multilingual_blind3_source.py, by a helper who had not read the matcher) all "blind3",
    the fifth (multilingual_blind4_source.py, likewise) all "blind4", the sixth
    (multilingual_blind5_source.py, likewise) all "blind5", the seventh
    (multilingual_blind6_source.py, likewise) all "blind6", the eighth
    (multilingual_blind7_source.py, likewise) all "blind7", the ninth
    (multilingual_blind8_source.py, likewise) all "blind8", the tenth
    (multilingual_blind9_source.py, likewise) all "blind9", the eleventh
    (multilingual_blind10_source.py, likewise) all "blind10", the twelfth
    (multilingual_blind11_source.py, likewise) all "blind11", the thirteenth
    (multilingual_blind12_source.py, likewise) all "blind12", the fourteenth
    (multilingual_blind13_source.py, likewise) all "blind13", the fifteenth
    (multilingual_blind14_source.py, likewise) all "blind14", the sixteenth
    (multilingual_blind15_source.py, likewise) all "blind15", the seventeenth
    (multilingual_blind16_source.py, likewise) all "blind16", the eighteenth
    (multilingual_blind17_source.py, likewise) all "blind17", the nineteenth
    (multilingual_blind18_source.py, likewise) all "blind18"."""
    pool: list[dict] = []
    queries: list[dict] = []
    alternate = lambda n: "dev" if n % 2 else "held"  # noqa: E731
    _add_facts(FACTS, "f", alternate, pool, queries)
    _add_none(NONE, "none", alternate, queries)
    # Every later batch is all one split: (facts, no-match claims, id prefix, split).
    batches = [
        (BLIND_FACTS, BLIND_NONE, "b", "blind"),
        (BLIND2_FACTS, BLIND2_NONE, "c", "blind2"),
        (BLIND3_FACTS, BLIND3_NONE, "d", "blind3"),
        (BLIND4_FACTS, BLIND4_NONE, "e", "blind4"),
        (BLIND5_FACTS, BLIND5_NONE, "g", "blind5"),
        (BLIND6_FACTS, BLIND6_NONE, "h", "blind6"),
        (BLIND7_FACTS, BLIND7_NONE, "i", "blind7"),
        (BLIND8_FACTS, BLIND8_NONE, "j", "blind8"),
        (BLIND9_FACTS, BLIND9_NONE, "k", "blind9"),
        (BLIND10_FACTS, BLIND10_NONE, "m", "blind10"),
        (BLIND11_FACTS, BLIND11_NONE, "n", "blind11"),
        (BLIND12_FACTS, BLIND12_NONE, "p", "blind12"),
        (BLIND13_FACTS, BLIND13_NONE, "q", "blind13"),
        (BLIND14_FACTS, BLIND14_NONE, "r", "blind14"),
        (BLIND15_FACTS, BLIND15_NONE, "s", "blind15"),
        (BLIND16_FACTS, BLIND16_NONE, "t", "blind16"),
        (BLIND17_FACTS, BLIND17_NONE, "u", "blind17"),
        (BLIND18_FACTS, BLIND18_NONE, "v", "blind18"),
    ]
    for facts, nones, prefix, split in batches:
        _add_facts(facts, prefix, lambda n, split=split: split, pool, queries)
        _add_none(nones, f"{prefix}none", lambda n, split=split: split, queries)
    return {
        "about": (
            "Multilingual claim pairs (en/ru/uk/be/pl) written for this project before "
            "tuning; see multilingual_source.py and multilingual_blind_source.py for the "
            "layout."
        ),
        "pool": pool,
        "queries": queries,
    }


if __name__ == "__main__":
    out = Path(__file__).with_name("multilingual_pairs.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    data = build()
    print(f"{len(data['pool'])} pool documents, {len(data['queries'])} queries -> {out}")
