# Alternative: finds the position with next(...) over enumerate and removes it with list.pop.
def delete(self, key):
    """Remove `key` and its value from the map."""
    bucket = self.buckets[self._bucket_index(key)]
    position = next((i for i, entry in enumerate(bucket) if entry[0] == key), None)
    if position is None:
        raise KeyError(key)
    bucket.pop(position)
    self.size -= 1


HashMap.delete = delete
