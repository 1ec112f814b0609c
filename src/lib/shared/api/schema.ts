// Generated from GET /api/openapi.json by `npm run api:types` (scripts/api/types.ts). Do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** liveness: the server answers */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** who this request is signed in as, and whether accounts exist */
        get: operations["getSession"];
        put?: never;
        /** sign in with a username and password; sets an HttpOnly session cookie */
        post: operations["signIn"];
        /** sign out: ends the session and clears the cookie */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the audit log, newest first (admin: all entries; hr: appraisal entries) */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** rows per dataset, the newest loads, rejects per file and whether the models are fresh */
        get: operations["getStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status/ingest-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** every load of a file: name, hash, dataset, rows read/loaded/replaced/unchanged/rejected, when, how long */
        get: operations["getStatusIngestLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** rows stored per dataset, loads and the last load */
        get: operations["getStatusDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status/rejects-per-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** rejected rows per loaded file, with the fields at fault */
        get: operations["getStatusRejectsPerFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rejects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** rows that broke a contract: file, line, field, reason and the raw record */
        get: operations["getRejects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ingest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * upload contract files: each is loaded (atomically, idempotently) as `opscore ingest` would, then the models are rebuilt
         * @description multipart/form-data with one or more `file` fields (at most 50 files, 256 MiB in all). Uploads are served one at a time; reads keep answering meanwhile.
         */
        post: operations["postIngest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** one metric as a series: per period of the grain and per slice, within the range, under the filters */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the metrics the explorer offers: name, labels, unit, direction, grains and slice types */
        get: operations["getMetricsCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the channels in the data, with their tickets and (not cancelled) sales: the channel filter's choices */
        get: operations["getChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** company KPIs per month with targets, attainment, month-over-month and year-over-year deltas */
        get: operations["getTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the overview's tiles for one month: each KPI with target, deltas and the twelve months up to it */
        get: operations["getKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process/response-times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** first response p50/p90/mean, SLA outcomes and breach rate per channel, team or agent */
        get: operations["getProcessResponseTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process/heatmap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** tickets by weekday (1 = Monday) × hour, with p50 first response and breach rate */
        get: operations["getProcessHeatmap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** tickets per resolution-time bucket, and those still unresolved */
        get: operations["getProcessResolution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process/order-stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** median hours per order stage and for the whole cycle, with out-of-order warnings */
        get: operations["getProcessOrderStages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process/order-sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** order SLA outcomes: within, breached, pending, cancelled, cycle p50/p90 */
        get: operations["getProcessOrderSla"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process/slowest-agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** agents with the slowest p90 first response */
        get: operations["getProcessSlowestAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process/slowest-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** orders that took, or are taking, longest */
        get: operations["getProcessSlowestOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** a month's scorecards (SPEC section 6 rows), optionally of one team or one employee */
        get: operations["getScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scorecards/{employee}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** one employee's monthly composite, grade, ranks and flags, oldest first */
        get: operations["getScorecardsEmployeeHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** how every number on an employee's monthly scorecard was reached, down to the records */
        get: operations["getExplain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** a year's annual results and suggested salary adjustments */
        get: operations["getAnnual"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grades/distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** how a month's scorecards spread over the grades (null grade: insufficient data) */
        get: operations["getGradesDistribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** employees, optionally of one team or role */
        get: operations["getEmployees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** teams and their head count */
        get: operations["getTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal/months": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** every month with a card: state, snapshot version, cards, acknowledgements, open disputes, live cards not in the snapshot */
        get: operations["getAppraisalMonths"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal/months/{month}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** freeze the month: every card, indicator and evidence count as snapshot version v + 1 (hr, admin) */
        post: operations["postAppraisalMonthsMonthPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal/months/{month}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** reopen a published month: reads show live values, the last snapshot is kept for comparison (hr, admin) */
        post: operations["postAppraisalMonthsMonthReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal/years/{year}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** freeze the year's annual results (grade, salary adjustment) as year snapshot v + 1; every month with a card published first (hr, admin) */
        post: operations["postAppraisalYearsYearPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal/years/{year}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** reopen a published year: annual reads recompute from the months, the year snapshot is kept (hr, admin) */
        post: operations["postAppraisalYearsYearReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scorecards/{employee}/{month}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** the employee marks their published card as read (not agreed) */
        post: operations["postScorecardsEmployeeMonthAcknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scorecards/{employee}/{month}/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** the employee disputes their published card within the dispute window */
        post: operations["postScorecardsEmployeeMonthDisputes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scorecards/{employee}/{month}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** override one indicator's score or the grade of a card, with a reason (hr, admin; never one's own card) */
        post: operations["postScorecardsEmployeeMonthAdjustments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scorecards/{employee}/{month}/adjustments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** revoke an adjustment, with a reason (hr, admin) */
        delete: operations["deleteScorecardsEmployeeMonthAdjustmentsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** disputes you may see: hr and admin all, an employee their own, a manager the status of their scope's */
        get: operations["getDisputes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disputes/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** resolve an open dispute as upheld (with a reply) or adjusted (naming the adjustments) (hr, admin) */
        post: operations["postDisputesIdResolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal/months/{month}/payroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** a published month's payroll file: employee_id, name, team, role, grade, bonus_coefficient, adjusted, published_at (hr, admin) */
        get: operations["getAppraisalMonthsMonthPayroll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal/years/{year}/payroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** a year's payroll file once every month of it is published: grade and salary_adjustment_pct per employee (hr, admin) */
        get: operations["getAppraisalYearsYearPayroll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/anomalies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** anomalous days {metric, slice_type, slice, day, value, expected, lower, upper, score, severity, direction}, newest first */
        get: operations["getAnomalies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/anomalies/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** incidents: runs of consecutive anomalous days of one series, with their peak, newest first */
        get: operations["getAnomaliesIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/anomalies/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** one daily series with its expected value and band, status (ok, insufficient_history, no_data) and flagged days */
        get: operations["getAnomaliesSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/anomalies/drilldown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the records behind one day of one series (sales, tickets, orders or CSAT responses) and the day in its series */
        get: operations["getAnomaliesDrilldown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/anomalies/drilldown/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the records behind one day of one series as a table (CSV-exportable) */
        get: operations["getAnomaliesDrilldownRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the alert rules in force (the configuration’s, as edited in the app), the channels’ names and types, and the metrics a rule can watch */
        get: operations["getAlertsRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** delivery attempts of alert notices, newest first, with the incident each notice tells of (a manager: their subtree’s and the aggregates’) */
        get: operations["getAlertsLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/rules/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** add or replace an alert rule in the app (alerts.manage: admin); a configured rule of the same name is overridden; audited */
        put: operations["putAlertsRulesName"];
        post?: never;
        /** switch an alert rule off (alerts.manage: admin): a configured rule stays listed as disabled, a rule added in the app is removed; audited */
        delete: operations["deleteAlertsRulesName"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the effective policy: grade bands, score cap, flag rules, annual rules, SLA limits, rater weights and templates */
        get: operations["getPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings/to-give": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** whom the signed-in employee rates in a month (self, direct reports, teammates), with what they gave so far and the window */
        get: operations["getRatingsToGive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings/window": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** a month's rating window: opening day, last day, moved or not, and whether ratings are taken now */
        get: operations["getRatingsWindow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** completion of a month's 360° round: expected vs given ratings per rater type by ratee, team or company; per supervisor; or the missing ones by rater */
        get: operations["getRatingsCompletion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calibration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** grade distribution per team, per manager (direct reports) and for the company against the target shares, with over/under flags */
        get: operations["getCalibration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calibration/leniency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** each supervisor's leniency index: their mean supervisor rating minus the company's, in points, with n and a flag */
        get: operations["getCalibrationLeniency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calibration/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the grade bands, bonus coefficients and calibration settings the what-if starts from */
        get: operations["getCalibrationSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * rate one person's ability and attitude indicators for a month, as the signed-in employee
         * @description The rater is the employee linked to the user; the rater type follows from the relation (self, supervisor, peer). Stored in the ratings dataset with source = app through the same contract as files; a later rating of the same month, ratee, rater and indicator replaces the earlier and is logged.
         */
        post: operations["postRatings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal/months/{month}/rating-window": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** move the last day of a month's rating window (hr, admin), with a reason; audited */
        post: operations["postAppraisalMonthsMonthRatingWindow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** holidays, make-up working days and company days off {day, weekday, kind, is_workday, special, name_en, name_zh, source, package} of a year or a range */
        get: operations["getCalendarDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acquisition/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** leads → contacted → qualified → converted, contact SLA and conversion rate per source, salesperson or team (leads created in the range) */
        get: operations["getAcquisitionFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acquisition/contact-times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** leads per first-contact time bucket (clock time), never-contacted leads last */
        get: operations["getAcquisitionContactTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acquisition/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** leads longest waiting for a first contact first; status=breach lists the contact-SLA breaches */
        get: operations["getAcquisitionLeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** milestones due in the range with their status at as_of_day, by due day; status=late lists the slipping ones, biggest slip first */
        get: operations["getProjectsMilestones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/owners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** projects due in the range per owner and status at as_of_day, with the on-time rate */
        get: operations["getProjectsOwners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/open-findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** findings not closed (open, reopened, awaiting verification): overdue first, then severity and age */
        get: operations["getSupervisionOpenFindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/finding-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** rectification on-time-and-effective rate, effective rate, overdue open findings and days to fix per team, process, severity, source or owner */
        get: operations["getSupervisionFindingRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/inspection-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** mean inspection score, inspections and findings raised per month and team (or process) */
        get: operations["getSupervisionInspectionScores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** open a finding (findings.manage): owner, due day, severity, process; source_ref names the incident or SLA breach */
        post: operations["openFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/findings/{finding_id}/fixed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** the owner marks their finding fixed */
        post: operations["markFindingFixed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/findings/{finding_id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** verify a fixed finding effective or ineffective (findings.manage) */
        post: operations["verifyFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/findings/{finding_id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** reopen a finding whose fix did not hold (findings.manage) */
        post: operations["reopenFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Session: {
            /**
             * @description open: no accounts exist, every request is the local admin
             * @enum {string}
             */
            mode: "open" | "accounts";
            /** @description who this request is; null when not signed in */
            user: {
                username: string;
                roles: string[];
                employee_id: string | null;
                via: string;
            } | null;
        };
        Error: {
            error: {
                /** @example invalid_parameter */
                code: string;
                /** @example month: must be a month YYYY-MM */
                message: string;
                /** @example month */
                param: string | null;
            };
        };
        Row: {
            [key: string]: unknown;
        };
        IngestResult: {
            /** @description every file loaded (or had been loaded before) */
            ok: boolean;
            files: components["schemas"]["IngestFileResult"][];
            build: {
                built: boolean;
                duration_ms: number;
            };
        };
        IngestFileResult: {
            file: string;
            dataset: string | null;
            format: string | null;
            /** @enum {string} */
            status: "loaded" | "duplicate" | "failed";
            rowsRead: number;
            rowsLoaded: number;
            rowsReplaced: number;
            rowsUnchanged: number;
            rowsRejected: number;
            durationMs: number;
            ingestId: number | null;
            error?: string;
        };
        IngestFailed: components["schemas"]["IngestResult"] & {
            error: {
                /** @example invalid_parameter */
                code: string;
                /** @example month: must be a month YYYY-MM */
                message: string;
                /** @example month */
                param: string | null;
            };
        };
        ChannelRow: {
            channel: string;
            tickets: number;
            sales: number;
        };
        TrendRow: {
            /** @description first day of the month, YYYY-MM-DD */
            month: string;
            /** @description the metric (see /api/metrics/catalog) */
            metric: string;
            label: string;
            label_zh: string;
            unit: string;
            higher_is_better: boolean;
            /** @description the company value under the filters; null without data */
            value: number | null;
            /** @description records behind the value */
            n: number;
            /** @description the summed targets or the policy target; null where none */
            target: number | null;
            /** @description value / target × 100 for a positive target */
            attainment_pct: number | null;
            /** @description the value of the month before; null when that month has no value */
            previous_month: number | null;
            /** @description the value of the same month a year before; null when that month has no value */
            previous_year: number | null;
            /** @description value − previous_month */
            mom_delta: number | null;
            /** @description (value − previous_month) / |previous_month| × 100; null for a zero base */
            mom_pct: number | null;
            /** @description value − previous_year */
            yoy_delta: number | null;
            /** @description (value − previous_year) / |previous_year| × 100; null for a zero base */
            yoy_pct: number | null;
        };
        KpiTile: {
            /** @description first day of the month, YYYY-MM-DD */
            month: string;
            /** @description the metric (see /api/metrics/catalog) */
            metric: string;
            label: string;
            label_zh: string;
            unit: string;
            higher_is_better: boolean;
            /** @description the company value under the filters; null without data */
            value: number | null;
            /** @description records behind the value */
            n: number;
            /** @description the summed targets or the policy target; null where none */
            target: number | null;
            /** @description value / target × 100 for a positive target */
            attainment_pct: number | null;
            /** @description the value of the month before; null when that month has no value */
            previous_month: number | null;
            /** @description the value of the same month a year before; null when that month has no value */
            previous_year: number | null;
            /** @description value − previous_month */
            mom_delta: number | null;
            /** @description (value − previous_month) / |previous_month| × 100; null for a zero base */
            mom_pct: number | null;
            /** @description value − previous_year */
            yoy_delta: number | null;
            /** @description (value − previous_year) / |previous_year| × 100; null for a zero base */
            yoy_pct: number | null;
            spark: {
                month: string;
                value: number | null;
            }[];
        };
        HistoryRow: {
            /** @description YYYY-MM */
            month: string;
            composite: number | null;
            coverage: number;
            /** @enum {string|null} */
            grade: "excellent" | "good" | "qualified" | "unqualified" | null;
            bonus_coefficient: number | null;
            rank_in_team: number | null;
            rank_in_company: number | null;
            promotion_candidate: boolean;
            reassignment_review: boolean;
        };
        TeamRow: {
            team: string;
            employees: number;
        };
        AlertRules: {
            rules: components["schemas"]["AlertRule"][];
            /** @description the configured channels: names and types only, never URLs or secrets */
            channels: {
                name: string;
                /** @enum {string} */
                type: "webhook" | "wecom" | "dingtalk" | "feishu" | "email";
            }[];
            /** @description the metrics a rule can watch, with the catalog’s labels */
            metrics: {
                metric: string;
                label: components["schemas"]["Labels"];
            }[];
            slice_types: ("company" | "team" | "channel" | "employee")[];
            severities: ("low" | "medium" | "high")[];
            /** @description whether the caller may add, change or switch off rules (alerts.manage) */
            can_manage: boolean;
        };
        AlertRule: {
            name: string;
            metric: string;
            metric_label: components["schemas"]["Labels"];
            slice_types: ("company" | "team" | "channel" | "employee")[];
            /** @enum {string} */
            min_severity: "low" | "medium" | "high";
            channels: string[];
            fallback: string | null;
            quiet_hours: {
                from: string;
                to: string;
            } | null;
            digest: boolean;
            enabled: boolean;
            /**
             * @description config: as the configuration file says; app: written (or switched off) by an admin in the app
             * @enum {string}
             */
            source: "config" | "app";
            updated_by: string | null;
            updated_at: string | null;
        };
        Labels: {
            en: string;
            zh: string;
        };
        AlertLogRow: {
            log_id: number;
            /** @description when the attempt was made (ISO 8601 with offset) */
            at: string;
            rule: string;
            notice_id: number;
            /** @enum {string} */
            kind: "opened" | "resolved" | "digest" | "test";
            metric: string | null;
            slice_type: string | null;
            slice: string | null;
            start_day: string | null;
            end_day: string | null;
            severity: string | null;
            channel: string;
            recipient: string | null;
            attempt: number;
            /** @enum {string} */
            status: "sent" | "failed" | "gave_up";
            reason: string | null;
        };
        AlertRuleInput: {
            name?: string;
            /** @enum {string} */
            metric: "sales_amount" | "csat_pct" | "first_response_p50_minutes" | "tickets" | "sla_breach_rate" | "order_cycle_p90_hours" | "escalation_rate";
            slice_types: ("company" | "team" | "channel" | "employee")[];
            /** @enum {string} */
            min_severity: "low" | "medium" | "high";
            channels: string[];
            /** Format: email */
            fallback?: string;
            quiet_hours?: {
                from: string;
                to: string;
            };
            /** @description send the day’s new incidents as one message at alerts.digest_time (default false) */
            digest?: boolean;
            /** @description default true */
            enabled?: boolean;
        };
        AlertRuleDeleted: {
            name: string;
            rule: components["schemas"]["AlertRule"] & (Record<string, never> | null);
        };
        Policy: {
            business_timezone: string;
            /** @description completion scores are clamped to [0, score_cap] */
            score_cap: number;
            csat_target: number;
            csat_min_responses: number;
            /** @description share of template weight with a score below which a month gets no grade */
            min_coverage: number;
            /** @description best first */
            grades: {
                /** @enum {string} */
                grade: "excellent" | "good" | "qualified" | "unqualified";
                /** @description lowest composite of the grade; the lowest grade has 0 (everything below the next) */
                min_composite: number;
                /** @description false for the lowest grade, which has no lower bound */
                bounded: boolean;
                grade_score: number;
                bonus_coefficient: number;
                salary_adjustment_pct: number;
            }[];
            /** @description consecutive excellent months, ending in the month, that make a promotion candidate */
            promotion_months: number;
            training: {
                below_score: number;
                max_areas: number;
            };
            reassignment: {
                min_unqualified_months: number;
                min_improvement_points: number;
            };
            annual: {
                min_graded_months: number;
            };
            sla: {
                /** @description `other` covers channels without their own */
                response_minutes: {
                    channel: string;
                    limit_minutes: number;
                }[];
                complaint_max_minutes: number;
                order_cycle_hours: number;
            };
            rater_weights: {
                rater_type: string;
                weight: number;
            }[];
            templates: {
                role: string;
                indicators: {
                    indicator: string;
                    weight: number;
                }[];
            }[];
            new_customer_window_days: number;
        };
        GiveRatings: {
            /**
             * @description the rated month
             * @example 2025-06
             */
            month: string;
            /**
             * @description the ratee
             * @example E001
             */
            employee_id: string;
            /** @description optional: the type the rater means; it must be the one the relation gives (customer: 400) */
            rater_type?: string;
            ratings: {
                /** @enum {string} */
                indicator: "expertise" | "problem_solving" | "communication" | "learning" | "responsibility" | "initiative" | "teamwork" | "discipline";
                /** @description excellent, good, qualified, unqualified (or 优秀 良好 合格 不合格) */
                grade?: string | null;
                /** @description 0-100, where the configuration allows scores (cycle.rating_scores) */
                score?: number | null;
                comment?: string | null;
            }[];
        };
        MoveRatingWindow: {
            /**
             * Format: date
             * @description the new last day of the window (inclusive, local)
             * @example 2025-06-30
             */
            closes_on: string;
            reason: string;
        };
        FindingWrite: {
            finding: {
                [key: string]: unknown;
            };
            ingest_id: number;
            rows_loaded: number;
            rows_replaced: number;
        };
        OpenFinding: {
            /**
             * @description the owner (责任人), a known employee
             * @example E001
             */
            employee_id: string;
            /**
             * Format: date
             * @description the day the fix is due (not before today)
             * @example 2025-06-30
             */
            due_on: string;
            /**
             * @description how serious
             * @enum {string}
             */
            severity: "low" | "medium" | "high";
            /**
             * @description the process the finding is about
             * @enum {string}
             */
            process: "customer_acquisition" | "customer_service" | "order_processing" | "data_analysis" | "project_execution";
            /**
             * @description where it was found (default anomaly)
             * @enum {string}
             */
            source?: "inspection" | "anomaly" | "complaint" | "audit" | "other";
            /** @description what it was found in: an anomaly incident (metric/slice_type/slice/day), an SLA breach (lead or ticket id) */
            source_ref?: string;
        };
        VerifyFinding: {
            /**
             * @description whether the fix held
             * @enum {string}
             */
            verdict: "effective" | "ineffective";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the server is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description a field is missing */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many failed sign-ins for this user or address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a sign-out with the session cookie from another site (CSRF check) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                /** @description entries by this user (or local, cli:<user>) */
                username?: string;
                /** @description entries from this day */
                since?: string;
                /** @description one action: view, export, sign_in, upload, ... */
                action?: string;
                /** @description entries naming this employee */
                employee?: string;
                /** @description at most this many entries (default 1000) */
                limit?: number;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStatus: {
        parameters: {
            query?: {
                /** @description at most this many loads, newest first (default 20 in the summary, 100 in the log) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a JSON object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"];
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStatusIngestLog: {
        parameters: {
            query?: {
                /** @description at most this many loads, newest first (default 20 in the summary, 100 in the log) */
                limit?: number;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStatusDatasets: {
        parameters: {
            query?: {
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStatusRejectsPerFile: {
        parameters: {
            query?: {
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRejects: {
        parameters: {
            query?: {
                /** @description only this file (its name as loaded, or its last path segments) */
                file?: string;
                /** @description only this dataset */
                dataset?: "employees" | "targets" | "sales" | "order_events" | "tickets" | "csat" | "ratings" | "calendar" | "leads" | "projects" | "milestones" | "inspections" | "findings";
                /** @description at most this many rows (default 1000) */
                limit?: number;
                /** @description skip this many rows first (paging) */
                offset?: number;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postIngest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description a contract file (CSV, JSON Lines or Parquet); repeat the field for several
                     */
                    file: string;
                    /**
                     * @description dataset of every file (default: from each file name, e.g. sales_2025-06.csv)
                     * @enum {string}
                     */
                    dataset?: "employees" | "targets" | "sales" | "order_events" | "tickets" | "csat" | "ratings" | "calendar" | "leads" | "projects" | "milestones" | "inspections" | "findings";
                    /**
                     * @description load files again even when their content was loaded before
                     * @enum {string}
                     */
                    force?: "true" | "false";
                    /** @description a shipped adapter (docs/adapters.md) mapping the uploaded export to the datasets it declares; not with dataset */
                    adapter?: string;
                };
            };
        };
        responses: {
            /** @description every file loaded (or had been loaded before); the models were rebuilt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestResult"];
                };
            };
            /** @description no file, a bad field, or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the upload is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a file could not be loaded (each file says why); the others were loaded */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestFailed"];
                };
            };
            /** @description the server failed; details are in its log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query: {
                /** @description the metric (see /api/metrics/catalog) */
                metric: "sales_amount" | "profit" | "orders" | "new_customers" | "new_customer_amount_90d" | "csat_pct" | "csat_responses" | "first_response_p50_minutes" | "first_response_p90_minutes" | "first_response_mean_minutes" | "tickets" | "resolution_p50_hours" | "resolution_mean_hours" | "sla_breach_rate" | "response_sla_pct" | "order_cycle_p50_hours" | "order_cycle_p90_hours" | "order_sla_pct" | "orders_pending" | "process_compliance_pct" | "leads" | "lead_first_contact_p50_minutes" | "lead_first_contact_p90_minutes" | "lead_contact_sla_pct" | "lead_conversion_pct" | "milestone_on_time_pct" | "project_on_time_pct" | "rectification_on_time_pct" | "findings_effective_pct" | "findings_overdue_open" | "lead_to_order_p50_days" | "lead_to_order_mean_days" | "milestone_slip_days_mean" | "findings_fix_days_mean" | "escalation_rate";
                /** @description period length (default month) */
                grain?: "day" | "week" | "month";
                /** @description one series per company, team, channel or employee (default company) */
                slice_type?: "company" | "team" | "channel" | "employee";
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this channel (phone, chat, email, ...); facts without a channel reject it */
                channel?: string;
                /** @description only this employee, by id */
                employee?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMetricsCatalog: {
        parameters: {
            query?: {
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getChannels: {
        parameters: {
            query?: {
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelRow"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTrends: {
        parameters: {
            query?: {
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this channel (phone, chat, email, ...); facts without a channel reject it */
                channel?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrendRow"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getKpis: {
        parameters: {
            query: {
                /** @description the month shown */
                month: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this channel (phone, chat, email, ...); facts without a channel reject it */
                channel?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiTile"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProcessResponseTimes: {
        parameters: {
            query?: {
                /** @description one row per channel, team or employee (default channel) */
                by?: "channel" | "team" | "employee";
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this channel (phone, chat, email, ...); facts without a channel reject it */
                channel?: string;
                /** @description only this employee, by id */
                employee?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProcessHeatmap: {
        parameters: {
            query?: {
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this channel (phone, chat, email, ...); facts without a channel reject it */
                channel?: string;
                /** @description only this employee, by id */
                employee?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProcessResolution: {
        parameters: {
            query?: {
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this channel (phone, chat, email, ...); facts without a channel reject it */
                channel?: string;
                /** @description only this employee, by id */
                employee?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProcessOrderStages: {
        parameters: {
            query?: {
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this employee, by id */
                employee?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProcessOrderSla: {
        parameters: {
            query?: {
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this employee, by id */
                employee?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProcessSlowestAgents: {
        parameters: {
            query?: {
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this channel (phone, chat, email, ...); facts without a channel reject it */
                channel?: string;
                /** @description only this employee, by id */
                employee?: string;
                /** @description at most this many rows (default 10) */
                limit?: number;
                /** @description only agents with at least this many answered tickets (default 5) */
                min_answered?: number;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProcessSlowestOrders: {
        parameters: {
            query?: {
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this employee, by id */
                employee?: string;
                /** @description at most this many rows (default 10) */
                limit?: number;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScorecards: {
        parameters: {
            query: {
                /** @description the appraised month */
                month: string;
                /** @description one team, by name */
                team?: string;
                /** @description one employee, by id */
                employee?: string;
                /** @description SPEC 10.3: a published month shows its snapshot (default); live the recomputation (not for employees) */
                view?: "published" | "live";
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScorecardsEmployeeHistory: {
        parameters: {
            query?: {
                /** @description how many months, counting back from `until` (default 12) */
                months?: number;
                /** @description last month shown (default: the latest card) */
                until?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                /** @description employee id */
                employee: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryRow"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExplain: {
        parameters: {
            query: {
                /** @description employee id */
                employee: string;
                /** @description the appraised month */
                month: string;
                /** @description only this indicator */
                indicator?: "sales" | "profit" | "new_customers" | "csat" | "process_compliance" | "rectification" | "inspection" | "milestones" | "expertise" | "problem_solving" | "communication" | "learning" | "responsibility" | "initiative" | "teamwork" | "discipline";
                /** @description SPEC 10.3: a published month shows its snapshot (default); live the recomputation (not for employees) */
                view?: "published" | "live";
                /** @description false: leave out the record tables (orders, tickets, responses, customers); rater means and the ratings the reader may see stay (default true) */
                records?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a JSON object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"];
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnnual: {
        parameters: {
            query: {
                /** @description the appraised year */
                year: string;
                /** @description one team, by name */
                team?: string;
                /** @description one employee, by id */
                employee?: string;
                /** @description SPEC 10.3: a published month shows its snapshot (default); live the recomputation (not for employees) */
                view?: "published" | "live";
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGradesDistribution: {
        parameters: {
            query: {
                /** @description the appraised month */
                month: string;
                /** @description one team, by name */
                team?: string;
                /** @description SPEC 10.3: a published month shows its snapshot (default); live the recomputation (not for employees) */
                view?: "published" | "live";
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEmployees: {
        parameters: {
            query?: {
                /** @description one team, by name */
                team?: string;
                /** @description one role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTeams: {
        parameters: {
            query?: {
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamRow"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAppraisalMonths: {
        parameters: {
            query?: {
                /** @description only this year */
                year?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAppraisalMonthsMonthPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the appraised month */
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description why (1-2000 characters), kept in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description done; the changed object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description a parameter or body field is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description your roles do not grant this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such card, dispute or adjustment (or outside your scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the month, card or dispute is in a state that does not allow this; the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAppraisalMonthsMonthReopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the appraised month */
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description why (1-2000 characters), kept in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description done; the changed object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description a parameter or body field is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description your roles do not grant this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such card, dispute or adjustment (or outside your scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the month, card or dispute is in a state that does not allow this; the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAppraisalYearsYearPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the appraised year */
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description why (1-2000 characters), kept in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description done; the changed object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description a parameter or body field is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description your roles do not grant this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such card, dispute or adjustment (or outside your scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the month, card or dispute is in a state that does not allow this; the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAppraisalYearsYearReopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the appraised year */
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description why (1-2000 characters), kept in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description done; the changed object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description a parameter or body field is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description your roles do not grant this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such card, dispute or adjustment (or outside your scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the month, card or dispute is in a state that does not allow this; the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postScorecardsEmployeeMonthAcknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description employee id */
                employee: string;
                /** @description the appraised month */
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done; the changed object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description a parameter or body field is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description your roles do not grant this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such card, dispute or adjustment (or outside your scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the month, card or dispute is in a state that does not allow this; the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postScorecardsEmployeeMonthDisputes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description employee id */
                employee: string;
                /** @description the appraised month */
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment: string;
                    /** @description an indicator of the card, or grade */
                    subject?: string;
                };
            };
        };
        responses: {
            /** @description done; the changed object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description a parameter or body field is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description your roles do not grant this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such card, dispute or adjustment (or outside your scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the month, card or dispute is in a state that does not allow this; the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postScorecardsEmployeeMonthAdjustments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description employee id */
                employee: string;
                /** @description the appraised month */
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description an indicator of the card, or grade */
                    target: string;
                    /** @description a score 0..score_cap, null for no score, or a grade */
                    value: number | string | null;
                    /** @description why (1-2000 characters), kept in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description done; the changed object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description a parameter or body field is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description your roles do not grant this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such card, dispute or adjustment (or outside your scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the month, card or dispute is in a state that does not allow this; the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteScorecardsEmployeeMonthAdjustmentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description employee id */
                employee: string;
                /** @description the appraised month */
                month: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description why (1-2000 characters), kept in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description done; the changed object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description a parameter or body field is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description your roles do not grant this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such card, dispute or adjustment (or outside your scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the month, card or dispute is in a state that does not allow this; the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDisputes: {
        parameters: {
            query?: {
                /** @description only this month */
                month?: string;
                /** @description only this status */
                status?: "open" | "resolved_adjusted" | "resolved_upheld";
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDisputesIdResolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "upheld" | "adjusted";
                    reply: string;
                    adjustment_ids?: number[];
                };
            };
        };
        responses: {
            /** @description done; the changed object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description a parameter or body field is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description your roles do not grant this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such card, dispute or adjustment (or outside your scope) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the month, card or dispute is in a state that does not allow this; the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAppraisalMonthsMonthPayroll: {
        parameters: {
            query?: {
                /** @description csv (default; UTF-8 with BOM), xlsx or json */
                format?: "csv" | "xlsx" | "json";
            };
            header?: never;
            path: {
                /** @description the appraised month */
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the payroll file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description a parameter is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description your roles do not grant the payroll */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the month is not published */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAppraisalYearsYearPayroll: {
        parameters: {
            query?: {
                /** @description csv (default; UTF-8 with BOM), xlsx or json */
                format?: "csv" | "xlsx" | "json";
            };
            header?: never;
            path: {
                /** @description the appraised year */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the payroll file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description a parameter is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description your roles do not grant the payroll */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the year is not published */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnomalies: {
        parameters: {
            query?: {
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description one watched metric */
                metric?: "sales_amount" | "csat_pct" | "first_response_p50_minutes" | "ticket_volume" | "sla_breach_rate" | "order_cycle_p90_hours" | "escalation_rate";
                /** @description company, team or channel */
                slice_type?: "company" | "team" | "channel";
                /** @description the team or channel (not needed for company) */
                slice?: string;
                /** @description the global team filter: this team's series (when slice_type/slice are not given) */
                team?: string;
                /** @description the global channel filter: this channel's series (when neither slice nor team is given) */
                channel?: string;
                /** @description lowest severity listed (default low) */
                min_severity?: "low" | "medium" | "high";
                /** @description same as min_severity */
                severity?: "low" | "medium" | "high";
                /** @description at most this many rows */
                limit?: number;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnomaliesIncidents: {
        parameters: {
            query?: {
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description one watched metric */
                metric?: "sales_amount" | "csat_pct" | "first_response_p50_minutes" | "ticket_volume" | "sla_breach_rate" | "order_cycle_p90_hours" | "escalation_rate";
                /** @description company, team or channel */
                slice_type?: "company" | "team" | "channel";
                /** @description the team or channel (not needed for company) */
                slice?: string;
                /** @description the global team filter: this team's series (when slice_type/slice are not given) */
                team?: string;
                /** @description the global channel filter: this channel's series (when neither slice nor team is given) */
                channel?: string;
                /** @description lowest severity listed (default low) */
                min_severity?: "low" | "medium" | "high";
                /** @description same as min_severity */
                severity?: "low" | "medium" | "high";
                /** @description at most this many rows */
                limit?: number;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnomaliesSeries: {
        parameters: {
            query: {
                /** @description one watched metric */
                metric: "sales_amount" | "csat_pct" | "first_response_p50_minutes" | "ticket_volume" | "sla_breach_rate" | "order_cycle_p90_hours" | "escalation_rate";
                /** @description company, team or channel */
                slice_type: "company" | "team" | "channel";
                /** @description the team or channel (not needed for company) */
                slice?: string;
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnomaliesDrilldown: {
        parameters: {
            query: {
                /** @description one watched metric */
                metric: "sales_amount" | "csat_pct" | "first_response_p50_minutes" | "ticket_volume" | "sla_breach_rate" | "order_cycle_p90_hours" | "escalation_rate";
                /** @description company, team or channel */
                slice_type: "company" | "team" | "channel";
                /** @description the team or channel (not needed for company) */
                slice?: string;
                /** @description the day */
                day: string;
                /** @description at most this many records */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a JSON object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"];
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnomaliesDrilldownRecords: {
        parameters: {
            query: {
                /** @description one watched metric */
                metric: "sales_amount" | "csat_pct" | "first_response_p50_minutes" | "ticket_volume" | "sla_breach_rate" | "order_cycle_p90_hours" | "escalation_rate";
                /** @description company, team or channel */
                slice_type: "company" | "team" | "channel";
                /** @description the team or channel (not needed for company) */
                slice?: string;
                /** @description the day */
                day: string;
                /** @description at most this many records */
                limit?: number;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAlertsRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a JSON object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRules"];
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAlertsLog: {
        parameters: {
            query?: {
                /** @description only this rule’s notices */
                rule?: string;
                /** @description only attempts that ended so */
                status?: "sent" | "failed" | "gave_up";
                /** @description at most this many rows (default 100) */
                limit?: number;
                /** @description skip this many rows first (paging) */
                offset?: number;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertLogRow"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putAlertsRulesName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the rule’s name */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertRuleInput"];
            };
        };
        responses: {
            /** @description saved; the rule as now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRule"];
                };
            };
            /** @description a field of the rule is invalid (unknown metric or channel, bad quiet hours, ...); `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description your roles do not grant alerts.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAlertsRulesName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the rule’s name */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description switched off; the rule as still listed (a configured one, disabled), or null when it is gone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRuleDeleted"];
                };
            };
            /** @description your roles do not grant alerts.manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no rule of that name */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a JSON object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRatingsToGive: {
        parameters: {
            query: {
                /** @description the rated month */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a JSON object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"];
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRatingsWindow: {
        parameters: {
            query: {
                /** @description the rated month */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a JSON object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"];
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRatingsCompletion: {
        parameters: {
            query: {
                /** @description the rated month */
                month: string;
                /** @description level of the rows (default team) */
                by?: "ratee" | "team" | "company" | "supervisor" | "missing";
                /** @description one team, by name */
                team?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalibration: {
        parameters: {
            query?: {
                /** @description one month */
                month?: string;
                /** @description a whole year */
                year?: string;
                /** @description first month of a range */
                from?: string;
                /** @description last month of a range */
                to?: string;
                /** @description which groups (default all) */
                by?: "all" | "company" | "team" | "manager";
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalibrationLeniency: {
        parameters: {
            query?: {
                /** @description one month */
                month?: string;
                /** @description a whole year */
                year?: string;
                /** @description first month of a range */
                from?: string;
                /** @description last month of a range */
                to?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalibrationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a JSON object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"];
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postRatings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GiveRatings"];
            };
        };
        responses: {
            /** @description stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        employee_id: string;
                        rater_type: string;
                        rows_loaded: number;
                        rows_replaced: number;
                        rows_unchanged: number;
                        ingest_id: number;
                    };
                };
            };
            /** @description a bad field (a customer rater type, an unknown grade, a score where only grades are taken); `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller does not rate this person this month, or not as the given type */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the month is published or its rating window is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAppraisalMonthsMonthRatingWindow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the rated month */
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveRatingWindow"];
            };
        };
        responses: {
            /** @description the window as it now stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description a bad field; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not move rating windows */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendarDays: {
        parameters: {
            query?: {
                /** @description the year (default: the year of the latest data) */
                year?: number;
                /** @description first day (instead of year) */
                from?: string;
                /** @description last day (instead of year) */
                to?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAcquisitionFunnel: {
        parameters: {
            query?: {
                /** @description one row per source, salesperson or team (default source) */
                by?: "source" | "employee" | "team";
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this employee, by id */
                employee?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAcquisitionContactTimes: {
        parameters: {
            query?: {
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this employee, by id */
                employee?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAcquisitionLeads: {
        parameters: {
            query?: {
                /** @description only leads with this contact-SLA status */
                status?: "within" | "breach" | "pending";
                /** @description at most this many rows */
                limit?: number;
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this employee, by id */
                employee?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectsMilestones: {
        parameters: {
            query?: {
                /** @description only milestones with this status */
                status?: "on_time" | "late" | "pending" | "cancelled";
                /** @description at most this many rows */
                limit?: number;
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this employee, by id */
                employee?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectsOwners: {
        parameters: {
            query?: {
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this employee, by id */
                employee?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSupervisionOpenFindings: {
        parameters: {
            query?: {
                /** @description at most this many rows */
                limit?: number;
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this employee, by id */
                employee?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSupervisionFindingRates: {
        parameters: {
            query?: {
                /** @description one row per team, process, severity, source or owner (default team) */
                by?: "team" | "process" | "severity" | "source" | "employee";
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this employee, by id */
                employee?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSupervisionInspectionScores: {
        parameters: {
            query?: {
                /** @description one row per month and team or process (default team) */
                by?: "team" | "process";
                /** @description first day (a month means its first day) */
                from?: string;
                /** @description last day (a month means its last day) */
                to?: string;
                /** @description only this team */
                team?: string;
                /** @description only this role */
                role?: "operations_manager" | "operations_specialist" | "customer_service" | "sales";
                /** @description only this employee, by id */
                employee?: string;
                /** @description json (default) or csv; `Accept: text/csv` also asks for CSV */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Row"][];
                    "text/csv": string;
                };
            };
            /** @description not modified: the If-None-Match tag still names this answer */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a parameter is invalid; `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such thing (e.g. an unknown employee) or no such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the server failed; the message is generic and the detail is in the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the models are not built yet: run `opscore build` (code models_not_built) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    openFinding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenFinding"];
            };
        };
        responses: {
            /** @description stored (and the models rebuilt) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingWrite"];
                };
            };
            /** @description a bad field (unknown owner, a due day before today, ...); `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this (findings.manage, or not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such finding */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the finding is not in a state that allows it (not fixed, already verified, withdrawn) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markFindingFixed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the finding */
                finding_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description stored (and the models rebuilt) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingWrite"];
                };
            };
            /** @description a bad field (unknown owner, a due day before today, ...); `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this (findings.manage, or not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such finding */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the finding is not in a state that allows it (not fixed, already verified, withdrawn) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the finding */
                finding_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyFinding"];
            };
        };
        responses: {
            /** @description stored (and the models rebuilt) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingWrite"];
                };
            };
            /** @description a bad field (unknown owner, a due day before today, ...); `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this (findings.manage, or not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such finding */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the finding is not in a state that allows it (not fixed, already verified, withdrawn) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reopenFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the finding */
                finding_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description stored (and the models rebuilt) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingWrite"];
                };
            };
            /** @description a bad field (unknown owner, a due day before today, ...); `param` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller may not do this (findings.manage, or not the owner) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such finding */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the finding is not in a state that allows it (not fixed, already verified, withdrawn) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
