# Mutant: LEFT JOIN instead of INNER JOIN, so guest orders appear with a NULL name
Q1_ORDERS_WITH_CUSTOMERS = """
SELECT o.id         AS order_id,
       o.order_date AS order_date,
       c.name       AS customer_name
FROM orders AS o
LEFT JOIN customers AS c ON c.id = o.customer_id
ORDER BY customer_name, order_date, order_id
"""
