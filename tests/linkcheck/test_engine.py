"""Behaviour of the link checker against real local servers, one behaviour per test."""

from __future__ import annotations

import socket
import time
import tracemalloc
import uuid
from dataclasses import replace

import pytest

from sources.linkcheck import (
    LinkCheckConfig,
    LinkResult,
    Outcome,
    check_urls_sync,
    fetch,
)

from .conftest import Server

LOCAL = LinkCheckConfig(
    allowed_networks=("127.0.0.0/8",),
    connect_timeout=1.0,
    read_timeout=1.0,
    total_timeout=4.0,
    retry_after_cap=2.0,
    backoff_base=0.02,
)
STATUS_ONLY = replace(LOCAL, read_body=False)


def check(url: str, config: LinkCheckConfig = LOCAL) -> LinkResult:
    [result] = check_urls_sync([url], config)
    return result


def key() -> str:
    return uuid.uuid4().hex


def test_live_page_is_ok_with_hash_and_fingerprint(server: Server) -> None:
    result = check(server.url("/ok"))
    assert result.outcome is Outcome.OK
    assert result.status_code == 200
    assert result.final_url == server.url("/ok")
    assert result.redirects == []
    assert len(result.content_hash or "") == 64
    assert len(result.text_fingerprint or "") == 64
    assert result.content_type == "text/html; charset=utf-8"
    assert result.headers["Content-Type"] == "text/html; charset=utf-8"
    assert result.body is None and result.text is None  # not kept unless asked
    assert result.error is None


def test_body_check_sends_a_single_get(server: Server) -> None:
    before_head = server.recorder.count("/text", "HEAD")
    before_get = server.recorder.count("/text", "GET")
    result = check(server.url("/text"))
    assert result.outcome is Outcome.OK
    assert result.text_fingerprint is not None
    assert server.recorder.count("/text", "HEAD") == before_head
    assert server.recorder.count("/text", "GET") == before_get + 1


def test_status_only_check_sends_head_alone(server: Server) -> None:
    path = "/article/plain"
    before_head, before_get = (
        server.recorder.count(path, "HEAD"),
        server.recorder.count(path, "GET"),
    )
    result = check(server.url(path), STATUS_ONLY)
    assert result.outcome is Outcome.OK
    assert result.content_hash is None and result.text_fingerprint is None
    assert server.recorder.count(path, "HEAD") == before_head + 1
    assert server.recorder.count(path, "GET") == before_get


def test_media_bodies_are_not_downloaded(server: Server) -> None:
    result = check(server.url("/image.png"))
    assert result.outcome is Outcome.OK
    assert result.content_type == "image/png"
    assert result.content_hash is None


@pytest.mark.parametrize("code", [405, 501, 400, 403, 404])
def test_head_refused_falls_back_to_get(server: Server, code: int) -> None:
    path = f"/head-refused/{code}"
    before_get = server.recorder.count(path, "GET")
    result = check(server.url(path), STATUS_ONLY)
    assert result.outcome is Outcome.OK, result.error
    assert result.status_code == 200
    assert server.recorder.count(path, "GET") == before_get + 1


@pytest.mark.parametrize("code", [404, 410])
def test_missing_page_is_broken(server: Server, code: int) -> None:
    result = check(server.url(f"/status/{code}"))
    assert result.outcome is Outcome.BROKEN
    assert result.status_code == code
    assert str(code) in (result.error or "")


@pytest.mark.parametrize("code", [401, 403])
def test_login_or_bot_wall_is_forbidden(server: Server, code: int) -> None:
    result = check(server.url(f"/status/{code}"))
    assert result.outcome is Outcome.FORBIDDEN
    assert result.status_code == code


def test_persistent_server_error_is_reported_after_bounded_retries(server: Server) -> None:
    path = "/status/502"
    before = server.recorder.count(path)
    result = check(server.url(path))
    assert result.outcome is Outcome.SERVER_ERROR
    assert result.status_code == 502
    assert result.attempts == LOCAL.retries + 1  # bounded: never a retry storm
    assert server.recorder.count(path) - before == LOCAL.retries + 1


def test_head_answering_500_is_not_retried_before_falling_back_to_get(server: Server) -> None:
    path = "/status/500"
    before = server.recorder.count(path, "HEAD")
    result = check(server.url(path), STATUS_ONLY)
    assert result.outcome is Outcome.SERVER_ERROR
    assert server.recorder.count(path, "HEAD") == before + 1


def test_transient_503_is_retried_until_ok(server: Server) -> None:
    result = check(server.url(f"/flaky/{key()}"))
    assert result.outcome is Outcome.OK
    assert result.attempts >= 2


def test_dropped_connection_is_retried(server: Server) -> None:
    result = check(server.url(f"/drop/{key()}"))
    assert result.outcome is Outcome.OK, result.error


def test_short_retry_after_is_honoured(server: Server) -> None:
    started = time.monotonic()
    result = check(server.url(f"/retry-after/1/{key()}"))
    assert result.outcome is Outcome.OK
    assert time.monotonic() - started >= 1.0


def test_long_retry_after_reports_rate_limited_without_waiting(server: Server) -> None:
    path = f"/retry-after/3600/{key()}"
    started = time.monotonic()
    result = check(server.url(path))
    assert result.outcome is Outcome.RATE_LIMITED
    assert "3600" in (result.error or "")
    assert time.monotonic() - started < 1.0
    assert server.recorder.count(path) == 1


def test_long_retry_after_on_503_is_rate_limited(server: Server) -> None:
    result = check(server.url(f"/retry-after/3600/{key()}?code=503"))
    assert result.outcome is Outcome.RATE_LIMITED


def test_persistent_429_is_rate_limited_after_bounded_attempts(server: Server) -> None:
    config = replace(LOCAL, retries=1)
    path = f"/retry-after/always/{key()}"
    result = check(server.url(path), config)
    assert result.outcome is Outcome.RATE_LIMITED
    assert result.status_code == 429
    assert server.recorder.count(path) == 2


def test_slow_response_times_out(server: Server) -> None:
    config = replace(LOCAL, read_timeout=0.3, total_timeout=2.0)
    started = time.monotonic()
    result = check(server.url("/slow?delay=3"), config)
    assert result.outcome is Outcome.TIMEOUT
    assert "0.3" in (result.error or "")
    assert time.monotonic() - started < 2.0


def test_total_deadline_bounds_a_slow_server(server: Server) -> None:
    config = replace(LOCAL, read_timeout=5.0, total_timeout=0.5)
    started = time.monotonic()
    result = check(server.url("/slow?delay=3"), config)
    assert result.outcome is Outcome.TIMEOUT
    assert time.monotonic() - started < 1.5


def test_refused_connection_is_unreachable() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = check(f"http://127.0.0.1:{port}/")
    assert result.outcome is Outcome.UNREACHABLE
    assert "refused" in (result.error or "").lower()
    assert result.attempts == 1


def test_unresolvable_host_is_unreachable_without_retries() -> None:
    result = check("http://no-such-host.invalid/story")
    assert result.outcome is Outcome.UNREACHABLE
    assert "resolve" in (result.error or "")
    assert result.attempts == 1


def test_redirect_chain_is_followed_and_recorded(server: Server) -> None:
    result = check(server.url("/chain/3"))
    assert result.outcome is Outcome.REDIRECTED
    assert result.final_url == server.url("/ok")
    assert result.redirects == [
        {"url": server.url("/chain/3"), "status_code": 307},
        {"url": server.url("/chain/2"), "status_code": 303},
        {"url": server.url("/chain/1"), "status_code": 302},
    ]


def test_redirect_loop_is_too_many_redirects(server: Server) -> None:
    result = check(server.url("/loop/a"))
    assert result.outcome is Outcome.TOO_MANY_REDIRECTS
    assert "loop" in (result.error or "")
    assert len(result.redirects) == 2


def test_redirect_chain_longer_than_limit_is_too_many_redirects(server: Server) -> None:
    result = check(server.url("/chain/5"), replace(LOCAL, max_redirects=3))
    assert result.outcome is Outcome.TOO_MANY_REDIRECTS
    assert "more than 3" in (result.error or "")


def test_cookie_setting_redirect_to_itself_is_not_a_loop(server: Server) -> None:
    result = check(server.url("/cookie-gate"))
    assert result.outcome is Outcome.REDIRECTED, result.error


def test_page_saying_not_found_is_soft_404(server: Server) -> None:
    result = check(server.url("/soft404"))
    assert result.outcome is Outcome.SOFT_404
    assert result.status_code == 200
    assert "not found" in (result.error or "").lower()


def test_deep_link_redirected_to_home_page_is_soft_404(server: Server) -> None:
    result = check(server.url("/old-story/42"))
    assert result.outcome is Outcome.SOFT_404
    assert result.final_url == server.url("/")


def test_endless_body_stops_at_the_cap_with_bounded_memory(server: Server) -> None:
    cap = 1 << 20
    config = replace(LOCAL, max_bytes=cap, keep_body=True)
    tracemalloc.start()
    try:
        result = check(server.url("/endless"), config)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.outcome is Outcome.OK
    assert result.truncated
    assert len(result.body or b"") == cap
    assert peak < 32 * cap  # decoded body, extracted text and its normalised copies


def test_gzip_bomb_stops_at_the_cap_of_decompressed_bytes(server: Server) -> None:
    cap = 1 << 20
    config = replace(LOCAL, max_bytes=cap, keep_body=True)
    tracemalloc.start()
    try:
        result = check(server.url("/gzip-bomb"), config)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.outcome is Outcome.OK
    assert result.truncated
    assert result.body == b"\0" * cap
    assert peak < 32 * cap  # decoded body, extracted text and its normalised copies


def test_gzip_encoded_page_is_decoded(server: Server) -> None:
    plain = fetch(server.url("/article/plain"), LOCAL)
    gzipped = fetch(server.url("/gzipped"), LOCAL)
    assert gzipped.outcome is Outcome.OK
    assert gzipped.body is not None and gzipped.body.startswith(b"<!doctype html>")
    assert "Human Constanta" in (gzipped.text or "")
    assert plain.text_fingerprint and gzipped.text_fingerprint


def test_cosmetic_page_changes_keep_the_fingerprint(server: Server) -> None:
    plain, cosmetic, changed = check_urls_sync(
        [server.url(f"/article/{v}") for v in ("plain", "cosmetic", "changed")], LOCAL
    )
    assert plain.content_hash != cosmetic.content_hash
    assert plain.text_fingerprint == cosmetic.text_fingerprint
    assert plain.text_fingerprint != changed.text_fingerprint


def test_fetch_keeps_body_headers_and_main_text(server: Server) -> None:
    result = fetch(server.url("/ok"), LOCAL)
    assert result.outcome is Outcome.OK
    assert result.body is not None and b"Human Constanta" in result.body
    assert result.text is not None
    assert "at least 120 people have died" in result.text
    assert "Home" not in result.text  # navigation is not the article
    assert "Page generated" not in result.text
    assert result.headers["Content-Type"].startswith("text/html")


def test_fetch_applies_the_same_safety_policy(trap: Server) -> None:
    result = fetch(trap.url("/ok"), LinkCheckConfig())
    assert result.outcome is Outcome.BLOCKED
    assert trap.recorder.total() == 0


def test_results_keep_the_order_of_the_input(server: Server) -> None:
    urls = [
        server.url("/status/404"),
        "ftp://example.org/file",
        server.url("/ok"),
        server.url("/slow?delay=0.3"),
        server.url("/chain/1"),
    ]
    results = check_urls_sync(urls, LOCAL)
    assert [r.url for r in results] == urls
    assert [r.outcome for r in results] == [
        Outcome.BROKEN,
        Outcome.INVALID,
        Outcome.OK,
        Outcome.OK,
        Outcome.REDIRECTED,
    ]


def test_per_host_limit_caps_concurrent_requests_to_one_site(server: Server) -> None:
    config = replace(LOCAL, per_host=2, read_body=False)
    path = f"/slow/{key()}"
    urls = [server.url(f"{path}?delay=0.2&n={i}") for i in range(8)]
    started = time.monotonic()
    results = check_urls_sync(urls, config)
    assert all(r.outcome is Outcome.OK for r in results)
    assert server.recorder.peak[path] == 2
    assert time.monotonic() - started >= 0.8  # 8 requests, 2 at a time, 0.2 s each


def test_waiting_for_a_busy_host_is_not_counted_as_a_timeout(server: Server) -> None:
    config = replace(LOCAL, per_host=1, read_body=False, total_timeout=0.6)
    results = check_urls_sync([server.url(f"/slow?delay=0.2&q={i}") for i in range(5)], config)
    assert [r.outcome for r in results] == [Outcome.OK] * 5


@pytest.mark.parametrize(
    "url",
    [
        "not a url",
        "http://",
        "http:///path-without-host",
        "file:///etc/passwd",
        "ftp://example.org/file",
        "gopher://example.org:70/_GET",
        "javascript:alert(1)",
        "http://exa mple.org/",
        "http://example.org:99999/",
        "http://[::1/",
        "http://user:secret@example.org/",
        "http://example.org/" + "a" * 2100,
        "",
    ],
)
def test_bad_input_is_invalid_with_a_message_and_no_request(url: str) -> None:
    result = check(url)
    assert result.outcome is Outcome.INVALID
    assert result.error
    assert result.attempts == 0


def test_json_form_has_exactly_the_documented_keys(server: Server) -> None:
    data = check(server.url("/chain/1")).to_json_dict()
    assert set(data) == {
        "url", "outcome", "status_code", "final_url", "redirects", "content_hash",
        "elapsed_ms", "error",
    }  # fmt: skip
    assert data["outcome"] == "redirected"
    assert data["redirects"] == [{"url": server.url("/chain/1"), "status_code": 302}]
