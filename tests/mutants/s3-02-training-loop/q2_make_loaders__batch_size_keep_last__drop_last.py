# Mutant: drop_last=True on the training loader silently skips the last, smaller batch.
def make_loaders(train_ds, val_ds, batch_size, seed):
    """Training loader (shuffled with a seeded generator) and validation loader (in order)."""
    generator = torch.Generator()
    generator.manual_seed(seed)
    train_loader = DataLoader(train_ds, batch_size=batch_size, shuffle=True, generator=generator,
                              drop_last=True)
    val_loader = DataLoader(val_ds, batch_size=batch_size, shuffle=False)
    return train_loader, val_loader
