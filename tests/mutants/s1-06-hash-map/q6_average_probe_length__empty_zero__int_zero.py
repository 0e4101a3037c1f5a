# Mutant: returns the int 0 for an empty map instead of 0.0
def average_probe_length(self):
    """Average number of key comparisons get() makes to find a stored key (0.0 if empty)."""
    if self.size == 0:
        return 0
    total = 0
    for bucket in self.buckets:
        total += len(bucket) * (len(bucket) + 1) // 2
    return total / self.size


HashMap.average_probe_length = average_probe_length
