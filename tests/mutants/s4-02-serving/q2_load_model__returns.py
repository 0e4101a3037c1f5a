# Mutant: returns (version, model), the wrong order.
def load_model(path):
    """Load a skops artifact without trusting unknown types; version = sha256(bytes)[:12].

    Returns
    -------
    (model, version) : tuple
        The loaded scikit-learn object and a 12-character lower-case hex string.
    """
    with open(path, "rb") as fh:
        data = fh.read()
    version = hashlib.sha256(data).hexdigest()[:12]
    model = sio.load(path)            # no `trusted=`: untrusted types raise
    return version, model
