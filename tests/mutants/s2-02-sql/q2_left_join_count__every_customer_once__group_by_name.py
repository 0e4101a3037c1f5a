# Mutant: groups by name only, merging different customers who share a name
Q2_ORDERS_PER_CUSTOMER = """
SELECT MIN(c.id)   AS customer_id,
       c.name      AS customer_name,
       COUNT(o.id) AS n_orders
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.name
ORDER BY customer_id
"""
