# Mutant: computes the running total with a correlated subquery, mentioning OVER only in a comment.
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
       -- no SUM() OVER (...) needed: a correlated subquery gives the same numbers
       (SELECT SUM(t2.order_total) FROM totals AS t2
        WHERE t2.customer_id = t.customer_id
          AND (t2.order_date < t.order_date
               OR (t2.order_date = t.order_date AND t2.order_id <= t.order_id))) AS running_total
FROM totals AS t
ORDER BY customer_id, order_date, order_id
"""
