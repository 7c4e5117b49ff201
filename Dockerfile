# mailwarden in a container: Debian slim, the project's own wheel, a non-root user, the
# data directory on a volume, a health check through the API's /health.
#   docker compose up -d           (compose.yaml: with Ollama beside it)
#   docker compose run --rm mailwarden setup      (first time: writes the config)
FROM python:3.12-slim-bookworm AS wheel
WORKDIR /src
COPY pyproject.toml README.md ./
COPY agent agent
COPY prompts prompts
COPY pipeline pipeline
COPY storage storage
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.12-slim-bookworm
RUN useradd --system --uid 10001 --home-dir /var/lib/mailwarden --create-home mailwarden \
    && mkdir -p /etc/mailwarden && chown mailwarden /etc/mailwarden
COPY --from=wheel /wheels /wheels
RUN pip install --no-cache-dir --only-binary=:all: /wheels/*.whl && rm -rf /wheels
USER mailwarden
WORKDIR /var/lib/mailwarden
ENV MAILWARDEN_DATA_DIR=/var/lib/mailwarden \
    MAILWARDEN_CONFIG=/etc/mailwarden/mailwarden.toml \
    MAILWARDEN_API__ENABLED=true \
    MAILWARDEN_API__HOST=0.0.0.0 \
    PYTHONUNBUFFERED=1
VOLUME ["/var/lib/mailwarden"]
EXPOSE 8025
HEALTHCHECK --interval=60s --timeout=10s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8025/health', timeout=5).status != 200)"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["mailwarden"]
CMD ["run"]
