import { recordAudit } from '../../access/audit.js';
import { canUploadDataset, requireGrant } from '../../access/grants.js';
import { ForbiddenError } from '../../../errors.js';
import { datasetFromFileName } from '../../ingest/contracts.js';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { loadAdapter, shippedAdapters } from '../../ingest/adapter.js';
import { DATASETS, ingestFiles, ingestWithAdapter, type FileIngestResult } from '../../ingest/index.js';
import { buildModels } from '../../models/build.js';
import { alertsAfterBuild } from '../../alerts/after-build.js';
import type { ApiOptions } from '../app.js';
import { ApiError, errorSchema, sendError } from '../errors.js';
import type { Responder } from '../respond.js';
import { warmCache } from '../warm.js';

const DEFAULT_UPLOAD_MAX_MB = 256;
const MAX_FILES = 50;

/** Largest upload accepted per request: the option, else OPSCORE_UPLOAD_MAX_MB, else 256 MiB. */
export function uploadLimit(options: ApiOptions): number {
  if (options.uploadMaxBytes !== undefined) return options.uploadMaxBytes;
  const fromEnv = Number(process.env.OPSCORE_UPLOAD_MAX_MB);
  return (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_UPLOAD_MAX_MB) * 1024 * 1024;
}

/** The name a browser sent, reduced to a plain file name (it decides the dataset and is what the ingest log shows). */
export function uploadName(raw: string, index: number): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return clean === '' || clean === '.' || clean === '..' ? `upload-${index + 1}` : clean;
}

const uploadForm = z.object({
  file: z.string().openapi({ type: 'string', format: 'binary', description: 'a contract file (CSV, JSON Lines or Parquet); repeat the field for several' }),
  dataset: z.enum(DATASETS).optional().openapi({ description: 'dataset of every file (default: from each file name, e.g. sales_2025-06.csv)' }),
  force: z.enum(['true', 'false']).optional().openapi({ description: 'load files again even when their content was loaded before' }),
  adapter: z.string().optional().openapi({ description: 'a shipped adapter (docs/adapters.md) mapping the uploaded export to the datasets it declares; not with dataset' })
});

const fileResult = z
  .object({
    file: z.string(),
    dataset: z.string().nullable(),
    format: z.string().nullable(),
    status: z.enum(['loaded', 'duplicate', 'failed']),
    rowsRead: z.number(),
    rowsLoaded: z.number(),
    rowsReplaced: z.number(),
    rowsUnchanged: z.number(),
    rowsRejected: z.number(),
    durationMs: z.number(),
    ingestId: z.number().nullable(),
    error: z.string().optional()
  })
  .openapi('IngestFileResult');

const ingestAnswer = z
  .object({
    ok: z.boolean().openapi({ description: 'every file loaded (or had been loaded before)' }),
    files: z.array(fileResult),
    build: z.object({ built: z.boolean(), duration_ms: z.number() })
  })
  .openapi('IngestResult');

const failedAnswer = ingestAnswer.extend({ error: errorSchema.shape.error }).openapi('IngestFailed');

/** POST /api/ingest: uploaded files through the same ingest code as `opscore ingest`, then a rebuild of the models. */
export function registerIngestRoutes(app: OpenAPIHono, responder: Responder, options: ApiOptions): void {
  const maxBytes = uploadLimit(options);

  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/ingest',
    tags: ['data'],
    summary: 'upload contract files: each is loaded (atomically, idempotently) as `opscore ingest` would, then the models are rebuilt',
    description: `multipart/form-data with one or more \`file\` fields (at most ${MAX_FILES} files, ${Math.round(maxBytes / 1024 / 1024)} MiB in all). Uploads are served one at a time; reads keep answering meanwhile.`,
    request: { body: { required: true, content: { 'multipart/form-data': { schema: uploadForm } } } },
    responses: {
      200: { description: 'every file loaded (or had been loaded before); the models were rebuilt', content: { 'application/json': { schema: ingestAnswer } } },
      400: { description: 'no file, a bad field, or a malformed body', content: { 'application/json': { schema: errorSchema } } },
      413: { description: 'the upload is larger than the limit', content: { 'application/json': { schema: errorSchema } } },
      415: { description: 'not multipart/form-data', content: { 'application/json': { schema: errorSchema } } },
      422: { description: 'a file could not be loaded (each file says why); the others were loaded', content: { 'application/json': { schema: failedAnswer } } },
      500: { description: 'the server failed; details are in its log', content: { 'application/json': { schema: errorSchema } } }
    }
  });

  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => sendError(c, 413, 'too_large', `upload larger than ${Math.round(maxBytes / 1024 / 1024)} MiB (OPSCORE_UPLOAD_MAX_MB raises the limit)`, 'file')
  });

  app.post('/ingest', limit, async (c: Context) => {
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    if (!type.startsWith('multipart/form-data')) return sendError(c, 415, 'unsupported_media_type', 'send the files as multipart/form-data (field "file")');
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch {
      return sendError(c, 400, 'bad_request', 'malformed multipart body', 'file');
    }
    const fields = uploadForm.omit({ file: true }).safeParse({
      dataset: form.get('dataset') ?? undefined,
      force: form.get('force') ?? undefined,
      adapter: form.get('adapter') ?? undefined
    });
    if (!fields.success) {
      const issue = fields.error.issues[0]!;
      const param = String(issue.path[0] ?? 'dataset');
      const message = param === 'dataset' ? `dataset: must be one of ${DATASETS.join(', ')}` : `${param}: must be true or false`;
      return sendError(c, 400, 'invalid_parameter', message, param);
    }
    const adapter = fields.data.adapter;
    // Only a shipped adapter: an uploaded or server-side path would run SQL the operator never chose.
    if (adapter !== undefined && !shippedAdapters().includes(adapter)) {
      return sendError(c, 400, 'invalid_parameter', `adapter: must be one of ${shippedAdapters().join(', ')}`, 'adapter');
    }
    if (adapter !== undefined && fields.data.dataset) return sendError(c, 400, 'invalid_parameter', 'adapter: not with dataset (the adapter declares its datasets)', 'adapter');
    const files = [...form.entries()].filter((entry): entry is [string, File] => typeof entry[1] !== 'string');
    if (files.length === 0) return sendError(c, 400, 'invalid_parameter', 'file: no file uploaded (send one or more "file" fields)', 'file');
    if (files.length > MAX_FILES) return sendError(c, 400, 'invalid_parameter', `file: at most ${MAX_FILES} files per upload`, 'file');

    const ctx = await responder.getContext(c.req.raw);
    // SPEC 11.2: uploads per role and dataset (hr: employees, targets, ratings, calendar; monitor: inspections, findings)
    requireGrant(ctx.caller, 'data.upload', 'file');
    if (adapter !== undefined) {
      // An adapter loads every dataset it declares: the caller must be allowed to upload each.
      const denied = loadAdapter(adapter).sections.map((section) => section.dataset).filter((dataset) => !canUploadDataset(ctx.caller, dataset));
      if (denied.length > 0) {
        await recordAudit(ctx, { action: 'upload', objectType: 'file', detail: { adapter, datasets: denied }, outcome: 'denied' });
        throw new ForbiddenError(`adapter ${adapter} loads ${denied.join(', ')}, which your roles may not upload`, 'adapter');
      }
    } else {
      for (const [, file] of files) {
        const dataset = fields.data.dataset ?? datasetFromFileName(file.name);
        if (dataset === null || !canUploadDataset(ctx.caller, dataset)) {
          await recordAudit(ctx, { action: 'upload', objectType: 'file', detail: { file: file.name, dataset }, outcome: 'denied' });
          throw new ForbiddenError(`forbidden: your role may not upload ${dataset ?? 'a file of unknown dataset'} (${file.name})`, fields.data.dataset ? 'dataset' : 'file');
        }
      }
    }
    // the loads and the rebuild take their turns on the warehouse (Warehouse.exclusive) with every other write of the process
    const loadAndBuild = async () => {
      const dir = await mkdtemp(join(tmpdir(), 'opscore-upload-'));
      try {
        const paths: string[] = [];
        const displayNames = new Map<string, string>();
        for (const [index, [, file]] of files.entries()) {
          // one folder per file: two uploads may share a name
          const folder = join(dir, String(index));
          await mkdir(folder);
          const path = join(folder, uploadName(file.name, index));
          await writeFile(path, new Uint8Array(await file.arrayBuffer()));
          paths.push(path);
          displayNames.set(path, uploadName(file.name, index));
        }
        const results = adapter !== undefined
          ? (await ingestWithAdapter(ctx.warehouse, adapter, paths, { force: fields.data.force === 'true', displayNames })).results
          : await ingestFiles(ctx.warehouse, paths, {
              ...(fields.data.dataset ? { dataset: fields.data.dataset } : {}),
              force: fields.data.force === 'true',
              displayNames
            });
        const hidePaths = (result: FileIngestResult): FileIngestResult =>
          result.error ? { ...result, error: result.error.replaceAll(dir, '').replace(/\/\d+\//g, '') } : result;
        const started = performance.now();
        const loaded = results.some((result) => result.status === 'loaded');
        if (loaded) {
          try {
            await buildModels(ctx.warehouse);
          } catch (error) {
            responder.versions.forget();
            console.error(`[api] POST /api/ingest: rebuilding the models failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
            throw new ApiError(500, 'build_failed', 'the files were loaded, but rebuilding the models failed; details are in the server log');
          }
        }
        responder.versions.forget();
        return { files: results.map(hidePaths), build: { built: loaded, duration_ms: loaded ? performance.now() - started : 0 } };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    };
    const answer = await loadAndBuild();
    await recordAudit(ctx, { action: 'upload', objectType: 'file', objectIds: answer.files.map((file) => String((file as { file?: unknown }).file ?? '')), detail: { files: answer.files.map((file) => ({ file: (file as { file?: unknown }).file, status: file.status })) } });
    if (answer.build.built) void warmCache(app); // the next dashboard visit finds its answers ready
    if (answer.build.built) void alertsAfterBuild(ctx.warehouse); // started, not awaited: delivery never holds the upload's answer
    const failed = answer.files.filter((file) => file.status === 'failed');
    if (failed.length === 0) return c.json({ ok: true, ...answer }, 200);
    const message = failed.length === 1 ? failed[0]!.error ?? 'a file could not be loaded' : `${failed.length} files could not be loaded; each says why`;
    return c.json({ ok: false, ...answer, error: { code: 'file_rejected', message, param: 'file' } }, 422);
  });
}
