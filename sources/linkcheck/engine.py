"""The asyncio link checker: many URLs at once, politely, safely, with bounded effort.

Design notes (details in docs/linkcheck.md):
- Politeness: a semaphore per host name (`per_host`) is taken *before* the global one, so a
  site with thousands of links never starves the rest; timeouts start only once a slot is
  held, so waiting one's turn is never mistaken for a slow server.
- When the body is wanted (the default: soft-404 detection, text fingerprint, snapshots) one
  GET, whose body is read only for 2xx pages worth reading; status-only checks (read_body
  False) send HEAD first and fall back to GET where HEAD is refused or unreliable.
- Redirects are followed by hand, one hop at a time, each hop re-checked by the SSRF policy.
- Bodies are decompressed by us, in bounded steps, so a gzip bomb never expands past the cap.
- Retries only for transient failures, exponential backoff with jitter, Retry-After honoured
  up to a cap; every loop here has a fixed bound.
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import logging
import os
import random
import time
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from urllib.parse import urljoin, urlsplit

import aiohttp

from claims.engine_messages import Message, Number, gettext_noop

from .config import LinkCheckConfig
from .result import LinkResult, Outcome
from .safety import AddressBlocked, SafeResolver, SafeUrl, UrlRefused, prepare_url
from .text import extract, fingerprint, looks_like_not_found

log = logging.getLogger(__name__)

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# HEAD answers that say "HEAD is not supported/handled here" rather than anything about the
# page: many servers, CDNs and bot walls answer HEAD with these while GET works.
HEAD_UNRELIABLE = frozenset({400, 403, 404, 405, 406, 410, 500, 501})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_SKIP_BODY_TYPES = ("image/", "audio/", "video/", "font/")
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
_MAX_BACKOFF = 4.0


class _Stop(Exception):
    """Ends a check early with a final outcome."""

    def __init__(self, outcome: Outcome, message: str) -> None:
        super().__init__(message)
        self.outcome = outcome
        self.message = message


class _Decoder:
    """Incremental Content-Encoding decoder that never produces more than it is asked for."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        # 32 + 15: accept both gzip and zlib framing.
        self._wbits = 47 if encoding in ("gzip", "x-gzip") else 15
        self._obj = zlib.decompressobj(self._wbits)
        self._started = False

    def decode(self, data: bytes, limit: int) -> bytes:
        if not self._started and self._wbits == 15:
            self._started = True
            try:
                return self._obj.decompress(data, limit)
            except zlib.error:
                # Plenty of servers send raw deflate for "Content-Encoding: deflate".
                self._obj = zlib.decompressobj(-15)
        return self._obj.decompress(data, limit)


@dataclass(slots=True)
class _Answer:
    status: int
    headers: dict[str, str]
    content_type: str
    charset: str | None
    location: str | None
    set_cookies: list[str]
    body: bytes | None = None
    truncated: bool = False
    encoded: bool = False  # body still in an encoding we could not undo


@dataclass(slots=True)
class _Check:
    result: LinkResult
    keep_body: bool
    spent: float = 0.0  # seconds of active work (requests and back-off), not queueing
    cookies: dict[str, dict[str, str]] = field(default_factory=dict)


def _headers_dict(raw: aiohttp.typedefs.LooseHeaders) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in raw.items():  # type: ignore[union-attr]
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date; None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _shorten(message: str, limit: int = 300) -> str:
    """Error texts end up in the UI and database; a hostile server must not fill them. A
    short Message stays one (translatable); a cut one is plain English text."""
    return message if len(message) <= limit else message[: limit - 1] + "\u2026"


def _worth_reading(content_type: str) -> bool:
    return not content_type.startswith(_SKIP_BODY_TYPES)


def _after_attempts(status: int, attempts: int) -> Message:
    return Message(
        gettext_noop("%(status)s after %(attempts)s attempts"),
        status=_describe(status),
        attempts=attempts,
    )


def _describe(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def _homepage_redirect(original: str, final: str) -> bool:
    """A deep link that lands on the site's home page is how many CMSes say "gone"."""
    src, dst = urlsplit(original), urlsplit(final)
    deep = src.path.rstrip("/") not in ("", "/index.html", "/index.php", "/home", "/default.aspx")
    return deep and dst.path in ("", "/") and not dst.query


class Checker:
    """One aiohttp session with the safety resolver; use as an async context manager."""

    def __init__(self, config: LinkCheckConfig) -> None:
        self.config = config
        self._global = asyncio.Semaphore(config.max_concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._not_before: dict[str, float] = {}
        self._head_refused: set[str] = set()
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Checker:
        cfg = self.config
        connector = aiohttp.TCPConnector(
            # Our semaphores already bound concurrency; this is only a backstop.
            limit=cfg.max_concurrency,
            limit_per_host=0,
            resolver=SafeResolver(cfg),
            ttl_dns_cache=60,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,  # we decompress ourselves, bounded
            trust_env=False,  # never route through an environment proxy
            cookie_jar=aiohttp.DummyCookieJar(),  # no cookies leak between checks
            headers={
                "User-Agent": cfg.user_agent,
                "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
                "Accept-Encoding": "gzip, deflate",
                "Accept-Language": "en;q=0.9, *;q=0.5",
            },
        )
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._session is not None:
            await self._session.close()

    async def check(self, url: str, *, keep_body: bool | None = None) -> LinkResult:
        """Check one URL; never raises for anything the network or the URL can do."""
        keep = self.config.keep_body if keep_body is None else keep_body
        started = time.monotonic()
        result = LinkResult(url=url, outcome=Outcome.INVALID)
        try:
            safe = prepare_url(url, self.config)
        except UrlRefused as exc:
            result.outcome = Outcome.BLOCKED if exc.blocked else Outcome.INVALID
            result.error = exc.message
        else:
            state = _Check(result=result, keep_body=keep)
            try:
                await self._follow(safe, state)
            except _Stop as stop:
                result.outcome, result.error = stop.outcome, _shorten(stop.message)
            except Exception as exc:  # a bug must not sink a whole batch of checks
                log.exception("link check of %s failed unexpectedly", url)
                result.outcome = Outcome.UNREACHABLE
                result.error = _shorten(f"unexpected error: {exc!r}")
        result.elapsed_ms = round((time.monotonic() - started) * 1000)
        return result

    async def _follow(self, current: SafeUrl, state: _Check) -> None:
        cfg, result = self.config, state.result
        # HEAD only pays off when the body is not wanted: otherwise a 2xx HEAD must be followed
        # by a GET anyway, doubling the requests. A GET whose body is not worth reading (error
        # statuses, redirects, media) is abandoned after the headers, which costs as little.
        wants_body = state.keep_body or cfg.read_body
        method = "GET" if wants_body or current.host in self._head_refused else "HEAD"
        seen = {self._visit_key(current, state)}
        while True:
            answer = await self._attempts(method, current, state)
            status = answer.status
            if status in REDIRECT_STATUSES and answer.location:
                self._remember_cookies(current, answer, state)
                result.redirects.append({"url": current.url, "status_code": status})
                target = urljoin(current.url, answer.location)
                if len(result.redirects) > cfg.max_redirects:
                    raise _Stop(
                        Outcome.TOO_MANY_REDIRECTS,
                        Message(
                            gettext_noop("more than %(count)s redirects (last to %(target)s)"),
                            count=cfg.max_redirects,
                            target=target,
                        ),
                    )
                try:
                    nxt = prepare_url(target, cfg)
                except UrlRefused as exc:
                    raise _Stop(
                        Outcome.BLOCKED if exc.blocked else Outcome.INVALID,
                        Message(
                            gettext_noop("redirect to %(target)s refused: %(reason)s"),
                            target=target,
                            reason=exc.message,
                        ),
                    ) from None
                key = self._visit_key(nxt, state)
                if key in seen:
                    raise _Stop(
                        Outcome.TOO_MANY_REDIRECTS,
                        Message(gettext_noop("redirect loop back to %(url)s"), url=nxt.url),
                    )
                seen.add(key)
                if status == 303 and method != "HEAD":
                    method = "GET"
                current = nxt
                continue
            if method == "HEAD" and status in HEAD_UNRELIABLE:
                self._head_refused.add(current.host)
                method = "GET"
                continue
            self._finish(current, answer, state)
            return

    @staticmethod
    def _visit_key(url: SafeUrl, state: _Check) -> tuple[str, str]:
        # Coming back to a URL with new cookies is progress (consent gates), not a loop.
        return url.url, repr(sorted(state.cookies.get(url.host, {}).items()))

    def _finish(self, current: SafeUrl, answer: _Answer, state: _Check) -> None:
        result, status = state.result, answer.status
        result.status_code = status
        result.final_url = current.url
        result.headers = answer.headers
        result.content_type = answer.headers.get("Content-Type")
        result.truncated = answer.truncated
        body = answer.body
        page = None
        if body is not None:
            result.content_hash = hashlib.sha256(body).hexdigest()
            if state.keep_body:
                result.body = body
            if not answer.encoded and answer.content_type in _TEXT_TYPES:
                if answer.content_type == "text/plain":
                    text = body.decode(answer.charset or "utf-8", errors="replace")
                    page = None
                else:
                    page = extract(body, answer.charset)
                    text = page.text
                result.text_fingerprint = fingerprint(text)
                if state.keep_body:
                    result.text = text
        if 200 <= status < 300:
            if page is not None and looks_like_not_found(page):
                shown = page.title or page.headings or page.text[:80]
                result.outcome = Outcome.SOFT_404
                result.error = Message(
                    gettext_noop("page answers %(status)s but says it was not found: %(shown)s"),
                    status=status,
                    shown=repr(shown),
                )
            elif result.redirects and _homepage_redirect(result.url, current.url):
                result.outcome = Outcome.SOFT_404
                result.error = Message(gettext_noop("deep link redirected to the site's home page"))
            else:
                result.outcome = Outcome.REDIRECTED if result.redirects else Outcome.OK
        elif status in (404, 410):
            result.outcome, result.error = Outcome.BROKEN, _describe(status)
        elif status in (401, 403):
            result.outcome = Outcome.FORBIDDEN
            result.error = Message(
                gettext_noop("%(status)s: login or bot wall; the page may still exist"),
                status=_describe(status),
            )
        elif status == 429:
            result.outcome = Outcome.RATE_LIMITED
            result.error = _after_attempts(status, result.attempts)
        elif 300 <= status < 400:
            result.outcome = Outcome.BROKEN
            result.error = Message(
                gettext_noop("%(status)s without a usable Location header"),
                status=_describe(status),
            )
        elif 400 <= status < 500:
            result.outcome, result.error = Outcome.BROKEN, _describe(status)
        else:
            result.outcome = Outcome.SERVER_ERROR
            result.error = _after_attempts(status, result.attempts)

    async def _attempts(self, method: str, url: SafeUrl, state: _Check) -> _Answer:
        """One request with bounded retries for transient trouble."""
        cfg, result = self.config, state.result
        for attempt in range(cfg.retries + 1):
            last = attempt == cfg.retries
            try:
                answer = await self._request(method, url, state)
            except (
                aiohttp.ServerDisconnectedError,
                aiohttp.ClientPayloadError,
            ) as exc:
                if last:
                    raise _Stop(
                        Outcome.UNREACHABLE,
                        Message(
                            gettext_noop(
                                "%(host)s dropped the connection (%(error)s) after %(attempts)s "
                                "attempts"
                            ),
                            host=url.host,
                            error=exc.__class__.__name__,
                            attempts=result.attempts,
                        ),
                    ) from None
                await self._pause(self._backoff(attempt), state)
                continue
            status = answer.status
            if status not in RETRY_STATUSES:
                return answer
            if method == "HEAD" and status in HEAD_UNRELIABLE:
                return answer  # the caller switches to GET; retrying HEAD is pointless
            wait = _retry_after(answer.headers.get("Retry-After"))
            if wait is not None and status in (429, 503) and wait > cfg.retry_after_cap:
                raise _Stop(
                    Outcome.RATE_LIMITED,
                    Message(
                        gettext_noop(
                            "%(status)s: server asks to retry after %(wait)s s, more than the "
                            "%(cap)s s we wait"
                        ),
                        status=_describe(status),
                        wait=Number(wait, 0),
                        cap=Number(cfg.retry_after_cap),
                    ),
                )
            if last:
                return answer
            if wait is not None and status in (429, 503):
                self._not_before[url.host] = time.monotonic() + wait
                delay = wait + random.uniform(0, 0.1)
            else:
                delay = self._backoff(attempt)
            await self._pause(delay, state)
        raise AssertionError("unreachable: the last attempt always returns or raises")

    def _backoff(self, attempt: int) -> float:
        """Exponential back-off with "equal jitter": never zero, never synchronised."""
        step = min(_MAX_BACKOFF, self.config.backoff_base * 2**attempt)
        return step / 2 + random.uniform(0, step / 2)

    async def _pause(self, delay: float, state: _Check) -> None:
        if state.spent + delay > self.config.total_timeout:
            raise _Stop(Outcome.TIMEOUT, self._budget_message(state))
        state.spent += delay
        await asyncio.sleep(delay)

    def _budget_message(self, state: _Check) -> str:
        return Message(
            gettext_noop("gave up after %(spent)s s of requests and retries (limit %(limit)s s)"),
            spent=Number(state.spent, 1),
            limit=Number(self.config.total_timeout),
        )

    def _remember_cookies(self, url: SafeUrl, answer: _Answer, state: _Check) -> None:
        # Many news sites set a cookie on a redirect and expect it back; without it they
        # redirect forever. Cookies stay within one check and one host.
        jar = state.cookies.setdefault(url.host, {})
        for header in answer.set_cookies:
            pair = header.split(";", 1)[0]
            name, sep, value = pair.partition("=")
            if sep and name.strip():
                jar[name.strip()] = value.strip()

    async def _request(self, method: str, url: SafeUrl, state: _Check) -> _Answer:
        cfg = self.config
        assert self._session is not None, "use Checker as an async context manager"
        host_slot = self._hosts.get(url.host)
        if host_slot is None:
            host_slot = self._hosts[url.host] = asyncio.Semaphore(cfg.per_host)
        async with host_slot:
            wait = self._not_before.get(url.host, 0.0) - time.monotonic()
            if wait > 0:
                await asyncio.sleep(min(wait, cfg.retry_after_cap))
            async with self._global:
                remaining = cfg.total_timeout - state.spent
                if remaining <= 0:
                    raise _Stop(Outcome.TIMEOUT, self._budget_message(state))
                started = time.monotonic()
                try:
                    return await self._exchange(method, url, state, remaining)
                finally:
                    state.spent += time.monotonic() - started
                    state.result.attempts += 1

    async def _exchange(
        self, method: str, url: SafeUrl, state: _Check, remaining: float
    ) -> _Answer:
        cfg = self.config
        assert self._session is not None
        timeout = aiohttp.ClientTimeout(
            total=remaining, sock_connect=cfg.connect_timeout, sock_read=cfg.read_timeout
        )
        headers = {}
        jar = state.cookies.get(url.host)
        if jar:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in jar.items())
        try:
            async with self._session.request(
                method, url.url, allow_redirects=False, timeout=timeout, headers=headers
            ) as resp:
                answer = _Answer(
                    status=resp.status,
                    headers=_headers_dict(resp.headers),
                    content_type=resp.content_type.lower()
                    if "Content-Type" in resp.headers
                    else "",
                    charset=resp.charset,
                    location=resp.headers.get("Location"),
                    set_cookies=resp.headers.getall("Set-Cookie", []),
                )
                if (
                    method == "GET"
                    and 200 <= resp.status < 300
                    and (state.keep_body or (cfg.read_body and _worth_reading(answer.content_type)))
                ):
                    await self._read_body(resp, answer)
                return answer
        except aiohttp.ClientConnectorDNSError as exc:
            if isinstance(exc.os_error, AddressBlocked):
                raise _Stop(Outcome.BLOCKED, exc.os_error.message) from None
            raise _Stop(
                Outcome.UNREACHABLE,
                Message(
                    gettext_noop("could not resolve host %(host)s: %(error)s"),
                    host=url.host,
                    error=str(exc.os_error),
                ),
            ) from None
        except aiohttp.ClientConnectorCertificateError as exc:
            raise _Stop(
                Outcome.UNREACHABLE,
                Message(gettext_noop("TLS certificate rejected: %(error)s"), error=str(exc)),
            ) from None
        except aiohttp.ClientSSLError as exc:
            raise _Stop(
                Outcome.UNREACHABLE,
                Message(gettext_noop("TLS handshake failed: %(error)s"), error=str(exc)),
            ) from None
        except aiohttp.ConnectionTimeoutError:
            raise _Stop(
                Outcome.TIMEOUT,
                Message(
                    gettext_noop("could not connect within %(seconds)s s"),
                    seconds=Number(cfg.connect_timeout),
                ),
            ) from None
        except aiohttp.SocketTimeoutError:
            raise _Stop(
                Outcome.TIMEOUT,
                Message(
                    gettext_noop("no data from the server for %(seconds)s s"),
                    seconds=Number(cfg.read_timeout),
                ),
            ) from None
        except TimeoutError:
            raise _Stop(
                Outcome.TIMEOUT,
                Message(
                    gettext_noop("no complete answer within %(seconds)s s"),
                    seconds=Number(remaining, 1),
                ),
            ) from None
        except aiohttp.ClientConnectorError as exc:
            err = exc.os_error
            reason = os.strerror(err.errno) if err.errno else str(err)
            raise _Stop(
                Outcome.UNREACHABLE,
                Message(
                    gettext_noop("cannot connect to %(host)s:%(port)s: %(reason)s"),
                    host=url.host,
                    port=url.port,
                    reason=reason,
                ),
            ) from None
        except aiohttp.InvalidURL as exc:
            raise _Stop(
                Outcome.INVALID, Message(gettext_noop("malformed URL: %(reason)s"), reason=str(exc))
            ) from None
        except aiohttp.ClientResponseError as exc:
            raise _Stop(
                Outcome.SERVER_ERROR,
                Message(gettext_noop("malformed HTTP response: %(reason)s"), reason=exc.message),
            ) from None
        except (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError):
            raise
        except aiohttp.ClientOSError as exc:
            raise _Stop(
                Outcome.UNREACHABLE,
                Message(gettext_noop("network error: %(error)s"), error=str(exc)),
            ) from None

    async def _read_body(self, resp: aiohttp.ClientResponse, answer: _Answer) -> None:
        """Read at most max_bytes of *decoded* body; stop early on bombs and endless streams."""
        cap = self.config.max_bytes
        raw_cap = cap + 65536
        encoding = (resp.headers.get("Content-Encoding") or "identity").strip().lower()
        decoder = _Decoder(encoding) if encoding in ("gzip", "x-gzip", "deflate") else None
        answer.encoded = decoder is None and encoding not in ("identity", "")
        body = bytearray()
        raw_read = 0
        async for chunk in resp.content.iter_any():
            raw_read += len(chunk)
            room = cap - len(body)
            if decoder is not None:
                try:
                    data = decoder.decode(chunk, room + 1)
                except zlib.error:
                    answer.truncated = True  # corrupt stream: keep what decoded cleanly
                    break
            else:
                data = chunk
            if len(data) > room:
                body += data[:room]
                answer.truncated = True
                break
            body += data
            if raw_read > raw_cap:
                answer.truncated = True
                break
        if answer.truncated:
            resp.close()  # abandon the rest instead of draining it
        answer.body = bytes(body)


async def check_many(
    urls: list[str], config: LinkCheckConfig, *, keep_body: bool | None = None
) -> list[LinkResult]:
    async with Checker(config) as checker:
        return list(await asyncio.gather(*(checker.check(u, keep_body=keep_body) for u in urls)))
