"""Every environment variable factcheck/settings.py reads has a row in the README's
configuration table."""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT

ENV_HELPERS = {"env", "env_bool", "env_int", "env_list"}


def _first_string(call: ast.Call) -> str | None:
    if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
        return call.args[0].value
    return None


def _is_os_environ(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "environ"
        and isinstance(node.value, ast.Name)
        and node.value.id == "os"
    )


def _reads_environment(func: ast.AST) -> bool:
    if isinstance(func, ast.Name):
        return func.id in ENV_HELPERS
    return isinstance(func, ast.Attribute) and (
        (func.attr in {"get", "pop"} and _is_os_environ(func.value))
        or (func.attr == "getenv" and isinstance(func.value, ast.Name) and func.value.id == "os")
    )


def variables_read_by_settings() -> set[str]:
    """Names passed to env()/env_bool()/env_int()/env_list(), os.environ.get(),
    os.environ[...] and os.getenv() with a literal name."""
    tree = ast.parse((ROOT / "factcheck" / "settings.py").read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _reads_environment(node.func):
            names.add(_first_string(node) or "")
        elif (
            isinstance(node, ast.Subscript)
            and _is_os_environ(node.value)
            and isinstance(node.slice, ast.Constant)
        ):
            names.add(str(node.slice.value))
    names.discard("")
    return names


def variables_documented_in_readme() -> set[str]:
    """The `NAME`s in the first column of the README's configuration table."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    names: set[str] = set()
    for line in section.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            first_cell = line.split("|")[1]
            names.update(re.findall(r"`([A-Z][A-Z0-9_]*)`", first_cell))
    return names


def test_the_parser_finds_the_settings_reads():
    found = variables_read_by_settings()
    assert {"SECRET_KEY", "DEBUG", "DATABASE_URL", "LINKCHECK_PER_HOST"} <= found


def test_every_environment_variable_the_settings_read_is_in_the_readme_table():
    missing = variables_read_by_settings() - variables_documented_in_readme()
    assert not missing, f"add README configuration rows for: {', '.join(sorted(missing))}"
