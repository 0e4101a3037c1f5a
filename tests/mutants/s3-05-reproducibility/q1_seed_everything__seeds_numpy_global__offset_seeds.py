# Mutant: 'decorrelates' the libraries with offset seeds (np.random.seed(seed + 1), torch.manual_seed(seed + 2)): repeatable, but not the draws of seeding each library with seed
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
    np.random.seed(seed + 1)
    torch.manual_seed(seed + 2)
    torch.cuda.manual_seed_all(seed)  # a no-op on a machine without a GPU
