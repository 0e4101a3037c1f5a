# Mutant: indexes the bucket with a dict {key: position} to find the entry
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
    positions = {entry[0]: i for i, entry in enumerate(bucket)}
    for i, entry in enumerate(bucket):
        if i == positions.get(key):
            del bucket[i]
            self.size -= 1
            return None
    raise KeyError(key)


HashMap.delete = delete
