# Mutant: encodes the four cells in the caller's y_pred (code = y_pred; code += 2 * y_true) and counts them with bincount
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
    y_true = np.asarray(y_true)
    code = np.asarray(y_pred)
    confusion_counts(y_true, code)                     # the ValueErrors of Exercise 1
    code += 2 * y_true.astype(code.dtype)              # 0 tn, 1 fp, 2 fn, 3 tp
    tn, fp, fn, tp = (int(c) for c in np.bincount(code.astype(int), minlength=4))
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    if precision + recall > 0:
        f1 = 2.0 * precision * recall / (precision + recall)
    else:
        f1 = 0.0
    return float(precision), float(recall), float(f1)
