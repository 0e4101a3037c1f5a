# Mutant: creates np.random.RandomState(seed), a new generator, instead of seeding NumPy's global one
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
    rs = np.random.RandomState(seed)
    torch.manual_seed(seed)
    torch.cuda.manual_seed_all(seed)  # a no-op on a machine without a GPU
