-- Tickets as loaded, channel and kind normalised to lower case (the SLA table is keyed by lower-case channel).
CREATE OR REPLACE VIEW stg_tickets AS
SELECT ticket_id, lower(trim(channel)) AS channel, lower(trim(kind)) AS kind, employee_id, created_at,
       first_response_at, resolved_at, coalesce(escalated, false) AS escalated
FROM tickets;
