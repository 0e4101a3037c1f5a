# Mutant: shuffles once with a seeded permutation (Subset), so every epoch has the same order.
def make_loaders(train_ds, val_ds, batch_size, seed):
    """Training loader (one fixed shuffled order) and validation loader (in order)."""
    order = np.random.default_rng(seed).permutation(len(train_ds)).tolist()
    train_loader = DataLoader(torch.utils.data.Subset(train_ds, order), batch_size=batch_size)
    val_loader = DataLoader(val_ds, batch_size=batch_size, shuffle=False)
    return train_loader, val_loader
