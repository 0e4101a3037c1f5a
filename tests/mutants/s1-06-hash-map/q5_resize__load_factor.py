# Mutant: rounds the load factor to 2 decimals
def load_factor(self):
    """Number of keys divided by number of buckets (a float)."""
    return round(self.size / len(self.buckets), 2)


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
        self._resize(2 * len(self.buckets))


HashMap.load_factor = load_factor
HashMap._resize = _resize
HashMap._maybe_grow = _maybe_grow
