# Mutant: reads only the first 8 hex characters (4 bytes) of the digest instead of the first 8 bytes.
def assign(user_id, salt, weights):
    w = np.asarray(weights, dtype=float)
    if w.size == 0 or np.any(w < 0) or w.sum() == 0:
        raise ValueError("bad weights")
    h = hashlib.sha256(f"{salt}:{user_id}".encode("utf-8")).hexdigest()
    u = int(h[:8], 16) / 16**8            # "first 8" hex characters = only 4 bytes
    c = np.cumsum(w) / w.sum()
    return int(np.argmax(u < c))
