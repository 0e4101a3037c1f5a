# Mutant: INNER JOIN drops the customers who never ordered
Q2_ORDERS_PER_CUSTOMER = """
SELECT c.id        AS customer_id,
       c.name      AS customer_name,
       COUNT(o.id) AS n_orders
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY c.id
"""
