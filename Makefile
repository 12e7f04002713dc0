# make run   - set up .venv, migrate, load the seed corpus and demo accounts, serve on 127.0.0.1:8000
#              (gunicorn, 2 workers, static files through WhiteNoise, plus the background-job worker)
# make dev   - the same data, served by Django's autoreloading development server (and the job worker)
# make test  - set up .venv with the test dependencies and run every test
# make bench - benchmark the API and exports over real HTTP (see README)
# make loadtest - 20 people annotating and reviewing for 60 s while an import runs, then the counts checked
# make eval  - score the suggestions on the evaluation set in tests/data/ (figures, labels, model)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run dev test bench loadtest eval lint setup demo clean banner

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

demo: export DEBUG = 1
demo: setup
	$(BIN)/python manage.py migrate --no-input -v 0
	$(BIN)/python manage.py load_seed_corpus
	$(BIN)/python manage.py create_demo_accounts
	$(BIN)/python manage.py load_demo_annotations

banner:
	@echo ""
	@echo "  Workbench: http://$(HOST):$(PORT)/      (sign in with a demo account above)"
	@echo "  API:       http://$(HOST):$(PORT)/api/v1/   docs: http://$(HOST):$(PORT)/api/v1/docs/"
	@echo "  Admin:     http://$(HOST):$(PORT)/admin/"
	@echo ""

# The job worker (large imports) runs beside the server and stops with it (Ctrl-C stops both).
WORKER = $(BIN)/python manage.py db_worker --no-startup-delay --interval 0.5 -v 0 $(WORKER_ARGS)
WITH_WORKER = $(WORKER) & worker=$$!; trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM;

# The demo data is loaded with DEBUG on (demo accounts exist only there); the server and the worker run
# with it off, as in production: with DEBUG on, Django keeps and formats every SQL statement it runs
# (imports took 1.8 times the CPU, labelling 1.5 times). Plain HTTP on the local address, and a secret
# key made once for this checkout (kept in .venv, so sessions outlive a restart).
$(VENV)/secret-key: | $(BIN)/python
	@$(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))' > $@

run: export DEBUG = 1
run: WORKER_ARGS = --no-reload
run: SERVE_ENV = DEBUG=0 HTTPS=0 SECRET_KEY="$$(cat $(VENV)/secret-key)" ALLOWED_HOSTS="$(HOST),localhost,127.0.0.1,[::1]"
run: demo $(VENV)/secret-key banner
	export $(SERVE_ENV); $(WITH_WORKER) $(BIN)/python -m gunicorn workbench.wsgi:application --bind $(HOST):$(PORT) \
		--workers 2 --worker-class gthread --threads 4 --keep-alive 5 --timeout 60 --access-logfile -

dev: export DEBUG = 1
dev: demo banner
	$(WITH_WORKER) $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed-test
	$(BIN)/python -m ruff check .
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.installed-test
	$(BIN)/python -m bench $(BENCH_ARGS)

loadtest: $(VENV)/.installed-test
	$(BIN)/python -m bench.loadtest $(LOADTEST_ARGS)
eval: $(VENV)/.installed
	$(BIN)/python -m annotations.suggestions.evaluate $(EVAL_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles media bench/results.json
