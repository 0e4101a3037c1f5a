# Mutant: returns the removed value (like dict.pop) instead of None
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
            del bucket[i]
            self.size -= 1
            return entry[1]
    raise KeyError(key)


HashMap.delete = delete
