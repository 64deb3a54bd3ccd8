from django.apps import AppConfig


class ProvenanceConfig(AppConfig):
    name = "provenance"
    verbose_name = "Provenance: WARC archives, trusted timestamps, the tamper-evident record"

    def ready(self) -> None:
        # Tasks are queued by name (factcheck.celery.enqueue); the ledger listens to every
        # history row django-simple-history writes.
        import provenance.ledger
        import provenance.tasks  # noqa: F401

        provenance.ledger.connect()
