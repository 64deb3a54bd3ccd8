"""SSRF policy: which URLs and addresses the checker may contact.

Follows the OWASP SSRF prevention cheat sheet: only http(s); the host is normalised the way
browsers and inet_aton() read it (so 2130706433, 0177.0.0.1, 0x7f.1 and 127.1 are all seen
as 127.0.0.1); every resolved address must be public unless an allowlisted network holds it;
and the connection goes to exactly the address that was checked (see `SafeResolver`), so a
DNS answer cannot change between check and connect.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver

from claims.engine_messages import Message, Number, Refusal, gettext_noop

from .config import LinkCheckConfig

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Ranges that are not the public internet. `is_global` covers most of them, but its exact
# coverage has changed between Python releases, so the list is explicit.
_BLOCKED_V4 = tuple(
    ipaddress.IPv4Network(n)
    for n in (
        "0.0.0.0/8",  # "this network", unspecified
        "10.0.0.0/8",  # private
        "100.64.0.0/10",  # carrier-grade NAT (shared address space)
        "127.0.0.0/8",  # loopback
        "169.254.0.0/16",  # link-local, cloud metadata (169.254.169.254)
        "172.16.0.0/12",  # private
        "192.0.0.0/24",  # IETF protocol assignments
        "192.0.2.0/24",  # documentation
        "192.88.99.0/24",  # 6to4 relay anycast
        "192.168.0.0/16",  # private
        "198.18.0.0/15",  # benchmarking
        "198.51.100.0/24",  # documentation
        "203.0.113.0/24",  # documentation
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, includes broadcast 255.255.255.255
    )
)
_BLOCKED_V6 = tuple(
    ipaddress.IPv6Network(n)
    for n in (
        "::/96",  # unspecified, loopback, IPv4-compatible (deprecated)
        "::ffff:0:0/96",  # IPv4-mapped
        "::ffff:0:0:0/96",  # IPv4-translated
        "64:ff9b::/96",  # NAT64: would reach an IPv4 address through a gateway
        "64:ff9b:1::/48",  # local-use NAT64
        "100::/64",  # discard-only
        "2001::/23",  # IETF protocol assignments, includes Teredo 2001::/32
        "2001:db8::/32",  # documentation
        "2002::/16",  # 6to4: embeds an IPv4 address
        "3fff::/20",  # documentation
        "5f00::/16",  # segment routing
        "fc00::/7",  # unique local (private)
        "fe80::/10",  # link-local
        "fec0::/10",  # site-local (deprecated)
        "ff00::/8",  # multicast
    )
)

_HOST_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f]")
_NOT_IPV4 = gettext_noop("host %(host)s is not a valid IPv4 address")
_NOT_A_DOMAIN = gettext_noop("host %(host)s is not a valid domain name")


class UrlRefused(Refusal):
    """The URL must not be fetched; `blocked` says whether policy (not syntax) refused it.
    The message is an English sentence fragment with its template and params
    (claims.engine_messages), so pages show it in the reader's language."""

    def __init__(self, message: str, /, *, blocked: bool, **params: object) -> None:
        super().__init__(message, **params)
        self.blocked = blocked


class AddressBlocked(OSError):
    """Raised by `SafeResolver`; an OSError so aiohttp wraps it without a DNS retry."""

    def __init__(self, host: str, address: str, reason: str) -> None:
        self.message = Message(
            gettext_noop(
                "%(host)s resolves to %(address)s (%(reason)s); refused by the safety policy"
            ),
            host=host,
            address=address,
            reason=reason,
        )
        super().__init__(self.message)
        self.host = host
        self.address = address
        self.reason = reason


def address_refusal(address: str | IPAddress, config: LinkCheckConfig) -> Message | None:
    """Why the checker must not connect to `address` (a str, translatable), or None when it
    may."""
    try:
        ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    except ValueError:
        return Message(gettext_noop("%(address)s is not an IP address"), address=repr(address))
    for net in config.networks:
        if ip.version == net.version and ip in net:
            return None
    if isinstance(ip, ipaddress.IPv6Address):
        # The allowlist names IPv4 networks; an IPv4-mapped address is the same host.
        mapped = ip.ipv4_mapped
        if mapped is not None and any(
            net.version == 4 and mapped in net for net in config.networks
        ):
            return None
        blocked: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = _BLOCKED_V6
    else:
        blocked = _BLOCKED_V4
    for net in blocked:
        if ip in net:
            return Message(
                gettext_noop("%(address)s is in the non-public range %(network)s"),
                address=str(ip),
                network=str(net),
            )
    if (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    ):
        return Message(gettext_noop("%(address)s is not a public address"), address=str(ip))
    return None


def _parse_ipv4_number(part: str) -> int | None:
    """One dotted part as inet_aton()/WHATWG read it: 0x.. hex, leading-0 octal, decimal."""
    if not part:
        return None
    if part[:2] in ("0x", "0X"):
        digits = part[2:]
        if not digits:
            return 0
        return int(digits, 16) if re.fullmatch(r"[0-9a-fA-F]+", digits) else None
    if len(part) > 1 and part[0] == "0":
        return int(part[1:], 8) if re.fullmatch(r"[0-7]+", part[1:]) else None
    return int(part) if re.fullmatch(r"[0-9]+", part) else None


def _parse_ipv4_host(host: str) -> ipaddress.IPv4Address:
    """The WHATWG URL IPv4 parser (what browsers do), raising UrlRefused on nonsense."""
    parts = host.split(".")
    if parts[-1] == "" and len(parts) > 1:
        parts.pop()
    if len(parts) > 4:
        raise UrlRefused(_NOT_IPV4, host=repr(host), blocked=False)
    numbers = [_parse_ipv4_number(p) for p in parts]
    if any(n is None for n in numbers):
        raise UrlRefused(_NOT_IPV4, host=repr(host), blocked=False)
    values = [n for n in numbers if n is not None]
    if any(n > 255 for n in values[:-1]) or values[-1] >= 256 ** (5 - len(values)):
        raise UrlRefused(
            gettext_noop("host %(host)s is out of the IPv4 range"), host=repr(host), blocked=False
        )
    value = values[-1]
    for i, n in enumerate(values[:-1]):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


def _ends_in_number(host: str) -> bool:
    labels = host.rstrip(".").split(".")
    last = labels[-1]
    if last.isdigit():
        return True
    return bool(re.fullmatch(r"0x[0-9a-f]*", last))


@dataclass(frozen=True, slots=True)
class SafeUrl:
    """A URL normalised for fetching, plus the key used for per-host politeness."""

    url: str
    host: str
    port: int
    ip: IPAddress | None


def normalise_host(host: str) -> tuple[str, IPAddress | None]:
    """Canonical host text and, for numeric hosts, the address it really denotes."""
    if ":" in host:
        if "%" in host:
            raise UrlRefused(gettext_noop("IPv6 zone identifiers are not allowed"), blocked=False)
        try:
            ip6 = ipaddress.IPv6Address(host)
        except ValueError:
            raise UrlRefused(
                gettext_noop("host %(host)s is not a valid IPv6 address"),
                host=repr(host),
                blocked=False,
            ) from None
        return f"[{ip6.compressed}]", ip6
    # IDNA first: it maps the other dots (。．｡) and full-width digits to ASCII, so
    # "127。0。0。1" must be read as the address 127.0.0.1 it becomes, not as a name (an
    # address-shaped name is connected to directly, past the resolver's check).
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        if _ends_in_number(host):
            raise UrlRefused(_NOT_IPV4, host=repr(host), blocked=False) from None
        raise UrlRefused(_NOT_A_DOMAIN, host=repr(host), blocked=False) from None
    if _ends_in_number(ascii_host):
        ip4 = _parse_ipv4_host(ascii_host)
        return str(ip4), ip4
    labels = ascii_host.rstrip(".").split(".")
    if len(ascii_host) > 253 or not all(_HOST_LABEL.match(label) for label in labels):
        raise UrlRefused(_NOT_A_DOMAIN, host=repr(host), blocked=False)
    return ascii_host, None


def prepare_url(url: str, config: LinkCheckConfig) -> SafeUrl:
    """Check a URL without DNS and return its normalised form, or raise UrlRefused."""
    if not isinstance(url, str):
        raise UrlRefused(gettext_noop("URL must be a string"), blocked=False)
    url = url.strip()
    if not url:
        raise UrlRefused(gettext_noop("URL is empty"), blocked=False)
    if len(url) > config.max_url_length:
        raise UrlRefused(
            gettext_noop("URL is %(length)s characters long; the limit is %(limit)s"),
            length=Number(len(url)),
            limit=Number(config.max_url_length),
            blocked=False,
        )
    if _CONTROL_OR_SPACE.search(url):
        raise UrlRefused(gettext_noop("URL contains spaces or control characters"), blocked=False)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UrlRefused(
            gettext_noop("malformed URL: %(reason)s"), reason=str(exc), blocked=False
        ) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"{scheme}:" if scheme else Message(gettext_noop("no scheme"))
        raise UrlRefused(
            gettext_noop("unsupported scheme (%(scheme)s); only http and https"),
            scheme=shown,
            blocked=False,
        )
    if "\\" in parts.netloc:
        raise UrlRefused(gettext_noop("malformed URL: backslash in host"), blocked=False)
    if parts.username is not None or parts.password is not None:
        raise UrlRefused(
            gettext_noop("URLs with embedded credentials are not checked"), blocked=False
        )
    raw_host = parts.hostname
    if not raw_host:
        raise UrlRefused(gettext_noop("malformed URL: no host"), blocked=False)
    host, ip = normalise_host(raw_host)
    if ip is not None:
        reason = address_refusal(ip, config)
        if reason:
            raise UrlRefused(
                gettext_noop("refused by the safety policy: %(reason)s"),
                reason=reason,
                blocked=True,
            )
    if port == 0:
        raise UrlRefused(gettext_noop("malformed URL: port 0"), blocked=False)
    default_port = 443 if scheme == "https" else 80
    netloc = host if port in (None, default_port) else f"{host}:{port}"
    normalised = urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    return SafeUrl(url=normalised, host=host, port=port or default_port, ip=ip)


def validate_url(url: str, config: LinkCheckConfig) -> str | None:
    """A human error message for a URL the checker would refuse (a Message: English, and
    translatable by claims.engine_messages.translated), or None; no DNS lookup."""
    try:
        prepare_url(url, config)
    except UrlRefused as exc:
        return exc.message
    return None


class SafeResolver(AbstractResolver):
    """Resolve once, refuse the host if ANY address is off-limits, return only checked ones.

    aiohttp connects to the addresses this returns (and caches them), so there is no window
    for DNS rebinding between the check and the connection.
    """

    def __init__(self, config: LinkCheckConfig, inner: AbstractResolver | None = None) -> None:
        self._config = config
        self._inner = inner or ThreadedResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        infos = await self._inner.resolve(host, port, family)
        if not infos:
            raise OSError(f"{host} has no addresses")
        for info in infos:
            reason = address_refusal(info["host"], self._config)
            if reason:
                raise AddressBlocked(host, info["host"], reason)
        return infos

    async def close(self) -> None:
        await self._inner.close()
