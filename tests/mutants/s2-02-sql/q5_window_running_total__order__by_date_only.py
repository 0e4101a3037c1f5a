# Mutant: sorts the result by order_date only, mixing the customers.
Q5_RUNNING_SPEND = """
WITH totals AS (
    SELECT o.id          AS order_id,
           o.customer_id AS customer_id,
           o.order_date  AS order_date,
           SUM(oi.quantity * oi.unit_price) AS order_total
    FROM orders AS o
    JOIN order_items AS oi ON oi.order_id = o.id
    WHERE o.status <> 'cancelled'
      AND o.customer_id IS NOT NULL
    GROUP BY o.id, o.customer_id, o.order_date
)
SELECT customer_id,
       order_id,
       order_date,
       order_total,
       SUM(order_total) OVER (
           PARTITION BY customer_id
           ORDER BY order_date, order_id
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS running_total
FROM totals
ORDER BY order_date, order_id
"""
