"""Waiting for workers and servers by polling a condition, never by a fixed sleep: a fixed
sleep is too short on a loaded CI machine and wastes time everywhere else."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(
    predicate: Callable[[], T],
    *,
    timeout: float,
    what: str = "the condition",
    interval: float = 0.1,
) -> T:
    """Call `predicate` until it returns something truthy, and return that; fail the test
    with `what` in the message once `timeout` seconds have passed."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)
