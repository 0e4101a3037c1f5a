# Mutant: hashes the file name instead of its content.
def load_model(path):
    """Load a skops artifact without trusting unknown types; version = sha256(bytes)[:12].

    Returns
    -------
    (model, version) : tuple
        The loaded scikit-learn object and a 12-character lower-case hex string.
    """
    with open(path, "rb") as fh:
        data = fh.read()
    version = hashlib.sha256(str(path).encode()).hexdigest()[:12]
    model = sio.load(path)            # no `trusted=`: untrusted types raise
    return model, version
