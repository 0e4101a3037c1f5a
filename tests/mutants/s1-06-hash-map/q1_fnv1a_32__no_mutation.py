# Mutant: consumes a bytearray argument in place with pop(0) instead of reading it
FNV32_OFFSET_BASIS = 2166136261   # 0x811C9DC5
FNV32_PRIME = 16777619            # 0x01000193


def fnv1a_32(data):
    """32-bit FNV-1a hash of a byte string.

    Parameters
    ----------
    data : bytes or bytearray
        The bytes to hash (not modified).

    Returns
    -------
    int
        The hash, an integer in [0, 2**32).

    Raises
    ------
    TypeError
        If `data` is not bytes or bytearray (e.g. a str: encode it first).
    """
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"fnv1a_32 expects bytes, got {type(data).__name__}; "
                        "encode a str first, e.g. key.encode('utf-8')")
    h = FNV32_OFFSET_BASIS
    buf = data if isinstance(data, bytearray) else bytearray(data)
    while buf:
        byte = buf.pop(0)
        h ^= byte
        h = (h * FNV32_PRIME) & 0xFFFFFFFF
    return h
