"""An ML-engineer curriculum in Jupyter notebooks that grades itself."""
