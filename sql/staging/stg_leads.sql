-- Leads (SPEC 9.2) cut into business-time-zone periods of created_at, with the instant the contact clock stops:
-- the first contact, or losing the lead before any contact (closing a spam lead in time is handling it in time).
CREATE OR REPLACE VIEW stg_leads AS
SELECT
  l.*,
  timezone((SELECT business_timezone FROM cfg_scalar), l.created_at) AS local_at,
  least(l.first_contact_at, l.lost_at) AS handled_at
FROM leads l;
