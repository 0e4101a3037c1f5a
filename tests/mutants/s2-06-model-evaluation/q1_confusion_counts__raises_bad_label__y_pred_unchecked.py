# Mutant: checks the labels of y_true only, so a 2 or -1 in y_pred is silently counted
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
    for name, labels in (("y_true", y_true),):
        if not np.isin(labels, [0, 1]).all():
            raise ValueError(f"{name} must contain only the labels 0 and 1")
    t = y_true == 1
    p = y_pred == 1
    tn = int(np.sum(~t & ~p))
    fp = int(np.sum(~t & p))
    fn = int(np.sum(t & ~p))
    tp = int(np.sum(t & p))
    return tn, fp, fn, tp
