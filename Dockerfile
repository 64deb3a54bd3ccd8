# Production image: the same locked dependencies as `python3 dev.py run`.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# WeasyPrint (PDF reports) needs Pango and fonts (Symbola: emoji in quoted posts); curl
# serves the health check; Tesseract (with eng/rus/ukr/bel/pol data) reads screenshots and
# scans (poppler's pdftoppm renders scanned PDFs), ffprobe reads recordings, gettext compiles the interface translations.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 curl \
       libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-symbola \
       tesseract-ocr tesseract-ocr-eng tesseract-ocr-rus tesseract-ocr-ukr tesseract-ocr-bel \
       tesseract-ocr-pol ffmpeg poppler-utils gettext \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements/base.lock requirements/base.lock
RUN pip install --no-cache-dir --require-hashes --no-deps -r requirements/base.lock \
    && pip check

COPY . .
RUN useradd --system --uid 1000 --home /app factcheck \
    && mkdir -p /app/var /app/staticfiles \
    && DEBUG=0 SECRET_KEY=build-only python manage.py collectstatic --noinput \
    && DEBUG=0 SECRET_KEY=build-only python manage.py compilemessages --ignore "*/site-packages/*" \
    && chown -R factcheck /app/var /app/staticfiles
USER factcheck

EXPOSE 8000
CMD ["gunicorn", "factcheck.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
