# Mutant: sorts the caller's list in place.
def latency_summary(timings_s):
    """Count, mean, p50, p95, p99 and max of durations given in seconds (results in ms)."""
    if isinstance(timings_s, list):
        timings_s.sort()
        values = timings_s
    else:
        values = sorted(float(t) for t in timings_s)
    n = len(values)
    if n == 0:
        raise ValueError("timings_s is empty")
    if values[0] < 0:
        raise ValueError("timings_s contains a negative duration")

    def quantile(q):
        h = (n - 1) * q
        lo = math.floor(h)
        hi = min(lo + 1, n - 1)
        return values[lo] + (h - lo) * (values[hi] - values[lo])

    return {"count": n,
            "mean_ms": 1000.0 * sum(values) / n,
            "p50_ms": 1000.0 * quantile(0.50),
            "p95_ms": 1000.0 * quantile(0.95),
            "p99_ms": 1000.0 * quantile(0.99),
            "max_ms": 1000.0 * values[-1]}
