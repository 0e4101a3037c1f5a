# Mutant: rebuilds the doubled table inline in _maybe_grow instead of calling self._resize
def load_factor(self):
    """Number of keys divided by number of buckets (a float)."""
    return self.size / len(self.buckets)


def _resize(self, new_num_buckets):
    """Rebuild the table with `new_num_buckets` buckets, re-inserting every entry."""
    old_buckets = self.buckets
    self.buckets = [[] for _ in range(new_num_buckets)]
    for bucket in old_buckets:
        for entry in bucket:
            self.buckets[self._bucket_index(entry[0])].append(entry)


def _maybe_grow(self):
    """Double the number of buckets if the load factor exceeds MAX_LOAD_FACTOR."""
    if self.load_factor() > MAX_LOAD_FACTOR:
        old_buckets = self.buckets
        self.buckets = [[] for _ in range(2 * len(old_buckets))]
        for bucket in old_buckets:
            for entry in bucket:
                self.buckets[self._bucket_index(entry[0])].append(entry)


HashMap.load_factor = load_factor
HashMap._resize = _resize
HashMap._maybe_grow = _maybe_grow
