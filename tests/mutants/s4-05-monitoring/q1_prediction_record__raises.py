# Mutant: never raises ValueError: no check of latency_ms or of the shape of x.
def prediction_record(request_id, model_version, latency_ms, x, prediction):
    """Fields logged for one prediction (plain Python types only, JSON-serialisable).

    Parameters
    ----------
    request_id, model_version : str
    latency_ms : int or float
        Non-negative, finite latency in milliseconds.
    x : 1-D array-like of float
        The request's features; missing values are nan (or None in a list).
    prediction : scalar
        The model's output; NumPy scalars are converted with .item().

    Returns
    -------
    dict
        Keys "request_id", "model_version", "latency_ms", "inputs", "prediction".

    Raises
    ------
    ValueError
        If latency_ms is negative or not finite, or x is not 1-D.
    """
    latency = float(latency_ms)
    values = np.asarray(x, dtype=float)
    missing = np.isnan(values)
    if missing.all():
        lo = hi = None
    else:
        lo, hi = float(values[~missing].min()), float(values[~missing].max())
    if isinstance(prediction, np.generic):
        prediction = prediction.item()
    return {
        "request_id": request_id,
        "model_version": model_version,
        "latency_ms": latency,
        "inputs": {"n_features": int(values.size), "n_missing": int(missing.sum()),
                   "min": lo, "max": hi},
        "prediction": prediction,
    }
