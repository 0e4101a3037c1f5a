# Alternative: a RandomSampler with the seeded generator and an explicit SequentialSampler
def make_loaders(train_ds, val_ds, batch_size, seed):
    """Training loader (seeded RandomSampler) and validation loader (SequentialSampler)."""
    from torch.utils.data import RandomSampler, SequentialSampler

    gen = torch.Generator().manual_seed(seed)
    train_loader = DataLoader(train_ds, batch_size=batch_size,
                              sampler=RandomSampler(train_ds, generator=gen))
    val_loader = DataLoader(val_ds, batch_size=batch_size, sampler=SequentialSampler(val_ds))
    return (train_loader, val_loader)
