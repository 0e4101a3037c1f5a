# Mutant: calls np.percentile.
def latency_summary(timings_s):
    """Count, mean, p50, p95, p99 and max of durations given in seconds (results in ms)."""
    values = sorted(float(t) for t in timings_s)      # a sorted copy; the input is untouched
    n = len(values)
    if n == 0:
        raise ValueError("timings_s is empty")
    if values[0] < 0:
        raise ValueError("timings_s contains a negative duration")

    def quantile(q):
        return float(np.percentile(values, 100 * q))

    return {"count": n,
            "mean_ms": 1000.0 * sum(values) / n,
            "p50_ms": 1000.0 * quantile(0.50),
            "p95_ms": 1000.0 * quantile(0.95),
            "p99_ms": 1000.0 * quantile(0.99),
            "max_ms": 1000.0 * values[-1]}
