# Mutant: gives the validation loader the whole set as one batch
def make_loaders(train_ds, val_ds, batch_size, seed):
    """Training loader (shuffled with a seeded generator) and validation loader (in order).

    Parameters
    ----------
    train_ds, val_ds : torch.utils.data.Dataset
    batch_size : int
        Examples per batch; the last batch may be smaller.
    seed : int
        Seed of the generator that shuffles the training data.

    Returns
    -------
    (DataLoader, DataLoader)
        train_loader, val_loader.
    """
    generator = torch.Generator()
    generator.manual_seed(seed)
    train_loader = DataLoader(train_ds, batch_size=batch_size, shuffle=True,
                              generator=generator, drop_last=False)
    val_loader = DataLoader(val_ds, batch_size=len(val_ds), shuffle=False, drop_last=False)
    return train_loader, val_loader
