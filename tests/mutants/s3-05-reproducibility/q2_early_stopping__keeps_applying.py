# Mutant: latches: once it has returned True, every later call returns True without updating anything
class EarlyStopping:
    """Stop training when a validation metric has not improved for `patience` epochs.

    Parameters
    ----------
    patience : int
        Number (>= 1) of consecutive epochs without improvement before stopping.
    min_delta : float, default 0.0
        Minimum change (>= 0) that counts as an improvement.
    mode : {"min", "max"}, default "min"
        Whether lower ("min") or higher ("max") metric values are better.

    Raises
    ------
    ValueError
        If patience < 1, min_delta < 0 or mode is not "min" or "max".
    """

    def __init__(self, patience, min_delta=0.0, mode="min"):
        if patience < 1:
            raise ValueError(f"patience must be >= 1, got {patience!r}")
        if min_delta < 0:
            raise ValueError(f"min_delta must be >= 0, got {min_delta!r}")
        if mode not in ("min", "max"):
            raise ValueError(f"mode must be 'min' or 'max', got {mode!r}")
        self.patience = patience
        self.min_delta = min_delta
        self.mode = mode
        self.best = None
        self.best_epoch = None
        self.counter = 0
        self._epoch = -1

    def step(self, metric):
        """Record this epoch's metric; return True when training should stop."""
        self._epoch += 1
        if getattr(self, "_stopped", False):
            return True
        if self.best is None:
            improved = True
        elif self.mode == "min":
            improved = metric < self.best - self.min_delta
        else:
            improved = metric > self.best + self.min_delta
        if improved:
            self.best = metric
            self.best_epoch = self._epoch
            self.counter = 0
        else:
            self.counter += 1
        self._stopped = self.counter >= self.patience
        return self._stopped
