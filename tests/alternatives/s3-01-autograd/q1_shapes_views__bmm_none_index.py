# Alternative: torch.bmm of (B, n, 1) and (B, 1, m) built with None indexing; bool() around the storage comparison
def batch_outer(a, b):
    """Batched outer product as a batch of (n, 1) @ (1, m) matrix products."""
    if a.dim() != 2 or b.dim() != 2 or a.size(0) != b.size(0):
        raise ValueError(f"expected (B, n) and (B, m), got {tuple(a.shape)} and {tuple(b.shape)}")
    return torch.bmm(a[:, :, None], b[:, None, :])


def shares_storage(x, y):
    """Same underlying storage?"""
    sx, sy = x.untyped_storage(), y.untyped_storage()
    return bool(sx.data_ptr() == sy.data_ptr())
