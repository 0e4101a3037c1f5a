# Mutant: islands as rows and species as columns.
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
    return df.pivot_table(index="island", columns="species", values="body_mass_g",
                          aggfunc="median", observed=True)
