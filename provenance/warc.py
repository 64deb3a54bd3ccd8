"""WARC (ISO 28500) records of what the link checker fetched, and reading them back.

Plain Python on warcio, no Django: `sources.services` writes one file per snapshot (a
`request` record and its `response`, with `WARC-Payload-Digest` and `WARC-Block-Digest`),
verification and replay read it back. Files are uncompressed: at the 5 MB body cap gzip
alone would cost more than the whole 50 ms budget, and the bytes are hashed and
timestamped as they are stored.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# The body we keep is already decoded (gzip/deflate undone) and complete up to the cap, so
# the headers that describe the wire encoding would misdescribe the payload.
_WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}
_REASONS = {200: "OK", 203: "Non-Authoritative Information", 206: "Partial Content"}


class WarcError(ValueError):
    """The file is not a WARC we can read, or its records do not add up."""


@dataclass(frozen=True)
class ArchivedResponse:
    target_uri: str
    date: str
    status: int
    headers: list[tuple[str, str]]
    payload: bytes
    payload_digest: str  # as recorded, e.g. "sha1:..."
    digests_ok: bool  # recorded block and payload digests match the bytes


def build_warc(
    *,
    url: str,
    status: int,
    headers: dict[str, str],
    body: bytes,
    captured_at: datetime,
    user_agent: str = "",
) -> bytes:
    """One WARC file: a warcinfo-free request/response pair for `url` (the final URL after
    redirects). The response's digests are computed by warcio over the payload as kept."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False, warc_version="WARC/1.1")
    date = captured_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    request_headers = [("Host", parts.netloc), ("Accept", "*/*")]
    if user_agent:
        request_headers.append(("User-Agent", user_agent))
    request = writer.create_warc_record(
        url,
        "request",
        payload=io.BytesIO(b""),
        length=0,
        http_headers=StatusAndHeaders(
            f"GET {path} HTTP/1.1", request_headers, is_http_request=True
        ),
        warc_headers_dict={"WARC-Date": date},
    )
    kept = [(k, v) for k, v in headers.items() if k.lower() not in _WIRE_HEADERS]
    kept.append(("Content-Length", str(len(body))))
    response = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=StatusAndHeaders(
            f"{status} {_REASONS.get(status, 'OK')}", kept, protocol="HTTP/1.1"
        ),
        warc_headers_dict={"WARC-Date": date},
    )
    request.rec_headers.add_header(
        "WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID")
    )
    writer.write_record(request)
    writer.write_record(response)
    return out.getvalue()


def read_response(data: bytes) -> ArchivedResponse:
    """The (first) response record of a WARC file, with its digests checked against the
    bytes. Raises WarcError on anything that is not a readable WARC with a response."""
    if not data.startswith(b"WARC/") and not data.startswith(b"\x1f\x8b"):
        raise WarcError("This is not a WARC file (it does not start with a WARC record).")
    try:
        for record in ArchiveIterator(io.BytesIO(data), check_digests=True):
            if record.rec_type != "response":
                record.content_stream().read()
                continue
            http = record.http_headers
            payload = record.raw_stream.read()  # digests are checked as the stream ends
            recorded_payload = record.rec_headers.get_header("WARC-Payload-Digest") or ""
            digests_ok = bool(recorded_payload) and record.digest_checker.passed is True
            return ArchivedResponse(
                target_uri=record.rec_headers.get_header("WARC-Target-URI") or "",
                date=record.rec_headers.get_header("WARC-Date") or "",
                status=int(http.get_statuscode() or 0) if http is not None else 0,
                headers=list(http.headers) if http is not None else [],
                payload=payload,
                payload_digest=recorded_payload,
                digests_ok=digests_ok,
            )
    except (ArchiveLoadFailed, ValueError, EOFError, OSError, AttributeError, TypeError) as exc:
        # warcio's parser meets untrusted bytes here; any failure of it is a malformed file
        raise WarcError(f"The WARC file cannot be read: {exc}") from exc
    raise WarcError("The WARC file holds no response record.")
