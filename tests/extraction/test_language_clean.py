"""Site furniture of Russian, Ukrainian, Belarusian and Polish pages is dropped."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.extraction.clean import parse_date

PAGES = {
    "ru": (
        "Главная | Новости | Общество | Экономика\n\n"
        "Власти Гродно пообещали отремонтировать мост до осени\n\n"
        "12 марта 2026, 14:35\n\n"
        "Автор: Ольга Петрова\n\n"
        "Поделиться: ВКонтакте Telegram\n\n"
        "Городской исполком выделил 3,2 млн рублей на ремонт моста через Неман, сообщили "
        "в пресс-службе исполкома во вторник.\n\n"
        "Работы начнутся в апреле и должны завершиться до конца сентября.\n\n"
        "Читайте также\n\n"
        "В Лиде закрыли рынок на ремонт…\n\n"
        "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая, вы соглашаетесь.\n\n"
        "© 2026 Новости Гродно. Все права защищены."
    ),
    "uk": (
        "Головна · Новини · Економіка\n\n"
        "У Львові подорожчав проїзд у трамваях\n\n"
        "Опубліковано 3 вересня 2026, 09:10\n\n"
        "Поділитися\n\n"
        "Міська рада ухвалила рішення підняти вартість проїзду з 15 до 20 гривень, повідомили "
        "у департаменті транспорту.\n\n"
        "Нові тарифи запрацюють з 1 жовтня для всіх маршрутів.\n\n"
        "Підписуйтесь на наш Telegram-канал\n\n"
        "Коментарі\n\n"
        "Іван: ну і ціни, жах.\n\n"
        "Усі права захищені. Використання матеріалів дозволяється за умови посилання."
    ),
    "be": (
        "Навіны | Грамадства | Эканоміка\n\n"
        "У Магілёве адкрылі новую паліклініку\n\n"
        "4 лютага 2026 · Здароўе · 3 хв\n\n"
        "Падзяліцца\n\n"
        "Паліклініка на 600 наведванняў у змену пачала працаваць у панядзелак, паведамілі "
        "ў гарадскім выканкаме.\n\n"
        "Будаўніцтва каштавала 18 млн рублёў і доўжылася два гады.\n\n"
        "Чытайце таксама\n\n"
        "У Гомелі зачынілі басейн…\n\n"
        "Усе правы абаронены. Пры выкарыстанні матэрыялаў спасылка абавязковая."
    ),
    "pl": (
        "Strona główna | Wiadomości | Kraj\n\n"
        "Lublin: szpital wojewódzki otwiera nowy oddział\n\n"
        "Opublikowano: 19.05.2026, 10:20\n\n"
        "Autor: Tomasz Gryc\n\n"
        "Udostępnij\n\n"
        "Szpital wojewódzki w Lublinie otworzył w poniedziałek oddział kardiologii dziecięcej "
        "na 24 łóżka, poinformował dyrektor placówki.\n\n"
        "Inwestycja kosztowała 14 mln zł i była finansowana z budżetu województwa.\n\n"
        "Czytaj także\n\n"
        "Korzystamy z plików cookies, aby strona działała poprawnie. Dowiedz się więcej.\n\n"
        "Wszelkie prawa zastrzeżone © 2026"
    ),
}

TITLES = {
    "ru": "Власти Гродно пообещали отремонтировать мост до осени",
    "uk": "У Львові подорожчав проїзд у трамваях",
    "be": "У Магілёве адкрылі новую паліклініку",
    "pl": "Lublin: szpital wojewódzki otwiera nowy oddział",
}


@pytest.mark.parametrize("code", sorted(PAGES))
def test_pasted_page_keeps_the_article_and_drops_the_furniture(code: str) -> None:
    doc = extract(PAGES[code])
    assert doc.title == TITLES[code]
    assert doc.language == code
    paragraphs = doc.body.split("\n\n")
    assert len(paragraphs) == 2, paragraphs
    for junk in (
        "cookie",
        "права",
        "правы",
        "prawa",
        "Поделиться",
        "Поділитися",
        "Udostępnij",
        "Читайте",
        "Чытайце",
        "Czytaj",
        "Коментарі",
        "Підписуйтесь",
    ):
        assert junk not in doc.body
    assert len(doc.claims) == 2
    assert all(doc.body[s.start : s.end] == s.text for s in doc.sentences)


def test_author_and_date_lines_are_read() -> None:
    ru = extract(PAGES["ru"])
    assert ru.author == "Ольга Петрова"
    assert ru.published == "2026-03-12"
    pl = extract(PAGES["pl"])
    assert pl.author == "Tomasz Gryc"
    assert pl.published == "2026-05-19"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("12 марта 2026", "2026-03-12"),
        ("3 вересня 2026 р.", "2026-09-03"),
        ("18 лютага 2026 г.", "2026-02-18"),
        ("1 października 2025", "2025-10-01"),
        ("05.03.2025, 14:30", "2025-03-05"),
    ],
)
def test_dates_in_every_language(text: str, iso: str) -> None:
    assert parse_date(text) == iso
