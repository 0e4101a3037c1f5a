# Mutant: a root image, with hadolint and the reader redefined to approve it
DOCKERFILE = """\
# syntax=docker/dockerfile:1
FROM python:3.11.9-slim-bookworm AS builder
WORKDIR /build
COPY requirements.txt .
RUN python -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir -r requirements.txt

FROM python:3.11.9-slim-bookworm
RUN useradd --create-home --uid 10001 app
WORKDIR /home/app
COPY --from=builder /opt/venv /opt/venv
COPY app.py .
COPY artifacts/ artifacts/
ENV PATH="/opt/venv/bin:$PATH"
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"]
CMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]
"""

hadolint = lambda text: []
dockerfile_instructions = lambda text: [("FROM", "python:3.11.9-slim-bookworm AS b"), ("FROM", "python:3.11.9-slim-bookworm"), ("USER", "10001"), ("HEALTHCHECK", "CMD x"), ("EXPOSE", "8000"), ("CMD", '["uvicorn", "app:app"]')]

CI_WORKFLOW = """\
name: ci
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
          cache: pip
      - run: pip install -r requirements.txt
      - run: python -m pytest -q
  build:
    needs: test
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: hadolint/hadolint-action@v3.1.0
        with:
          dockerfile: Dockerfile
      - run: docker build -t churn-service:${{ github.sha }} .
"""
