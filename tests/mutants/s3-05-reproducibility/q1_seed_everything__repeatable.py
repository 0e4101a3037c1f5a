# Mutant: calls torch.seed() (which picks a fresh, random seed) instead of torch.manual_seed(seed)
def seed_everything(seed):
    """Seed Python's `random`, NumPy's global generator and PyTorch (CPU and CUDA).

    Parameters
    ----------
    seed : int
        Non-negative integer seed.

    Returns
    -------
    None
    """
    random.seed(seed)
    np.random.seed(seed)
    torch.seed()
    torch.cuda.manual_seed_all(seed)  # a no-op on a machine without a GPU
