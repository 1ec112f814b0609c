-- The calendar's notable days between $from and $to (SPEC 8.1): holidays, make-up working days, company days off and
-- every day the company file or the statutory data names, with where the kind came from and the build's package.
SELECT strftime(c.day, '%Y-%m-%d') AS day,
       isodow(c.day) AS weekday,
       c.kind,
       c.is_workday,
       c.special,
       c.statutory_holiday,
       c.name_en,
       c.name_zh,
       c.source,
       (SELECT calendar_source FROM build_log ORDER BY built_at DESC LIMIT 1) AS package
  FROM dim_calendar c
 WHERE c.day BETWEEN $from::DATE AND $to::DATE
   AND (c.special OR c.source <> 'weekday')
 ORDER BY c.day
