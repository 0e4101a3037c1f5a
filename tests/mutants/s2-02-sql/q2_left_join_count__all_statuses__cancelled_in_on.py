# Mutant: counts only non-cancelled orders (filter in the ON clause), although every status counts.
Q2_ORDERS_PER_CUSTOMER = """
SELECT c.id        AS customer_id,
       c.name      AS customer_name,
       COUNT(o.id) AS n_orders
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id AND o.status <> 'cancelled'
GROUP BY c.id, c.name
ORDER BY c.id
"""
