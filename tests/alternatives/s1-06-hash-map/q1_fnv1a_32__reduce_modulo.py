# Alternative: functools.reduce over the bytes with % 2**32 instead of a loop with & 0xFFFFFFFF.
from functools import reduce

FNV32_OFFSET_BASIS = 2166136261   # 0x811C9DC5
FNV32_PRIME = 16777619            # 0x01000193


def fnv1a_32(data):
    """32-bit FNV-1a hash of a byte string."""
    if type(data) not in (bytes, bytearray):
        raise TypeError("fnv1a_32 needs bytes or a bytearray")
    return reduce(lambda h, byte: ((h ^ byte) * FNV32_PRIME) % 2**32, bytes(data), FNV32_OFFSET_BASIS)
