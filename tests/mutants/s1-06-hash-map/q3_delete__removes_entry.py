# Mutant: pops the LAST entry of the bucket instead of the matching one
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
            bucket.pop()
            self.size -= 1
            return None
    raise KeyError(key)


HashMap.delete = delete
