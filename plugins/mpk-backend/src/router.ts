import express from 'express';
import { registerConformanceRoutes } from './conformance/conformanceRoutes';
import { UploadLimits } from './conformance/receiveUpload';
import { registerCreditRoutes } from './credits/creditRoutes';
import { registerDesignRoutes } from './designs/designRoutes';
import { registerHealthRoutes } from './health/healthRoutes';
import { registerPersonaRoutes } from './persona/personaRoutes';
import { registerPipelineRoutes } from './pipeline/pipelineRoutes';
import { registerReleaseRoutes } from './releases/releaseRoutes';
import { MpkServices } from './services';
import { MpkAccessControl } from './platform/access/MpkAccessControl';
import { createMpkRouter } from './platform/mpkRouter';
import { registerAlertmanagerRoutes } from './tickets/alertmanager/alertmanagerRoutes';
import { registerTicketRoutes } from './tickets/ticketRoutes';
import { registerUpgradeRoutes } from './upgrades/upgradeRoutes';
import { registerDeprecatedApiReportRoutes } from './upgrades/readiness/deprecatedApiReportRoutes';
import {
  registerSecurityRoutes,
  registerSecurityUploadRoutes,
} from './security/securityRoutes';

/** The plugin's HTTP API, `/api/mpk`, as `src/schema/openapi.yaml` describes it. */
export async function createRouter(
  options: MpkServices & {
    access: MpkAccessControl;
    uploadLimits: UploadLimits;
  },
): Promise<express.Router> {
  const router = await createMpkRouter();
  // Before the shared JSON parser: Alertmanager's notifications get a larger size limit, and
  // conformance uploads stream as multipart/form-data.
  registerAlertmanagerRoutes(router, options);
  registerConformanceRoutes(router, options);
  registerDeprecatedApiReportRoutes(router, {
    ...options,
    reports: options.deprecatedApiReports,
  });
  registerSecurityUploadRoutes(router, options);
  router.use(express.json());
  registerHealthRoutes(router, options);
  registerPersonaRoutes(router, options);
  registerUpgradeRoutes(router, options);
  registerTicketRoutes(router, options);
  registerCreditRoutes(router, options);
  registerPipelineRoutes(router, options);
  registerReleaseRoutes(router, options);
  registerDesignRoutes(router, options);
  registerSecurityRoutes(router, options);
  return router;
}
