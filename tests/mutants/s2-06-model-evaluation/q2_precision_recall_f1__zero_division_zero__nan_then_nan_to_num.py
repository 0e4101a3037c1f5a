# Mutant: divides NumPy floats with 0/0 (RuntimeWarning, NaN) and patches the NaN afterwards.
def precision_recall_f1(y_true, y_pred):
    """Precision, recall and F1 of the positive class 1, with zero_division=0.

    Parameters
    ----------
    y_true, y_pred : array_like, shape (n,)
        True and predicted labels, each 0 or 1; not modified.

    Returns
    -------
    (precision, recall, f1) : tuple of float
        Each in [0, 1]; a ratio whose denominator is 0 is returned as 0.0.

    Raises
    ------
    ValueError
        If an input is not 1-D, the shapes differ, or a label is not 0 or 1.
    """

    tn, fp, fn, tp = confusion_counts(y_true, y_pred)
    tp = np.float64(tp)
    precision = np.nan_to_num(tp / (tp + fp))
    recall = np.nan_to_num(tp / (tp + fn))
    f1 = np.nan_to_num(2 * precision * recall / (precision + recall))
    return float(precision), float(recall), float(f1)
