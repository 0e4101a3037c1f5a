# Mutant: joins on the wrong key (o.id = c.id) instead of the foreign key o.customer_id
Q1_ORDERS_WITH_CUSTOMERS = """
SELECT o.id         AS order_id,
       o.order_date AS order_date,
       c.name       AS customer_name
FROM orders AS o
JOIN customers AS c ON c.id = o.id
ORDER BY customer_name, order_date, order_id
"""
