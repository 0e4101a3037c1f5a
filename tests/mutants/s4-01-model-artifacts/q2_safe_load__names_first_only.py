# Mutant: names only the first offending type in the error message.
def safe_load(path, allowed):
    """Load a .skops file if every untrusted type in it is in `allowed`.

    Parameters
    ----------
    path : str or pathlib.Path
        The .skops file.
    allowed : iterable of str
        Type names accepted beyond skops' default trusted types.

    Returns
    -------
    object
        The loaded object.

    Raises
    ------
    UntrustedTypeError
        If the file holds untrusted types not in `allowed` (all named in the message);
        nothing is loaded then.
    """
    allowed = set(allowed)
    untrusted = sio.get_untrusted_types(file=path)
    offending = [name for name in untrusted if name not in allowed]
    if offending:
        raise UntrustedTypeError(
            f"{Path(path).name}: untrusted types not in the allow-list: {offending[0]}")
    return sio.load(path, trusted=untrusted)
