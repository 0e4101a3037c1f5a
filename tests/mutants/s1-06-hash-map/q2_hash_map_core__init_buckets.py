# Mutant: creates the buckets with [[]] * num_buckets: every bucket is the same list
class HashMap:
    """A hash map from str keys to values, using separate chaining.

    Attributes
    ----------
    buckets : list of list
        ``len(buckets)`` buckets; each bucket is a list of ``[key, value]`` entries.
    size : int
        Number of keys stored.
    """

    def __init__(self, num_buckets=8):
        """An empty map with `num_buckets` empty buckets; ValueError if num_buckets < 1."""
        if num_buckets < 1:
            raise ValueError(f"num_buckets must be at least 1, got {num_buckets}")
        self.buckets = [[]] * num_buckets
        self.size = 0

    def _bucket_index(self, key):
        """fnv1a_32(key.encode('utf-8')) % number of buckets; TypeError if key is not a str."""
        if not isinstance(key, str):
            raise TypeError(f"HashMap keys must be str, got {type(key).__name__}")
        return fnv1a_32(key.encode("utf-8")) % len(self.buckets)

    def put(self, key, value):
        """Insert `key` with `value`, or overwrite the value of an existing key.

        A new key is appended to its bucket as [key, value]; then size grows by one and
        self._maybe_grow() is called. Updating an existing key changes neither.
        """
        bucket = self.buckets[self._bucket_index(key)]
        for entry in bucket:
            if entry[0] == key:
                entry[1] = value
                return
        bucket.append([key, value])
        self.size += 1
        self._maybe_grow()

    def get(self, key, default=None):
        """The value stored for `key`, or `default` if the key is absent."""
        for entry in self.buckets[self._bucket_index(key)]:
            if entry[0] == key:
                return entry[1]
        return default

    def __len__(self):
        """Number of keys stored."""
        return self.size

    def __contains__(self, key):
        """True if `key` is stored (whatever its value, None included)."""
        for entry in self.buckets[self._bucket_index(key)]:
            if entry[0] == key:
                return True
        return False

    def _maybe_grow(self):
        """Called by put() after adding a new key. Exercise 5 replaces it; for now: nothing."""
        pass
