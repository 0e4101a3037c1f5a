# Alternative: _resize builds the new table aside (fresh [key, value] lists) and _maybe_grow loops with while.
def load_factor(self):
    """Number of keys divided by number of buckets (a float)."""
    return float(len(self)) / len(self.buckets)


def _resize(self, new_num_buckets):
    """Rebuild the table with `new_num_buckets` buckets, re-inserting every entry."""
    entries = [(key, value) for bucket in self.buckets for key, value in bucket]
    self.buckets = [[] for _ in range(new_num_buckets)]
    for key, value in entries:
        self.buckets[self._bucket_index(key)].append([key, value])


def _maybe_grow(self):
    """Double the number of buckets if the load factor exceeds MAX_LOAD_FACTOR."""
    while self.load_factor() > MAX_LOAD_FACTOR:
        self._resize(len(self.buckets) * 2)


HashMap.load_factor = load_factor
HashMap._resize = _resize
HashMap._maybe_grow = _maybe_grow
