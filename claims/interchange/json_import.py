"""Import our own JSON document (claims.interchange.json_export writes it): all or
nothing. The whole file is checked first (shape, types, references), then written in one
transaction; any problem raises ImportFailed with the complete list, and nothing is saved."""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction

from claims.interchange.common import (
    ImportFailed,
    ImportResult,
    load_json_bytes,
    nul_problems,
    parse_date_text,
    parse_datetime_text,
)
from claims.interchange.json_export import FORMAT, VERSION
from claims.models import (
    Article,
    Claim,
    RatingLabel,
    ReviewComment,
    content_hash,
)
from sources.models import (
    Attribution,
    Evidence,
    Link,
    Source,
    SourceAlias,
    normalise_name,
    url_hash,
)

# --- shape checks -------------------------------------------------------------------------

Check = Callable[[Any], str | None]


def _type(*types: type, nullable: bool = False) -> Check:
    names = " or ".join(
        "an integer"
        if t is int
        else "a number"
        if t is float
        else "a boolean"
        if t is bool
        else "a string"
        if t is str
        else "a list"
        if t is list
        else "an object"
        for t in types
    )

    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else f"must be {names}, not null"
        if isinstance(value, bool) and bool not in types:
            return f"must be {names}, not a boolean"
        if float in types and isinstance(value, int):
            return None
        return None if isinstance(value, types) else f"must be {names}, not {type(value).__name__}"

    return check


def _date(nullable: bool = True) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else "is required"
        if not isinstance(value, str) or parse_date_text(value) is None:
            return f"must be a date YYYY-MM-DD, not {value!r:.40}"
        return None

    return check


def _datetime(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or parse_datetime_text(value) is None:
        return f"must be an ISO date-time with time zone, not {value!r:.40}"
    return None


def _choice(choices: list[Any]) -> Check:
    def check(value: Any) -> str | None:
        return (
            None
            if value in choices
            else f"must be one of {', '.join(map(str, choices))}, not {value!r:.40}"
        )

    return check


STR = _type(str)
OPT_STR = _type(str, nullable=True)
OPT_INT = _type(int, nullable=True)

SPEC_PERSON = {"username": STR, "first_name": STR, "last_name": STR}
SPEC_SOURCE = {
    "name": STR,
    "kind": _choice(Source.Kind.values),
    "homepage": STR,
    "reliability": _choice(Source.Reliability.values),
    "notes": STR,
    "confidential": _type(bool),
    "aliases": _type(list),
}
SPEC_ARTICLE = {
    "title": STR,
    "outlet": STR,
    "url": STR,
    "author": STR,
    "published_on": _date(),
    "language": STR,
    "body": STR,
    "status": _choice(Article.Status.values),
    "imported_by": OPT_STR,
    "claims": _type(list),
}
SPEC_CLAIM = {
    "start": OPT_INT,
    "end": OPT_INT,
    "text": STR,
    "claimant": STR,
    "claim_date": _date(),
    "appearance_url": STR,
    "checkworthiness": _type(float),
    "checkworthiness_reasons": _type(list),
    "language": STR,
    "chain_unverified": _type(bool),
    "state": _choice(Claim.State.values),
    "assignee": OPT_STR,
    "verdict": _type(dict, nullable=True),
    "rationale": STR,
    "verdict_author": OPT_STR,
    "reviewer": OPT_STR,
    "approved_at": _datetime,
    "published_at": _datetime,
    "created_by": OPT_STR,
    "attributions": _type(list),
    "evidence": _type(list),
    "comments": _type(list),
}
SPEC_ATTRIBUTION = {
    "source": STR,
    "via": OPT_STR,
    "cue": STR,
    "cue_start": OPT_INT,
    "cue_end": OPT_INT,
}
SPEC_EVIDENCE = {
    "source": OPT_STR,
    "url": STR,
    "file": _type(dict, nullable=True),
    "excerpt": STR,
    "stance": _choice(Evidence.Stance.values),
    "credibility": _choice(Evidence.Credibility.values),
    "confidential": _type(bool),
    "added_by": OPT_STR,
    "added_at": _datetime,
}
SPEC_FILE = {"name": STR, "sha256": STR, "size": OPT_INT, "content_base64": OPT_STR}
SPEC_COMMENT = {"author": OPT_STR, "body": STR, "created_at": _datetime}
SPEC_VERDICT = {"scale": STR, "label": STR}


def _shape(obj: Any, spec: dict[str, Check], path: str, errors: list[str]) -> bool:
    if not isinstance(obj, dict):
        errors.append(f"{path}: must be an object, not {type(obj).__name__}")
        return False
    ok = True
    for key, check in spec.items():
        if key not in obj:
            errors.append(f"{path}.{key}: missing")
            ok = False
            continue
        problem = check(obj[key])
        if problem:
            errors.append(f"{path}.{key}: {problem}")
            ok = False
    for key in sorted(set(obj) - set(spec)):
        errors.append(f"{path}.{key}: unknown field")
        ok = False
    return ok


def _check_claim(claim: Any, path: str, errors: list[str], refs: dict[str, set]) -> None:
    if isinstance(claim, dict):  # files written before the field existed
        claim.setdefault("chain_unverified", False)
        claim.setdefault("language", "")
    if not _shape(claim, SPEC_CLAIM, path, errors):
        return
    for key in ("assignee", "verdict_author", "reviewer", "created_by"):
        if claim[key]:
            refs["people"].add((claim[key], f"{path}.{key}"))
    if claim["verdict"] is not None and _shape(
        claim["verdict"], SPEC_VERDICT, f"{path}.verdict", errors
    ):
        refs["verdicts"].add(
            (claim["verdict"]["scale"], claim["verdict"]["label"], f"{path}.verdict")
        )
    if not all(isinstance(r, str) for r in claim["checkworthiness_reasons"]):
        errors.append(f"{path}.checkworthiness_reasons: must be a list of strings")
    for i, a in enumerate(claim["attributions"]):
        p = f"{path}.attributions[{i}]"
        if _shape(a, SPEC_ATTRIBUTION, p, errors):
            refs["sources"].add((a["source"], f"{p}.source"))
            if a["via"]:
                refs["sources"].add((a["via"], f"{p}.via"))
    for i, e in enumerate(claim["evidence"]):
        p = f"{path}.evidence[{i}]"
        if _shape(e, SPEC_EVIDENCE, p, errors):
            if e["source"]:
                refs["sources"].add((e["source"], f"{p}.source"))
            if e["added_by"]:
                refs["people"].add((e["added_by"], f"{p}.added_by"))
            if e["file"] is not None:
                _shape(e["file"], SPEC_FILE, f"{p}.file", errors)
    for i, c in enumerate(claim["comments"]):
        p = f"{path}.comments[{i}]"
        if _shape(c, SPEC_COMMENT, p, errors) and c["author"]:
            refs["people"].add((c["author"], f"{p}.author"))


def check_document(doc: Any) -> list[str]:
    """Every problem in the document's shape and references, without writing anything."""
    if not isinstance(doc, dict):
        return [f"The file must hold a JSON object, not {type(doc).__name__}."]
    errors = nul_problems(doc)
    if errors:
        return errors
    if doc.get("format") != FORMAT:
        errors.append(f"format: must be {FORMAT!r}, not {doc.get('format')!r:.40}")
    if doc.get("version") != VERSION:
        errors.append(f"version: must be {VERSION}, not {doc.get('version')!r:.40}")
    for key in ("people", "sources", "articles", "claims"):
        if not isinstance(doc.get(key), list):
            errors.append(f"{key}: must be a list")
    unknown = set(doc) - {
        "format",
        "version",
        "exported_at",
        "people",
        "sources",
        "articles",
        "claims",
    }
    errors += [f"{key}: unknown field" for key in sorted(unknown)]
    if errors:
        return errors
    refs: dict[str, set] = {"people": set(), "sources": set(), "verdicts": set()}
    people_in_file: set[str] = set()
    for i, person in enumerate(doc["people"]):
        if _shape(person, SPEC_PERSON, f"people[{i}]", errors):
            people_in_file.add(person["username"])
    sources_in_file: set[str] = set()
    for i, source in enumerate(doc["sources"]):
        p = f"sources[{i}]"
        if _shape(source, SPEC_SOURCE, p, errors):
            key = normalise_name(source["name"])
            if not key:
                errors.append(f"{p}.name: needs letters or digits")
            elif key in sources_in_file:
                errors.append(f"{p}.name: “{source['name']}” appears twice")
            sources_in_file.add(key)
            if not all(isinstance(a, str) for a in source["aliases"]):
                errors.append(f"{p}.aliases: must be a list of strings")
    hashes: dict[str, str] = {}
    for i, article in enumerate(doc["articles"]):
        p = f"articles[{i}]"
        if _shape(article, SPEC_ARTICLE, p, errors):
            if article["imported_by"]:
                refs["people"].add((article["imported_by"], f"{p}.imported_by"))
            digest = content_hash(article["body"])
            if digest in hashes:
                errors.append(f"{p}.body: the same text as {hashes[digest]}")
            hashes[digest] = p
        if not isinstance(article, dict) or not isinstance(article.get("claims"), list):
            continue
        for j, claim in enumerate(article["claims"]):
            _check_claim(claim, f"{p}.claims[{j}]", errors, refs)
    for i, claim in enumerate(doc["claims"]):
        _check_claim(claim, f"claims[{i}]", errors, refs)
        if isinstance(claim, dict) and claim.get("start") is not None:
            errors.append(f"claims[{i}].start: a claim outside an article has no span")

    User = get_user_model()
    wanted = {name for name, _ in refs["people"]} - people_in_file
    known = set(User.objects.filter(username__in=wanted).values_list("username", flat=True))
    for name, where in sorted(refs["people"], key=lambda r: r[1]):
        if name not in people_in_file and name not in known:
            errors.append(f"{where}: unknown person {name!r} (not in people, not in the database)")
    wanted_sources = {normalise_name(n) for n, _ in refs["sources"]} - sources_in_file
    known_sources = set(
        Source.objects.filter(normalised_name__in=wanted_sources).values_list(
            "normalised_name", flat=True
        )
    )
    for name, where in sorted(refs["sources"], key=lambda r: r[1]):
        key = normalise_name(name)
        if key not in sources_in_file and key not in known_sources:
            errors.append(f"{where}: unknown source {name!r} (not in sources, not in the database)")
    labels = set(RatingLabel.objects.values_list("scale__slug", "slug"))
    for scale, label, where in sorted(refs["verdicts"], key=lambda r: r[2]):
        if (scale, label) not in labels:
            errors.append(f"{where}: unknown rating label {label!r} on scale {scale!r}")
    existing = dict(
        Article.objects.filter(content_hash__in=hashes).values_list("content_hash", "pk")
    )
    for digest, where in hashes.items():
        if digest in existing:
            errors.append(
                f"{where}.body: this article is already in the database (id {existing[digest]})"
            )
    return errors


# --- writing -------------------------------------------------------------------------------


class _Writer:
    """Creates the objects of a checked document; records per-object validation errors."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.errors: list[str] = []
        self.result = ImportResult()
        self.people: dict[str, Any] = {}
        self.sources: dict[str, Source] = {}
        self.labels = {
            (label.scale.slug, label.slug): label
            for label in RatingLabel.objects.select_related("scale")
        }

    def save(self, obj: Any, path: str, **clean: Any) -> bool:
        try:
            obj.full_clean(**clean)
            with transaction.atomic():
                obj.save()
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                where = path if name == "__all__" else f"{path}.{name}"
                self.errors += [f"{where}: {m}" for m in messages]
            return False
        except IntegrityError as exc:
            self.errors.append(f"{path}: {str(exc).splitlines()[0]}")
            return False
        return True

    def person(self, username: str | None) -> Any:
        if not username:
            return None
        if username not in self.people:
            self.people[username] = get_user_model().objects.get(username=username)
        return self.people[username]

    def source(self, name: str | None) -> Source | None:
        return self.sources[normalise_name(name)] if name else None

    def run(self) -> ImportResult:
        User = get_user_model()
        for person in self.doc["people"]:
            user = User.objects.filter(username=person["username"]).first()
            if user is None:
                # Authors and reviewers keep their names; the account cannot log in.
                user = User(
                    username=person["username"],
                    first_name=person["first_name"],
                    last_name=person["last_name"],
                    is_active=False,
                )
                user.set_unusable_password()
                user.save()
                self.result.add("people")
            self.people[user.get_username()] = user
        for i, row in enumerate(self.doc["sources"]):
            self._source(row, f"sources[{i}]")
        for name in self._referenced_sources():
            key = normalise_name(name)
            if key not in self.sources:
                self.sources[key] = Source.objects.get(normalised_name=key)
        for i, row in enumerate(self.doc["articles"]):
            self._article(row, f"articles[{i}]")
        for i, row in enumerate(self.doc["claims"]):
            self._claim(row, None, f"claims[{i}]")
        return self.result

    def _referenced_sources(self) -> list[str]:
        """Sources the claims name that were already in the database, not in the file."""
        names = []
        claims = list(self.doc["claims"]) + [c for a in self.doc["articles"] for c in a["claims"]]
        for c in claims:
            names += [a["source"] for a in c["attributions"]]
            names += [a["via"] for a in c["attributions"] if a["via"]]
            names += [e["source"] for e in c["evidence"] if e["source"]]
        return names

    def _source(self, row: dict[str, Any], path: str) -> None:
        key = normalise_name(row["name"])
        existing = Source.objects.filter(normalised_name=key).first()
        if existing is not None:
            self.sources[key] = existing
            return
        source = Source(
            name=row["name"],
            kind=row["kind"],
            homepage=row["homepage"],
            reliability=row["reliability"],
            notes=row["notes"],
            confidential=row["confidential"],
        )
        source.normalised_name = key
        if self.save(source, path):
            self.sources[key] = source
            self.result.add("sources")
            for j, alias_name in enumerate(row["aliases"]):
                alias = SourceAlias(source=source, name=alias_name)
                alias.normalised_name = normalise_name(alias_name)
                self.save(alias, f"{path}.aliases[{j}]")

    def _article(self, row: dict[str, Any], path: str) -> None:
        article = Article(
            title=row["title"],
            outlet=row["outlet"],
            url=row["url"],
            author=row["author"],
            published_on=parse_date_text(row["published_on"]) if row["published_on"] else None,
            language=row["language"],
            body=row["body"],
            status=row["status"],
            imported_by=self.person(row["imported_by"]),
        )
        article.content_hash = content_hash(row["body"])
        if not self.save(article, path):
            return
        self.result.add("articles")
        for j, claim in enumerate(row["claims"]):
            self._claim(claim, article, f"{path}.claims[{j}]")

    def _claim(self, row: dict[str, Any], article: Article | None, path: str) -> None:
        verdict = None
        if row["verdict"]:
            verdict = self.labels[(row["verdict"]["scale"], row["verdict"]["label"])]
        claim = Claim(
            article=article,
            start=row["start"],
            end=row["end"],
            text=row["text"],
            claimant=row["claimant"],
            claim_date=parse_date_text(row["claim_date"]) if row["claim_date"] else None,
            appearance_url=row["appearance_url"],
            checkworthiness=row["checkworthiness"],
            checkworthiness_reasons=row["checkworthiness_reasons"],
            language=row["language"],
            chain_unverified=row["chain_unverified"],
            state=row["state"],
            assignee=self.person(row["assignee"]),
            verdict=verdict,
            rationale=row["rationale"],
            verdict_author=self.person(row["verdict_author"]),
            reviewer=self.person(row["reviewer"]),
            approved_at=parse_datetime_text(row["approved_at"]) if row["approved_at"] else None,
            published_at=parse_datetime_text(row["published_at"]) if row["published_at"] else None,
            created_by=self.person(row["created_by"]),
        )
        claim._change_reason = "imported"
        if not self.save(claim, path):
            return
        self.result.add("claims")
        for k, a in enumerate(row["attributions"]):
            attribution = Attribution(
                claim=claim,
                source=self.source(a["source"]),
                via=self.source(a["via"]),
                cue=a["cue"],
                cue_start=a["cue_start"],
                cue_end=a["cue_end"],
            )
            if self.save(attribution, f"{path}.attributions[{k}]"):
                self.result.add("attributions")
        for k, e in enumerate(row["evidence"]):
            self._evidence(e, claim, f"{path}.evidence[{k}]")
        for k, c in enumerate(row["comments"]):
            comment = ReviewComment(claim=claim, author=self.person(c["author"]), body=c["body"])
            if self.save(comment, f"{path}.comments[{k}]"):
                ReviewComment.objects.filter(pk=comment.pk).update(
                    created_at=parse_datetime_text(c["created_at"])
                )

    def _evidence(self, row: dict[str, Any], claim: Claim, path: str) -> None:
        evidence = Evidence(
            claim=claim,
            source=self.source(row["source"]),
            url=row["url"],
            excerpt=row["excerpt"],
            stance=row["stance"],
            credibility=row["credibility"],
            confidential=row["confidential"],
            added_by=self.person(row["added_by"]),
        )
        file = row["file"]
        if file is not None:
            evidence.file_name = file["name"]
            evidence.file_sha256 = file["sha256"]
            evidence.file_size = file["size"]
            if file["content_base64"] is not None:
                try:
                    content = base64.b64decode(file["content_base64"], validate=True)
                except (binascii.Error, ValueError):
                    self.errors.append(f"{path}.file.content_base64: not valid base64")
                    return
                if hashlib.sha256(content).hexdigest() != file["sha256"]:
                    self.errors.append(f"{path}.file: content does not match its sha256")
                    return
                evidence.file.save(file["name"] or "evidence", ContentFile(content), save=False)
        if row["url"]:
            link = Link.objects.filter(url_hash=url_hash(row["url"])).first()
            if link is None:
                link = Link(url=row["url"])
                link.save()
            evidence.link = link
        if self.save(evidence, path):
            self.result.add("evidence")
            if row["added_at"]:
                Evidence.objects.filter(pk=evidence.pk).update(
                    created_at=parse_datetime_text(row["added_at"])
                )


def import_document(doc: Any) -> ImportResult:
    errors = check_document(doc)
    if errors:
        raise ImportFailed(errors)
    with transaction.atomic():
        writer = _Writer(doc)
        result = writer.run()
        if writer.errors:
            # Raising inside the atomic block rolls back everything written so far.
            raise ImportFailed(writer.errors)
    return result


def import_json(data: bytes | str) -> ImportResult:
    """Import a JSON export (see claims.interchange.json_export); all or nothing."""
    return import_document(load_json_bytes(data))
