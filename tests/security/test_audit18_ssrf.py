"""SSRF: a host written with the other dots IDNA maps to "." (。 U+3002, ． U+FF0E, ｡ U+FF61)
or in full-width digits is the IPv4 address it becomes. It used to pass as a *name*, came
out normalised as "127.0.0.1", and was connected to directly: aiohttp does not ask the
resolver (where the address check sits) for a host that is already an address. Every
entrance fetches through sources.linkcheck.safety, so each is checked here against a real
server on 127.0.0.1 that must never be contacted."""

from __future__ import annotations

import io
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse

from claims.interchange.articles import import_article
from claims.models import Article
from media.fetch import FetchRefused, fetch_to_file
from sources.linkcheck import LinkCheckConfig, check_urls_sync
from sources.linkcheck.safety import UrlRefused, prepare_url
from sources.models import Link, LinkCheck
from sources.tasks import check_links

STRICT = LinkCheckConfig()
PAGE = b"<html><head><title>Inside</title></head><body><p>" + b"Internal words. " * 40 + b"</p>"

# 127.0.0.1 spelled so that only IDNA's mapping turns it into the address
DISGUISED = ["127\u30020\u30020\u30021", "127\uff0e0\uff0e0\uff0e1", "127\uff610\uff610\uff611"]
WIDE_DIGITS = "\uff11\uff12\uff17.\uff10.\uff10.\uff11"  # １２７.０.０.１
OTHER_FORMS = ["0x7f\u30021", "2130706433\u3002", "0177\uff0e0\uff0e0\uff0e1"]


class _Server:
    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.port = 0
        self.redirect_to = ""


def _serve(address: str) -> Iterator[_Server]:
    state = _Server()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # http.server's naming
            path = self.path.split("?")[0]
            state.hits[path] += 1
            if path == "/hop":
                self.send_response(302)
                # raw UTF-8, as a hostile server sends it (send_header writes Latin-1 only)
                location = f"Location: {state.redirect_to}\r\n".encode()
                self._headers_buffer.append(location)  # type: ignore[attr-defined]
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            kind = "audio/mpeg" if path == "/recording.mp3" else "text/html; charset=utf-8"
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer((address, 0), Handler)
    server.daemon_threads = True
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def inside() -> Iterator[_Server]:
    """A server on loopback: the intranet service an attacker wants the workbench to read."""
    yield from _serve("127.0.0.1")


@pytest.fixture
def hidden() -> Iterator[_Server]:
    """Another intranet service, on 127.0.0.2, for redirects from an allowlisted 127.0.0.1."""
    yield from _serve("127.0.0.2")


def url(host: str, port: int, path: str = "/secret") -> str:
    return f"http://{host}:{port}{path}"


@pytest.mark.parametrize("host", [*DISGUISED, WIDE_DIGITS, *OTHER_FORMS])
def test_hosts_that_idna_turns_into_loopback_are_refused_as_addresses(host):
    with pytest.raises(UrlRefused) as refused:
        prepare_url(f"http://{host}/", STRICT)
    assert refused.value.blocked
    assert "127.0.0.1" in str(refused.value)


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("169\u3002254\u3002169\u3002254", "169.254.169.254"),  # cloud metadata
        ("\u2460\u2461\u2466.0.0.1", "127.0.0.1"),  # circled digits ①②⑦
        ("10\uff0e0\uff0e0\uff0e5", "10.0.0.5"),
    ],
)
def test_other_private_addresses_behind_idna_are_refused(host, address):
    with pytest.raises(UrlRefused) as refused:
        prepare_url(f"http://{host}/", STRICT)
    assert refused.value.blocked and address in str(refused.value)


def test_a_name_with_wide_dots_is_still_a_name():
    """The mapping is applied, not refused: an ordinary name written with 。 is the name."""
    safe = prepare_url("https://www\u3002example\u3002org/page", STRICT)
    assert safe.host == "www.example.org" and safe.ip is None


@pytest.mark.parametrize("host", DISGUISED)
def test_engine_never_contacts_loopback_behind_wide_dots(inside, host):
    [result] = check_urls_sync([url(host, inside.port)], STRICT)
    assert result.outcome.value == "blocked", result
    assert inside.hits["/secret"] == 0


def test_engine_refuses_a_redirect_to_an_address_behind_wide_dots(inside, hidden):
    only_the_first_hop = LinkCheckConfig(allowed_networks=("127.0.0.1/32",))
    inside.redirect_to = url("127\u30020\u30020\u30022", hidden.port)
    [result] = check_urls_sync([url("127.0.0.1", inside.port, "/hop")], only_the_first_hop)
    assert inside.hits["/hop"] == 1
    assert result.outcome.value == "blocked", result
    assert "127.0.0.2" in str(result.error)
    assert hidden.hits["/secret"] == 0


@pytest.mark.django_db
def test_link_check_task_records_blocked_without_a_request(inside, settings):
    settings.LINKCHECK_ALLOWED_NETWORKS = []
    link = Link.objects.create(url=url(DISGUISED[1], inside.port))
    check_links.apply(args=[[link.pk]])
    check = LinkCheck.objects.get(link=link)
    assert check.outcome == "blocked"
    assert inside.hits["/secret"] == 0


@pytest.mark.django_db
def test_check_url_command_reports_blocked_without_a_request(inside, settings):
    settings.LINKCHECK_ALLOWED_NETWORKS = []
    out = StringIO()
    call_command("check_url", url(DISGUISED[2], inside.port), "--json", stdout=out)
    assert '"outcome": "blocked"' in out.getvalue()
    assert inside.hits["/secret"] == 0


@pytest.mark.django_db
def test_article_import_service_refuses_without_a_request(inside, settings, checker):
    settings.LINKCHECK_ALLOWED_NETWORKS = []
    with pytest.raises(ValidationError) as refused:
        import_article(user=checker, url=url(DISGUISED[0], inside.port))
    assert "safety policy" in " ".join(refused.value.messages)
    assert inside.hits["/secret"] == 0 and not Article.objects.exists()


@pytest.mark.django_db
def test_import_page_refuses_without_a_request(inside, settings, client, checker):
    settings.LINKCHECK_ALLOWED_NETWORKS = []
    client.force_login(checker)
    response = client.post(reverse("claims:import"), {"url": url(DISGUISED[1], inside.port)})
    assert response.status_code == 422  # the form's URL field already refuses it
    assert inside.hits["/secret"] == 0 and not Article.objects.exists()


def test_recording_fetch_refuses_without_a_request(inside):
    with pytest.raises(FetchRefused):
        fetch_to_file(
            url(DISGUISED[0], inside.port, "/recording.mp3"), io.BytesIO(), STRICT, max_bytes=10**6
        )
    assert inside.hits["/recording.mp3"] == 0
