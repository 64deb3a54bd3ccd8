"""RFC 3161 timestamps: ask an authority to sign a SHA-256 digest, and check a token.

Plain Python on rfc3161-client, no Django. The request is built here from the digest (the
library's builder wants the whole data; our files are hashed in chunks as they are stored).
A token is accepted only when its status is granted, its nonce is ours, its imprint is our
digest, and its signer chains to one of the trusted roots (FACTCHECK_TSA_CA_FILE) with the
critical timeStamping key usage; anything else is an error with a reason in words.
"""

from __future__ import annotations

import datetime
import secrets
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import cryptography.x509
from cryptography.x509.oid import NameOID
from rfc3161_client import VerificationError, VerifierBuilder, decode_timestamp_response
from rfc3161_client.tsp import TimeStampResponse

MAX_REPLY_BYTES = 1024 * 1024
_SHA256_ALGORITHM = bytes.fromhex("300d06096086480165030402010500")


class SealError(Exception):
    """The authority could not give us a token we trust; the message says why."""


@dataclass(frozen=True)
class Sealed:
    token: bytes
    tsa_url: str
    tsa_name: str
    gen_time: datetime.datetime


def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def _tlv(tag: int, body: bytes) -> bytes:
    return bytes([tag]) + _der_length(len(body)) + body


def build_request(digest: bytes, nonce: int) -> bytes:
    """DER TimeStampReq (v1, SHA-256 imprint, nonce, certReq TRUE)."""
    if len(digest) != 32:
        raise ValueError("a SHA-256 digest is 32 bytes")
    imprint = _tlv(0x30, _SHA256_ALGORITHM + _tlv(0x04, digest))
    nonce_bytes = nonce.to_bytes((nonce.bit_length() + 8) // 8, "big")  # leading 0: positive
    return _tlv(
        0x30,
        _tlv(0x02, b"\x01") + imprint + _tlv(0x02, nonce_bytes) + _tlv(0x01, b"\xff"),
    )


def load_roots(path: str) -> list[cryptography.x509.Certificate]:
    if not path:
        return []
    try:
        return cryptography.x509.load_pem_x509_certificates(Path(path).read_bytes())
    except (OSError, ValueError):
        return []


def signer_name(response: TimeStampResponse) -> str:
    """The signing certificate's common name (or whole subject)."""
    signer_infos = response.signed_data.signer_infos
    for der in response.signed_data.certificates:
        cert = cryptography.x509.load_der_x509_certificate(der)
        for si in signer_infos:
            if cert.issuer == si.issuer and cert.serial_number == si.serial_number:
                names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
                return str(names[0].value) if names else cert.subject.rfc4514_string()
    return ""


def verify(
    token: bytes,
    digest: bytes,
    roots: list[cryptography.x509.Certificate],
    *,
    nonce: int | None = None,
) -> TimeStampResponse:
    """The parsed response if it is a valid token over `digest` by a trusted authority;
    SealError with the reason otherwise."""
    if not roots:
        raise SealError(
            "no trusted timestamp authority roots are configured (FACTCHECK_TSA_CA_FILE), "
            "so no token can be trusted"
        )
    try:
        response = decode_timestamp_response(token)
    except Exception as exc:  # the Rust parser raises ValueError or its own errors
        raise SealError(f"the authority's answer is not a timestamp response ({exc})") from exc
    builder = VerifierBuilder()
    for root in roots:
        builder = builder.add_root_certificate(root)
    if nonce is not None:
        builder = builder.nonce(nonce)
    try:
        builder.build().verify(response, digest)
    except VerificationError as exc:
        text = str(exc)
        if "Nonce" in text:
            text = "the token answers another request (wrong nonce)"
        elif "Mismatch between messages" in text:
            text = "the token is for another hash than ours"
        elif "certificates" in text.lower():
            text = f"the signer does not chain to a trusted root ({exc})"
        raise SealError(text) from exc
    except Exception as exc:
        raise SealError(f"the token cannot be checked ({exc})") from exc
    return response


def request_token(
    digest: bytes,
    urls: list[str],
    roots: list[cryptography.x509.Certificate],
    *,
    timeout: float = 10.0,
) -> Sealed:
    """Ask each authority in turn; the first trusted token wins. SealError lists every
    authority's reason when none gave one."""
    reasons = []
    for url in urls:
        nonce = secrets.randbits(63)
        request = urllib.request.Request(
            url,
            data=build_request(digest, nonce),
            headers={"Content-Type": "application/timestamp-query"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as reply:  # noqa: S310
                body = reply.read(MAX_REPLY_BYTES + 1)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reasons.append(f"{url}: the authority did not answer ({exc})")
            continue
        if len(body) > MAX_REPLY_BYTES:
            reasons.append(f"{url}: the answer is too large to be a timestamp")
            continue
        try:
            response = verify(body, digest, roots, nonce=nonce)
        except SealError as exc:
            reasons.append(f"{url}: {exc}")
            continue
        return Sealed(
            token=body,
            tsa_url=url,
            tsa_name=signer_name(response) or url,
            gen_time=response.tst_info.gen_time,
        )
    raise SealError("; ".join(reasons) or "no timestamp authority is configured")
