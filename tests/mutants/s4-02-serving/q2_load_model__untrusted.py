# Mutant: passes the file's own untrusted types as trusted=, so anything loads.
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
    model = sio.load(path, trusted=sio.get_untrusted_types(file=path))
    return model, version
