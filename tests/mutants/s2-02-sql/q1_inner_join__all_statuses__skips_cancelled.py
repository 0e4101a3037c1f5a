# Mutant: leaves out the cancelled orders, which the statement lists too.
Q1_ORDERS_WITH_CUSTOMERS = """
SELECT o.id         AS order_id,
       o.order_date AS order_date,
       c.name       AS customer_name
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
WHERE o.status <> 'cancelled'
ORDER BY customer_name, order_date, order_id
"""
