import { Command, CommanderError, Option } from 'commander';
import { ANOMALY_METRICS, METRIC_NAMES } from '../lib/catalog/metrics.js';

/** Options shared by every command (SPEC section 6). */
function withCommon(command: Command, options: { format?: boolean } = {}): Command {
  command
    .option('--db <path>', 'warehouse file (default: data/opscore.duckdb, or paths.db in the configuration)')
    .option('--config <path>', 'configuration file (default: ./opscore.config.yaml when present)');
  if (options.format) {
    command.addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'));
  }
  return command;
}

/** Each command's code is imported only when it runs, so `opscore --help` starts without DuckDB. */
type Runner = (...args: any[]) => Promise<void>;
const lazy = (load: () => Promise<{ run: Runner }>) => async (...args: unknown[]) => (await load()).run(...args);

export function buildProgram(): Command {
  const program = new Command('opscore')
    .description('Operations records to monthly and annual performance appraisal, with an analytics dashboard.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  withCommon(program.command('demo').description('generate a realistic demo company and load it'))
    .option('--seed <n>', 'random seed', '42')
    .option('--employees <n>', 'number of employees', '60')
    .option('--months <n>', 'months of history', '24')
    .option('--end <YYYY-MM>', 'last month to generate (default: the last full month)')
    .option('--events <n>', 'scale the event volume to about this many events (benchmarks)')
    .option('--out <dir>', 'where to write the contract files (default: paths.demo_dir)')
    .option('--no-load', 'only write the files')
    .option('--from <adapter>', 'instead: build from a real export through a shipped adapter (olist, superstore, helpdesk-4tu, servicenow)')
    .option('--data <dir>', 'with --from: the folder (or file) of the export')
    .action(lazy(() => import('./commands/demo.js')));

  withCommon(program.command('ingest').description('load CSV, JSON Lines or Parquet files (or folders of them)'))
    .argument('<paths...>', 'files or directories')
    .option('--dataset <name>', 'dataset of every file given (default: from each file name)')
    .option('--adapter <name|file.sql>', 'map raw exports with an adapter: a shipped one (adapters/NAME.sql) or a .sql file')
    .option('--force', 'load files again even when their content was loaded before')
    .option('--no-build', 'do not refresh the models after loading')
    .action(lazy(() => import('./commands/ingest.js')));

  withCommon(program.command('build').description('(re)build the SQL models from the loaded data'))
    .action(lazy(() => import('./commands/build.js')));

  withCommon(program.command('status').description('ingest log, row counts per dataset, rejects per file, model freshness'), { format: true })
    .action(lazy(() => import('./commands/status.js')));

  withCommon(program.command('rejects').description('rows that broke a contract, with their reasons'), { format: true })
    .option('--file <name>', 'only rejects of this file (name or path as loaded)')
    .option('--dataset <name>', 'only rejects of this dataset')
    .option('--limit <n>', 'at most this many rows', '1000')
    .action(lazy(() => import('./commands/rejects.js')));

  withCommon(program.command('config').description('print the effective configuration'), { format: false })
    .addOption(new Option('--format <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .action(lazy(() => import('./commands/config.js')));

  withCommon(program.command('scorecards').description("a month's scorecards"), { format: true })
    .requiredOption('--month <YYYY-MM>', 'month to show')
    .option('--employee <id>', 'one employee')
    .option('--team <team>', 'one team')
    .option('--live', 'a published month: the live recomputation instead of the snapshot')
    .action(lazy(() => import('./commands/scorecards.js')));

  withCommon(program.command('annual').description("a year's annual results and salary adjustments"), { format: true })
    .requiredOption('--year <YYYY>', 'year to show')
    .option('--employee <id>', 'one employee')
    .option('--team <team>', 'one team')
    .option('--live', 'published months recomputed live instead of their snapshots')
    .action(lazy(() => import('./commands/annual.js')));

  withCommon(program.command('explain').description('how every number on a scorecard was reached, down to the records'), { format: true })
    .requiredOption('--employee <id>', 'employee id')
    .requiredOption('--month <YYYY-MM>', 'month')
    .option('--indicator <name>', 'one indicator')
    .option('--live', 'a published month: the live recomputation and records instead of the snapshot')
    .action(lazy(() => import('./commands/explain.js')));

  withCommon(program.command('anomalies').description('anomalous days and incidents in the daily series'), { format: true })
    .option('--from <YYYY-MM-DD>', 'first day')
    .option('--to <YYYY-MM-DD>', 'last day')
    .option('--metric <name>', `one watched series (the metric catalog): ${ANOMALY_METRICS.join(', ')}`)
    .option('--slice <type[:value]>', 'one slice type (company, team, channel) or slice (team:华东一组)')
    .option('--min-severity <level>', 'lowest severity shown: low, medium or high', 'low')
    .option('--incidents', 'list incidents (runs of anomalous days) instead of days')
    .action(lazy(() => import('./commands/anomalies.js')));

  withCommon(program.command('metrics').description('one metric as a series per period and slice (the twin of GET /api/metrics)'), { format: true })
    .requiredOption('--metric <name>', `the metric (the catalog): ${METRIC_NAMES.join(', ')}`)
    .option('--grain <grain>', 'day, week or month (default month)')
    .option('--slice-type <type>', 'company, team, channel or employee (default company)')
    .option('--from <YYYY-MM-DD|YYYY-MM>', 'first day (a month means its first day)')
    .option('--to <YYYY-MM-DD|YYYY-MM>', 'last day (a month means its last day)')
    .option('--team <team>', 'only this team')
    .option('--role <role>', 'only this role')
    .option('--channel <channel>', 'only this channel')
    .option('--employee <id>', 'only this employee')
    .action(lazy(() => import('./commands/metrics.js')));

  withCommon(program.command('trends').description('company KPIs per month with targets and deltas (the twin of GET /api/trends)'), { format: true })
    .option('--from <YYYY-MM-DD|YYYY-MM>', 'first day (a month means its first day)')
    .option('--to <YYYY-MM-DD|YYYY-MM>', 'last day (a month means its last day)')
    .option('--team <team>', 'only this team')
    .option('--role <role>', 'only this role')
    .option('--channel <channel>', 'only this channel')
    .action(lazy(() => import('./commands/trends.js')));

  // Accounts, tokens and the audit log (SPEC 11): the CLI acts as the local admin, audited as cli:<OS user>.
  const users = (name: string) => async (...args: unknown[]) => ((await import('./commands/users.js')) as unknown as Record<string, Runner>)[name]!(...args);
  const collect = (value: string, previous: string[]) => [...previous, value];
  const user = program.command('user').description('user accounts (the first must be an admin)');
  withCommon(user.command('add').description('add a user'))
    .requiredOption('--username <name>', 'sign-in name')
    .requiredOption('--role <role>', 'admin, hr, leadership, manager, monitor, analyst or employee (repeat, or a comma list)', collect, [])
    .option('--employee <id>', 'the employees row the user is (needed by manager and employee)')
    .option('--password-stdin', 'read the password from stdin (else one is generated and printed once)')
    .action(users('add'));
  withCommon(user.command('list').description('list users (never their password hashes)'), { format: true }).action(users('list'));
  withCommon(user.command('remove').description('remove a user; its sessions and tokens stop at once'))
    .requiredOption('--username <name>', 'sign-in name')
    .action(users('remove'));
  withCommon(user.command('reset-password').description("set a user's password and end their sessions"))
    .requiredOption('--username <name>', 'sign-in name')
    .option('--password-stdin', 'read the password from stdin (else one is generated and printed once)')
    .action(users('reset'));
  const token = program.command('token').description('API tokens for scripts (Authorization: Bearer)');
  withCommon(token.command('create').description('create a token; it is printed once, alone on the last line'))
    .requiredOption('--username <name>', 'the user the token acts as')
    .option('--expires <duration>', 'lifetime: 30d, 12h, 90m or never', '30d')
    .action(users('tokenCreate'));
  withCommon(token.command('revoke').description('revoke a token at once'))
    .requiredOption('--token-id <id>', 'the token id printed by token create')
    .action(users('tokenRevoke'));
  withCommon(program.command('audit').description('the audit log, newest first'), { format: true })
    .option('--username <name>', 'entries by this user (or local, cli:<user>)')
    .option('--since <YYYY-MM-DD>', 'entries from this day')
    .option('--action <action>', 'one action (view, export, sign_in, user_create, ...)')
    .option('--employee <id>', 'entries naming this employee')
    .action(users('audit'));

  // Query parameters (--month, --metric, --by, ...) are validated by each command with its query's schema
  // (src/lib/server/params/), the one the API uses, so a bad value reads the same in both; no .choices() here.

  // the monthly appraisal cycle (SPEC section 10)
  withCommon(program.command('publish').description('publish (freeze) a month: snapshot version v + 1 of every card; or a year: its annual results'))
    .option('--month <YYYY-MM>', 'month to publish')
    .option('--year <YYYY>', 'year to publish (every month of it with a card published first)')
    .requiredOption('--reason <text>', 'why (kept in the audit log)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(lazy(() => import('./commands/publish.js')));

  withCommon(program.command('reopen').description('reopen a published month or year: reads show live values again'))
    .option('--month <YYYY-MM>', 'month to reopen')
    .option('--year <YYYY>', 'year to reopen')
    .requiredOption('--reason <text>', 'why (kept in the audit log)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(lazy(() => import('./commands/reopen.js')));

  withCommon(program.command('months').description('the appraisal cycle per month: state, version, acknowledgements, open disputes'), { format: true })
    .option('--year <YYYY>', 'one year')
    .action(lazy(() => import('./commands/months.js')));

  withCommon(program.command('adjust').description("override one indicator's score or the grade of a card, or revoke an adjustment"))
    .requiredOption('--employee <id>', 'employee id')
    .requiredOption('--month <YYYY-MM>', 'month')
    .option('--target <indicator|grade>', 'the indicator or grade to override')
    .option('--value <score|none|grade>', 'the adjusted score (0..score_cap), none for no score, or a grade')
    .option('--revoke <id>', 'revoke this adjustment instead')
    .requiredOption('--reason <text>', 'why (kept on the card and in the audit log)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(lazy(() => import('./commands/adjust.js')));

  withCommon(program.command('acknowledge').description('as the employee: mark their published card as read'))
    .requiredOption('--employee <id>', 'employee id (acts as that employee)')
    .requiredOption('--month <YYYY-MM>', 'month')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(lazy(() => import('./commands/acknowledge.js')));

  withCommon(program.command('dispute').description('as the employee: dispute their published card'))
    .requiredOption('--employee <id>', 'employee id (acts as that employee)')
    .requiredOption('--month <YYYY-MM>', 'month')
    .requiredOption('--comment <text>', 'what is disputed and why')
    .option('--subject <indicator|grade>', 'one indicator of the card, or grade')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(lazy(() => import('./commands/dispute.js')));

  withCommon(program.command('disputes').description('disputes with their status, comment and reply'), { format: true })
    .option('--month <YYYY-MM>', 'one month')
    .option('--status <status>', 'one status: open, resolved_adjusted or resolved_upheld')
    .action(lazy(() => import('./commands/disputes.js')));

  withCommon(program.command('resolve').description('resolve an open dispute as upheld or adjusted'))
    .requiredOption('--dispute <id>', 'dispute id')
    .addOption(new Option('--outcome <outcome>', 'upheld or adjusted').choices(['upheld', 'adjusted']).makeOptionMandatory())
    .requiredOption('--reply <text>', 'the answer to the employee')
    .option('--adjustments <ids>', 'the adjustments made for it, comma-separated (default: all since it opened)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(lazy(() => import('./commands/resolve.js')));

  withCommon(program.command('export').description('export a file: payroll (a published month)'))
    .argument('<what>', 'payroll')
    .option('--month <YYYY-MM>', 'a published month: grade and bonus coefficient')
    .option('--year <YYYY>', 'a year whose every month is published: grade and salary adjustment')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .option('--out <file>', 'output file (default: payroll_<month or year>.<format>; - for CSV on stdout)')
    .action(lazy(() => import('./commands/export.js')));

  withCommon(program.command('completion').description("completion of a month's 360° rating round"), { format: true })
    .requiredOption('--month <YYYY-MM>', 'the rated month')
    .option('--by <level>', 'rows by: team, company, ratee, supervisor or missing', 'team')
    .option('--team <team>', 'one team')
    .action(lazy(() => import('./commands/completion.js')));

  withCommon(program.command('calibration').description('grade distribution against the target shares, or supervisors\' leniency'), { format: true })
    .option('--month <YYYY-MM>', 'one month')
    .option('--year <YYYY>', 'a whole year')
    .option('--from <YYYY-MM>', 'first month of a range')
    .option('--to <YYYY-MM>', 'last month of a range')
    .option('--by <groups>', 'which groups: all, company, team or manager', 'all')
    .option('--leniency', "each supervisor's leniency index instead")
    .action(lazy(() => import('./commands/calibration.js')));

  withCommon(program.command('rating-window').description("show a month's rating window, or move its last day (with --closes-on and --reason)"), { format: true })
    .requiredOption('--month <YYYY-MM>', 'the rated month')
    .option('--closes-on <YYYY-MM-DD>', 'the new last day of the window')
    .option('--reason <text>', 'why (required when moving)')
    .action(lazy(() => import('./commands/rating-window.js')));

  withCommon(program.command('rate').description('as the rater employee: rate one indicator of a person for a month (the twin of POST /api/ratings)'))
    .requiredOption('--rater <id>', 'the rater employee (acts as that employee)')
    .requiredOption('--employee <id>', 'the ratee')
    .requiredOption('--month <YYYY-MM>', 'the rated month')
    .requiredOption('--indicator <name>', 'an ability or attitude indicator')
    .option('--grade <grade>', 'excellent, good, qualified, unqualified (or 优秀 良好 合格 不合格)')
    .option('--score <n>', '0-100, where the configuration allows scores (cycle.rating_scores)')
    .option('--comment <text>', 'a comment kept with the rating')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(lazy(() => import('./commands/rate.js')));

  withCommon(program.command('serve').description('serve the dashboard and the API'))
    .option('--port <n>', 'port (default: $PORT or 3000)')
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--watch <dir>', 'also load each export file dropped into this folder (as `opscore watch`), in the server holding the warehouse')
    .option('--watch-existing', 'with --watch: load the files already in the folder too')
    .option('--watch-interval <seconds>', 'with --watch: seconds between looks at the folder', '1')
    .action(lazy(() => import('./commands/serve.js')));

  withCommon(program.command('watch').description('load each export file dropped into a folder, build and send alerts, until stopped (beside a server: opscore serve --watch)'))
    .argument('<dir>', 'the folder an export job writes to')
    .option('--dataset <name>', 'dataset of every file (default: from each file name)')
    .option('--adapter <name|file.sql>', 'map each file with an adapter (as opscore ingest --adapter)')
    .option('--existing', 'load the files already in the folder at start too')
    .option('--interval <seconds>', 'seconds between looks at the folder (a file loads once its size held still between two looks)', '1')
    .action(lazy(() => import('./commands/watch.js')));

  const alerts = program.command('alerts').description('anomaly alerts: test a rule, read the log, evaluate and send now');
  const alertCommand = (name: string) => async (...args: unknown[]) => ((await import('./commands/alerts.js')) as unknown as Record<string, Runner>)[name]!(...args);
  withCommon(alerts.command('test').description("send a sample notice through a rule's channels; exit 1 if any failed"))
    .requiredOption('--rule <name>', 'the rule')
    .action(alertCommand('test'));
  withCommon(alerts.command('log').description('delivery attempts, newest first'), { format: true })
    .option('--rule <name>', 'only this rule')
    .option('--status <status>', 'sent, failed or gave_up')
    .option('--limit <n>', 'at most this many rows', '100')
    .action(alertCommand('log'));
  withCommon(alerts.command('run').description('evaluate the rules against the incidents now and send what is due'))
    .action(alertCommand('run'));

  withCommon(program.command('start').description('generate the demo warehouse if missing, then serve it (npm start)'))
    .option('--port <n>', 'port (default: $PORT or 3000)')
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .action(lazy(() => import('./commands/start.js')));

  return program;
}

/** Run the CLI: expected failures print one line and exit non-zero; a stack only with OPSCORE_DEBUG=1. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`opscore: ${message.split('\n')[0]}`);
    if (process.env.OPSCORE_DEBUG && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  }
}
