# Mutant: statistics.mean of the positions returns an int when the average is whole (e.g. 2 for 1, 2, 3)
import statistics


def average_probe_length(self):
    """Average number of key comparisons get() makes to find a stored key (0.0 if empty)."""
    if self.size == 0:
        return 0.0
    return statistics.mean(j + 1 for bucket in self.buckets for j in range(len(bucket)))


HashMap.average_probe_length = average_probe_length
