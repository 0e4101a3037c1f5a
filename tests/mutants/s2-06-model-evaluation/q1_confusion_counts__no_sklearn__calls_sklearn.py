# Mutant: calls sklearn.metrics.confusion_matrix instead of counting.
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

    from sklearn.metrics import confusion_matrix
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    if y_true.ndim != 1 or y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred must be 1-D of the same shape")
    if not (np.isin(y_true, [0, 1]).all() and np.isin(y_pred, [0, 1]).all()):
        raise ValueError("labels must be 0 or 1")
    tn, fp, fn, tp = confusion_matrix(y_true, y_pred, labels=[0, 1]).ravel()
    return int(tn), int(fp), int(fn), int(tp)
