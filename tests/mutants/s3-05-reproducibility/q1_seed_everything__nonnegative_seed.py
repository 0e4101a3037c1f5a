# Mutant: treats seed 0 as 'no seed' (if seed: ...) and seeds nothing then
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
    if seed:
        random.seed(seed)
        np.random.seed(seed)
        torch.manual_seed(seed)
        torch.cuda.manual_seed_all(seed)
