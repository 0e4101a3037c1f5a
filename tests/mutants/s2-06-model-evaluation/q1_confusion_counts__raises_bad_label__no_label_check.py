# Mutant: never checks the labels: a 2, a -1 or a NaN is silently counted (no ValueError).
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

    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    if y_true.ndim != 1 or y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred must be 1-D of the same shape")
    tp = int(np.sum(y_true * y_pred))
    fp = int(np.sum(y_pred)) - tp
    fn = int(np.sum(y_true)) - tp
    tn = y_true.size - tp - fp - fn
    return tn, fp, fn, tp
