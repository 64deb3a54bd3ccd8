import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
application = get_wsgi_application()

# each serving process builds what the first similar-claim lookup of a language would
# (claims.search.warmup), in the background: not in management commands or tests
from claims.search import warmup  # noqa: E402

warmup.start()
