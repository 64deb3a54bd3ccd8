import hashlib
import logging
import unicodedata

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import LoginView
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


@login_not_required
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness for load balancers and compose: the process answers and the database too."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return JsonResponse({"status": "ok"})
    except Exception as exc:  # any database failure means "not ready"
        return JsonResponse({"status": "error", "error": type(exc).__name__}, status=503)


class RateLimitedLoginView(LoginView):
    """Django's login, refusing with 429 after too many failures from one address or for
    one username within the window: password guessing becomes slow and visible.

    Counters live in the cache (Redis in production, shared by every web process). If the
    cache is unreachable the login still works: locking everybody out because Redis is down
    would be worse than a brief window without throttling.
    """

    template_name = "registration/login.html"

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        keys = _login_keys(request)
        if _blocked(keys):
            minutes = max(1, settings.FACTCHECK_LOGIN_WINDOW_SECONDS // 60)
            message = ngettext(
                "Too many failed log-in attempts. Try again in %(minutes)d minute.",
                "Too many failed log-in attempts. Try again in %(minutes)d minutes.",
                minutes,
            ) % {"minutes": minutes}
            # An unbound form: a bound one would authenticate when its errors are shown.
            context = self.get_context_data(form=self.form_class(request), throttled=message)
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form) -> HttpResponse:
        if self.request.POST.get("username") and self.request.POST.get("password"):
            _count_failure(_login_keys(self.request))  # a blank form guesses no password
        return super().form_invalid(form)

    def form_valid(self, form) -> HttpResponse:
        _forget(_login_keys(self.request)[1:])
        return super().form_valid(form)


def throttle_username(raw: str | None) -> str:
    """The username as the login form will look it up (stripped, NFKC like Django's
    UsernameField), then case-folded: "ｅｄｉｔｏｒ", "Editor" and "editor" share one counter,
    so look-alike spellings of one account do not each get a fresh allowance."""
    name = get_user_model().normalize_username((raw or "").strip())
    return unicodedata.normalize("NFKC", name.casefold())


def _login_keys(request: HttpRequest) -> list[tuple[str, int]]:
    """(cache key, limit) for the client address and for the username tried."""
    address = request.META.get("REMOTE_ADDR", "")
    username = throttle_username(request.POST.get("username"))
    user_hash = hashlib.sha256(username.encode()).hexdigest()[:32]
    return [
        (f"login-failures:ip:{address}", settings.FACTCHECK_LOGIN_MAX_FAILURES_PER_ADDRESS),
        (f"login-failures:user:{user_hash}", settings.FACTCHECK_LOGIN_MAX_FAILURES),
    ]


def _blocked(keys: list[tuple[str, int]]) -> bool:
    try:
        counts = cache.get_many([key for key, _ in keys])
    except Exception:  # cache down: fail open (see the class docstring)
        logger.warning("login rate limit: cache unavailable", exc_info=True)
        return False
    return any(counts.get(key, 0) >= limit for key, limit in keys)


def _count_failure(keys: list[tuple[str, int]]) -> None:
    window = settings.FACTCHECK_LOGIN_WINDOW_SECONDS
    try:
        for key, _ in keys:
            if cache.add(key, 1, window) is False:
                cache.incr(key)
    except Exception:  # cache down: fail open
        logger.warning("login rate limit: cache unavailable", exc_info=True)


def _forget(keys: list[tuple[str, int]]) -> None:
    try:
        cache.delete_many([key for key, _ in keys])
    except Exception:  # cache down: fail open
        logger.warning("login rate limit: cache unavailable", exc_info=True)


@login_not_required
@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask every page's origin for /favicon.ico, the admin's pages included."""
    return redirect(static("favicon.svg"), permanent=True)
