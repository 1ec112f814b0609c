import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiOptions } from '../app.js';
import type { Responder } from '../respond.js';
import { registerAlertRoutes } from './alerts.js';
import { registerAnomalyRoutes } from './anomalies.js';
import { registerAppraisalRoutes } from './appraisal.js';
import { registerCalendarRoutes } from './calendar.js';
import { registerCycleRoutes } from './cycle.js';
import { registerHealthRoutes } from './health.js';
import { registerIngestRoutes } from './ingest.js';
import { registerMetricRoutes } from './metrics.js';
import { registerPolicyRoutes } from './policy.js';
import { registerProcessRoutes } from './process.js';
import { registerSessionRoutes } from './session.js';
import { registerAuditRoutes } from './audit.js';
import { registerRatingRoutes } from './ratings.js';
import { registerStatusRoutes } from './status.js';
import { registerSupervisionRoutes } from './supervision.js';

/** Every endpoint of the API, area by area. */
export function registerRoutes(app: OpenAPIHono, responder: Responder, options: ApiOptions): void {
  registerHealthRoutes(app);
  registerSessionRoutes(app, responder, options);
  registerAuditRoutes(app, responder);
  registerStatusRoutes(app, responder);
  registerIngestRoutes(app, responder, options);
  registerMetricRoutes(app, responder);
  registerProcessRoutes(app, responder);
  registerAppraisalRoutes(app, responder);
  registerCycleRoutes(app, responder);
  registerAnomalyRoutes(app, responder);
  registerAlertRoutes(app, responder);
  registerPolicyRoutes(app, responder);
  registerRatingRoutes(app, responder);
  registerCalendarRoutes(app, responder);
  registerSupervisionRoutes(app, responder);
}
