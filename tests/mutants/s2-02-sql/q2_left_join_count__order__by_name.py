# Mutant: sorts the customers by name instead of customer_id.
Q2_ORDERS_PER_CUSTOMER = """
SELECT c.id        AS customer_id,
       c.name      AS customer_name,
       COUNT(o.id) AS n_orders
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY c.name, c.id
"""
