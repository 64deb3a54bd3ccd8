"""The general mechanisms of the fourteenth attribution round for Belarusian and Polish.
Our own sentences, none taken from a labelled set."""

import pytest

from tests.extraction._attribution import found_after


def names(sentences: list[str], language: str) -> list[str]:
    return [name for name, _ in found_after(sentences, language)]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # a relative pronoun before the plural verb is its subject: the place after the verb
        # is where the people wrote, not who speaks
        (
            "Жыхары, якія звярнуліся ў нашу рэдакцыю, расказалі, што святла няма тры дні.",
            "be",
            ["жыхары"],
        ),
        (
            "Mieszkańcy, którzy napisali do redakcji, twierdzą, że światła nie ma od tygodnia.",
            "pl",
            ["mieszkańcy"],
        ),
        # the impersonal form itself still gives the place
        ("Як паведамілі ў міністэрстве, план выкананы.", "be", ["міністэрства"]),
    ],
)
def test_relative_subject_is_not_impersonal(
    sentence: str, language: str, expected: list[str]
) -> None:
    assert [n.lower() for n in names([sentence], language)] == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # a plural of people whose plural verb opens the reported clause
        (
            "Сталяры фабрыкі, з якімі пагаварыў наш карэспандэнт, кажуць, што заказаў менш.",
            "be",
            ["сталяры фабрыкі"],
        ),
        ("Сталяры фабрыкі скардзяцца, што заказаў менш.", "be", ["сталяры фабрыкі"]),
        # feminine plurals of professions
        (
            "Выхавальніцы дзіцячага садка, з якімі мы гаварылі, лічаць, што груп замала.",
            "be",
            ["выхавальніцы дзіцячага садка"],
        ),
        ("Pszczelarze z powiatu twierdzą, że miodu jest o połowę mniej.", "pl", ["pszczelarze"]),
    ],
)
def test_people_plural_opening_the_sentence(
    sentence: str, language: str, expected: list[str]
) -> None:
    assert [n.lower() for n in names([sentence], language)] == expected


def test_people_plural_needs_a_reported_clause() -> None:
    # a plural of people doing something, not saying it
    assert names(["Сталяры фабрыкі зрабілі новыя крэслы."], "be") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # adjectives before an indeclinable acronym: the ending tells the gender
        ("Выпадкаў стала больш, удакладнілі ў Лідскім РУУС.", "Лідскі РУУС"),
        ("Ложкаў хапае, паведамілі ў Мядзельскай ЦРБ.", "Мядзельская ЦРБ"),
        # adjectives used as nouns, in the nominative
        ("Страты, паводле падлікаў следчых, большыя за мільён.", "следчыя"),
        ("Страты, па словах пацярпелага, большыя за мільён.", "пацярпелы"),
        # the accusative after a citing cue, and the body's complement kept
        (
            "Як піша газета «Рэха», са спасылкай на абаронцу, скарга ўжо пададзена.",
            "абаронца",
        ),
        (
            "Як піша газета «Рэха», спасылаючыся на ўпраўленне адукацыі райвыканкама, "
            "школу адрамантуюць.",
            "упраўленне адукацыі райвыканкама",
        ),
    ],
)
def test_belarusian_nominatives(sentence: str, expected: str) -> None:
    assert expected in names([sentence], "be")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Настаўніца Марына Лазоўская, якую цытуе газета «Рэха Прыпяці», расказала, "
            "што класаў стала менш.",
            ("Марына Лазоўская", "Рэха Прыпяці"),
        ),
        (
            "Дырэктар завода Павел Цішчанка, якога цытавала агенцтва «Край-Інфо», заявіў, "
            "што план выкананы.",
            ("Павел Цішчанка", "Край-Інфо"),
        ),
    ],
)
def test_belarusian_quoted_by_relative(sentence: str, expected: tuple[str, str]) -> None:
    assert found_after([sentence], "be") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an outlet named after its type noun stays in the nominative
        (
            "Prezes spółdzielni Tomasz Wilk, cytowany przez portal Dobre Pole, powiedział, "
            "że mleka jest mniej.",
            ("Tomasz Wilk", "Dobre Pole"),
        ),
        (
            "Sołtys Jan Bąk w rozmowie z tygodnikiem Głos Doliny powiedział, że drogi nie ma.",
            ("Jan Bąk", "Głos Doliny"),
        ),
        # a two-word outlet after the relay participle is the relay, not the speaker
        (
            "Anna Rogala, cytowana przez portal Nowe Wieści, podała, że szkołę zamknięto.",
            ("Anna Rogala", "Nowe Wieści"),
        ),
    ],
)
def test_polish_outlet_in_apposition(sentence: str, expected: tuple[str, str]) -> None:
    assert found_after([sentence], "pl") == [expected]


def test_polish_titled_apposition_after_any_noun() -> None:
    first = "Inicjatorka zbiórki, sołtyska Marta Kędzior, przypomina, że zebrano 20 tys. zł."
    assert names([first], "pl") == ["Marta Kędzior"]
    # the feminine pro-drop verb then goes back to her, not to the man named before
    context = ["Wójt Piotr Lis powiedział, że gmina dołoży pieniędzy.", first]
    assert names([*context, "– Ludzie przyszli tłumnie – dodała."], "pl") == ["Marta Kędzior"]


def test_belarusian_titled_apposition_after_any_noun() -> None:
    sentence = "Аўтарка праекта, дацэнт Ганна Ліс, расказала, што грошай няма."
    assert names([sentence], "be") == ["Ганна Ліс"]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # a counted group with the Polish neuter verb
        (
            "Trzech mieszkańców osiedla, którzy widzieli pożar, zeznało, że ogień szedł z dachu.",
            "pl",
            ["trzech mieszkańców osiedla"],
        ),
        ("Dwóch świadków zeznało, że kierowca jechał szybko.", "pl", ["dwóch świadków"]),
        ("Dwóch ciągników zepsuło się w polu.", "pl", []),
        # the accused speak in a court report, a bare guilt object before the verb
        ("Двое абвінавачаных віну прызналі часткова.", "be", ["двое абвінавачаных"]),
        ("Падазраваная сказала, што грошы не брала.", "be", ["падазраваная"]),
    ],
)
def test_counted_and_accused_subjects(sentence: str, language: str, expected: list[str]) -> None:
    assert [n.lower() for n in names([sentence], language)] == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # an impersonal body keeps its capitalised adjective's body as complement
        (
            "Школу адрамантуюць летам, паведамілі ў аддзеле адукацыі Лідскага райвыканкама.",
            "be",
            "аддзел адукацыі Лідскага райвыканкама",
        ),
        (
            "Школу отремонтируют летом, сообщили в отделе образования Лидского райисполкома.",
            "ru",
            "отдел образования Лидского райисполкома",
        ),
        # "па" joins a body's field to its name
        (
            "Мост зачынены, паведамілі ва ўпраўленні па будаўніцтве і архітэктуры "
            "Лідскага райвыканкама.",
            "be",
            "упраўленне па будаўніцтве і архітэктуры Лідскага райвыканкама",
        ),
        (
            "Мост зачынены, паведаміла Міністэрства па надзвычайных сітуацыях.",
            "be",
            "Міністэрства па надзвычайных сітуацыях",
        ),
    ],
)
def test_body_with_its_complement(sentence: str, language: str, expected: str) -> None:
    assert names([sentence], language) == [expected]


def test_partitive_speaker_is_the_pronouns_referent() -> None:
    context = [
        "Як паведаміў следчы Віталь Мароз, справа ўжо ў судзе.",
        "Адна з пакупніц, 68-гадовая жыхарка вёскі, расказала нам, што аддала 400 рублёў.",
    ]
    # the feminine possessive goes back to the woman of the partitive …
    assert names([*context, "Па яе словах, тавар так і не прывезлі."], "be") == ["адна з пакупніц"]
    # … the masculine one to the man named before her
    assert names([*context, "Па яго словах, гэта не першы выпадак."], "be") == ["Віталь Мароз"]
    polish = [
        "Prokurator Adam Lis powiedział, że akt oskarżenia jest gotowy.",
        "Jedna z klientek, emerytka z Opola, powiedziała, że straciła 700 zł.",
        "Jak dodała, sprzedawca nie odbierał telefonu.",
    ]
    assert names(polish, "pl") == ["jedna z klientek"]


def test_lone_role_noun_refers_back() -> None:
    context = ["Pełnomocnik sołtysa, mec. Adam Wrona, przekonywał w sądzie, że umowa była ważna."]
    # another role word of the same kind and gender: the lawyer named before
    assert names([*context, "Adwokat zapowiedział apelację."], "pl") == ["Adam Wrona"]
    councillor = ["Jak wyliczyła radna Ewa Sroka, remont kosztował 2 mln zł."]
    assert names([*councillor, "– Nikt tego nie sprawdził – dodała radna."], "pl") == ["Ewa Sroka"]
    # a body is never a back-reference to a person, and a woman not to the man before
    assert names([*context, "Sąd uznał, że umowa była nieważna."], "pl") == ["Sąd"]
    assert names([*context, "Adwokatka zapowiedziała apelację."], "pl") != ["Adam Wrona"]


def test_lone_role_noun_refers_back_be() -> None:
    context = ["Эканамістка Ірына Гук, якую цытуе газета «Край», падлічыла, што цэны выраслі."]
    assert names([*context, "— Гэта толькі пачатак, — дадала эканамістка."], "be") == ["Ірына Гук"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the issue is dropped, the journal in the genitive goes into the locative
        (
            "Jak wynika z badania opublikowanego w marcowym numerze kwartalnika „Las i Łąka”, "
            "sarn jest mniej.",
            "badanie opublikowane w kwartalniku Las i Łąka",
        ),
        (
            "Sarn jest mniej – wynika z raportu opublikowanego w majowym numerze "
            "„Przeglądu Leśnego”.",
            "raport opublikowany w Przeglądzie Leśnym",
        ),
        # a time before the place is dropped too
        (
            "Takie są wyniki badania opublikowanego w maju w „Roczniku Łowieckim”.",
            "badanie opublikowane w Roczniku Łowieckim",
        ),
        # the plain form is unchanged
        (
            "Jak wynika z badania opublikowanego w „Roczniku Łowieckim”, sarn jest mniej.",
            "badanie opublikowane w Roczniku Łowieckim",
        ),
    ],
)
def test_polish_study_in_a_journal_issue(sentence: str, expected: str) -> None:
    assert names([sentence], "pl") == [expected]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # two adverbials between an inverted verb and its speaker
        (
            "Пра гэта расказаў на сходзе ў Лідзе дырэктар школы Павел Рак.",
            "be",
            [("Павел Рак", None)],
        ),
        (
            "Урожай вырос, рассказал на совещании в Гродно директор хозяйства Павел Рак.",
            "ru",
            [("Павел Рак", None)],
        ),
        # a quoted outlet after an information noun is put in the nominative
        (
            "Паводле звестак «Лідскага весніка», школ стала менш.",
            "be",
            [("Лідскі веснік", None)],
        ),
        # "звязаў … з тым, што" reports a cause, with the relay before it
        (
            "Эканаміст Ян Корзун у інтэрв'ю радыё «Ліда FM» звязаў рост цэн з тым, што "
            "паліва падаражэла.",
            "be",
            [("Ян Корзун", "Ліда FM")],
        ),
    ],
)
def test_round14_inversion_and_outlets(
    sentence: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found_after([sentence], language) == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # a short adverbial between the closing dash's verb and the speaker
        ("— Грошай няма, — сказаў на сесіі старшыня сельсавета.", "be", ["старшыня сельсавета"]),
        ("— Мы не ведалі, — сказаў у апошнім слове трактарыст.", "be", ["трактарыст"]),
        ("– Pieniędzy nie ma – mówił na sesji przewodniczący rady.", "pl", ["przewodniczący rady"]),
        # a time alone is no speaker
        ("— Грошай няма, — сказаў у панядзелак.", "be", []),
    ],
)
def test_dash_speaker_after_an_adverbial(sentence: str, language: str, expected: list[str]) -> None:
    assert names([sentence], language) == expected
