"""Round 11 of check-worthiness: legal and official acts written without digits are
proposed, commentary openers are not, and the evaluation matches labels that left out a
leading speech dash. Sentences are our own."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from claims.extraction.score import CHECKWORTHY_THRESHOLD, score_sentence

from ._paths import ROOT

LEGAL_ACTS = [
    ("ru", "Суд отправил бывшего директора под домашний арест."),
    ("ru", "Прокуратура предъявила чиновнику обвинение в растрате."),
    ("ru", "Мировой судья оштрафовал владельца кафе."),
    ("uk", "Суд обрав колишньому меру запобіжний захід."),
    ("uk", "Слідчі повідомили директору ринку про підозру."),
    ("uk", "Суд виніс вирок водієві автобуса."),
    ("be", "Суд вынес прыгавор былому старшыні калгаса."),
    ("be", "Следчы камітэт узбудзіў крымінальную справу супраць дырэктара."),
    ("be", "Міліцыя аштрафавала кіроўцу таксі."),
    ("pl", "Prokuratura przedstawiła byłemu wójtowi zarzuty korupcyjne."),
    ("pl", "Sąd skazał kierowcę autobusu na karę więzienia."),
    ("pl", "Urząd cofnął przewoźnikowi licencję na przewozy."),
    ("en", "The former treasurer was charged with embezzlement."),
    ("en", "The driver pleaded guilty to dangerous driving."),
    ("en", "The regulator revoked the operator's licence."),
]


@pytest.mark.parametrize(("language", "text"), LEGAL_ACTS)
def test_legal_act_without_digits_is_proposed_with_its_reason(language, text):
    score, reasons = score_sentence(text, language=language)
    assert "legal act" in reasons
    assert score >= CHECKWORTHY_THRESHOLD


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Суд считает, что приговор был бы слишком мягким, и это ужасно."),
        ("pl", "Czy sąd naprawdę skaże kierowcę autobusu?"),
        ("en", "Will the former treasurer ever be charged with embezzlement?"),
    ],
)
def test_legal_act_does_not_outweigh_opinions_and_questions(language, text):
    score, reasons = score_sentence(text, language=language)
    assert "legal act" in reasons
    assert score < CHECKWORTHY_THRESHOLD


def test_legal_act_and_factual_event_together_weigh_the_same_as_a_legal_act_alone():
    # "осуди" is a factual stem and a legal one: the two are not counted twice
    both = score_sentence("Суд осудил бывшего директора завода.", language="ru")
    assert {"factual event", "legal act"} <= set(both[1])
    assert both[0] == pytest.approx(0.15 + 0.4)


COMMENTARY = [
    ("ru", "Трудно поверить, что в мэрии об этом ничего не знали."),
    ("ru", "Выходит, городские власти снова всех обманули."),
    ("ru", "Похоже, министерство опять решило сэкономить на школах."),
    ("ru", "Неужели комиссия не заметила этих нарушений."),
    ("uk", "Складно повірити, що міськрада про це не знала."),
    ("uk", "Схоже, міністерство знову вирішило заощадити на школах."),
    ("uk", "Виходить, депутати проголосували всліпу."),
    ("be", "Цяжка паверыць, што ў гарвыканкаме пра гэта не ведалі."),
    ("be", "Выходзіць, міністэрства зноў вырашыла сэканоміць на школах."),
    ("pl", "Trudno uwierzyć, że urząd o niczym nie wiedział."),
    ("pl", "Wygląda na to, że ministerstwo znowu oszczędza na szkołach."),
    ("pl", "Jak widać, radni głosowali w ciemno."),
    ("en", "It is hard to believe that the council knew nothing about it."),
    ("en", "Needless to say, the ministry saved money on schools again."),
    ("en", "In other words, the councillors voted blind."),
]


@pytest.mark.parametrize(("language", "text"), COMMENTARY)
def test_commentary_opener_is_not_proposed(language, text):
    score, reasons = score_sentence(text, language=language)
    assert "commentary" in reasons
    assert score < CHECKWORTHY_THRESHOLD


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the opener words inside a sentence are no opener
        ("ru", "Новый мост выходит, по данным мэрии, на 40 % дороже проекта."),
        ("uk", "Завод виходить на повну потужність у березні 2027 року."),
        ("pl", "Wygląda to na wzrost o 12 proc. w ciągu roku, podał GUS."),
        ("en", "The council said in other words that it would spend £4m less."),
    ],
)
def test_opener_words_inside_a_factual_sentence_are_not_commentary(language, text):
    score, reasons = score_sentence(text, language=language)
    assert "commentary" not in reasons
    assert score >= CHECKWORTHY_THRESHOLD


def _evaluate():
    path = ROOT / "benchmarks" / "extraction" / "evaluate.py"
    spec = importlib.util.spec_from_file_location("evaluate_round11", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("evaluate_round11", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_evaluation_matches_a_label_without_its_leading_speech_dash(dash):
    from claims.extraction import extract

    evaluate = _evaluate()
    text = (
        f"{dash} Мы закрыли три цеха и уволили 120 человек, — сказал директор завода.\n\n"
        "Профсоюз потребовал выплатить компенсации до конца месяца."
    )
    doc = extract(text, language="ru")
    label = "Мы закрыли три цеха и уволили 120 человек, — сказал директор завода."
    counts = evaluate.score_document(doc, {"claims": [{"text": label, "sources": []}]})
    assert counts["hits"] == 1
    # and a label that differs otherwise still does not match
    other = "Мы закрыли три цеха и уволили 121 человека, — сказал директор завода."
    counts = evaluate.score_document(doc, {"claims": [{"text": other, "sources": []}]})
    assert counts["hits"] == 0
