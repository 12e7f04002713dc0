"""Settings for the workbench: one file, read from the environment.

SQLite is the default; set DATABASE_URL for PostgreSQL. DEBUG is off unless asked for, and a
deployment with DEBUG off must set SECRET_KEY.
"""

import datetime as dt
import os
import warnings
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = env_str(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of 1/0, true/false, yes/no, on/off; got {raw!r}")


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    raw = env_str(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {raw!r}") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}; got {value}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = env_str(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "insecure-development-key-only-for-debug-mode"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "knox",
    "axes",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_tasks",
    "django_tasks_db",
    "annotations",
    "annotations.web.apps.WebConfig",
    "annotations.accounts.apps.AccountsConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "annotations.api.limits.RequestSizeLimitMiddleware",
    "workbench.nul_characters.RefuseNulCharactersMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "workbench.middleware.NoStoreForSignedInMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "workbench.urls"
WSGI_APPLICATION = "workbench.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers (exports, lists) run while one writer saves; IMMEDIATE makes a write
    # transaction take the lock up front instead of failing half-way with "database is locked".
    # A page cache of up to 32 MB a connection (SQLite's default is 2 MB): a labelled document updates some
    # fifteen indexes, and with the small cache their pages were read again on every request (10-12 % of a
    # labelling request's CPU, measured alternately in one process).
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32000;",
    }
    DATABASES["default"]["TEST"] = {"NAME": env_str("SQLITE_TEST_NAME")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": env_int("PASSWORD_MIN_LENGTH", 10, minimum=8)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Password guessing: django-axes locks an account name, and separately an address, after
# AXES_FAILURE_LIMIT wrong passwords in a row, for AXES_COOLOFF_MINUTES. It counts names that do
# not exist exactly like real ones, so a lockout tells nothing about which accounts exist.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 10, minimum=1)
AXES_COOLOFF_MINUTES = env_int("AXES_COOLOFF_MINUTES", 15, minimum=1)
AXES_COOLOFF_TIME = dt.timedelta(minutes=AXES_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "annotations.accounts.lockout.locked_out_response"
AXES_VERBOSE = False

# API tokens (django-rest-knox): stored hashed, expiring, several per user, each revocable; a token
# stops working when its user's password changes or the user is deactivated (see accounts/).
KNOX_TOKEN_MODEL = "accounts.ApiToken"
# knox's own migrations would create its default token table even though the model is swapped for
# ours; a table no model knows about breaks `flush` on PostgreSQL. The app needs no tables of its own.
MIGRATION_MODULES = {"knox": None}
REST_KNOX = {
    "TOKEN_TTL": dt.timedelta(hours=env_int("API_TOKEN_TTL_HOURS", 24 * 7, minimum=1)),
    "AUTH_HEADER_PREFIX": "Token",
    "TOKEN_LIMIT_PER_USER": env_int("API_TOKENS_PER_USER", 20, minimum=1),
}

# HTTPS: on by default when DEBUG is off (HTTPS=0 turns it off, e.g. behind a plain-HTTP test proxy).
HTTPS = env_bool("HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", HTTPS)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if env_bool("BEHIND_TLS_PROXY", False):
    # The proxy terminates TLS and says so in X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Only the app's own scripts and styles run. Inline style attributes stay allowed (`style-src-attr`):
# the pages colour labels with a CSS variable per element; inline <style> and <script> do not.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope",
        "magnetometer", "microphone", "midi", "payment", "usb",
    )
}

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT") or BASE_DIR / "staticfiles")
# After `collectstatic` (a deployment), WhiteNoise serves hashed, compressed files from STATIC_ROOT.
# Without it (a fresh clone, the tests), files are served straight from the apps' static folders.
_COLLECTED = (STATIC_ROOT / "staticfiles.json").exists()
WHITENOISE_USE_FINDERS = not _COLLECTED
if not _COLLECTED:
    # WhiteNoise warns that STATIC_ROOT is missing; uncollected is the normal state of a fresh clone.
    warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "workbench.storage.WorkbenchStaticFilesStorage"},
    # The originals of imported web pages and PDFs, named by their SHA-256. Replace this entry (e.g.
    # with django-storages' S3 backend) so that several app servers share them.
    "sources": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": Path(env_str("WORKBENCH_SOURCES_DIR") or MEDIA_ROOT / "sources")},
    },
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Workbench limits, each adjustable per deployment.
WORKBENCH_MAX_DOCUMENT_BYTES = env_int("WORKBENCH_MAX_DOCUMENT_BYTES", 1_000_000, minimum=1)
# The largest original (saved web page or PDF) an import keeps; its extracted text must still fit
# WORKBENCH_MAX_DOCUMENT_BYTES.
WORKBENCH_MAX_SOURCE_BYTES = env_int("WORKBENCH_MAX_SOURCE_BYTES", 20_000_000, minimum=1024)
WORKBENCH_MAX_REQUEST_BYTES = env_int("WORKBENCH_MAX_REQUEST_BYTES", 5_000_000, minimum=1024)
WORKBENCH_REVIEW_HOLD_SECONDS = env_int("WORKBENCH_REVIEW_HOLD_SECONDS", 600, minimum=1)
# Background jobs (large imports): django-tasks with its database backend, so SQLite and PostgreSQL
# both work with no other service; `manage.py db_worker` runs them (make run starts one).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# An upload with more documents than this, or more bytes, is imported by a background job.
WORKBENCH_IMPORT_SYNC_MAX_DOCUMENTS = env_int("WORKBENCH_IMPORT_SYNC_MAX_DOCUMENTS", 500, minimum=1)
WORKBENCH_IMPORT_SYNC_MAX_BYTES = env_int("WORKBENCH_IMPORT_SYNC_MAX_BYTES", 2_000_000, minimum=1024)
# Documents a background job stores per transaction: other writers wait at most one chunk.
WORKBENCH_IMPORT_CHUNK_DOCUMENTS = env_int("WORKBENCH_IMPORT_CHUNK_DOCUMENTS", 200, minimum=1)
# The largest file `POST /api/v1/documents/upload/` accepts (other API requests: WORKBENCH_MAX_REQUEST_BYTES).
WORKBENCH_MAX_UPLOAD_BYTES = env_int("WORKBENCH_MAX_UPLOAD_BYTES", 100_000_000, minimum=1024)
WORKBENCH_RELEASES_DIR = Path(env_str("WORKBENCH_RELEASES_DIR") or MEDIA_ROOT / "releases")
# Where trained label-suggestion models are stored, one versioned file each (share it between app servers).
WORKBENCH_MODELS_DIR = Path(env_str("WORKBENCH_MODELS_DIR") or MEDIA_ROOT / "models")
DATA_UPLOAD_MAX_MEMORY_SIZE = WORKBENCH_MAX_REQUEST_BYTES
FILE_UPLOAD_MAX_MEMORY_SIZE = WORKBENCH_MAX_REQUEST_BYTES

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "annotations.accounts.authentication.ApiTokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 100,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "annotations.api.exceptions.workbench_exception_handler",
    # Only the sign-in endpoint is throttled by scope; axes locks accounts behind it.
    "DEFAULT_THROTTLE_RATES": {"sign_in": env_str("SIGN_IN_RATE") or "30/minute"},
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Claim-verification workbench API",
    "DESCRIPTION": "Documents, sentences, labels, annotations, review, incidents and dataset exports.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # One name for each choice set that several fields share (a member's role, your role, ...).
    "ENUM_NAME_OVERRIDES": {
        "ProjectRoleEnum": "annotations.projects.models.ProjectRole",
        "AssignmentRoleEnum": "annotations.projects.models.AssignmentRole",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "annotations.api.schema.document_query_errors",
    ],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL") or "WARNING"},
}
