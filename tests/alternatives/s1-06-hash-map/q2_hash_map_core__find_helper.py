# Alternative: a private _find helper (bucket, position) shared by put, get and __contains__; len counts via size.
class HashMap:
    """A hash map from str keys to values, using separate chaining."""

    def __init__(self, num_buckets=8):
        if not num_buckets >= 1:
            raise ValueError("need at least one bucket")
        self.buckets = []
        for _ in range(num_buckets):
            self.buckets.append([])
        self.size = 0

    def _bucket_index(self, key):
        if not isinstance(key, str):
            raise TypeError("keys must be strings")
        return fnv1a_32(key.encode()) % len(self.buckets)

    def _find(self, key):
        bucket = self.buckets[self._bucket_index(key)]
        for position, (stored_key, _) in enumerate(bucket):
            if stored_key == key:
                return bucket, position
        return bucket, -1

    def put(self, key, value):
        bucket, position = self._find(key)
        if position >= 0:
            bucket[position][1] = value
        else:
            bucket.append([key, value])
            self.size += 1
            self._maybe_grow()

    def get(self, key, default=None):
        bucket, position = self._find(key)
        return bucket[position][1] if position >= 0 else default

    def __len__(self):
        return self.size

    def __contains__(self, key):
        return self._find(key)[1] >= 0

    def _maybe_grow(self):
        """Called by put() after adding a new key. Exercise 5 replaces it; for now: nothing."""
        pass
