-- SPEC 9.1: as_of_day is the latest timestamp's local date; without a latest timestamp nothing is overdue (NULL).
CREATE OR REPLACE TABLE wh_as_of_day AS
SELECT timezone((SELECT business_timezone FROM cfg_scalar), latest_at)::DATE AS as_of_day FROM wh_latest_timestamp;
