# Mutant: the virtual environment is not excluded
# Write DOCKERIGNORE = """...""" (a multi-line string) below; the last lines write it to its file.
DOCKERIGNORE = """\
# Version control, local environments and caches: never part of an image.
.git
**/__pycache__
**/*.pyc
# Data sets live in a volume or an artifact store.
data
# Secrets, at any depth.
**/.env
**/.env.*
"""
Path(".dockerignore").write_text(DOCKERIGNORE)
