# Mutant: uses list.remove, which raises ValueError (not KeyError) for a missing key
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
    bucket.remove([key, self.get(key)])
    self.size -= 1


HashMap.delete = delete
