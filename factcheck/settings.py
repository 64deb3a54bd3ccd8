"""One settings module, read from the environment (12-factor).

Every variable is documented in the README's configuration table. The defaults give a
working single-machine setup (SQLite and a file-system Celery broker under ``var/``) so that
the app runs on a machine with nothing but Python; production sets DATABASE_URL and
REDIS_URL and turns DEBUG off.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
VAR_DIR = Path(env("FACTCHECK_VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    # pytest sets PYTEST_VERSION for its run, and the workers and commands it starts inherit
    # it; anything else without DEBUG is production and must not sign with a public key.
    if not DEBUG and not env("PYTEST_VERSION"):
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set SECRET_KEY to a long random value in production "
            "(python -c 'import secrets; print(secrets.token_urlsafe(50))'), "
            "or DEBUG=1 for development."
        )
    SECRET_KEY = "django-insecure-development-key-change-me"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "simple_history",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "claims",
    "sources",
    "newsroom",  # notifications (in the app and by email)
    "provenance",
    "media",  # images, recordings, OCR pages, perceptual hashes
    "factcheck",  # whole-database tools (load_demo, backup, restore); loads the Celery app
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "factcheck.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before CSRF, which is the first to read a POST: an oversized form gets its page back.
    "factcheck.request_limits.OversizedPostMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "claims.middleware.DeskRoleMiddleware",  # a login alone is not a role on the desk
    "newsroom.middleware.PersonalLanguageMiddleware",
    "factcheck.middleware.PrivateCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "factcheck.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.context_processors.notifications",
            ],
        },
    },
]

# Django's renderer, with the common widgets written in Python (same HTML, a fifth of the
# dashboard's time before): factcheck/form_rendering.py.
FORM_RENDERER = "factcheck.form_rendering.WorkbenchFormRenderer"

WSGI_APPLICATION = "factcheck.wsgi.application"

# --- Database ---------------------------------------------------------------------------
DATABASE_URL = env("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets the web process read while the worker writes; IMMEDIATE avoids the
    # "database is locked" upgrade deadlock between two writers.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    # SQLite cannot create Attribution's UNIQUE ... NULLS NOT DISTINCT (models.W047); the rule
    # still holds on SQLite because every write runs full_clean(), which validates it in
    # Python. PostgreSQL (production, CI) enforces it in the database as well.
    SILENCED_SYSTEM_CHECKS = ["models.W047"]
else:
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Auth -------------------------------------------------------------------------------
# ModelBackend with its per-request permission lookup compiled once (factcheck/auth_backend.py).
AUTHENTICATION_BACKENDS = ["factcheck.auth_backend.PermissionBackend"]
# Database sessions with their per-request read compiled once (factcheck/sessions.py).
SESSION_ENGINE = "factcheck.sessions"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "claims:dashboard"
LOGOUT_REDIRECT_URL = "login"

# --- I18n, static, media ----------------------------------------------------------------
LANGUAGE_CODE = "en"
# The interface languages; each has a catalogue in locale/ (tests/test_i18n.py checks that
# every string is translated). A person's choice is kept on their account (newsroom).
LANGUAGES = [
    ("en", "English"),
    ("ru", "Русский"),
    ("be", "Беларуская"),
    ("uk", "Українська"),
    ("pl", "Polski"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates and numbers follow the interface language; factcheck/formats/ fills in what Django lacks
# (Belarusian) or sets differently (ISO short dates in English).
FORMAT_MODULE_PATH = ["factcheck.formats"]
TIME_ZONE = env("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# Bytes past the largest allowed upload are not written to disk (factcheck/upload_handlers.py).
FILE_UPLOAD_HANDLERS = [
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "factcheck.upload_handlers.CappedTemporaryFileUploadHandler",
]
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FACTCHECK_MAX_UPLOAD_BYTES = env_int("FACTCHECK_MAX_UPLOAD_BYTES", 5 * 1024 * 1024)
# Audio and video evidence (an hour of speech is 30-500 MB); uploads over
# FILE_UPLOAD_MAX_MEMORY_SIZE stream to a temporary file, so this costs disk, not memory.
FACTCHECK_MEDIA_MAX_BYTES = env_int("FACTCHECK_MEDIA_MAX_BYTES", 500 * 1024 * 1024)

# --- Celery -----------------------------------------------------------------------------
REDIS_URL = env("REDIS_URL")
if REDIS_URL and env("PYTEST_XDIST_WORKER"):
    # Test processes run side by side under pytest-xdist ("gw0", "gw1", …); each takes its
    # own Redis database (the given one, then the ones below it), because tests that start
    # a Celery worker empty theirs. Only pytest-xdist sets this variable.
    _redis = urlsplit(REDIS_URL)
    _base = int((_redis.path or "/0").lstrip("/") or 0)
    _offset = int(env("PYTEST_XDIST_WORKER").removeprefix("gw") or 0)
    REDIS_URL = urlunsplit(_redis._replace(path=f"/{(_base - _offset) % 16}"))
BROKER_DIR = VAR_DIR / "celery-broker"
CELERY_BROKER_URL = env("CELERY_BROKER_URL") or REDIS_URL or "filesystem://"
if CELERY_BROKER_URL == "filesystem://":
    # No server needed: the broker is a folder shared by the web process and the worker.
    for folder in ("queue", "processed", "control"):
        (BROKER_DIR / folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        # kombu keeps its exchange tables in "control/" under the working directory unless
        # told otherwise: that left an untracked control/ folder in the checkout.
        "control_folder": str(BROKER_DIR / "control"),
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "processed_folder": str(BROKER_DIR / "processed"),
        "store_processed": False,
    }
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 3600),
        "socket_connect_timeout": 1,
    }
CELERY_RESULT_BACKEND = (
    env("CELERY_RESULT_BACKEND") or REDIS_URL or f"file://{VAR_DIR / 'celery-results'}"
)
if CELERY_RESULT_BACKEND.startswith("file://"):
    Path(CELERY_RESULT_BACKEND.removeprefix("file://")).mkdir(parents=True, exist_ok=True)
CELERY_RESULT_EXPIRES = 24 * 3600
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "default"
# Slow network work has its own queue so it never holds up interactive tasks.
CELERY_TASK_ROUTES = {"sources.tasks.*": {"queue": "linkcheck"}}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Fail fast when Redis is down: a web request that enqueues (add evidence, import) gives up
# publishing within about a second and still succeeds, because every enqueue runs in a
# robust on_commit hook and the database is the outbox (recheck_stale_links re-sends links
# never checked). Kombu's defaults would hold the request for about 20 s.
CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
CELERY_REDIS_SOCKET_CONNECT_TIMEOUT = 1
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {
    "retry_policy": {
        "max_retries": 2,
        "interval_start": 0,
        "interval_step": 0.2,
        "interval_max": 0.2,
    },
}
CELERY_BEAT_SCHEDULE = {
    # claim matching: vectors a lost task, a model outage or a model upgrade left missing
    "embed-missing-vectors": {
        "task": "claims.search.tasks.embed_missing",
        "schedule": env_int("FACTCHECK_EMBED_SWEEP_SECONDS", 900),
    },
    "recheck-stale-links": {
        "task": "sources.tasks.recheck_stale_links",
        "schedule": env_int("LINKCHECK_BEAT_SECONDS", 3600),
    },
    "resend-pending-exports": {
        "task": "claims.tasks.resend_pending_exports",
        "schedule": 300,
    },
    "resend-pending-emails": {
        "task": "newsroom.tasks.resend_pending_emails",
        "schedule": env_int("FACTCHECK_EMAIL_RETRY_SECONDS", 300),
    },
    "daily-digests": {
        "task": "newsroom.tasks.send_daily_digests",
        "schedule": env_int("FACTCHECK_DIGEST_SECONDS", 24 * 3600),
    },
    "retry-unsealed-timestamps": {
        "task": "provenance.tasks.retry_unsealed",
        "schedule": 300,
    },
    "seal-history-chain-head": {
        "task": "provenance.tasks.seal_chain_head",
        "schedule": 3600,
    },
}

# --- Email (notifications; sent by Celery workers) --------------------------------------
EMAIL_BACKEND = env(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "factcheck@localhost")
# Links in emails point here (the workbench itself, not the public site).
FACTCHECK_SITE_URL = env("FACTCHECK_SITE_URL", "http://localhost:8000")
FACTCHECK_EMAIL_DOMAIN = env("FACTCHECK_EMAIL_DOMAIN", "factcheck.localhost")

# --- Link checks ------------------------------------------------------------------------
LINKCHECK_ALLOWED_NETWORKS = env_list("LINKCHECK_ALLOWED_NETWORKS")
LINKCHECK_RECHECK_AFTER_HOURS = env_int("LINKCHECK_RECHECK_AFTER_HOURS", 24)
LINKCHECK_MAX_BYTES = env_int("LINKCHECK_MAX_BYTES", 5 * 1024 * 1024)
LINKCHECK_TIMEOUT_SECONDS = env_int("LINKCHECK_TIMEOUT_SECONDS", 20)
LINKCHECK_PER_HOST = env_int("LINKCHECK_PER_HOST", 4)
LINKCHECK_USER_AGENT = env("LINKCHECK_USER_AGENT", "FactcheckWorkbench-LinkCheck/0.1")
WAYBACK_SAVE_ENABLED = env_bool("WAYBACK_SAVE_ENABLED", False)

# --- Provenance: RFC 3161 timestamps (docs/provenance.md) -----------------------------------
# None configured: sealing is off (shown as a note); digests are still recorded.
FACTCHECK_TSA_URLS = env_list("FACTCHECK_TSA_URLS")
# PEM bundle of the roots a timestamp's signer must chain to; without it no token is "ok".
FACTCHECK_TSA_CA_FILE = env("FACTCHECK_TSA_CA_FILE")
FACTCHECK_TSA_TIMEOUT_SECONDS = env_int("FACTCHECK_TSA_TIMEOUT_SECONDS", 10)

# --- Security ---------------------------------------------------------------------------
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY") else None
)
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Login throttling (factcheck.views.RateLimitedLoginView): failures per username, and (more,
# since a newsroom shares one address behind NAT) per client address, within the window.
FACTCHECK_LOGIN_MAX_FAILURES = env_int("FACTCHECK_LOGIN_MAX_FAILURES", 5)
FACTCHECK_LOGIN_MAX_FAILURES_PER_ADDRESS = env_int("FACTCHECK_LOGIN_MAX_FAILURES_PER_ADDRESS", 20)
FACTCHECK_LOGIN_WINDOW_SECONDS = env_int("FACTCHECK_LOGIN_WINDOW_SECONDS", 900)

# --- Cache: login throttling counters, shared by all web processes through Redis ----------
CACHE_URL = env("CACHE_URL") or REDIS_URL
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "factcheck"),
            # Fail fast when Redis is down (callers fall back, they never wait 20 s).
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
        if CACHE_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# --- Logging ----------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# --- REST API (factcheck/api; viewsets in claims/api and sources/api) -------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["factcheck.api.permissions.ModelPermissions"],
    "DEFAULT_PAGINATION_CLASS": "factcheck.api.pagination.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": [
        "factcheck.api.filters.FilterBackend",  # ids narrow what one may see, never looked up
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "factcheck.api.errors.exception_handler",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # JSON under the one nesting rule of claims.safe_json, as the file importers use.
    "DEFAULT_PARSER_CLASSES": [
        "factcheck.api.parsers.DepthLimitedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Fact-check workbench API",
    "DESCRIPTION": "Articles, claims, verdicts, evidence and sources. Same permissions as the UI.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # The schema describes every endpoint and filter: for logged-in users only, like the API.
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    "COMPONENT_SPLIT_REQUEST": True,
    # A source's kind and grade are one choice set wherever they appear (sources, and the
    # new-source fields of /api/attributions/).
    "ENUM_NAME_OVERRIDES": {
        "SourceKindEnum": "sources.models.Source.Kind",
        "SourceReliabilityEnum": "sources.models.Source.Reliability",
    },
    # Swagger UI and ReDoc from our own static files (drf-spectacular-sidecar), not a CDN:
    # the docs work offline and under the Content Security Policy's script-src 'self'.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}
FACTCHECK_PUBLIC_URL = env("FACTCHECK_PUBLIC_URL", "http://localhost:8000")
FACTCHECK_ORGANISATION = env("FACTCHECK_ORGANISATION", "Fact-check desk")
FACTCHECK_MAX_IMPORT_BYTES = env_int("FACTCHECK_MAX_IMPORT_BYTES", 50 * 1024 * 1024)
# A ClaimReview file with more reviews than this is imported by a worker, with progress.
FACTCHECK_IMPORT_INLINE_MAX_ITEMS = env_int("FACTCHECK_IMPORT_INLINE_MAX_ITEMS", 500)
CELERY_IMPORTS = ["claims.search.tasks"]
