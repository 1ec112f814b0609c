-- Data-quality warnings of the supervision datasets (SPEC 9.2, 9.3) for `opscore status`: leads whose conversion link
-- does not resolve (out of the conversion metrics until it does), leads both converted and lost (counted as converted),
-- milestones whose project is not loaded. One row per warning kind and detail, with a few example keys.
CREATE OR REPLACE TABLE supervision_warnings AS
SELECT 'leads' AS dataset, 'conversion unlinked: ' || regexp_replace(unlinked_reason, 'by lead \S+$', 'by an earlier lead') AS warning,
       count(*) AS items, list(lead_id ORDER BY lead_id)[1:5] AS examples
FROM fct_leads WHERE conversion_status = 'unlinked' GROUP BY 1, 2
UNION ALL
SELECT 'leads', 'converted and lost (counted as converted)', count(*), list(lead_id ORDER BY lead_id)[1:5]
FROM fct_leads WHERE converted_and_lost HAVING count(*) > 0
UNION ALL
SELECT 'milestones', 'project not loaded', count(*), list(project_id || '/' || milestone_id ORDER BY project_id, milestone_id)[1:5]
FROM fct_milestones WHERE NOT project_loaded HAVING count(*) > 0
ORDER BY 1, 2;
