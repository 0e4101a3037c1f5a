# Mutant: loads the frames into an in-memory SQLite database and runs the SQL of Exercise 4.
def revenue_by_category_pandas(orders, items, products, min_revenue=MIN_REVENUE):
    """Revenue per product category, as Q4_CATEGORY_REVENUE computes it, in pandas.

    Parameters
    ----------
    orders : pandas.DataFrame
        Columns id, customer_id, order_date, status (not modified).
    items : pandas.DataFrame
        Columns order_id, product_id, quantity, unit_price (not modified).
    products : pandas.DataFrame
        Columns id, name, category (NaN/None when NULL), price (not modified).
    min_revenue : float
        Keep categories whose revenue is strictly greater than this.

    Returns
    -------
    pandas.DataFrame
        Columns ``category`` and ``revenue``, sorted by revenue descending then category,
        with index 0..n-1.
    """
    mem = sqlite3.connect(":memory:")
    for name, frame in (("orders", orders), ("order_items", items), ("products", products)):
        frame.to_sql(name, mem, index=False)
    result = pd.read_sql_query(Q4_CATEGORY_REVENUE, mem, params={"min_revenue": min_revenue})
    mem.close()
    return result
