# Mutant: hard-codes the customer ids found on the visible database (seed 0)
Q3_CUSTOMERS_WITHOUT_ORDERS = """
SELECT c.id   AS customer_id,
       c.name AS customer_name
FROM customers AS c
WHERE c.id IN (2, 9, 11, 17, 18, 19, 33, 35, 36, 37, 40, 42, 48, 49, 52, 54, 58)
ORDER BY c.id
"""
