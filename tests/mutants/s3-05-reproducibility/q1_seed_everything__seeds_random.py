# Mutant: seeds NumPy and PyTorch but forgets Python's random module
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
    torch.manual_seed(seed)
    torch.cuda.manual_seed_all(seed)  # a no-op on a machine without a GPU
