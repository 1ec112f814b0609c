-- Adapter: a ServiceNow incident audit log ("Incident management process enriched event log", UCI Machine Learning
-- Repository, Amaral et al. 2018, CC BY 4.0), file incident_event_log.csv: one row per update of an incident.
--   opscore ingest --adapter servicenow incident_event_log.csv
--
-- Columns read: number, incident_state, sys_mod_count, sys_updated_at, opened_at, contact_type, assigned_to,
-- assignment_group, reassignment_count, resolved_at. Dates are DD-MM-YYYY HH:MM; a missing value is the literal "?".
-- The log is pivoted into one ticket per incident (updates ordered by sys_mod_count, then line):
--   created_at        opened_at
--   first_response_at the first update whose incident_state is no longer "New" (work started on it)
--   resolved_at       resolved_at of the incident's last update (empty while unresolved)
--   employee_id       assigned_to at that first response; when it is "?" there, the last agent the incident was
--                     assigned to; an incident never assigned to anyone (assigned_to "?" throughout: about a fifth of
--                     them) goes to its resolved_by; one with neither names no agent and is rejected
--   channel           contact_type, lower-cased (phone, email, self service, ...)
--   escalated         reassigned at least once (reassignment_count > 0): the log has no escalation flag
-- Fields the log lacks, and how they are filled:
--   kind     'inquiry' for every incident (category is anonymised as "Category N")
-- Times have no offset: they are read as local time in business_timezone (the log does not say its zone).
-- Agents become employees: one per assigned_to ("Resolver N") and per resolved_by ("Resolved by N") value, team = the
-- assignment group they appear in most often, role customer_service, hired on the day of the first update naming
-- them (the log has no hiring dates). The log anonymises the two fields separately, so one person may be two employees.

-- dataset: employees
WITH named AS (
  SELECT agent, assignment_group, try_strptime(sys_updated_at, '%d-%m-%Y %H:%M') AS updated_at, _line
  FROM raw, unnest([nullif(trim(assigned_to), '?'), nullif(trim(resolved_by), '?')]) AS agents(agent)
  WHERE agent IS NOT NULL
)
SELECT
  agent                                                                    AS employee_id,
  'Agent ' || agent                                                        AS name,
  mode(nullif(assignment_group, '?'))                                      AS team,
  'customer_service'                                                       AS role,
  NULL                                                                     AS manager_id,
  true                                                                     AS customer_facing,
  min(updated_at)::DATE                                                    AS hired_on,
  NULL                                                                     AS left_on,
  min(_line)                                                               AS _line
FROM named
GROUP BY agent;

-- dataset: tickets
WITH updates AS (
  SELECT
    number, incident_state, nullif(trim(assigned_to), '?') AS agent, nullif(trim(resolved_by), '?') AS resolver, _line,
    TRY_CAST(sys_mod_count AS INTEGER)                                     AS step,
    try_strptime(sys_updated_at, '%d-%m-%Y %H:%M')                         AS updated_at,
    try_strptime(opened_at, '%d-%m-%Y %H:%M')                              AS opened,
    try_strptime(nullif(trim(resolved_at), '?'), '%d-%m-%Y %H:%M')         AS resolved,
    TRY_CAST(reassignment_count AS INTEGER)                                AS reassignments,
    lower(nullif(trim(contact_type), '?'))                                 AS channel
  FROM raw
)
SELECT
  number                                                                   AS ticket_id,
  arg_min(channel, row(step, _line))                                       AS channel,
  'inquiry'                                                                AS kind,
  coalesce(arg_min(agent, row(step, _line)) FILTER (WHERE incident_state <> 'New'),
           arg_max(agent, row(step, _line)) FILTER (WHERE agent IS NOT NULL),
           arg_max(resolver, row(step, _line)) FILTER (WHERE resolver IS NOT NULL)) AS employee_id,
  arg_min(opened, row(step, _line))                                        AS created_at,
  arg_min(updated_at, row(step, _line)) FILTER (WHERE incident_state <> 'New') AS first_response_at,
  arg_max(resolved, row(step, _line))                                      AS resolved_at,
  max(reassignments) > 0                                                   AS escalated,
  min(_line)                                                               AS _line
FROM updates
GROUP BY number;
