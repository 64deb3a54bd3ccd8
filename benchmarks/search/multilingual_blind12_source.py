"""A thirteenth batch of multilingual pairs ("blind12" split), written for this project in
our own words on 2 December 2026 by a helper who had not read the matcher (nothing under
claims/, nor any section of docs/search.md but "Labelled pairs (written before tuning)",
nor benchmarks/search/results/, nor evaluate_multilingual.py, nor tests/; the only files
read were multilingual_blind11_source.py as the format model and multilingual_source.py for
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
  use a relative date ("within two years" for 2028, "до кінця наступного року" for the end
  of 2027, "у наступным годзе" beside "в 2027 году", "ещё в этом году" for "до конца
  года", the batch being dated 2 December 2026), another unit or a derived figure
  ("дюжина", "чотири десятки", "в 1,3 раза", "дзвесце", "дзясятак", "ćwierć setki",
  "czterysta", "60 млн грн"), a description instead of a name ("Oxford's university library" for the
  Bodleian, "Aberdeen's main public gallery", "the UK's biggest supermarket chain" for
  Tesco, "лоукостер «Аэрофлота»" for Pobeda, "столица Узбекистана" for Tashkent,
  "нацыянальны аператар сувязі" for Beltelecom, "мінскі вытворца бялізны" for Milavitsa,
  "Jeronimo Martins Polska" for Biedronka, "miasto pod Jasną Górą" for Częstochowa,
  "дунайський порт" for Izmail), transliterated names (TfW / Transport for Wales, Тэско /
  Tesco, Pobeda / «Победа», Ukrnafta / «Укрнефть», Сільпо / Silpo / «Сильпо», Белтэлекам /
  Белтелеком / Beltelecom, Мілавіца / «Милавица» / Milavitsa, Жешув / Rzeszów, Кельце /
  Kielce, «Бедронка» / Biedronka, Ченстохова / Częstochowa), another verb for the same act
  ("scrap" / "ditching", "digitise" / "put online", "відмовилося" / "прибрало", "освободила"
  / "больше не будут платить", "odrzuciła" / "rejected" / "nie będzie", "адмовіліся" /
  "скасавалі"), a negative fact told without a "not" ("scrap", "standard class only",
  "лише паперові", "rejected", "скасавалі") and hashtag or emoji headlines.
* near-misses: 6 number (45 / 25 paintings for Aberdeen, 12 / 20 snowploughs in Tomsk,
  30% / 13% more cargo at Izmail, 25 / 52 electric bin lorries in Kielce, 8% / 18% for
  Biedronka cashiers, 400 / 140 air sensors in Częstochowa), 5 negation (TfW scrapping /
  keeping first class, the Tyumen duma exempting / refusing to exempt large families,
  Silpo dropping / bringing back plastic bags, Baranavichy calling off / holding its air
  show, Rzeszów rejecting / approving the incinerator), 4 place (Scotland / Wales for the
  Tesco chargers, Tashkent / Bishkek for Pobeda, Kremenchuk / Kropyvnytskyi, Serbia /
  Montenegro for Milavitsa), 3 year (2028 / 2032 for the Bodleian manuscripts, 2027 / 2029
  for the Ukrnafta wells, 2027 / 2028 for the Beltelecom villages); fifteen of them in
  another language than their trap;
* three facts put a sibling into the pool: another actor doing the same act with the same
  figure (Sainsbury's beside Tesco with 500 chargers in Scotland, Ural Airlines beside
  Pobeda flying Moscow to Tashkent from March, the port of Reni beside Izmail with 30% more
  cargo);
* 24 "none" queries: two thirds share something with a pool claim and say something else
  (the same gallery, train operator, supermarket chain, city, regional duma, airline, city,
  oil company, supermarket chain, port, telecom operator, lingerie maker, town, city council
  and discount chain doing another act; the Bodleian with the same 12,000 about
  schoolchildren); a third plainly unrelated (a white stag in the Cairngorms, a bottle
  washed up in Pembrokeshire, a Vologda pike, a Suzdal birch-bark letter, tourists rescued
  on Pip Ivan, black swans on Lake Lepel, a sword near Vawkavysk, dunes in the Słowiński
  park).
"""

from __future__ import annotations

BLIND12_FACTS: list[tuple] = [
    (
        "en",
        "Aberdeen Art Gallery has been given 45 paintings by a private collector.",
        [
            ("pl", "Prywatny kolekcjoner podarował Galerii Sztuki w Aberdeen 45 obrazów."),
            ("uk", "Приватний колекціонер подарував Художній галереї Абердина 45 картин."),
            (
                "en",
                "A private collector has donated 45 works on canvas to Aberdeen's main public"
                " gallery.",
            ),
        ],
        (
            "number",
            "en",
            "Aberdeen Art Gallery has been given 25 paintings by a private collector.",
        ),
        None,
    ),
    (
        "en",
        "Transport for Wales will scrap first class on its Swansea to Manchester trains.",
        [
            (
                "ru",
                "Transport for Wales уберёт первый класс из поездов Суонси — Манчестер.",
            ),
            (
                "pl",
                "Transport for Wales zlikwiduje pierwszą klasę w pociągach ze Swansea do"
                " Manchesteru.",
            ),
            (
                "en",
                "Standard class only from now on: TfW is ditching first class between Swansea"
                " and Manchester 🚆",
            ),
        ],
        (
            "negation",
            "be",
            "Transport for Wales захавае першы клас у цягніках Суонсі — Манчэстэр.",
        ),
        None,
    ),
    (
        "en",
        "The Bodleian Libraries will digitise all 12,000 of their medieval manuscripts by 2028.",
        [
            (
                "uk",
                "Бодліанська бібліотека до 2028 року оцифрує всі 12 тисяч своїх середньовічних"
                " рукописів.",
            ),
            (
                "be",
                "Бодліянская бібліятэка да 2028 года алічбуе ўсе 12 тысяч сваіх"
                " сярэднявечных рукапісаў.",
            ),
            (
                "en",
                "Oxford's university library plans to put its entire collection of 12,000"
                " medieval manuscripts online within two years.",
            ),
        ],
        (
            "year",
            "ru",
            "Бодлианская библиотека к 2032 году оцифрует все 12 тысяч своих средневековых"
            " рукописей.",
        ),
        None,
    ),
    (
        "en",
        "Tesco will install 500 electric car chargers at its stores in Scotland.",
        [
            (
                "be",
                "Tesco ўсталюе 500 зарадных станцый для электрамабіляў у сваіх крамах у Шатландыі.",
            ),
            (
                "pl",
                "Tesco zainstaluje 500 ładowarek do aut elektrycznych przy swoich sklepach w"
                " Szkocji.",
            ),
            (
                "en",
                "500 EV charging points are coming to the car parks of the UK's biggest"
                " supermarket chain north of the border ⚡",
            ),
        ],
        (
            "place",
            "uk",
            "Тэско встановить 500 зарядних станцій для електромобілів у своїх магазинах в Уельсі.",
        ),
        (
            "en",
            "Sainsbury's will install 500 electric car chargers at its stores in Scotland.",
        ),
    ),
    (
        "ru",
        "Томск получит 12 новых снегоуборочных машин до конца года.",
        [
            ("en", "Tomsk will receive 12 new snowploughs before the end of the year."),
            ("uk", "Томськ отримає 12 нових снігоприбиральних машин до кінця року."),
            (
                "ru",
                "Дюжина новых снегоуборщиков выйдет на улицы Томска ещё в этом году ❄️",
            ),
        ],
        (
            "number",
            "be",
            "Томск атрымае 20 новых снегаўборачных машын да канца года.",
        ),
        None,
    ),
    (
        "ru",
        "Тюменская областная дума освободила многодетные семьи от транспортного налога.",
        [
            (
                "en",
                "The Tyumen regional duma has exempted large families from vehicle tax.",
            ),
            (
                "be",
                "Цюменская абласная дума вызваліла шматдзетныя сем'і ад транспартнага падатку.",
            ),
            (
                "ru",
                "Многодетные в Тюменской области больше не будут платить налог за машину —"
                " депутаты облдумы приняли закон.",
            ),
        ],
        (
            "negation",
            "pl",
            "Duma obwodu tiumeńskiego odmówiła zwolnienia rodzin wielodzietnych z podatku"
            " od pojazdów.",
        ),
        None,
    ),
    (
        "ru",
        "«Победа» с марта начнёт летать из Москвы в Ташкент.",
        [
            ("en", "Pobeda will start flying from Moscow to Tashkent in March."),
            ("pl", "Pobieda od marca zacznie latać z Moskwy do Taszkentu."),
            (
                "ru",
                "Лоукостер «Аэрофлота» с марта откроет рейсы из столицы в столицу Узбекистана.",
            ),
        ],
        (
            "place",
            "uk",
            "«Побєда» з березня почне літати з Москви до Бішкека.",
        ),
        (
            "ru",
            "«Уральские авиалинии» с марта начнут летать из Москвы в Ташкент.",
        ),
    ),
    (
        "uk",
        "Кременчуцька міськрада виділила 60 мільйонів гривень на ремонт ліфтів.",
        [
            (
                "ru",
                "Кременчугский горсовет выделил 60 миллионов гривен на ремонт лифтов.",
            ),
            (
                "pl",
                "Rada miasta Krzemieńczuk przeznaczyła 60 mln hrywien na remont wind.",
            ),
            (
                "uk",
                "60 млн грн на ліфти: депутати Кременчука проголосували за ремонт підйомників"
                " у багатоповерхівках.",
            ),
        ],
        (
            "place",
            "en",
            "Kropyvnytskyi city council has allocated 60 million hryvnias to repair lifts.",
        ),
        None,
    ),
    (
        "uk",
        "Укрнафта пробурить 40 нових свердловин до кінця 2027 року.",
        [
            ("en", "Ukrnafta will drill 40 new wells by the end of 2027."),
            ("be", "«Укрнафта» прабурыць 40 новых свідравін да канца 2027 года."),
            (
                "uk",
                "Чотири десятки нових свердловин планує пробурити найбільша нафтовидобувна"
                " компанія країни до кінця наступного року.",
            ),
        ],
        (
            "year",
            "ru",
            "«Укрнефть» пробурит 40 новых скважин до конца 2029 года.",
        ),
        None,
    ),
    (
        "uk",
        "Сільпо відмовилося від пластикових пакетів на касах.",
        [
            ("en", "Silpo has stopped handing out plastic bags at its tills."),
            ("pl", "Silpo zrezygnowało z plastikowych reklamówek przy kasach."),
            (
                "uk",
                "На касах Сільпо тепер лише паперові та багаторазові торби — пластик прибрали 🛍️",
            ),
        ],
        (
            "negation",
            "be",
            "«Сільпо» вярнула пластыкавыя пакеты на касы.",
        ),
        None,
    ),
    (
        "uk",
        "Ізмаїльський морський порт збільшив перевалку вантажів на 30% за рік.",
        [
            ("en", "The port of Izmail handled 30% more cargo than a year earlier."),
            ("ru", "Измаильский морской порт за год увеличил перевалку грузов на 30%."),
            (
                "uk",
                "Дунайський порт в Ізмаїлі за рік переробив у 1,3 раза більше вантажів.",
            ),
        ],
        (
            "number",
            "uk",
            "Ізмаїльський морський порт збільшив перевалку вантажів на 13% за рік.",
        ),
        (
            "uk",
            "Ренійський морський порт збільшив перевалку вантажів на 30% за рік.",
        ),
    ),
    (
        "be",
        "Белтэлекам падключыць да оптавалакна 200 вёсак у 2027 годзе.",
        [
            ("ru", "Белтелеком подключит к оптоволокну 200 деревень в 2027 году."),
            ("en", "Beltelecom will bring fibre to 200 villages in 2027."),
            (
                "be",
                "У наступным годзе хуткі інтэрнэт па оптыцы прыйдзе яшчэ ў дзвесце вёсак,"
                " паведаміў нацыянальны аператар сувязі.",
            ),
        ],
        (
            "year",
            "uk",
            "Белтелеком підключить до оптоволокна 200 сіл у 2028 році.",
        ),
        None,
    ),
    (
        "be",
        "«Мілавіца» адкрые 10 фірмовых крам у Сербіі.",
        [
            ("ru", "«Милавица» откроет 10 фирменных магазинов в Сербии."),
            ("pl", "Milavitsa otworzy 10 sklepów firmowych w Serbii."),
            (
                "be",
                "Мінскі вытворца бялізны выходзіць на сербскі рынак з дзясяткам уласных крам.",
            ),
        ],
        (
            "place",
            "en",
            "Milavitsa will open 10 branded shops in Montenegro.",
        ),
        None,
    ),
    (
        "be",
        "Баранавічы адмовіліся ад правядзення сёлетняга авіяшоу.",
        [
            ("uk", "Барановичі відмовилися від проведення цьогорічного авіашоу."),
            ("en", "Baranavichy has called off this year's air show."),
            (
                "be",
                "Авіяшоу над Баранавічамі сёлета скасавалі #авіяшоу ✈️",
            ),
        ],
        (
            "negation",
            "ru",
            "Барановичи проведут авиашоу в этом году, как и планировалось.",
        ),
        None,
    ),
    (
        "pl",
        "Rada Miasta Rzeszowa odrzuciła plan budowy spalarni odpadów.",
        [
            ("uk", "Міська рада Жешува відхилила план будівництва сміттєспалювального заводу."),
            (
                "ru",
                "Городской совет Жешува отклонил план строительства мусоросжигательного завода.",
            ),
            (
                "pl",
                "Spalarni śmieci w Rzeszowie nie będzie – tak zdecydowali radni.",
            ),
        ],
        (
            "negation",
            "en",
            "Rzeszów city council has approved plans for a waste incinerator.",
        ),
        None,
    ),
    (
        "pl",
        "Kielce kupią 25 elektrycznych śmieciarek.",
        [
            ("ru", "Кельце купит 25 электрических мусоровозов."),
            ("be", "Кельцы купяць 25 электрычных смеццевазаў."),
            (
                "pl",
                "Ćwierć setki cichych śmieciarek na prąd będzie odbierać odpady w stolicy"
                " regionu świętokrzyskiego.",
            ),
        ],
        (
            "number",
            "uk",
            "Кельце придбає 52 електричні сміттєвози.",
        ),
        None,
    ),
    (
        "pl",
        "Biedronka podniesie od marca pensje kasjerów o 8%.",
        [
            ("en", "Biedronka will raise cashiers' pay by 8% from March."),
            ("ru", "«Бедронка» с марта повысит зарплаты кассирам на 8%."),
            (
                "pl",
                "Od marca kasjerzy Jeronimo Martins Polska zarobią o 8 proc. więcej.",
            ),
        ],
        (
            "number",
            "pl",
            "Biedronka podniesie od marca pensje kasjerów o 18%.",
        ),
        None,
    ),
    (
        "pl",
        "Częstochowa zamontuje na osiedlach 400 czujników jakości powietrza.",
        [
            ("en", "Częstochowa will fit 400 air quality sensors across its housing estates."),
            (
                "uk",
                "Ченстохова встановить у житлових кварталах 400 датчиків якості повітря.",
            ),
            (
                "pl",
                "Czterysta czujników smogu stanie na osiedlach miasta pod Jasną Górą.",
            ),
        ],
        (
            "number",
            "be",
            "Чэнстахова ўсталюе ў жылых кварталах 140 датчыкаў якасці паветра.",
        ),
        None,
    ),
]

BLIND12_NONE: list[tuple[str, str]] = [
    # the gallery, another act
    ("en", "Aberdeen Art Gallery will close for three weeks in January for roof repairs."),
    # the train operator, another act
    (
        "en",
        "Transport for Wales apologised after a signal failure stranded passengers near Newport.",
    ),
    # the libraries and the number, another count
    ("en", "The Bodleian Libraries welcomed 12,000 schoolchildren on free tours this year."),
    # the supermarket chain, another act
    ("en", "Tesco cut the price of milk in its Scottish stores."),
    # unrelated news
    ("en", "A white stag was photographed in the Cairngorms."),
    # unrelated news
    ("en", "A message in a bottle thrown from a ferry washed up in Pembrokeshire."),
    # the city, another act
    ("ru", "В Томске после реконструкции открыли Лагерный сад."),
    # the regional duma, another act
    ("ru", "Тюменская областная дума избрала нового председателя."),
    # the airline, another act
    ("ru", "«Победа» ужесточила правила провоза ручной клади."),
    # unrelated news
    ("ru", "На Вологодчине рыбак поймал щуку весом 20 килограммов."),
    # unrelated news
    ("ru", "В Суздале археологи нашли берестяную грамоту XII века."),
    # the city, another event
    ("uk", "Кременчук прийняв міжнародні змагання з веслування."),
    # the oil company, another act
    ("uk", "Укрнафта призначила нового голову правління."),
    # the supermarket chain, another act
    ("uk", "Сільпо запустило власну марку кави."),
    # the port, another act
    ("uk", "Ізмаїльський порт отримав два нові портальні крани."),
    # unrelated news
    ("uk", "Рятувальники зняли з гори Піп Іван групу туристів."),
    # the telecom operator, another act
    ("be", "Белтэлекам павысіў тарыфы на інтэрактыўнае тэлебачанне."),
    # the lingerie maker, another act
    ("be", "«Мілавіца» прадставіла новую калекцыю купальнікаў."),
    # the town, another act
    ("be", "У Баранавічах адкрылі новую дзіцячую паліклініку."),
    # unrelated news
    ("be", "На Лепельскім возеры ўбачылі пару чорных лебедзяў."),
    # unrelated news
    ("be", "Каля Ваўкавыска археолагі знайшлі меч X стагоддзя."),
    # the city council, another act
    ("pl", "Rada Miasta Rzeszowa przyjęła plan zagospodarowania bulwarów nad Wisłokiem."),
    # the discount chain, another act
    ("pl", "Biedronka wprowadziła w sklepach kasy samoobsługowe przyjmujące gotówkę."),
    # unrelated news
    ("pl", "Wydmy w Słowińskim Parku Narodowym przesunęły się o 10 metrów."),
]
