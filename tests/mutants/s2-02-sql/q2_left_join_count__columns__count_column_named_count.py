# Mutant: names the count column n instead of n_orders.
Q2_ORDERS_PER_CUSTOMER = """
SELECT c.id        AS customer_id,
       c.name      AS customer_name,
       COUNT(o.id) AS n
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY c.id
"""
