# Mutant: pivot_table(..., observed=False) keeps a column for an island category with no birds.
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
    return df.pivot_table(index="species", columns="island", values="body_mass_g",
                          aggfunc="median", observed=False, dropna=False)
