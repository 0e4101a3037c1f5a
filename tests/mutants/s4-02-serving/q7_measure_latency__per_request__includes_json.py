# Mutant: times from the end of one request to the end of the next, including reading its JSON.
def measure_latency(client, path, payload, n_requests, n_warmup=5):
    if n_requests < 1:
        raise ValueError("n_requests must be >= 1")
    for _ in range(n_warmup):
        if client.post(path, json=payload).status_code != 200:
            raise RuntimeError("warm-up request failed")
    out = []
    t_prev = time.perf_counter()
    for _ in range(n_requests):
        r = client.post(path, json=payload)
        if r.status_code != 200:
            raise RuntimeError("request failed")
        r.json()
        now = time.perf_counter()
        out.append(now - t_prev)          # time since the previous request finished
        t_prev = now
    return np.asarray(out, dtype=float)
