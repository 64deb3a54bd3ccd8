"""Command line: `python -m sources.linkcheck URL... [--file FILE] [--json]`.

The same flags as `manage.py check_url`, for benchmarks and debugging without Django.
With --json, one JSON object per line (`LinkResult.to_json_dict()`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import LinkCheckConfig, check_urls_sync

_DEFAULTS = LinkCheckConfig()


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m sources.linkcheck", description=__doc__)
    parser.add_argument("urls", nargs="*", metavar="URL")
    parser.add_argument("--file", help="read URLs from FILE, one per line ('-' for stdin)")
    parser.add_argument("--json", action="store_true", help="JSON lines output")
    parser.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="CIDR",
        help="network the checker may reach although private (repeatable)",
    )
    parser.add_argument("--max-concurrency", type=int, default=_DEFAULTS.max_concurrency)
    parser.add_argument("--per-host", type=int, default=_DEFAULTS.per_host)
    parser.add_argument(
        "--status-only", action="store_true", help="HEAD only: no body, fingerprint or soft 404"
    )
    return parser.parse_args(argv)


def read_urls(args: argparse.Namespace) -> list[str]:
    urls = list(args.urls)
    if args.file:
        stream = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")  # noqa: SIM115
        with stream:
            urls.extend(line.strip() for line in stream)
    return [u for u in urls if u and not u.startswith("#")]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    config = LinkCheckConfig(
        allowed_networks=tuple(args.allow),
        max_concurrency=args.max_concurrency,
        per_host=args.per_host,
        read_body=not args.status_only,
    )
    results = check_urls_sync(read_urls(args), config)
    out = sys.stdout
    for result in results:
        if args.json:
            out.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
        else:
            status = result.status_code if result.status_code is not None else "-"
            line = f"{result.outcome.value:<18} {status!s:>3} {result.url}"
            if result.final_url and result.final_url != result.url:
                line += f" -> {result.final_url}"
            if result.error:
                line += f"  ({result.error})"
            out.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
