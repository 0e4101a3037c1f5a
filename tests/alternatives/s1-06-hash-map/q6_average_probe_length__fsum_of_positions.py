# Alternative: math.fsum over every stored key's 1-based position, divided by len(self).
import math


def average_probe_length(self):
    """Average number of key comparisons get() makes to find a stored key (0.0 if empty)."""
    if len(self) == 0:
        return 0.0
    return math.fsum(j + 1 for bucket in self.buckets for j in range(len(bucket))) / len(self)


HashMap.average_probe_length = average_probe_length
