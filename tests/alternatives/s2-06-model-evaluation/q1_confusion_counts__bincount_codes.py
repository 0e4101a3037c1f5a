# Alternative: validates with set operations on np.unique, then counts all four cells at once with np.bincount(2 * y_true + y_pred)
def confusion_counts(y_true, y_pred):
    """Counts of the binary confusion matrix."""
    y_true = np.array(y_true, dtype=float)
    y_pred = np.array(y_pred, dtype=float)
    if y_true.ndim != 1 or y_pred.ndim != 1:
        raise ValueError("inputs must be 1-D")
    if y_true.shape != y_pred.shape:
        raise ValueError("inputs must have the same shape")
    if not set(np.unique(y_true)) <= {0.0, 1.0} or not set(np.unique(y_pred)) <= {0.0, 1.0}:
        raise ValueError("labels must be 0 or 1")
    codes = (2 * y_true + y_pred).astype(np.int64)          # 0: tn, 1: fp, 2: fn, 3: tp
    tn, fp, fn, tp = np.bincount(codes, minlength=4)
    return tn, fp, fn, tp
