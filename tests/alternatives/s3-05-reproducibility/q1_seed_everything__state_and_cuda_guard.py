# Alternative: sets NumPy's global state from a RandomState(seed), seeds torch through torch.random.manual_seed, calls CUDA only when available and also fixes PYTHONHASHSEED
def seed_everything(seed):
    """Seed Python's `random`, NumPy's global generator and PyTorch (CPU and CUDA)."""
    os.environ["PYTHONHASHSEED"] = str(seed)
    random.seed(seed)
    np.random.set_state(np.random.RandomState(seed).get_state())
    torch.random.manual_seed(seed)
    if torch.cuda.is_available():
        torch.cuda.manual_seed_all(seed)
