# Mutant: compares the two storage addresses with np.equal, which returns np.bool_, not bool
def batch_outer(a, b):
    """Batched outer product by broadcasting.

    Parameters
    ----------
    a : torch.Tensor, shape (B, n)
    b : torch.Tensor, shape (B, m), same dtype and device as a

    Returns
    -------
    torch.Tensor, shape (B, n, m)
        out[k, i, j] = a[k, i] * b[k, j].

    Raises
    ------
    ValueError
        If a or b is not 2-D, or their batch sizes differ.
    """
    if a.ndim != 2 or b.ndim != 2:
        raise ValueError(f"expected 2-D tensors, got shapes {tuple(a.shape)} and {tuple(b.shape)}")
    if a.shape[0] != b.shape[0]:
        raise ValueError(f"batch sizes differ: {a.shape[0]} and {b.shape[0]}")
    return a.unsqueeze(2) * b.unsqueeze(1)


def shares_storage(x, y):
    """True if the tensors x and y are backed by the same storage (a view relation).

    Parameters
    ----------
    x, y : torch.Tensor, non-empty

    Returns
    -------
    bool
    """
    return np.equal(x.untyped_storage().data_ptr(), y.untyped_storage().data_ptr())
