# Mutant: computes the bucket with key.encode() directly, so a non-str key raises AttributeError
def delete(self, key):
    """Remove `key` and its value from the map.

    Raises
    ------
    KeyError
        If `key` is not in the map.
    TypeError
        If `key` is not a str.
    """
    bucket = self.buckets[fnv1a_32(key.encode("utf-8")) % len(self.buckets)]
    for i, entry in enumerate(bucket):
        if entry[0] == key:
            del bucket[i]
            self.size -= 1
            return None
    raise KeyError(key)


HashMap.delete = delete
