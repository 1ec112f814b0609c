-- SPEC 8.2's business_minutes on the built-in `working_days` clock: the minutes of [a, b) that fall on working days,
-- local days in business_timezone, in microseconds' precision. Until the work calendar (issue 15) lands a working
-- day is Monday to Friday; the calendar replaces this macro's body (holidays, make-up days) and nothing else changes.
-- a >= b gives 0.
CREATE OR REPLACE MACRO working_days_minutes(a, b) AS (
  SELECT coalesce(sum(epoch_us(least(x.lb, r.d + INTERVAL 1 DAY)) - epoch_us(greatest(x.la, r.d))), 0) / 60e6
  FROM (SELECT timezone((SELECT business_timezone FROM cfg_scalar), a) AS la,
               timezone((SELECT business_timezone FROM cfg_scalar), b) AS lb) x,
       range(date_trunc('day', x.la), x.lb, INTERVAL 1 DAY) r(d)
  WHERE isodow(r.d) <= 5 AND x.la < x.lb
);

-- Minutes between two instants on a named clock: `clock` (always open) or `working_days`.
CREATE OR REPLACE MACRO clock_minutes(clock_name, a, b) AS
  CASE WHEN clock_name = 'clock' THEN (epoch_us(b) - epoch_us(a)) / 60e6 ELSE working_days_minutes(a, b) END;
