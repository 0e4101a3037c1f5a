# Mutant: returns the average chain length over all buckets (the load factor), not the comparisons per key
def average_probe_length(self):
    """Average number of key comparisons get() makes to find a stored key (0.0 if empty)."""
    if self.size == 0:
        return 0.0
    return self.size / len(self.buckets)


HashMap.average_probe_length = average_probe_length
