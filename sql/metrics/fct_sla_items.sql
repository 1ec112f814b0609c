-- Every item judged against an SLA, for process compliance: tickets by month of created_at, orders by month of
-- received (cancelled orders and orders never received have no status and are not items), leads by month of
-- created_at (SPEC 9.6, unless sla.lead_contact_in_compliance is false). Pending items stay in, counting neither way.
-- Orders and leads have no channel; an unassigned lead has no employee and no team (company totals only).
CREATE OR REPLACE VIEW fct_sla_items AS
SELECT 'ticket' AS source, ticket_id AS item_id, employee_id, team, role, channel, local_day, week, month, sla_status
FROM fct_tickets
UNION ALL
SELECT 'order', order_id, employee_id, team, role, NULL, local_day, week, month, sla_status
FROM fct_orders
WHERE sla_status IS NOT NULL
UNION ALL
SELECT 'lead', lead_id, employee_id, team, role, NULL, local_day, week, month, sla_status
FROM fct_leads
WHERE (SELECT lead_contact_in_compliance FROM cfg_supervision);
