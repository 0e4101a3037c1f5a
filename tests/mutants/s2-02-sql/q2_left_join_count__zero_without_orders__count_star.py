# Mutant: COUNT(*) counts the NULL-padded row, so customers without orders get 1 instead of 0
Q2_ORDERS_PER_CUSTOMER = """
SELECT c.id      AS customer_id,
       c.name    AS customer_name,
       COUNT(*)  AS n_orders
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY c.id
"""
