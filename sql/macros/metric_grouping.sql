-- Which grain and slice a GROUPING SETS row of metric_grouped belongs to, from grouping() of its keys (0: grouped on).
CREATE OR REPLACE MACRO grouped_grain(day_grouping, week_grouping) AS
  CASE WHEN day_grouping = 0 THEN 'day' WHEN week_grouping = 0 THEN 'week' ELSE 'month' END;
CREATE OR REPLACE MACRO grouped_slice_type(employee_grouping, team_grouping, channel_grouping) AS
  CASE WHEN employee_grouping = 0 THEN 'employee' WHEN team_grouping = 0 THEN 'team' WHEN channel_grouping = 0 THEN 'channel' ELSE 'company' END;
CREATE OR REPLACE MACRO grouped_slice(employee_grouping, team_grouping, channel_grouping, employee_id, team, channel) AS
  CASE WHEN employee_grouping = 0 THEN employee_id WHEN team_grouping = 0 THEN team WHEN channel_grouping = 0 THEN channel ELSE 'company' END;
