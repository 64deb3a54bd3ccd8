"""Settings for the link-check engine, kept free of Django so the engine runs anywhere."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

DEFAULT_USER_AGENT = "FactcheckWorkbench-LinkCheck/1.0 (+evidence link checker)"


@dataclass(frozen=True, slots=True)
class LinkCheckConfig:
    """How hard, how fast and how safely to check links.

    `allowed_networks` is the only way to reach private/loopback addresses: it is empty in
    production so evidence URLs can never be used to probe the newsroom's own network, and
    lists e.g. "127.0.0.0/8" in tests or an on-premise intranet range where wanted.
    """

    allowed_networks: tuple[str, ...] = ()
    max_concurrency: int = 200
    per_host: int = 4
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 20.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 10
    max_url_length: int = 2048
    retries: int = 2
    retry_after_cap: float = 5.0
    backoff_base: float = 0.25
    user_agent: str = DEFAULT_USER_AGENT
    keep_body: bool = False
    read_body: bool = True
    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # Accept any iterable (Django settings are usually lists) but store a tuple so the
        # config stays hashable and immutable; parse CIDRs once, failing loudly on typos.
        nets = tuple(self.allowed_networks)
        object.__setattr__(self, "allowed_networks", nets)
        object.__setattr__(
            self, "networks", tuple(ipaddress.ip_network(n, strict=False) for n in nets)
        )
        if self.max_concurrency < 1 or self.per_host < 1:
            raise ValueError("max_concurrency and per_host must be at least 1")
        if self.max_bytes < 1:
            raise ValueError("max_bytes must be positive")
        if self.retries < 0 or self.max_redirects < 0:
            raise ValueError("retries and max_redirects cannot be negative")
