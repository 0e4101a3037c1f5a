# Mutant: the validation loader shuffles too, so its order changes from pass to pass.
def make_loaders(train_ds, val_ds, batch_size, seed):
    """Training loader (shuffled with a seeded generator) and validation loader."""
    generator = torch.Generator()
    generator.manual_seed(seed)
    train_loader = DataLoader(train_ds, batch_size=batch_size, shuffle=True, generator=generator)
    val_loader = DataLoader(val_ds, batch_size=batch_size, shuffle=True, generator=generator)
    return train_loader, val_loader
