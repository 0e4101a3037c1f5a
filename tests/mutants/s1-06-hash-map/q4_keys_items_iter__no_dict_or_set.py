# Mutant: removes duplicates with list(dict.fromkeys(...))
def keys(self):
    """A new list with every key exactly once."""
    return list(dict.fromkeys(entry[0] for bucket in self.buckets for entry in bucket))


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
