# Alternative: torch.einsum for the outer product; shares_storage from data_ptr() minus the view's storage offset
def batch_outer(a, b):
    """Batched outer product with torch.einsum."""
    if len(a.shape) != 2 or len(b.shape) != 2:
        raise ValueError("a and b must be 2-D")
    if a.shape[0] != b.shape[0]:
        raise ValueError("a and b must have the same batch size")
    return torch.einsum("bi,bj->bij", a, b)


def shares_storage(x, y):
    """True if x and y start from the same storage address."""
    start_x = x.data_ptr() - x.storage_offset() * x.element_size()
    start_y = y.data_ptr() - y.storage_offset() * y.element_size()
    return start_x == start_y
