# Mutant: seeds only NumPy's global generator; Python's random and torch are left unseeded.
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
    np.random.seed(seed)
