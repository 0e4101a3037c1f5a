# Mutant: sorts the caller's table in place by species and island first.
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
    df.sort_values(["species", "island"], inplace=True)
    return df.pivot_table(index="species", columns="island", values="body_mass_g",
                          aggfunc="median", observed=True)
