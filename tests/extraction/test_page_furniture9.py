"""Front matter the cleaner must not take for a headline: "you are here" trails, reading
times after a colon, bylines with a dash ("Автор — …"). Sentences are our own."""

from __future__ import annotations

import pytest

from claims.extraction.clean import clean_pasted_text, is_furniture


@pytest.mark.parametrize(
    "line",
    [
        "You are here: Home / Local news",
        "Jesteś tutaj: Strona główna / Sport",
        "Jesteś w: Wiadomości / Region",
        "Вы здесь: Главная / Общество",
        "Вы находитесь: Главная / Экономика",
        "Ви тут: Головна / Суспільство",
        "Вы тут: Галоўная / Грамадства",
        "Читати: 5 хв",
        "Читать: 4 мин",
        "Чытаць: 2 хв",
        "Автор — Ірина Савчук",
    ],
)
def test_front_matter_lines_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Вы тут не живёте, сказал охранник",
        "Україна: 3 роки без туристів",
        "Ви тут живете вже десять років?",
    ],
)
def test_headlines_that_look_alike_are_not(line: str) -> None:
    assert not is_furniture(line)


BODY = (
    "Міська рада ухвалила новий тариф на вивезення сміття, який почне діяти з першого"
    " березня і становитиме 42 гривні з особи на місяць.\n\n"
    "Як пояснили в департаменті житлово-комунального господарства, підвищення пов'язане"
    " зі зростанням цін на пальне та ремонтом сміттєвозів, яких у місті лише дванадцять.\n\n"
    "Опозиційні депутати заявили, що оскаржать рішення, бо тариф зростає втретє за два"
    " роки, а якість послуг, на їхню думку, не покращилася."
)


@pytest.mark.parametrize(
    "front",
    [
        "ВІСТІ ПОДІЛЛЯ\nГоловна | Новини | Економіка\n\nНовий тариф на сміття: 42 гривні з особи\n\n"
        "Автор — Ірина Савчук\n1 грудня 2026\nЧитати: 4 хв\n\n",
        "ВІСТІ ПОДІЛЛЯ\n\nВи тут: Головна / Місто\n\nНовий тариф на сміття: 42 гривні з особи\n\n",
    ],
)
def test_headline_found_behind_trails_and_reading_times(front: str) -> None:
    page = clean_pasted_text(front + BODY)
    assert page.title == "Новий тариф на сміття: 42 гривні з особи"
