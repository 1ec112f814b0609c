-- Sales as loaded, channel normalised to lower case so it matches ticket channels and the SLA table.
CREATE OR REPLACE VIEW stg_sales AS
SELECT order_id, sold_at, employee_id, customer_id, amount, profit, lower(trim(channel)) AS channel, region, product
FROM sales;
