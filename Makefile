# Two commands do all set-up: `make run` (install, build the default collection, serve the UI)
# and `make test` (install with test extras, lint, type-check, run the whole suite).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/pip install --disable-pip-version-check -c constraints.txt

# llama-cpp-python builds llama.cpp from source: for AVX2 (with FMA, F16C and BMI2), not for the CPU it
# is built on, so a CPU with AVX-512 runs the same kernels and the reader's log-probabilities, and the
# thresholds chosen on them, do not move with the machine. (On the AVX2 development machine this build
# and a native one give the same logits to the bit.)
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON

# Nothing reaches the network at run time.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: run test install install-test lint clean

run: install
	$(BIN)/articleqa serve

test: install-test lint
	$(BIN)/python -m pytest

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --disable-pip-version-check -q --upgrade "pip>=24"

# torch first, pinned, so nothing can pull a CUDA build.
$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) "torch==2.13.0"
	$(PIP) -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) -e ".[test]"
	touch $@

lint: install-test
	$(BIN)/ruff check ingest retriever ui evals tests
	$(BIN)/ruff format --check ingest retriever ui evals tests
	$(BIN)/mypy ingest retriever ui evals

clean:
	rm -rf $(VENV) test-output .pytest_cache .mypy_cache .ruff_cache
