# Mutant: shuffle=True without a generator: the order depends on the global random state.
def make_loaders(train_ds, val_ds, batch_size, seed):
    """Training loader (shuffled) and validation loader (in order)."""
    train_loader = DataLoader(train_ds, batch_size=batch_size, shuffle=True)
    val_loader = DataLoader(val_ds, batch_size=batch_size, shuffle=False)
    return train_loader, val_loader
