# Mutant: counts with TOTAL(o.id IS NOT NULL), which SQLite returns as a REAL (3.0), not an integer.
Q2_ORDERS_PER_CUSTOMER = """
SELECT c.id        AS customer_id,
       c.name      AS customer_name,
       TOTAL(o.id IS NOT NULL) AS n_orders
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY c.id
"""
