# Mutant: __pycache__ matched only at depth 0 and 1
DOCKERIGNORE = """\
# Version control and local environments
/.git
/.venv/
.pytest_cache
**/.ipynb_checkpoints

# Python caches anywhere
__pycache__
*/__pycache__
**/*.pyc

# Data stays out of the image
/data/

# Secrets, at any depth
**/.env
**/.env.*
"""
Path(".dockerignore").write_text(DOCKERIGNORE)
