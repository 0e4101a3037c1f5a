# Mutant: checks the status codes only after sending every request.
def measure_latency(client, path, payload, n_requests, n_warmup=5):
    if n_requests < 1:
        raise ValueError("n_requests must be >= 1")
    codes = []
    for _ in range(n_warmup):
        codes.append(client.post(path, json=payload).status_code)
    times = []
    for _ in range(n_requests):
        t0 = time.perf_counter()
        r = client.post(path, json=payload)
        times.append(time.perf_counter() - t0)
        codes.append(r.status_code)
    bad = [c for c in codes if c != 200]
    if bad:
        raise RuntimeError(f"{len(bad)} requests failed")
    return np.array(times)
