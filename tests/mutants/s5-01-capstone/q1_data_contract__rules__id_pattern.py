# Mutant: the id pattern is not anchored at the end
def customer_schema():
    """The data contract of a customer row (see the table above).

    Returns
    -------
    pandera.pandas.DataFrameSchema
    """
    return pa.DataFrameSchema({
        "customer_id": pa.Column(str, pa.Check.str_matches(r"^C\d{6}"), unique=True),
        "tenure_months": pa.Column(int, pa.Check.in_range(1, 72)),
        "monthly_charges": pa.Column(float, [pa.Check.gt(0), pa.Check.le(500)],
                                     nullable=False),
        "support_calls": pa.Column(int, pa.Check.ge(0)),
        "plan": pa.Column(str, pa.Check.isin(PLANS)),
        "region": pa.Column(str, pa.Check.isin(REGIONS)),
    }, strict=False)


def quarantine(df, schema):
    """Split `df` into rows that pass `schema` and rows that do not (with a reason).

    Returns
    -------
    clean : pandas.DataFrame
        Passing rows, df's columns, index and order.
    quarantined : pandas.DataFrame
        Failing rows, df's columns plus "reason" (failing columns, sorted, ", "-joined).

    Raises
    ------
    KeyError
        If a column of the schema is missing from df.
    """
    missing = [c for c in schema.columns if c not in df.columns]
    if missing:
        raise KeyError(f"missing column(s): {', '.join(missing)}")
    try:
        schema.validate(df, lazy=True)
        failures = pd.DataFrame({"index": [], "column": []})
    except pa.errors.SchemaErrors as exc:
        failures = exc.failure_cases.dropna(subset=["index"])
    reasons = failures.groupby("index")["column"].agg(lambda cols: ", ".join(sorted(set(cols))))
    bad = df.index.isin(reasons.index)
    clean = df[~bad].copy()
    quarantined = df[bad].copy()
    quarantined["reason"] = [reasons[i] for i in quarantined.index]
    return clean, quarantined
