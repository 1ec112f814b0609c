-- employees: one row per employee_id. Checks: key, role, customer_facing, dates, left_on not before hired_on.
-- manager_id is checked after this step (employees_managers.sql), against the warehouse and this same file.
WITH typed AS (
  SELECT
    ingest_src.*,
    ingest_text(raw_employee_id) AS employee_id,
    ingest_text(raw_name) AS name,
    ingest_text(raw_team) AS team,
    ingest_enum(raw_role) AS role,
    ingest_text(raw_manager_id) AS manager_id,
    ingest_bool(raw_customer_facing) AS customer_facing,
    ingest_date(raw_hired_on) AS hired_on,
    ingest_date(raw_left_on) AS left_on
  FROM ingest_src
)
SELECT
  *,
  CASE
    WHEN employee_id IS NULL THEN 'employee_id: missing key'
    WHEN name IS NULL THEN 'name: missing value'
    WHEN team IS NULL THEN 'team: missing value'
    WHEN role IS NULL OR role NOT IN ('operations_manager', 'operations_specialist', 'customer_service', 'sales')
      THEN ingest_enum_issue('role', raw_role, ['operations_manager', 'operations_specialist', 'customer_service', 'sales'])
    WHEN customer_facing IS NULL THEN ingest_bool_issue('customer_facing', raw_customer_facing)
    WHEN hired_on IS NULL THEN ingest_date_issue('hired_on', raw_hired_on)
    WHEN left_on IS NULL AND ingest_text(raw_left_on) IS NOT NULL THEN ingest_date_issue('left_on', raw_left_on)
    WHEN left_on < hired_on THEN 'left_on: date order violated: left_on ' || left_on || ' is before hired_on ' || hired_on
  END AS _reason
FROM typed
