# Mutant: recall divides by the predicted positives (tp + fp) instead of the actual ones
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
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fp) if tp + fp > 0 else 0.0
    if precision + recall > 0:
        f1 = 2.0 * precision * recall / (precision + recall)
    else:
        f1 = 0.0
    return float(precision), float(recall), float(f1)
