# Mutant: seeds Python's random and NumPy only; PyTorch keeps drawing from wherever it was
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
