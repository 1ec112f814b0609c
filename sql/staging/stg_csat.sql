-- CSAT responses as loaded.
CREATE OR REPLACE VIEW stg_csat AS
SELECT response_id, responded_at, employee_id, customer_id, score, ticket_id, order_id, comment
FROM csat;
