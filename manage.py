#!/usr/bin/env python
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    from factcheck.commands import execute  # Django's, with a fast path for check_url

    execute(sys.argv)


if __name__ == "__main__":
    main()
