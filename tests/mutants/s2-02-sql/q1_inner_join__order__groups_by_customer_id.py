# Mutant: sorts by customer_name, then the customer's id, so two customers who share a name are not interleaved by date.
Q1_ORDERS_WITH_CUSTOMERS = """
SELECT o.id         AS order_id,
       o.order_date AS order_date,
       c.name       AS customer_name
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
ORDER BY customer_name, c.id, order_date, order_id
"""
