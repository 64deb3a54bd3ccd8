"""Fetch a linked recording to disk through the link checker's SSRF guard (plain Python).

The link checker (sources.linkcheck) keeps a body in memory, up to LINKCHECK_MAX_BYTES; a
recording may be hundreds of megabytes, so this reads it in chunks into a file instead, with
the same guard: every address a host resolves to is checked before connecting (SafeResolver,
so no DNS rebinding), every redirect target is checked again (prepare_url), no environment
proxy, no cookies, and a byte cap and time budget of its own."""

from __future__ import annotations

import asyncio
import hashlib
import time
from dataclasses import dataclass
from typing import IO
from urllib.parse import urljoin

import aiohttp

from claims.engine_messages import Message, Number, Refusal, gettext_noop
from sources.linkcheck import LinkCheckConfig
from sources.linkcheck.safety import SafeResolver, UrlRefused, prepare_url

CHUNK = 256 * 1024
REDIRECTS = {301, 302, 303, 307, 308}


class FetchRefused(Refusal):
    """The recording could not be fetched; the message says why, for the fact-checker (in
    their language through claims.engine_messages.translated)."""


@dataclass(frozen=True)
class Fetched:
    final_url: str
    content_type: str
    size: int
    sha256: str


def fetch_to_file(
    url: str,
    target: IO[bytes],
    config: LinkCheckConfig,
    *,
    max_bytes: int,
    total_seconds: float = 900.0,
) -> Fetched:
    """Write the body at ``url`` into ``target`` (hashed as it streams); raise FetchRefused
    for a refused address, an error status, a web page, or a body over ``max_bytes``."""
    return asyncio.run(_fetch(url, target, config, max_bytes, total_seconds))


async def _fetch(
    url: str, target: IO[bytes], config: LinkCheckConfig, max_bytes: int, total_seconds: float
) -> Fetched:
    connector = aiohttp.TCPConnector(resolver=SafeResolver(config), limit=2)
    timeout = aiohttp.ClientTimeout(
        total=total_seconds, sock_connect=config.connect_timeout, sock_read=config.read_timeout
    )
    started = time.monotonic()
    async with aiohttp.ClientSession(
        connector=connector,
        timeout=timeout,
        auto_decompress=False,
        trust_env=False,
        cookie_jar=aiohttp.DummyCookieJar(),
        headers={"User-Agent": config.user_agent, "Accept-Encoding": "identity"},
    ) as session:
        current = url
        for _hop in range(config.max_redirects + 1):
            try:
                safe = prepare_url(current, config)
            except UrlRefused as exc:
                raise FetchRefused(
                    gettext_noop("%(url)s cannot be fetched: %(reason)s."),
                    url=current,
                    reason=exc.message,
                ) from None
            try:
                async with session.get(safe.url, allow_redirects=False) as resp:
                    if resp.status in REDIRECTS and resp.headers.get("Location"):
                        current = urljoin(safe.url, resp.headers["Location"])
                        continue
                    if not 200 <= resp.status < 300:
                        raise FetchRefused(
                            gettext_noop("%(url)s answered HTTP %(status)s."),
                            url=safe.url,
                            status=resp.status,
                        )
                    return await _write(resp, safe.url, target, max_bytes)
            except (aiohttp.ClientError, OSError, TimeoutError) as exc:
                spent = time.monotonic() - started
                reason = str(exc) or type(exc).__name__
                if isinstance(exc, TimeoutError):
                    reason = Message(
                        gettext_noop("no complete answer within %(seconds)s s"),
                        seconds=Number(spent, 0),
                    )
                raise FetchRefused(
                    gettext_noop("%(url)s could not be fetched: %(reason)s."),
                    url=current,
                    reason=reason,
                ) from None
        raise FetchRefused(
            gettext_noop("%(url)s redirects more than %(count)s times."),
            url=url,
            count=config.max_redirects,
        )


async def _write(
    resp: aiohttp.ClientResponse, final_url: str, target: IO[bytes], max_bytes: int
) -> Fetched:
    content_type = (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if content_type.startswith("text/") or content_type == "application/xhtml+xml":
        raise FetchRefused(
            gettext_noop("%(url)s is a web page (%(type)s), not a recording."),
            url=final_url,
            type=content_type,
        )
    encoding = (resp.headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("identity", ""):
        raise FetchRefused(
            gettext_noop("%(url)s was sent compressed (%(encoding)s); it was not kept."),
            url=final_url,
            encoding=encoding,
        )
    declared = resp.content_length
    if declared is not None and declared > max_bytes:
        raise FetchRefused(
            gettext_noop("%(url)s is %(size)s bytes; the limit is %(limit)s bytes."),
            url=final_url,
            size=Number(declared, grouping=True),
            limit=Number(max_bytes, grouping=True),
        )
    digest, size = hashlib.sha256(), 0
    async for chunk in resp.content.iter_chunked(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise FetchRefused(
                gettext_noop("%(url)s is over the limit of %(limit)s bytes."),
                url=final_url,
                limit=Number(max_bytes, grouping=True),
            )
        digest.update(chunk)
        target.write(chunk)
    if not size:
        raise FetchRefused(gettext_noop("%(url)s is empty."), url=final_url)
    target.flush()
    return Fetched(final_url, content_type, size, digest.hexdigest())
