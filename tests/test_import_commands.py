"""`manage.py extract_claims PATH --json` (nothing stored) and `manage.py import_article
PATH|URL` (stores, prints the id): the scripting face of the same import code path."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article, Claim
from sources.models import Attribution, Source
from tests.local_site import ARTICLE_HTML, Route

pytestmark = pytest.mark.django_db

CLAIM_KEYS = {
    "text",
    "start",
    "end",
    "checkworthiness",
    "checkworthy",
    "reasons",
    "attributions",
    "language",
}


def row_counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count() for model in (Article, Claim, Source, Attribution)
    }


def run(command: str, *args: str) -> str:
    out = StringIO()
    call_command(command, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def seed_path(shared_dir: Path) -> Path:
    return shared_dir / "fixtures" / "seed-article-belarus.txt"


def test_extract_claims_json_has_the_documented_shape_and_stores_nothing(seed_path):
    from claims.extraction import extract

    before = row_counts()
    data = json.loads(run("extract_claims", str(seed_path), "--json"))

    assert set(data) == {"title", "language", "body", "claims"}
    assert data["language"] == "en"
    assert isinstance(data["title"], str) and isinstance(data["body"], str)
    for claim in data["claims"]:
        assert set(claim) == CLAIM_KEYS
        assert data["body"][claim["start"] : claim["end"]] == claim["text"]
        assert isinstance(claim["checkworthiness"], float) and isinstance(
            claim["checkworthy"], bool
        )
        assert all(isinstance(reason, str) for reason in claim["reasons"])
        assert claim["language"] == "en"
        for attribution in claim["attributions"]:
            assert set(attribution) == {"name", "kind", "cue", "via"}
            assert attribution["via"] is None or isinstance(attribution["via"], str)
    document = extract(seed_path.read_text(encoding="utf-8"))
    assert [c["text"] for c in data["claims"]] == [s.text for s in document.sentences]
    assert [c["text"] for c in data["claims"] if c["checkworthy"]] == [
        s.text for s in document.claims
    ]
    assert row_counts() == before


def test_extract_claims_lists_every_sentence_and_flags_only_proposed_ones(tmp_path):
    path = tmp_path / "prices.txt"
    path.write_text(
        "Prices rose 5 percent in May, the agency said. I love summer.", encoding="utf-8"
    )

    data = json.loads(run("extract_claims", str(path), "--json"))

    assert [c["text"] for c in data["claims"]] == [
        "Prices rose 5 percent in May, the agency said.",
        "I love summer.",
    ]
    assert [c["checkworthy"] for c in data["claims"]] == [True, False]


def test_extract_claims_reads_html_without_script_text(tmp_path):
    path = tmp_path / "strike.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")

    data = json.loads(run("extract_claims", str(path), "--json"))

    assert "Rotterdam" in data["body"] and "SECRET_TRACKER_JS" not in data["body"]


def test_import_article_prints_the_new_id(seed_path):
    out = run("import_article", str(seed_path))

    article = Article.objects.get()
    assert out.strip() == str(article.pk)
    assert article.claims.count() >= 10


def test_import_article_twice_prints_the_same_id_and_stores_nothing_new(seed_path):
    first = run("import_article", str(seed_path)).strip()
    before = row_counts()

    assert run("import_article", str(seed_path)).strip() == first
    assert row_counts() == before


def test_import_article_from_an_allowlisted_local_url(site):
    site.routes["/strike"] = Route(ARTICLE_HTML.encode())

    out = run("import_article", site.url("/strike"))

    article = Article.objects.get(pk=int(out))
    assert article.url == site.url("/strike") and "Rotterdam" in article.body


def test_import_article_refuses_a_loopback_url_without_fetching(site, settings):
    settings.LINKCHECK_ALLOWED_NETWORKS = []
    site.routes["/strike"] = Route(ARTICLE_HTML.encode())

    with pytest.raises(CommandError, match="safety policy"):
        run("import_article", site.url("/strike"))

    assert site.hits["/strike"] == 0 and Article.objects.count() == 0


def test_import_article_reports_a_timeout(site, settings):
    settings.LINKCHECK_TIMEOUT_SECONDS = 1
    site.routes["/slow"] = Route(ARTICLE_HTML.encode(), delay=4)

    with pytest.raises(CommandError, match="timeout"):
        run("import_article", site.url("/slow"))

    assert Article.objects.count() == 0


def test_import_article_decodes_cp1252_and_latin1_files(tmp_path):
    cp1252 = tmp_path / "budget.txt"
    cp1252.write_bytes(
        "The ministry said the “new” budget adds €320 million for schools in 2025.".encode("cp1252")
    )
    latin1 = tmp_path / "region.txt"
    latin1.write_bytes(
        "Officials in Québec said 1,200 homes near Trois-Rivières lost power on Monday.".encode(
            "latin-1"
        )
    )

    budget = Article.objects.get(pk=int(run("import_article", str(cp1252))))
    region = Article.objects.get(pk=int(run("import_article", str(latin1))))

    assert "“new”" in budget.body and "€320 million" in budget.body
    assert "Québec" in region.body and "Trois-Rivières" in region.body


BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"   \n\t \n", "empty"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    "notes.rtf": (b"{\\rtf1 Prices rose 5 percent.}", "not a supported file type"),
}


@pytest.mark.parametrize("command", ["extract_claims", "import_article"])
@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_exit_non_zero_with_a_message_and_store_nothing(tmp_path, command, name):
    data, message = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    before = row_counts()

    with pytest.raises(CommandError) as failed:
        run(command, str(path))

    assert message in str(failed.value) and name in str(failed.value)
    assert row_counts() == before


@pytest.mark.parametrize("command", ["extract_claims", "import_article"])
def test_file_over_the_upload_limit_is_refused(tmp_path, settings, command):
    settings.FACTCHECK_MAX_UPLOAD_BYTES = 1000
    path = tmp_path / "long.txt"
    path.write_text("The ministry said prices rose 5 percent in May. " * 50, encoding="utf-8")

    with pytest.raises(CommandError, match="limit"):
        run(command, str(path))

    assert Article.objects.count() == 0


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        run("import_article", str(tmp_path / "nowhere.txt"))


def test_command_line_exits_non_zero_with_the_message_on_stderr(tmp_path, capsys):
    from django.core.management import execute_from_command_line

    path = tmp_path / "empty.txt"
    path.write_bytes(b"")

    with pytest.raises(SystemExit) as exited:
        execute_from_command_line(["manage.py", "extract_claims", str(path), "--json"])

    assert exited.value.code == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("CommandError: ") and "empty" in captured.err.lower()
    assert captured.out == ""


def test_extract_claims_works_without_a_database(tmp_path):
    """Scripting and evaluation should not need a server: with the database unreachable the
    command still prints the JSON, and says on stderr that names were not matched."""
    import os
    import subprocess
    import sys

    path = tmp_path / "wire.txt"
    path.write_text(
        "Port strike ends\n\nAbout 310 ships were delayed, according to MarineTrack.",
        encoding="utf-8",
    )
    env = {**os.environ, "DATABASE_URL": "postgres://postgres@127.0.0.1:1/nowhere"}
    done = subprocess.run(
        [sys.executable, "manage.py", "extract_claims", str(path), "--json"],
        cwd=Path(__file__).resolve().parents[1],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    [claim] = [c for c in data["claims"] if c["checkworthy"]]
    assert claim["attributions"][0]["name"] == "MarineTrack"
    assert "database not available" in done.stderr
