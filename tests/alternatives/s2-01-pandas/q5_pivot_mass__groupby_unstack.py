# Alternative: groupby on (species, island) with the median, then unstack the island level.
def pivot_mass(df):
    """Median body mass per species (rows) and island (columns); NaN where no birds.

    Parameters
    ----------
    df : pandas.DataFrame
        Clean penguin table.

    Returns
    -------
    pandas.DataFrame
        Index ``species``, columns ``island``, values median body mass in grams.
    """
    medians = df.groupby(["species", "island"], observed=True)["body_mass_g"].median()
    return medians.unstack("island")
