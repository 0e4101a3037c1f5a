# Mutant: puts customer_name first in the column list.
Q1_ORDERS_WITH_CUSTOMERS = """
SELECT c.name       AS customer_name,
       o.id         AS order_id,
       o.order_date AS order_date
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
ORDER BY customer_name, order_date, order_id
"""
