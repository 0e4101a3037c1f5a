# Mutant: drifted when psi >= threshold
def drift_report(reference, current, features, n_bins=10, threshold=0.2):
    """PSI (reference-quantile bins) and two-sample KS per feature.

    Returns
    -------
    pandas.DataFrame
        Index: features (in order); columns psi, ks, ks_pvalue (float), drifted (bool).

    Raises
    ------
    ValueError
        If a sample is empty.
    """
    rows = []
    for feature in features:
        ref = np.asarray(reference[feature], dtype=float)
        cur = np.asarray(current[feature], dtype=float)
        if ref.size == 0 or cur.size == 0:
            raise ValueError(f"empty sample for {feature}")
        cuts = np.unique(np.quantile(ref, np.linspace(0, 1, n_bins + 1)[1:-1]))

        def shares(x):
            counts = np.bincount(np.searchsorted(cuts, x, side="right"), minlength=len(cuts) + 1)
            return np.clip(counts / x.size, 1e-4, None)

        e, a = shares(ref), shares(cur)
        psi = float(np.sum((a - e) * np.log(a / e)))
        ks = stats.ks_2samp(ref, cur)
        rows.append({"psi": psi, "ks": float(ks.statistic), "ks_pvalue": float(ks.pvalue),
                     "drifted": bool(psi >= threshold)})
    return pd.DataFrame(rows, index=list(features))
