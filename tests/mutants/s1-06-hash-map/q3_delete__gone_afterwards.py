# Mutant: leaves a tombstone: the entry stays in its bucket with value None
def delete(self, key):
    """Remove `key` and its value from the map.

    Raises
    ------
    KeyError
        If `key` is not in the map.
    TypeError
        If `key` is not a str.
    """
    bucket = self.buckets[self._bucket_index(key)]
    for i, entry in enumerate(bucket):
        if entry[0] == key:
            entry[1] = None
            self.size -= 1
            return None
    raise KeyError(key)


HashMap.delete = delete
