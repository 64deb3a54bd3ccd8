"""Demo data: an article in the project's own words, built from the facts of the seed
article (a re-report of a POLITICO investigation into Belarus and migration), with claims in
several workflow states so a new user sees a realistic workbench; and the same story told
in Russian (again in our own words), with a Polish aside, so the languages are seen at work:
the article's language, each claim's own, and sources known under several spellings."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, User
from django.db import transaction
from django.utils import timezone

from claims.models import Article, Claim, RatingLabel, content_hash
from sources.matching import match_source
from sources.models import Attribution, Evidence, Source
from sources.services import add_alias, create_source, link_article_evidence

DEMO_PASSWORD_ENV = "FACTCHECK_DEMO_PASSWORD"
DEFAULT_DEMO_PASSWORD = "factcheck-demo"

TITLE = "Leaked calls suggest Minsk steered migrants toward EU borders"
BODY = (
    "MINSK – Belarusian officials ran a covert scheme that moved migrants toward the "
    "European Union's eastern frontier, according to leaked conversations between senior "
    "officials. At least 120 people have died along Belarus' borders with Poland, Lithuania "
    "and Latvia since the scheme began, according to the rights group Human Constanta.\n\n"
    "Intercepted calls, internal documents and testimonies obtained by POLITICO describe "
    "state-run travel agencies and hotels smoothing the journey of migrants, most of them from "
    "Africa and the Middle East. In a call recorded in May 2021, senior Interior Ministry "
    "official Mikhail Bedunkevich told police not to stop migrants \u201cin transit to "
    "Europe.\u201d\n\n"
    "The operation started in spring 2021, weeks after the EU sanctioned Belarus over its "
    "crackdown on protests against President Alexander Lukashenko's disputed 2020 re-election. "
    "Lukashenko then declared that Belarus would stop holding back migrants and drugs at its "
    "borders.\n\n"
    "Poland intends to seal its border with Belarus this summer. A Belarusian border guard "
    "identified only as Aleh, speaking to POLITICO, called the programme "
    "\u201cLukashenko's revenge for the sanctions.\u201d\n\n"
    "Lukashenko, who is running for a seventh term in an election set for January 26, denies "
    "using migrants as a weapon. The episode shows how exposed the EU is to hybrid tactics."
)

RU_TITLE = "Перехваченные звонки: Минск направлял мигрантов к границам Евросоюза"
RU_BODY = (
    "МИНСК – Белорусские власти тайно переправляли мигрантов к восточной границе "
    "Евросоюза, следует из утёкших разговоров высокопоставленных чиновников. По данным "
    "правозащитной организации Human Constanta, с тех пор на границах Беларуси с Польшей, "
    "Литвой и Латвией погибли не менее 120 человек.\n\n"
    "Записи звонков, внутренние документы и свидетельства, полученные изданием POLITICO, "
    "показывают, как государственные турагентства и гостиницы облегчали мигрантам дорогу; "
    "большинство из них прибыли из Африки и с Ближнего Востока. В разговоре, записанном в мае "
    "2021 года, высокопоставленный сотрудник МВД Михаил Бедункевич велел милиции не "
    "задерживать мигрантов, которые следуют «транзитом в Европу».\n\n"
    "Операция началась весной 2021 года, через несколько недель после того, как ЕС ввёл "
    "санкции против Беларуси за разгон протестов после спорных выборов 2020 года. Тогда "
    "Александр Лукашенко заявил, что Беларусь больше не будет сдерживать мигрантов и "
    "наркотики на своих границах.\n\n"
    "Польша собирается закрыть границу с Беларусью этим летом. Dla czytelników z Polski: "
    "Warszawa chce uszczelnić granicę z Białorusią jeszcze tego lata.\n\n"
    "Лукашенко, который добивается седьмого срока на выборах 26 января, отрицает, что "
    "использует мигрантов как оружие. Кажется, эта история показывает, насколько Евросоюз "
    "беззащитен перед гибридными методами."
)

USERS = [
    # username, group, is_staff, full name
    ("checker", "Fact-checkers", False, "Dana Checker"),
    ("checker2", "Fact-checkers", False, "Omar Researcher"),
    ("editor", "Editors", True, "Eva Editor"),
    ("editor2", "Editors", True, "Jonas Reviewer"),
    ("admin", "Admins", True, "Ada Admin"),
]


def demo_password() -> str:
    return os.environ.get(DEMO_PASSWORD_ENV) or DEFAULT_DEMO_PASSWORD


def ensure_users() -> dict[str, User]:
    User = get_user_model()
    users = {}
    for username, group_name, is_staff, full_name in USERS:
        first, last = full_name.split(" ", 1)
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"is_staff": is_staff, "first_name": first, "last_name": last},
        )
        if created:
            user.set_password(demo_password())
            user.save()
        user.groups.add(Group.objects.get(name=group_name))
        users[username] = user
    return users


def _span(sentence: str, body: str = BODY) -> tuple[int, int]:
    start = body.index(sentence)
    return start, start + len(sentence)


def _claim_maker(article: Article, body: str, author: Any, **defaults: Any) -> Any:
    """`claim(sentence, state, ...)`: a demo claim over `sentence`, found in `body`."""

    def claim(sentence, state, *, claimant="", score=0.8, reasons=(), **kw):
        start, end = _span(sentence, body)
        return Claim.objects.create(
            article=article,
            start=start,
            end=end,
            text=sentence,
            claimant=claimant,
            state=state,
            checkworthiness=score,
            checkworthiness_reasons=list(reasons),
            created_by=author,
            **(defaults | kw),
        )

    return claim


def _cue(cue: str, body: str = BODY) -> dict[str, object]:
    start = body.index(cue)
    return {"cue": cue, "cue_start": start, "cue_end": start + len(cue)}


@transaction.atomic
def load_demo() -> tuple[Article, bool]:
    """Create the demo articles and their people, sources, claims and evidence. Idempotent:
    returns the existing English article (created=False) when it is already there; the
    Russian one is added to a database that has only the English one."""
    users = ensure_users()
    existing = Article.objects.filter(content_hash=content_hash(BODY)).first()
    if existing is not None:
        _load_russian(users)
        return existing, False
    article = _load_english(users)
    _load_russian(users)
    return article, True


def _load_english(users: dict[str, User]) -> Article:
    def source(name, kind, reliability, **kw):
        found = match_source(name)
        if found:
            return found
        return create_source(name=name, kind=kind, reliability=reliability, user=None, **kw)

    politico = source(
        "POLITICO",
        Source.Kind.NEWS_OUTLET,
        "B",
        homepage="https://www.politico.eu/",
        aliases=["Politico", "POLITICO Europe"],
    )
    constanta = source(
        "Human Constanta", Source.Kind.NGO, "B", homepage="https://humanconstanta.org/"
    )
    call = source(
        "Recorded phone call, May 2021",
        Source.Kind.INTERCEPTED_COMMUNICATION,
        "C",
        notes="Call in which Mikhail Bedunkevich instructs police; obtained by POLITICO.",
        confidential=True,
    )
    bedunkevich = source(
        "Mikhail Bedunkevich",
        Source.Kind.OFFICIAL,
        "F",
        notes="Senior official, Belarusian Interior Ministry.",
    )
    aleh = source(
        "Aleh (border guard)",
        Source.Kind.WITNESS_TESTIMONY,
        "F",
        notes="First name only; identity protected by POLITICO.",
        confidential=True,
    )
    lukashenko = source(
        "Alexander Lukashenko", Source.Kind.HEAD_OF_STATE, "E", aliases=["Lukashenko"]
    )
    council = source(
        "Council of the European Union",
        Source.Kind.GOVERNMENT_BODY,
        "A",
        homepage="https://www.consilium.europa.eu/",
    )

    article = Article.objects.create(
        title=TITLE,
        outlet="Demo Daily",
        url="https://demo-daily.example/belarus-migrants",
        author="Demo desk",
        published_on=dt.date(2025, 2, 21),
        language="en",
        body=BODY,
        status=Article.Status.IN_REVIEW,
        imported_by=users["checker"],
    )
    scale = {label.slug: label for label in RatingLabel.objects.filter(scale__is_default=True)}
    now = timezone.now()

    claim = _claim_maker(article, BODY, users["checker"])

    deaths = claim(
        "At least 120 people have died along Belarus' borders with Poland, Lithuania and "
        "Latvia since the scheme began, according to the rights group Human Constanta.",
        Claim.State.PUBLISHED,
        claimant="Human Constanta",
        score=0.95,
        reasons=["statistic", "named entity", "attribution"],
        assignee=users["checker"],
        verdict=scale["mostly-true"],
        rationale=(
            "Human Constanta's own border-death tally lists 120 or more deaths on the Polish, "
            "Lithuanian and Latvian borders. The count is compiled from media and NGO reports, "
            "so it is a minimum, and not every death can be tied to the scheme."
        ),
        verdict_author=users["checker"],
        reviewer=users["editor"],
        approved_at=now - dt.timedelta(days=1),
        published_at=now - dt.timedelta(hours=20),
    )
    call_claim = claim(
        "In a call recorded in May 2021, senior Interior Ministry official Mikhail Bedunkevich "
        "told police not to stop migrants \u201cin transit to Europe.\u201d",
        Claim.State.DRAFTED,
        claimant="POLITICO",
        score=0.9,
        reasons=["date", "named entity", "quote"],
        assignee=users["checker2"],
        verdict=scale["true"],
        rationale="POLITICO published the audio; two Belarusian speakers confirmed the wording.",
        verdict_author=users["checker2"],
    )
    timing = claim(
        "The operation started in spring 2021, weeks after the EU sanctioned Belarus over its "
        "crackdown on protests against President Alexander Lukashenko's disputed 2020 "
        "re-election.",
        Claim.State.IN_RESEARCH,
        score=0.85,
        reasons=["date", "comparison", "named entity"],
        assignee=users["checker"],
    )
    declaration = claim(
        "Lukashenko then declared that Belarus would stop holding back migrants and drugs at "
        "its borders.",
        Claim.State.ACCEPTED,
        claimant="Alexander Lukashenko",
        score=0.75,
        reasons=["named entity", "attribution"],
    )
    claim(
        "Poland intends to seal its border with Belarus this summer.",
        Claim.State.PROPOSED,
        claimant="Government of Poland",
        score=0.6,
        reasons=["named entity", "date"],
    )
    claim(
        "Lukashenko, who is running for a seventh term in an election set for January 26, "
        "denies using migrants as a weapon.",
        Claim.State.PROPOSED,
        claimant="Alexander Lukashenko",
        score=0.7,
        reasons=["date", "statistic", "named entity"],
    )
    claim(
        "The episode shows how exposed the EU is to hybrid tactics.",
        Claim.State.REJECTED,
        score=0.2,
        reasons=["opinion"],
    )
    Claim.objects.create(
        text="Belarus flies migrants to Minsk on state airline charters to push them into the EU.",
        claimant="Viral social-media post",
        state=Claim.State.PROPOSED,
        checkworthiness=0.8,
        checkworthiness_reasons=["named entity"],
        created_by=users["editor"],
        appearance_url="https://social.example/post/123",
    )

    Attribution.objects.create(
        claim=deaths, source=constanta, **_cue("according to the rights group Human Constanta")
    )
    Attribution.objects.create(
        claim=call_claim, source=call, via=politico, **_cue("obtained by POLITICO")
    )
    Attribution.objects.create(claim=call_claim, source=bedunkevich, via=call)
    Attribution.objects.create(claim=declaration, source=lukashenko, **_cue("declared"))
    aleh_claim = claim(
        "A Belarusian border guard identified only as Aleh, speaking to POLITICO, called the "
        "programme \u201cLukashenko's revenge for the sanctions.\u201d",
        Claim.State.ACCEPTED,
        claimant="Aleh (border guard)",
        score=0.65,
        reasons=["quote", "attribution"],
    )
    Attribution.objects.create(
        claim=aleh_claim, source=aleh, via=politico, **_cue("speaking to POLITICO")
    )

    Evidence.objects.create(
        claim=deaths,
        source=constanta,
        url="https://humanconstanta.org/border-deaths",
        excerpt="at least 120 people have died",
        stance=Evidence.Stance.SUPPORTS,
        credibility=2,
        added_by=users["checker"],
    )
    Evidence.objects.create(
        claim=call_claim,
        source=politico,
        url="https://www.politico.eu/article/belarus-migrants",
        excerpt="in transit to Europe",
        stance=Evidence.Stance.SUPPORTS,
        credibility=2,
        added_by=users["checker2"],
    )
    Evidence.objects.create(
        claim=timing,
        source=council,
        url="https://www.consilium.europa.eu/en/press/press-releases/2021/06/24/",
        excerpt="The Council today imposed restrictive measures on Belarus",
        stance=Evidence.Stance.CONTEXT,
        credibility=1,
        added_by=users["checker"],
    )

    link_article_evidence(article_id=article.pk)
    return article


def _known(name: str) -> Source:
    found = match_source(name)
    if found is None:
        raise LookupError(f"The demo source {name!r} is missing: load the English article first.")
    return found


def _load_russian(users: dict[str, User]) -> Article | None:
    """The Russian article: claims in Russian and one in Polish, sources recognised through
    their Cyrillic and Polish spellings (aliases an editor would link on the Sources page)."""
    if Article.objects.filter(content_hash=content_hash(RU_BODY)).exists():
        return None
    lukashenko = _known("Alexander Lukashenko")
    bedunkevich = _known("Mikhail Bedunkevich")
    constanta = _known("Human Constanta")
    for source, names in (
        (lukashenko, ["Александр Лукашенко", "Лукашенко", "Лукашэнка", "Łukaszenka"]),
        (bedunkevich, ["Михаил Бедункевич"]),
    ):
        for name in names:
            if match_source(name) is None:
                add_alias(source=source, user=None, name=name)
    article = Article.objects.create(
        title=RU_TITLE,
        outlet="Demo Daily (русская служба)",
        url="https://demo-daily.example/ru/belarus-migrants",
        author="Demo desk",
        published_on=dt.date(2025, 2, 22),
        language="ru",
        body=RU_BODY,
        status=Article.Status.IMPORTED,
        imported_by=users["checker"],
    )

    claim = _claim_maker(article, RU_BODY, users["checker"], language="ru")

    deaths = claim(
        "По данным правозащитной организации Human Constanta, с тех пор на границах Беларуси "
        "с Польшей, Литвой и Латвией погибли не менее 120 человек.",
        Claim.State.ACCEPTED,
        claimant="Human Constanta",
        score=0.95,
        reasons=["statistic", "named entity", "attribution"],
    )
    call = claim(
        "В разговоре, записанном в мае 2021 года, высокопоставленный сотрудник МВД Михаил "
        "Бедункевич велел милиции не задерживать мигрантов, которые следуют «транзитом в "
        "Европу».",
        Claim.State.PROPOSED,
        claimant="Mikhail Bedunkevich",
        score=0.9,
        reasons=["date", "named entity", "quote"],
    )
    declaration = claim(
        "Тогда Александр Лукашенко заявил, что Беларусь больше не будет сдерживать мигрантов и "
        "наркотики на своих границах.",
        Claim.State.ACCEPTED,
        claimant="Alexander Lukashenko",
        score=0.75,
        reasons=["named entity", "attribution"],
    )
    claim(
        "Warszawa chce uszczelnić granicę z Białorusią jeszcze tego lata.",
        Claim.State.PROPOSED,
        language="pl",
        score=0.6,
        reasons=["named entity", "date"],
    )
    claim(
        "Лукашенко, который добивается седьмого срока на выборах 26 января, отрицает, что "
        "использует мигрантов как оружие.",
        Claim.State.PROPOSED,
        claimant="Alexander Lukashenko",
        score=0.7,
        reasons=["date", "named entity"],
    )
    claim(
        "Кажется, эта история показывает, насколько Евросоюз беззащитен перед гибридными методами.",
        Claim.State.REJECTED,
        score=0.2,
        reasons=["opinion"],
    )
    Attribution.objects.create(
        claim=deaths,
        source=constanta,
        **_cue("По данным правозащитной организации Human Constanta", RU_BODY),
    )
    Attribution.objects.create(claim=call, source=bedunkevich, **_cue("велел", RU_BODY))
    Attribution.objects.create(claim=declaration, source=lukashenko, **_cue("заявил", RU_BODY))
    return article
