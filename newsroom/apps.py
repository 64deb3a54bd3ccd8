from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Notifications"

    def ready(self) -> None:
        # The receivers turn claim and link events into notifications; the tasks send the
        # emails. Both register here so every process (web, worker, tests) has them.
        import newsroom.middleware  # remember_language on log-in
        import newsroom.receivers
        import newsroom.tasks  # noqa: F401
