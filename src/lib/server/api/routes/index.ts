import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiOptions } from '../app.js';
import type { Responder } from '../respond.js';
import { registerAnomalyRoutes } from './anomalies.js';
import { registerAppraisalRoutes } from './appraisal.js';
import { registerCycleRoutes } from './cycle.js';
import { registerHealthRoutes } from './health.js';
import { registerIngestRoutes } from './ingest.js';
import { registerMetricRoutes } from './metrics.js';
import { registerProcessRoutes } from './process.js';
import { registerStatusRoutes } from './status.js';

/** Every endpoint of the API, area by area. */
export function registerRoutes(app: OpenAPIHono, responder: Responder, options: ApiOptions): void {
  registerHealthRoutes(app);
  registerStatusRoutes(app, responder);
  registerIngestRoutes(app, responder, options);
  registerMetricRoutes(app, responder);
  registerProcessRoutes(app, responder);
  registerAppraisalRoutes(app, responder);
  registerCycleRoutes(app, responder);
  registerAnomalyRoutes(app, responder);
}
