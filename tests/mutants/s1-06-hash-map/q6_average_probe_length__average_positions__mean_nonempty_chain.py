# Mutant: averages the lengths of the non-empty buckets instead of the per-key comparisons
def average_probe_length(self):
    """Average number of key comparisons get() makes to find a stored key (0.0 if empty)."""
    if self.size == 0:
        return 0.0
    lengths = [len(bucket) for bucket in self.buckets if bucket]
    return sum(lengths) / len(lengths)


HashMap.average_probe_length = average_probe_length
