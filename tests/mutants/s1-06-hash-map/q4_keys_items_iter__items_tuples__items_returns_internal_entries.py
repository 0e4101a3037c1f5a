# Mutant: items() returns the internal [key, value] lists instead of new tuples
def keys(self):
    """A new list with every key exactly once."""
    return [entry[0] for bucket in self.buckets for entry in bucket]


def items(self):
    """A new list of (key, value) tuples, one per key."""
    return [entry for bucket in self.buckets for entry in bucket]


def __iter__(self):
    """Iterate over the keys."""
    for bucket in self.buckets:
        for entry in bucket:
            yield entry[0]


HashMap.keys = keys
HashMap.items = items
HashMap.__iter__ = __iter__
