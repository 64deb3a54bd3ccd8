"""Round 11 of cleaning: read-also lines with a dash or a colon, in every language and at
any length, are page furniture and never become claims. Lines are our own."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.extraction.clean import clean_pasted_text, is_furniture

READ_ALSO = [
    "Ще на тему - Міськрада ухвалила новий бюджет на наступний рік, і це викликало суперечки",
    "Читайте також: Водоканал підняв тарифи на 12 відсотків з першого березня наступного року.",
    "Читайте также: Мэрия закрыла три школы в центре города после проверки пожарных служб.",
    "По теме — Губернатор подписал указ о новых выплатах пенсионерам области на 2027 год",
    "Чытайце таксама: Гарвыканкам зачыніў два рынкі ў цэнтры горада пасля праверкі.",
    "Па тэме - Урад павысіў тарыфы на камунальныя паслугі на 15 працэнтаў з лютага.",
    "Czytaj też: Burmistrz podpisał umowę na budowę nowej drogi do szpitala w Opolu.",
    "Zobacz także – Radni przyjęli budżet miasta na przyszły rok po burzliwej sesji.",
    "Read more: The council signed a contract to rebuild the bridge over the river by spring.",
    "See also – Ministers approve a £40m plan to reopen the branch line to passenger trains.",
]


@pytest.mark.parametrize("line", READ_ALSO)
def test_read_also_line_is_furniture_whatever_its_length(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Читайте также материалы суда, сказал адвокат, и сравните их с заявлением мэрии.",
        "По теме реформы министр выступит в парламенте во вторник, сообщила пресс-служба.",
        "See also the appendix, which lists 42 stations, the report said.",
    ],
)
def test_a_sentence_starting_with_the_same_words_without_colon_or_dash_stays_prose(line):
    assert not is_furniture(line)


def test_read_also_line_inside_a_pasted_page_never_becomes_a_claim():
    page = (
        "Міськрада скоротила видатки на ремонт доріг\n\n"
        "Міська рада скоротила видатки на ремонт доріг на 30 мільйонів гривень, повідомив "
        "депутат Олег Кравець.\n\n"
        "Ще на тему - Водоканал підняв тарифи на 12 відсотків з першого березня наступного "
        "року, повідомили у компанії\n\n"
        "За його словами, гроші підуть на оплату опалення шкіл і лікарень взимку 2027 року."
    )
    doc = extract(page, language="uk")
    assert all("Ще на тему" not in s.text for s in doc.sentences)
    assert "Ще на тему" not in clean_pasted_text(page).body


@pytest.mark.parametrize(
    "line",
    [
        "Autorka: Anna Zięba · Komentarze (4)",
        "Аўтарка: Алеся Карповіч",
        "Авторка: Олена Коваль · 5 коментарів",
        "Autor: Jan Nowak · Komentarze (31)",
        "Аўтар: Алесь Карповіч · Каментары (12)",
        "Автор: Олена Коваль · 5 коментарів",
        "Автор: Ирина Павлова · 14 комментариев",
        "By Helen Marsh · 31 comments",
        # an empty field between two middots
        "Autor: Paweł Wrona · · Komentarze (8)",
        "By Helen Marsh · · 12 comments",
    ],
)
def test_byline_with_a_comment_counter_is_furniture(line):
    assert is_furniture(line)


def test_byline_line_is_not_wrapped_into_the_lede():
    page = (
        "Суд у Лідзе вынес прысуд былому старшыні\n\n"
        "Аўтар: Рыгор Сініцкі, карэспандэнт нашага выдання ў Лідзе\n"
        "Суд Лідскага раёна ўчора вынес прысуд былому старшыні калгаса, паведаміла "
        "пракуратура вобласці.\n\n"
        "Абвінавачанне патрабавала для яго пяць гадоў калоніі і штраф у 40 базавых велічынь."
    )
    body = clean_pasted_text(page).body
    assert body.startswith("Суд Лідскага раёна")
    assert "Аўтар" not in body


def test_byline_with_comment_counter_below_an_extracted_article_is_dropped():
    from claims.extraction.clean import clean_extracted_text

    text = (
        "Rada miasta przyjęła budżet na 2027 rok większością 15 głosów, poinformował "
        "przewodniczący rady.\n\n"
        "Autor: Paweł Wrona · · Komentarze (8)"
    )
    body = clean_extracted_text(text)
    assert "Komentarze" not in body
    assert body.startswith("Rada miasta")
