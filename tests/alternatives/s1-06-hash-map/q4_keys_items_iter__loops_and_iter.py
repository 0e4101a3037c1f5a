# Alternative: explicit loops with append, tuple(entry) for items, and __iter__ returning iter(self.keys()).
def keys(self):
    """A new list with every key exactly once."""
    result = []
    for bucket in self.buckets:
        for key, _ in bucket:
            result.append(key)
    return result


def items(self):
    """A new list of (key, value) tuples, one per key."""
    result = []
    for bucket in self.buckets:
        for entry in bucket:
            result.append(tuple(entry))
    return result


def __iter__(self):
    """Iterate over the keys."""
    return iter(self.keys())


HashMap.keys = keys
HashMap.items = items
HashMap.__iter__ = __iter__
