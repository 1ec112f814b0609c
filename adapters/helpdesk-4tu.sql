-- Adapter: the helpdesk event log of an Italian software company (4TU.ResearchData, Polato et al.,
-- DOI 10.4121/uuid:0c60edf1-6f83-4e75-9367-4c63b3e9d5bb), file finale.csv: one row per event of a ticket.
--   opscore ingest --adapter helpdesk-4tu finale.csv
--
-- Columns read: Case ID, Activity, Resource, Complete Timestamp (YYYY/MM/DD HH:MM:SS.000, local time without an offset).
-- The log is pivoted into one ticket per case:
--   created_at        the case's first event (the log has no separate creation time)
--   first_response_at the first "Take in charge ticket" (empty when the case never has one)
--   resolved_at       the last "Resolve ticket" (the "Closed" event is often a batch close weeks later)
--   employee_id       the Resource of the first "Take in charge ticket": the agent who answered first; an unanswered
--                     ticket goes to the Resource of its first "Resolve ticket", else of its first event
--   escalated         the case has a "Require upgrade" event
-- Fields the log lacks, and how they are filled:
--   channel  'unknown' for every ticket (the log records none; the SLA table's `other` limit applies)
--   kind     'inquiry' for every ticket (service_type is anonymised as "Value N")
-- Times are written as the log has them, without an offset: they are read as local time in business_timezone
-- (set it to Europe/Rome to place them exactly; durations are right either way except across a DST change).
-- Agents become employees: one per Resource, team "helpdesk", role customer_service, hired on the day of their
-- first event (the log has no hiring dates).
-- Events of one case are ordered by time, then by their line in the file.

-- input: events = finale*.csv

-- dataset: employees
SELECT
  "Resource"                                                                       AS employee_id,
  'Agent ' || "Resource"                                                           AS name,
  'helpdesk'                                                                       AS team,
  'customer_service'                                                               AS role,
  NULL                                                                             AS manager_id,
  true                                                                             AS customer_facing,
  min(strptime("Complete Timestamp", '%Y/%m/%d %H:%M:%S.%g'))::DATE                AS hired_on,
  NULL                                                                             AS left_on,
  min(_line)                                                                       AS _line
FROM events
WHERE nullif(trim("Resource"), '') IS NOT NULL
GROUP BY "Resource";

-- dataset: tickets
WITH timed AS (
  SELECT "Case ID" AS case_id, "Activity" AS activity, "Resource" AS resource,
         try_strptime("Complete Timestamp", '%Y/%m/%d %H:%M:%S.%g') AS event_at, _line
  FROM events
)
SELECT
  case_id                                                                          AS ticket_id,
  'unknown'                                                                        AS channel,
  'inquiry'                                                                        AS kind,
  coalesce(arg_min(resource, row(event_at, _line)) FILTER (WHERE activity = 'Take in charge ticket'),
           arg_min(resource, row(event_at, _line)) FILTER (WHERE activity = 'Resolve ticket'),
           arg_min(resource, row(event_at, _line)))                                         AS employee_id,
  min(event_at)                                                                          AS created_at,
  min(event_at) FILTER (WHERE activity = 'Take in charge ticket')                        AS first_response_at,
  max(event_at) FILTER (WHERE activity = 'Resolve ticket')                               AS resolved_at,
  bool_or(activity = 'Require upgrade')                                            AS escalated,
  min(_line)                                                                       AS _line
FROM timed
GROUP BY case_id;
