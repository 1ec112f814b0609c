import { createHash } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Config } from '../../config/schema.js';
import { writeClockSettings } from '../calendar/clocks.js';
import { writeStatutoryCalendar } from '../calendar/statutory.js';
import { ABILITY_INDICATORS, ATTITUDE_INDICATORS, GRADES, INDICATORS, PERFORMANCE_INDICATORS } from '../../config/indicators.js';

/** A fingerprint of the configuration, stored with each build so `status` can tell when models are stale. */
export function configHash(config: Config): string {
  return createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16);
}

const kindOf = (indicator: string) =>
  (PERFORMANCE_INDICATORS as readonly string[]).includes(indicator)
    ? 'performance'
    : (ABILITY_INDICATORS as readonly string[]).includes(indicator)
      ? 'ability'
      : (ATTITUDE_INDICATORS as readonly string[]).includes(indicator)
        ? 'attitude'
        : 'unknown';

/**
 * Write the configuration into cfg_* tables, so SQL models read the policy's numbers from tables, never literals.
 * Values are bound parameters; the tables are replaced whole on every build.
 */
export async function writeSettings(connection: DuckDBConnection, config: Config): Promise<void> {
  const a = config.appraisal;
  await connection.run(`CREATE OR REPLACE TABLE cfg_scalar AS SELECT
      $tz::VARCHAR AS business_timezone,
      $csat_target::DOUBLE AS csat_target,
      $csat_min::INTEGER AS csat_min_responses,
      $cap::DOUBLE AS score_cap,
      $min_coverage::DOUBLE AS min_coverage,
      $complaint::DOUBLE AS complaint_max_minutes,
      $cycle::DOUBLE AS order_cycle_hours,
      $promotion::INTEGER AS promotion_months,
      $training_below::DOUBLE AS training_below_score,
      $training_max::INTEGER AS training_max_areas,
      $reassign_months::INTEGER AS reassignment_min_months,
      $reassign_points::DOUBLE AS reassignment_min_improvement,
      $annual_min::INTEGER AS annual_min_graded_months,
      $new_window::INTEGER AS new_customer_window_days`, {
    tz: config.business_timezone,
    csat_target: a.csat_target,
    csat_min: a.csat_min_responses,
    cap: a.score_cap,
    min_coverage: a.min_coverage,
    complaint: config.sla.complaint_max_minutes,
    cycle: config.sla.order_cycle_hours,
    promotion: a.promotion_months,
    training_below: a.training.below_score,
    training_max: a.training.max_areas,
    reassign_months: a.reassignment.min_unqualified_months,
    reassign_points: a.reassignment.min_improvement_points,
    annual_min: a.annual.min_graded_months,
    new_window: a.new_customer_window_days
  });

  // SPEC 9: the supervision datasets' settings, in their own table so cfg_scalar's contract stays as it is.
  await connection.run(`CREATE OR REPLACE TABLE cfg_supervision AS SELECT
      $limit::DOUBLE AS lead_contact_minutes,
      $clock::VARCHAR AS lead_contact_clock,
      $in_compliance::BOOLEAN AS lead_contact_in_compliance,
      $conversion_days::INTEGER AS lead_conversion_days`, {
    limit: config.sla.lead_contact_hours * 60,
    clock: config.sla.lead_contact_clock,
    in_compliance: config.sla.lead_contact_in_compliance,
    conversion_days: config.process.lead_conversion_days
  });

  await connection.run('CREATE OR REPLACE TABLE cfg_sla_response (channel VARCHAR, limit_minutes DOUBLE)');
  for (const [channel, minutes] of Object.entries(config.sla.response_minutes)) {
    await connection.run('INSERT INTO cfg_sla_response VALUES ($1, $2)', [channel, minutes]);
  }

  await connection.run('CREATE OR REPLACE TABLE cfg_indicator (indicator VARCHAR, kind VARCHAR, position INTEGER)');
  for (const [position, indicator] of INDICATORS.entries()) {
    await connection.run('INSERT INTO cfg_indicator VALUES ($1, $2, $3)', [indicator, kindOf(indicator), position + 1]);
  }

  // Only indicators with a positive weight belong to a template.
  await connection.run('CREATE OR REPLACE TABLE cfg_template_weight (role VARCHAR, indicator VARCHAR, weight DOUBLE)');
  for (const [role, weights] of Object.entries(a.templates)) {
    for (const [indicator, weight] of Object.entries(weights)) {
      if (weight > 0) await connection.run('INSERT INTO cfg_template_weight VALUES ($1, $2, $3)', [role, indicator, weight]);
    }
  }

  await connection.run('CREATE OR REPLACE TABLE cfg_rater_weight (rater_type VARCHAR, weight DOUBLE)');
  for (const [raterType, weight] of Object.entries(a.rater_weights)) {
    await connection.run('INSERT INTO cfg_rater_weight VALUES ($1, $2)', [raterType, weight]);
  }

  // One row per grade, best first; `min_composite` is NULL for the lowest grade (everything below `qualified`).
  await connection.run(`CREATE OR REPLACE TABLE cfg_grade (grade VARCHAR, grade_rank INTEGER, min_composite DOUBLE,
    grade_score DOUBLE, bonus_coefficient DOUBLE, salary_adjustment_pct DOUBLE)`);
  const bands: Record<string, number | null> = { ...a.grade_bands, unqualified: null };
  for (const [rank, grade] of GRADES.entries()) {
    await connection.run('INSERT INTO cfg_grade VALUES ($1, $2, $3, $4, $5, $6)', [
      grade, rank + 1, bands[grade] ?? null, a.grade_scores[grade], a.bonus_coefficients[grade], a.annual.salary_adjustment_pct[grade]
    ]);
  }

  const { slice_types: sliceTypes, ...numbers } = config.anomalies;
  const an = numbers as Record<string, number>;
  const columns = Object.keys(an);
  await connection.run(
    `CREATE OR REPLACE TABLE cfg_anomaly AS SELECT ${columns.map((c, i) => `$${i + 1}::DOUBLE AS ${c}`).join(', ')}`,
    columns.map((c) => an[c]!)
  );
  await connection.run("CREATE OR REPLACE TABLE cfg_anomaly_slice_types AS SELECT unnest(from_json($1, '[\"VARCHAR\"]')) AS slice_type", [JSON.stringify(sliceTypes)]);

  // The statutory calendar and the clocks are read with the settings, so every build (and every test that builds) has them.
  await writeStatutoryCalendar(connection, config);
  await writeClockSettings(connection, config);
}
