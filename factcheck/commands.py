"""`manage.py`'s entry: Django's, except for commands that need the settings and nothing else.

`django.setup()` populates the app registry: every app's models, the admin's autodiscovery
(each `admin.py` and what it imports), the apps' `ready()` (Celery and the task modules) and
the URL machinery, about 0.8 s of CPU before a command starts. A command whose class says
`requires_app_registry = False` (and whose module imports only settings-level code) is run
with the settings and logging configured and nothing else loaded: `check_url` for 1,000
URLs went from 1.6x the engine's own time to about 1.2x (docs/linkcheck.md).

Such commands are listed here by name, so the fast path is taken without looking the
command up (which needs the registry); everything else, and any `--help` of manage.py
itself, goes to Django's `execute_from_command_line` unchanged.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

SETTINGS_ONLY_COMMANDS = {"check_url": "sources.management.commands.check_url"}


def execute(argv: Sequence[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    module = SETTINGS_ONLY_COMMANDS.get(argv[1]) if len(argv) > 1 else None
    if module is None:
        from django.core.management import execute_from_command_line

        execute_from_command_line(argv)
        return
    import logging.config

    from django.conf import settings

    # The project's LOGGING, as django.setup() applies it, without Django's own defaults for
    # the `django.*` loggers (request errors mailed to admins: nothing such runs here), whose
    # module imports the debug views and the template engine (0.1 s).
    logging.config.dictConfig(settings.LOGGING)
    command = importlib.import_module(module).Command()
    if getattr(command, "requires_app_registry", True):  # the table and the class disagree
        from django.core.management import execute_from_command_line

        execute_from_command_line(argv)
        return
    command.run_from_argv(argv)
