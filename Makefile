# Thin aliases; dev.py does the work and needs only Python.
.PHONY: run test lint
run:
	python3 dev.py run
test:
	python3 dev.py test
lint:
	.venv/bin/ruff check .
