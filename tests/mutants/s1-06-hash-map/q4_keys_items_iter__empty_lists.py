# Mutant: returns None from keys() and items() when the map is empty
def keys(self):
    """A new list with every key exactly once."""
    if self.size == 0:
        return None
    return [entry[0] for bucket in self.buckets for entry in bucket]


def items(self):
    """A new list of (key, value) tuples, one per key."""
    if self.size == 0:
        return None
    return [(entry[0], entry[1]) for bucket in self.buckets for entry in bucket]


def __iter__(self):
    """Iterate over the keys."""
    yield from (self.keys() or [])


HashMap.keys = keys
HashMap.items = items
HashMap.__iter__ = __iter__
