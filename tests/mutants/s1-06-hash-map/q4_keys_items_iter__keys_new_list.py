# Mutant: caches the keys list and returns the same list object until the size changes
def keys(self):
    """A new list with every key exactly once."""
    cache = getattr(self, "_keys_cache", None)
    if cache is None or cache[0] != self.size:
        cache = (self.size, [entry[0] for bucket in self.buckets for entry in bucket])
        self._keys_cache = cache
    return cache[1]


def items(self):
    """A new list of (key, value) tuples, one per key."""
    return [(entry[0], entry[1]) for bucket in self.buckets for entry in bucket]


def __iter__(self):
    """Iterate over the keys."""
    for bucket in self.buckets:
        for entry in bucket:
            yield entry[0]


HashMap.keys = keys
HashMap.items = items
HashMap.__iter__ = __iter__
