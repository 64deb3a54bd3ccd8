"""The SSRF policy: address ranges, numeric host tricks, and proof that nothing is sent."""

from __future__ import annotations

import asyncio
import socket

import pytest
from aiohttp.abc import AbstractResolver, ResolveResult

from sources.linkcheck import LinkCheckConfig, Outcome, check_urls_sync, validate_url
from sources.linkcheck.safety import AddressBlocked, SafeResolver, address_refusal, prepare_url

from .conftest import Server

STRICT = LinkCheckConfig()  # production default: no allowlist


@pytest.mark.parametrize(
    "host",
    [
        "2130706433",  # decimal
        "0177.0.0.1",  # octal
        "0x7f.1",  # hex, short form
        "0x7f000001",  # one hex number
        "127.1",  # short form
        "127.0.1",
        "017700000001",  # one octal number
        "127.0.0.1.",  # trailing dot
        "0",  # 0.0.0.0
        "0.0.0.0",
        "[::1]",
        "[::]",
        "[::ffff:127.0.0.1]",  # IPv4-mapped
        "[::ffff:7f00:1]",
        "[::127.0.0.1]",  # IPv4-compatible
        "[2002:7f00:1::]",  # 6to4 of 127.0.0.1
        "[64:ff9b::a9fe:a9fe]",  # NAT64 of 169.254.169.254
        "[0:0:0:0:0:ffff:a9fe:a9fe]",
    ],
)
def test_numeric_host_tricks_are_blocked(host: str) -> None:
    message = validate_url(f"http://{host}/admin", STRICT)
    assert message is not None and "safety policy" in message


@pytest.mark.parametrize(
    "address",
    [
        "0.1.2.3",  # "this network"
        "10.1.2.3",  # private
        "100.64.0.1",  # CGNAT
        "100.127.255.254",
        "127.0.0.1",  # loopback
        "127.255.255.254",
        "169.254.169.254",  # link-local, cloud metadata
        "172.16.0.1",  # private
        "172.31.255.255",
        "192.0.0.8",  # IETF protocol assignments
        "192.0.2.1",  # documentation
        "192.168.1.1",  # private
        "198.18.0.1",  # benchmarking
        "198.51.100.7",
        "203.0.113.9",
        "224.0.0.1",  # multicast
        "239.255.255.250",
        "240.0.0.1",  # reserved
        "255.255.255.255",  # broadcast
        "::",
        "::1",
        "fe80::1",  # link-local
        "fc00::1",  # unique local
        "fd12:3456::1",
        "fec0::1",  # site-local
        "ff02::1",  # multicast
        "2001:db8::1",  # documentation
        "2001::1",  # Teredo
        "100::1",  # discard
    ],
)
def test_every_non_public_range_is_refused(address: str) -> None:
    assert address_refusal(address, STRICT) is not None


@pytest.mark.parametrize("address", ["93.184.215.14", "1.1.1.1", "2606:4700:4700::1111"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert address_refusal(address, STRICT) is None


def test_allowed_networks_open_exactly_those_networks() -> None:
    config = LinkCheckConfig(allowed_networks=["10.20.0.0/16", "fd00:1::/32"])
    assert address_refusal("10.20.3.4", config) is None
    assert address_refusal("fd00:1::5", config) is None
    assert address_refusal("10.21.0.1", config) is not None
    assert address_refusal("127.0.0.1", config) is not None


def test_allowlisting_ipv4_also_allows_its_ipv4_mapped_form() -> None:
    config = LinkCheckConfig(allowed_networks=["127.0.0.1/32"])
    assert address_refusal("::ffff:127.0.0.1", config) is None
    assert address_refusal("::ffff:127.0.0.2", config) is not None


def test_config_rejects_a_malformed_network() -> None:
    with pytest.raises(ValueError):
        LinkCheckConfig(allowed_networks=["10.0.0.0/33"])


@pytest.mark.parametrize(
    ("url", "normalised"),
    [
        ("http://0x7f.1:8080/a?b=1#frag", "http://127.0.0.1:8080/a?b=1"),
        ("HTTP://Example.ORG", "http://example.org/"),
        ("https://example.org:443/x", "https://example.org/x"),
        ("http://[::FFFF:7F00:1]/", "http://[::ffff:7f00:1]/"),
        ("http://bücher.example/", "http://xn--bcher-kva.example/"),
    ],
)
def test_urls_are_normalised_the_way_browsers_read_them(url: str, normalised: str) -> None:
    config = LinkCheckConfig(allowed_networks=["127.0.0.0/8"])
    assert prepare_url(url, config).url == normalised


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("file:///etc/passwd", "scheme"),
        ("gopher://example.org/", "scheme"),
        ("ftp://example.org/", "scheme"),
        ("dict://example.org:11211/stat", "scheme"),
        ("//example.org/", "scheme"),
        ("http://1.2.3.4.5/", "IPv4"),
        ("http://08.0.0.1/", "IPv4"),
        ("http://256.256.256.256/", "IPv4"),
        ("http://[fe80::1%25eth0]/", "zone"),
        ("http://example.org/" + "x" * 3000, "limit"),
        ("http://user@example.org/", "credentials"),
    ],
)
def test_validate_url_explains_what_is_wrong(url: str, words: str) -> None:
    message = validate_url(url, STRICT)
    assert message is not None and words in message


def test_validate_url_accepts_an_ordinary_link_without_dns() -> None:
    assert validate_url("https://www.politico.eu/article/belarus-border/", STRICT) is None


def test_direct_request_to_a_non_allowlisted_address_is_never_sent(trap: Server) -> None:
    config = LinkCheckConfig(allowed_networks=["127.0.0.1/32"])
    [result] = check_urls_sync([trap.url("/ok")], config)
    assert result.outcome is Outcome.BLOCKED
    assert "127.0.0.2" in (result.error or "")
    assert trap.recorder.total() == 0


def test_redirect_to_a_non_allowlisted_address_is_blocked_before_any_request(
    server: Server, trap: Server
) -> None:
    config = LinkCheckConfig(allowed_networks=["127.0.0.1/32"])
    tricks = [
        trap.url("/ok"),
        f"http://2130706434:{trap.port}/ok",  # 127.0.0.2 in decimal
        f"http://0x7f.0.0.2:{trap.port}/ok",
        f"http://127.2:{trap.port}/ok",
        f"http://[::ffff:127.0.0.2]:{trap.port}/ok",
    ]
    urls = [server.url(f"/redirect?to={target}") for target in tricks]
    results = check_urls_sync(urls, config)
    for result in results:
        assert result.outcome is Outcome.BLOCKED, result
        assert result.redirects and result.redirects[0]["status_code"] == 302
        assert "refused" in (result.error or "")
    assert trap.recorder.total() == 0


def test_redirect_to_another_scheme_is_refused(server: Server) -> None:
    config = LinkCheckConfig(allowed_networks=["127.0.0.1/32"])
    [result] = check_urls_sync([server.url("/redirect?to=file:///etc/passwd")], config)
    assert result.outcome is Outcome.INVALID
    assert "scheme" in (result.error or "")


def test_host_name_resolving_to_loopback_is_blocked_at_resolution(server: Server) -> None:
    before = server.recorder.total()
    [result] = check_urls_sync([f"http://localhost:{server.port}/ok"], STRICT)
    assert result.outcome is Outcome.BLOCKED
    assert "localhost resolves to" in (result.error or "")
    assert server.recorder.total() == before


class _FixedDns(AbstractResolver):
    """A stand-in DNS server (aiohttp's interface, not ours) answering fixed addresses."""

    def __init__(self, addresses: list[str]) -> None:
        self.addresses = addresses

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        return [
            ResolveResult(hostname=host, host=a, port=port, family=family, proto=0, flags=0)
            for a in self.addresses
        ]

    async def close(self) -> None:
        return None


def test_resolver_refuses_a_host_if_any_address_is_private() -> None:
    resolver = SafeResolver(STRICT, _FixedDns(["93.184.215.14", "10.0.0.5"]))
    with pytest.raises(AddressBlocked, match="10.0.0.5"):
        asyncio.run(resolver.resolve("rebind.example", 80))


def test_resolver_returns_the_checked_addresses_for_public_hosts() -> None:
    resolver = SafeResolver(STRICT, _FixedDns(["93.184.215.14", "2606:2800:21f::1"]))
    infos = asyncio.run(resolver.resolve("example.org", 443))
    assert [i["host"] for i in infos] == ["93.184.215.14", "2606:2800:21f::1"]
