"""Headers every response needs: the Content Security Policy, and private caching for
what a logged-in user sees.

Templates escape what users type; the policy is the second wall: even an escaping slip could
not run a script, load a foreign resource, post a form elsewhere or frame the workbench.
Inline ``style`` attributes stay allowed (verdict colours come from the rating scale as CSS
variables); inline ``<style>`` blocks and inline scripts do not, unless a view opts in with
the hash of its own, known block (`csp_extra(own_inline_styles=True)`).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

POLICY: dict[str, list[str]] = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
}

_STYLE_BLOCK = re.compile(rb"<style[^>]*>(.*?)</style>", re.DOTALL | re.IGNORECASE)


def policy_header(extra: dict[str, list[str]] | None = None) -> str:
    directives = {name: list(values) for name, values in POLICY.items()}
    for name, values in (extra or {}).items():
        directives.setdefault(name, ["'self'"]).extend(values)
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


def style_hashes(content: bytes) -> list[str]:
    """CSP source expressions for the ``<style>`` blocks a response really contains."""
    return [
        "'sha256-" + base64.b64encode(hashlib.sha256(block).digest()).decode() + "'"
        for block in _STYLE_BLOCK.findall(content)
    ]


def csp_extra(*, own_inline_styles: bool = False, **extra: list[str]) -> Callable:
    """Widen the policy for one view: ``csp_extra(script_src=[cdn])``. With
    ``own_inline_styles`` the ``<style>`` blocks of the rendered template are allowed by hash
    (standalone documents such as the printable report), so nothing injected later is."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            response = view(request, *args, **kwargs)
            response.csp_extra = {key.replace("_", "-"): values for key, values in extra.items()}
            response.csp_own_inline_styles = own_inline_styles
            return response

        return wrapped

    return decorate


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if "Content-Security-Policy" in response:
            return response
        extra = {key: list(values) for key, values in getattr(response, "csp_extra", {}).items()}
        if getattr(response, "csp_own_inline_styles", False) and not response.streaming:
            extra.setdefault("style-src", []).extend(style_hashes(response.content))
        response["Content-Security-Policy"] = policy_header(extra)
        return response


API_PREFIX = "/api/"


class PrivateCacheMiddleware:
    """Keep what a logged-in user sees out of shared and browser caches.

    A response to an authenticated user (claim panels, confidential evidence, downloads) and
    every API response gets ``Cache-Control: private, no-store`` unless the view chose its own
    Cache-Control. API responses also ``Vary: Authorization``, since a token decides what they
    say. Static files never reach this (WhiteNoise answers first) and anonymous pages such as
    /healthz keep their own headers.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        is_api = request.path_info.startswith(API_PREFIX)
        if is_api:
            patch_vary_headers(response, ["Authorization"])
        user = getattr(request, "user", None)
        if "Cache-Control" not in response and (
            is_api or (user is not None and user.is_authenticated)
        ):
            patch_cache_control(response, private=True, no_store=True)
        return response
