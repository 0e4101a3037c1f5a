# Mutant: seeds the global RNG with torch.manual_seed instead of a private torch.Generator.
def make_loaders(train_ds, val_ds, batch_size, seed):
    """Training loader (shuffled) and validation loader (in order)."""
    torch.manual_seed(seed)
    train_loader = DataLoader(train_ds, batch_size=batch_size, shuffle=True)
    val_loader = DataLoader(val_ds, batch_size=batch_size, shuffle=False)
    return train_loader, val_loader
