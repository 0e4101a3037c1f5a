# Alternative: turns mode 'max' into 'min' by negating the metric, and counts the epochs with a history list
class EarlyStopping:
    """Stop training when a validation metric has not improved for `patience` epochs."""

    def __init__(self, patience, min_delta=0.0, mode="min"):
        if not patience >= 1:
            raise ValueError("patience must be at least 1")
        if not min_delta >= 0:
            raise ValueError("min_delta must be non-negative")
        if mode != "min" and mode != "max":
            raise ValueError("mode must be 'min' or 'max'")
        self.patience, self.min_delta, self.mode = patience, min_delta, mode
        self._sign = 1.0 if mode == "min" else -1.0
        self.history = []
        self.best, self.best_epoch, self.counter = None, None, 0

    def step(self, metric):
        """Record this epoch's metric; return True when training should stop."""
        self.history.append(metric)
        if self.best is None or self._sign * metric < self._sign * self.best - self.min_delta:
            self.best, self.best_epoch, self.counter = metric, len(self.history) - 1, 0
        else:
            self.counter += 1
        return bool(self.counter >= self.patience)
