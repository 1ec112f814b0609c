import { createHash } from 'node:crypto';
import type { Warehouse } from '../warehouse/warehouse.js';

/** A rendered answer: its body, how to label it, and its entity tag. */
export interface CachedResponse {
  body: string;
  contentType: string;
  headers: Record<string, string>;
  etag: string;
  /** the employees an individual read returned, for its audit entry (a cached answer is audited like a fresh one) */
  auditIds?: string[];
}

/** Strong entity tag of a body: equal bodies, equal tags, whatever version produced them. */
export function entityTag(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether an If-None-Match header names this tag (or `*`); weak tags match too, as RFC 9110 asks for GET. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/** The appraisal cycle's acts (SPEC 10): a publish, reopen, adjustment, dispute or acknowledgement changes what reads show. */
const CYCLE_VERSION = `(SELECT concat_ws('-', (SELECT count(*) FROM appraisal_months), (SELECT epoch_ms(max(changed_at)) FROM appraisal_months),
  (SELECT count(*) + count(revoked_at) FROM appraisal_adjustments), (SELECT count(*) + count(resolved_at) FROM appraisal_disputes),
  (SELECT count(*) FROM appraisal_acknowledgements)))`;

/**
 * The version of the data the models and raw tables hold: the newest load and the newest build.
 * Read on every request (two tiny aggregates), so a load or rebuild from any code path invalidates cached answers.
 */
export async function dataVersion(warehouse: Warehouse): Promise<string> {
  const [row] = await warehouse.query<{ ingest: number | null; builds: number | null; built: number | null; cycle: string | null }>(
    `SELECT (SELECT max(ingest_id) FROM ingest_log) AS ingest,
            (SELECT count(*) FROM build_log) AS builds,
            (SELECT epoch_ms(max(built_at)) FROM build_log) AS built,
            ${CYCLE_VERSION} AS cycle`
  );
  return `${row?.ingest ?? 0}.${row?.builds ?? 0}.${row?.built ?? 0}.${row?.cycle ?? 0}`;
}

/**
 * The data version per warehouse, read at most every `ttlMs` (concurrent requests share one read) and forgotten at once
 * when this process loads or rebuilds (`forget`). Only this process can write the file (DuckDB locks it), so the only
 * changes the memo can miss for `ttlMs` are rebuilds run in-process outside the API (tests, benchmarks).
 */
export class DataVersions {
  private memo = new Map<Warehouse, { version: Promise<string>; at: number }>();

  constructor(private readonly ttlMs = 250) {}

  get(warehouse: Warehouse): Promise<string> {
    const now = performance.now();
    const hit = this.memo.get(warehouse);
    if (hit && now - hit.at < this.ttlMs) return hit.version;
    const version = dataVersion(warehouse);
    this.memo.set(warehouse, { version, at: now });
    version.catch(() => this.memo.delete(warehouse));
    return version;
  }

  forget(): void {
    this.memo.clear();
  }
}

/**
 * Answers kept per (route, normalised query, format, caller scope, data version), least recently used dropped first.
 * The data version is part of the key, so a new load or build makes every older entry unreachable.
 */
export class ResponseCache {
  private entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private inFlight = new Map<string, Promise<CachedResponse>>();

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxBytes = 64 * 1024 * 1024
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // re-insert to mark it most recently used
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: CachedResponse): void {
    const size = value.body.length;
    if (size > this.maxBytes / 4) return; // one huge export must not flush everything else
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.body.length;
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }

  /** The cached answer, or the one being computed for the same key, or a new one; identical concurrent requests run once. */
  async getOrCompute(key: string, compute: () => Promise<CachedResponse>): Promise<CachedResponse> {
    const hit = this.get(key);
    if (hit) return hit;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const promise = compute()
      .then((value) => {
        this.set(key, value);
        return value;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}
