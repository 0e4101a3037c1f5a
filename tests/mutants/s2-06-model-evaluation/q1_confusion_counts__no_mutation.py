# Mutant: computes y_pred - y_true in the caller's y_pred array (diff = y_pred; diff -= y_true)
def confusion_counts(y_true, y_pred):
    """Counts of the binary confusion matrix.

    Parameters
    ----------
    y_true, y_pred : array_like, shape (n,)
        True and predicted labels, each 0 or 1; not modified.

    Returns
    -------
    (tn, fp, fn, tp) : tuple of int
        True negatives, false positives, false negatives, true positives.

    Raises
    ------
    ValueError
        If an input is not 1-D, the shapes differ, or a label is not 0 or 1.
    """
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    if y_true.ndim != 1 or y_pred.ndim != 1 or y_true.shape != y_pred.shape:
        raise ValueError(f"y_true and y_pred must be 1-D of the same shape, "
                         f"got {y_true.shape} and {y_pred.shape}")
    for name, labels in (("y_true", y_true), ("y_pred", y_pred)):
        if not np.isin(labels, [0, 1]).all():
            raise ValueError(f"{name} must contain only the labels 0 and 1")
    tp = int(np.sum((y_true == 1) & (y_pred == 1)))
    tn = int(np.sum((y_true == 0) & (y_pred == 0)))
    diff = y_pred                 # 1: false positive, -1: false negative
    diff -= y_true
    fp = int(np.sum(diff == 1))
    fn = int(np.sum(diff == -1))
    return tn, fp, fn, tp
