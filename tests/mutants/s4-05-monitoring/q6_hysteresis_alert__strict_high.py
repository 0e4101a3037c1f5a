# Mutant: counts a value equal to high as above it (>=).
class HysteresisAlert:
    """Fire after k consecutive values above `high`; clear only on a value below `low`.

    Parameters
    ----------
    high, low : float
        Thresholds with low < high.
    k : int, default 2
        Number (>= 1) of consecutive values above `high` needed to fire.

    Raises
    ------
    ValueError
        If low >= high or k < 1.
    """

    def __init__(self, high, low, k=2):
        if not low < high:
            raise ValueError(f"need low < high, got low={low!r}, high={high!r}")
        if k < 1:
            raise ValueError(f"k must be >= 1, got {k!r}")
        self.high, self.low, self.k = high, low, k
        self.firing = False
        self._run = 0

    def update(self, value):
        """Feed the next score; return whether the alert is firing after it."""
        if self.firing:
            if value < self.low:
                self.firing = False
        else:
            self._run = self._run + 1 if value >= self.high else 0
            if self._run >= self.k:
                self.firing = True
                self._run = 0
        return self.firing
