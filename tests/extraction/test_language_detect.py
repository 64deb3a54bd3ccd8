"""Which language an article is in, and which of its sentences are in another one."""

from __future__ import annotations

import threading

import pytest

from claims.extraction import SUPPORTED_LANGUAGES, extract, extract_body
from claims.extraction.detect import detect_language, sentence_language

ARTICLES = {
    "en": (
        "The regional council said on Tuesday that the new bridge over the river would open "
        "in March, two years later than planned. Construction costs rose by a third."
    ),
    "ru": (
        "Городской совет сообщил во вторник, что новый мост через реку откроют в марте, на два "
        "года позже запланированного. Стоимость строительства выросла на треть."
    ),
    "uk": (
        "Міська рада повідомила у вівторок, що новий міст через річку відкриють у березні, на "
        "два роки пізніше, ніж планували. Вартість будівництва зросла на третину."
    ),
    "be": (
        "Гарадскі савет паведаміў у аўторак, што новы мост праз раку адкрыюць у сакавіку, на "
        "два гады пазней, чым планавалі. Кошт будаўніцтва вырас на трэць."
    ),
    "pl": (
        "Rada miasta poinformowała we wtorek, że nowy most na rzece zostanie otwarty w marcu, "
        "dwa lata później niż planowano. Koszty budowy wzrosły o jedną trzecią."
    ),
    "de": (
        "Der Stadtrat teilte am Dienstag mit, dass die neue Brücke über den Fluss im März "
        "eröffnet wird, zwei Jahre später als geplant. Die Baukosten stiegen um ein Drittel."
    ),
    "lt": (
        "Miesto taryba antradienį pranešė, kad naujasis tiltas per upę bus atidarytas kovo "
        "mėnesį, dvejais metais vėliau nei planuota. Statybos išlaidos išaugo trečdaliu."
    ),
}


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_article_language_is_detected(code: str) -> None:
    assert detect_language(ARTICLES[code]) == code
    doc = extract_body(ARTICLES[code])
    assert doc.language == code
    assert doc.language_supported == (code in SUPPORTED_LANGUAGES)


def test_text_without_letters_is_undetermined() -> None:
    assert detect_language("12 345 — 67 % / 2026") == "und"


def test_a_correction_skips_detection_and_is_kept() -> None:
    doc = extract_body(ARTICLES["ru"], language="be")
    assert doc.language == "be"
    assert all(s.language in ("", "ru") for s in doc.sentences)


def test_russian_article_quoting_polish_gets_ru_and_the_quote_pl() -> None:
    body = (
        "Польские пограничники сообщили в пятницу, что за неделю задержали 40 человек. "
        "Представитель службы привёл данные на своём сайте.\n\n"
        "Od początku miesiąca funkcjonariusze zatrzymali czterdzieści osób, poinformowała "
        "rzeczniczka Straży Granicznej.\n\n"
        "Белорусская сторона эти данные не комментирует."
    )
    doc = extract_body(body)
    assert doc.language == "ru"
    langs = {s.text[:10]: s.language for s in doc.sentences}
    assert langs["Od początk"] == "pl"
    assert langs["Польские п"] == ""
    assert langs["Белорусска"] == ""
    payload = doc.to_json_dict()
    assert [c["language"] for c in payload["claims"]] == ["ru", "ru", "pl", "ru"]


def test_ukrainian_sentence_in_a_russian_article() -> None:
    text = "Міністерство енергетики повідомило, що відключення триватимуть до четверга."
    assert sentence_language(text, "ru") == "uk"


def test_names_and_short_sentences_inherit_the_article_language() -> None:
    # A Polish name in an English sentence, a Ukrainian place name in a Russian one.
    assert (
        sentence_language("Łukasz Wiśniewski, the mayor of Gdańsk, said it was over.", "en") == ""
    )
    assert sentence_language("Делегация прибыла в Київ в понедельник утром.", "ru") == ""
    assert sentence_language("Tak.", "ru") == ""
    assert sentence_language("Да, это так — сказал он.", "pl") == ""


def test_unsupported_language_still_proposes_claims_with_generic_rules() -> None:
    body = (
        "Die Regierung in Berlin hat am Freitag 2,5 Milliarden Euro für neue Schulen "
        "freigegeben. Das Geld soll bis 2028 an 1 200 Gemeinden fließen."
    )
    doc = extract(body)
    assert doc.language == "de"
    assert not doc.language_supported
    assert doc.claims, "generic rules (numbers, money, names) still propose claims"
    assert all(doc.body[s.start : s.end] == s.text for s in doc.sentences)


def test_detector_is_built_once_under_concurrent_first_use() -> None:
    results: list[str] = []

    def work() -> None:
        results.append(detect_language(ARTICLES["pl"]))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["pl"] * 4
