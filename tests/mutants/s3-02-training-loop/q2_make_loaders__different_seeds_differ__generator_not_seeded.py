# Mutant: creates a torch.Generator but never seeds it, so every seed gives the same order.
def make_loaders(train_ds, val_ds, batch_size, seed):
    """Training loader (shuffled with a generator) and validation loader (in order)."""
    generator = torch.Generator()
    train_loader = DataLoader(train_ds, batch_size=batch_size, shuffle=True, generator=generator)
    val_loader = DataLoader(val_ds, batch_size=batch_size, shuffle=False)
    return train_loader, val_loader
