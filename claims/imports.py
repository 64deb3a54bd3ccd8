"""Imports: our own JSON export (`import_json`) and other organisations' ClaimReview
JSON-LD (`import_claimreview`).

Both are all-or-nothing: the whole file is checked first (shape, types, references), then
written in one transaction; any problem raises ImportFailed with the complete list of what
is wrong, and nothing is saved."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from claims import safe_json
from claims.models import (
    Article,
    Claim,
    ImportJob,
    PriorFactCheck,
    RatingLabel,
    ReviewComment,
    content_hash,
)
from claims.reports.json_export import FORMAT, VERSION
from sources.models import (
    Attribution,
    Evidence,
    Link,
    Source,
    SourceAlias,
    normalise_name,
    url_hash,
)

MAX_ERRORS = 200


class ImportFailed(Exception):
    """The file was not imported; `errors` says why, one line per problem."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors[:MAX_ERRORS]
        if len(errors) > MAX_ERRORS:
            self.errors.append(f"… and {len(errors) - MAX_ERRORS} more problems.")
        super().__init__("Nothing was imported:\n" + "\n".join(f"- {e}" for e in self.errors))


@dataclass
class ImportResult:
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, n: int = 1) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + n

    def __str__(self) -> str:
        return ", ".join(f"{n} {kind}" for kind, n in self.counts.items()) or "nothing"


def load_json_bytes(data: bytes | str, *, what: str = "JSON") -> Any:
    """Parse with a size cap, so a huge upload is refused before it fills memory."""
    limit = settings.FACTCHECK_MAX_IMPORT_BYTES
    if len(data) > limit:
        raise ImportFailed([f"The file is {len(data):,} bytes; the limit is {limit:,} bytes."])
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportFailed(
                [f"The file is not UTF-8 text ({exc.reason} at byte {exc.start})."]
            ) from exc
    try:
        return safe_json.loads(data)
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            [f"Malformed {what}: {exc.msg} at line {exc.lineno}, column {exc.colno}."]
        ) from exc
    except safe_json.NestedTooDeeply as exc:
        raise ImportFailed([f"Malformed {what}: {exc}."]) from exc


def read_file(path: str) -> bytes:
    """Read a file for import, refusing one over the limit without reading it."""
    limit = settings.FACTCHECK_MAX_IMPORT_BYTES
    size = os.stat(path).st_size
    if size > limit:
        raise ImportFailed([f"{path} is {size:,} bytes; the limit is {limit:,} bytes."])
    with open(path, "rb") as handle:
        return handle.read()


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
        if not isinstance(value, str) or _parse_date(value) is None:
            return f"must be a date YYYY-MM-DD, not {value!r:.40}"
        return None

    return check


def _datetime(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or _parse_datetime(value) is None:
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


def _parse_date(value: str) -> dt.date | None:
    try:
        return parse_date(value)
    except ValueError:
        return None


def _parse_datetime(value: str) -> dt.datetime | None:
    try:
        parsed = parse_datetime(value)
    except ValueError:
        return None
    return parsed if parsed is not None and parsed.tzinfo is not None else None


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


def nul_problems(value: Any, root: str = "") -> list[str]:
    """One line per string holding NUL, which the database cannot store."""
    return [
        f"{path or 'The file'}: contains a NUL character (U+0000), which cannot be stored; "
        "remove it from the file"
        for path in safe_json.nul_paths(value, root)
    ]


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
            published_on=_parse_date(row["published_on"]) if row["published_on"] else None,
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
            claim_date=_parse_date(row["claim_date"]) if row["claim_date"] else None,
            appearance_url=row["appearance_url"],
            checkworthiness=row["checkworthiness"],
            checkworthiness_reasons=row["checkworthiness_reasons"],
            state=row["state"],
            assignee=self.person(row["assignee"]),
            verdict=verdict,
            rationale=row["rationale"],
            verdict_author=self.person(row["verdict_author"]),
            reviewer=self.person(row["reviewer"]),
            approved_at=_parse_datetime(row["approved_at"]) if row["approved_at"] else None,
            published_at=_parse_datetime(row["published_at"]) if row["published_at"] else None,
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
                    created_at=_parse_datetime(c["created_at"])
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
                    created_at=_parse_datetime(row["added_at"])
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
    """Import a JSON export (see claims.reports.json_export); all or nothing."""
    return import_document(load_json_bytes(data))


# --- ClaimReview ------------------------------------------------------------------------

LD_SCRIPT = re.compile(
    r"<script[^>]*type\s*=\s*[\"']application/ld\+json[\"'][^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
_url = URLValidator(schemes=["http", "https"])


def _is_type(node: Any, name: str) -> bool:
    if not isinstance(node, dict):
        return False
    types = node.get("@type")
    types = types if isinstance(types, list) else [types]
    return any(
        isinstance(t, str) and t.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == name for t in types
    )


def _walk(node: Any, found: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 20:
        return
    if isinstance(node, list):
        for item in node:
            _walk(item, found, depth + 1)
    elif isinstance(node, dict):
        if _is_type(node, "ClaimReview"):
            found.append(node)
            return
        for key in ("@graph", "mainEntity", "hasPart", "review"):
            if key in node:
                _walk(node[key], found, depth + 1)


def claim_reviews_in(data: bytes | str) -> list[dict[str, Any]]:
    """ClaimReview objects in a JSON-LD file or in the ld+json scripts of an HTML page."""
    text = data.decode("utf-8-sig", errors="replace") if isinstance(data, bytes) else data
    limit = settings.FACTCHECK_MAX_IMPORT_BYTES
    if len(text) > limit:
        raise ImportFailed([f"The file is {len(text):,} characters; the limit is {limit:,}."])
    stripped = text.lstrip()
    found: list[dict[str, Any]] = []
    if stripped.startswith("<"):
        blocks = LD_SCRIPT.findall(text)
        if not blocks:
            raise ImportFailed(['The page has no <script type="application/ld+json"> block.'])
        errors = []
        for i, block in enumerate(blocks):
            try:
                _walk(
                    load_json_bytes(block.strip(), what=f"JSON-LD in script block {i + 1}"), found
                )
            except ImportFailed as exc:
                errors += exc.errors
        if errors:
            raise ImportFailed(errors)
    else:
        _walk(load_json_bytes(text, what="JSON-LD"), found)
    if not found:
        raise ImportFailed(["No ClaimReview object found (looked for @type ClaimReview)."])
    return found


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or "")
    if isinstance(value, list) and value:
        return _text(value[0])
    return ""


def _number(value: Any, where: str, errors: list[str]) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        errors.append(f"{where}: must be a number")
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        errors.append(f"{where}: must be a number, not {value!r:.40}")
        return None


def _ld_date(value: Any, where: str, errors: list[str]) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        errors.append(f"{where}: must be a date, not {type(value).__name__}")
        return None
    parsed = _parse_date(value[:10])
    if parsed is None:
        errors.append(f"{where}: not a date: {value!r:.40}")
    return parsed


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def parse_claim_review(
    node: dict[str, Any], where: str, errors: list[str]
) -> dict[str, Any] | None:
    """The fields of a PriorFactCheck, or None after recording what is wrong."""
    before = len(errors)
    url = node.get("url")
    if not isinstance(url, str) or not url.strip():
        errors.append(f"{where}.url: missing (Google requires it)")
    else:
        try:
            _url(url)
        except ValidationError:
            errors.append(f"{where}.url: not an http(s) URL: {url!r:.80}")
    claim_reviewed = node.get("claimReviewed")
    if not isinstance(claim_reviewed, str) or not claim_reviewed.strip():
        errors.append(f"{where}.claimReviewed: missing or not text (Google requires it)")
    rating = _first(node.get("reviewRating"))
    if not isinstance(rating, dict):
        errors.append(f"{where}.reviewRating: missing or not an object")
        rating = {}
    rating_text = _text(rating.get("alternateName")) or _text(rating.get("name"))
    value = _number(rating.get("ratingValue"), f"{where}.reviewRating.ratingValue", errors)
    best = _number(rating.get("bestRating"), f"{where}.reviewRating.bestRating", errors)
    worst = _number(rating.get("worstRating"), f"{where}.reviewRating.worstRating", errors)
    if rating and not rating_text and value is None:
        errors.append(
            f"{where}.reviewRating.alternateName: missing (Google requires the verdict text)"
        )
    author = _first(node.get("author"))
    item = _first(node.get("itemReviewed"))
    if item is not None and not isinstance(item, dict):
        errors.append(f"{where}.itemReviewed: must be an object")
        item = {}
    item = item or {}
    appearance = _first(item.get("appearance")) or _first(item.get("firstAppearance"))
    appearance_url = (
        appearance.get("url", "")
        if isinstance(appearance, dict)
        else (appearance if isinstance(appearance, str) else "")
    )
    if appearance_url:
        try:
            _url(appearance_url)
        except ValidationError:
            errors.append(f"{where}.itemReviewed.appearance.url: not an http(s) URL")
    author_url = author.get("url", "") if isinstance(author, dict) else ""
    if not isinstance(author_url, str):
        author_url = ""
    published = _ld_date(node.get("datePublished"), f"{where}.datePublished", errors)
    claim_date = _ld_date(item.get("datePublished"), f"{where}.itemReviewed.datePublished", errors)
    if len(errors) > before:
        return None
    return {
        "url": url.strip(),
        "claim_reviewed": claim_reviewed.strip(),
        "rating_text": rating_text[:300],
        "rating_value": value,
        "best_rating": best,
        "worst_rating": worst,
        "author_name": _text(author)[:300],
        "author_url": author_url,
        "date_published": published,
        "claimant": _text(item.get("author"))[:300],
        "claim_date": claim_date,
        "appearance_url": appearance_url,
        "language": _text(node.get("inLanguage"))[:12],
    }


def import_claimreview(data: bytes | str, *, user: Any = None) -> ImportResult:
    """Store other organisations' ClaimReviews as prior fact-checks; a review already stored
    (same url) is updated. All or nothing."""
    return import_claim_reviews(claim_reviews_in(data), user=user)


# Progress of a background import: (ImportJob.Status value, reviews checked so far).
Progress = Callable[[str, int], None]
CHUNK = 1000


def import_claim_reviews(
    nodes: list[dict[str, Any]], *, user: Any = None, progress: Progress | None = None
) -> ImportResult:
    """Check every review first (shape, NULs, model validation on unsaved rows, the stored
    ones fetched by url a chunk at a time), reporting progress; then write them all in one
    transaction. Any problem raises ImportFailed before anything is written. A url that
    appears twice in the file is stored once, with its last review."""
    report = progress or (lambda status, done: None)
    errors: list[str] = []
    rows: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for i, node in enumerate(nodes):
        if i % CHUNK == 0:
            report(ImportJob.Status.CHECKING, i)
        nul = nul_problems(node, f"ClaimReview[{i}]")
        fields = None if nul else parse_claim_review(node, f"ClaimReview[{i}]", errors)
        errors += nul
        if fields is not None:
            rows[hashlib.sha256(fields["url"].encode("utf-8")).hexdigest()] = (fields, node)
    if errors:
        raise ImportFailed(errors)
    digests = list(rows)
    stored: dict[str, PriorFactCheck] = {}
    for start in range(0, len(digests), CHUNK):
        chunk = PriorFactCheck.objects.filter(url_hash__in=digests[start : start + CHUNK])
        stored.update((prior.url_hash, prior) for prior in chunk)
    priors = []
    for digest, (fields, node) in rows.items():
        prior = stored.get(digest) or PriorFactCheck(imported_by=user)
        for name, value in fields.items():
            setattr(prior, name, value)
        prior.raw = node
        prior.url_hash = digest
        try:
            prior.full_clean(validate_unique=False)  # the url's row was looked up above
        except ValidationError as exc:
            errors += [
                f"ClaimReview {fields['url']}: {k}: {'; '.join(v)}"
                for k, v in exc.message_dict.items()
            ]
        priors.append(prior)
    if errors:
        raise ImportFailed(errors)
    report(ImportJob.Status.SAVING, len(nodes))
    result = ImportResult()
    try:
        with transaction.atomic():
            for prior in priors:
                created = prior.pk is None
                prior.save()
                result.add("prior fact-checks created" if created else "prior fact-checks updated")
    except IntegrityError as exc:
        raise ImportFailed(
            ["Some of these reviews were imported by someone else meanwhile; import again."]
        ) from exc
    return result


def run_import_job(job_id: int, *, task_id: str = "") -> str:
    """The background half of a large ClaimReview import (claims.tasks). Idempotent: a
    finished job is left alone, a redelivered one starts over (nothing was written)."""
    job = ImportJob.objects.select_related("requested_by").filter(pk=job_id).first()
    if job is None or not job.running:
        return "skipped"
    jobs = ImportJob.objects.filter(pk=job.pk)
    jobs.update(
        status=ImportJob.Status.CHECKING, started_at=timezone.now(), task_id=task_id, done=0
    )
    try:
        with job.file.open("rb") as handle:
            data = handle.read()
        result = import_claim_reviews(
            claim_reviews_in(data),
            user=job.requested_by,
            progress=lambda status, done: jobs.update(status=status, done=done),
        )
    except ImportFailed as exc:
        _finish(job, ImportJob.Status.FAILED, errors=exc.errors)
        return "failed"
    except Exception:
        _finish(
            job,
            ImportJob.Status.FAILED,
            errors=["The import stopped unexpectedly; nothing was saved. Try again."],
        )
        raise
    _finish(job, ImportJob.Status.DONE, summary=f"Imported {result}.", done=job.total)
    return "done"


def _finish(job: ImportJob, status: str, **fields: Any) -> None:
    """The file is not kept: what it held is in the database now, or was refused."""
    job.file.delete(save=False)
    ImportJob.objects.filter(pk=job.pk).update(
        status=status, file="", finished_at=timezone.now(), **fields
    )
