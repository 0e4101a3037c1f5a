# Mutant: right rows, but sorted by order_id instead of customer_name, order_date, order_id
Q1_ORDERS_WITH_CUSTOMERS = """
SELECT o.id         AS order_id,
       o.order_date AS order_date,
       c.name       AS customer_name
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
ORDER BY o.id
"""
