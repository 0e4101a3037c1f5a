# Mutant: writes the dict with str() instead of JSON.
def data_sha256(X, y):
    """SHA-256 hex digest of X as C-contiguous float64 bytes followed by y as int64 bytes."""
    digest = hashlib.sha256()
    digest.update(np.ascontiguousarray(X, dtype=np.float64).tobytes())
    digest.update(np.ascontiguousarray(y, dtype=np.int64).tobytes())
    return digest.hexdigest()


def write_manifest(artifact_path, manifest_path, X, y, metrics):
    """Write the JSON manifest of an artifact and return it as a dict.

    Returns
    -------
    dict
        "artifact" (file name), "sha256" (of the file), "data_sha256", "versions"
        (numpy, scikit-learn, skops), "metrics" (floats).
    """
    with open(artifact_path, "rb") as f:
        file_digest = hashlib.sha256(f.read()).hexdigest()
    manifest = {
        "artifact": Path(artifact_path).name,
        "sha256": file_digest,
        "data_sha256": data_sha256(X, y),
        "versions": {"numpy": np.__version__, "scikit-learn": sklearn.__version__,
                     "skops": skops.__version__},
        "metrics": {key: float(value) for key, value in metrics.items()},
    }
    with open(manifest_path, "w") as f:
        f.write(str(manifest))
    return manifest
