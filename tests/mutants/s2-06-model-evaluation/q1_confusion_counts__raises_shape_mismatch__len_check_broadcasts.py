# Mutant: checks only len(), so shapes (n,) and (n, 1) broadcast to (n, n) instead of raising.
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
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred must have the same length")
    if not (np.isin(y_true, [0, 1]).all() and np.isin(y_pred, [0, 1]).all()):
        raise ValueError("labels must be 0 or 1")
    t = y_true == 1
    p = y_pred == 1
    return (int(np.sum(~t & ~p)), int(np.sum(~t & p)), int(np.sum(t & ~p)),
            int(np.sum(t & p)))
