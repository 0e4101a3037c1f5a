# Mutant: deleting a missing key silently does nothing instead of raising KeyError
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
            return None
    return None


HashMap.delete = delete
