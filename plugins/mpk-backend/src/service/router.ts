import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { AlertmanagerIntake } from '../alertmanager/AlertmanagerIntake';
import { ConformanceService } from '../conformance/ConformanceService';
import { UploadLimits } from '../conformance/receiveUpload';
import { ReleaseCalendars } from '../calendars/ReleaseCalendars';
import { DatabaseHealth } from '../database/DatabaseHealth';
import { CreditService } from '../tickets/CreditService';
import { TicketService } from '../tickets/TicketService';
import { UpgradeService } from '../upgrade/UpgradeService';
import { createAlertmanagerRoutes } from './alertmanagerRoutes';
import { createConformanceRoutes } from './conformanceRoutes';
import { createReleaseRoutes } from './releaseRoutes';
import { createPipelineRoutes } from './pipelineRoutes';
import { PipelineRunStore } from '../database/PipelineRunStore';
import { createCreditRoutes } from './creditRoutes';
import { createHealthRoutes } from './healthRoutes';
import { createTicketRoutes } from './ticketRoutes';
import { createUpgradeRoutes } from './upgradeRoutes';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  databaseHealth: Pick<DatabaseHealth, 'check'>;
  upgrades: UpgradeService;
  tickets: TicketService;
  credits: CreditService;
  alertmanager: AlertmanagerIntake;
  conformance: ConformanceService;
  uploadLimits: UploadLimits;
  calendars: ReleaseCalendars;
  pipelineRuns: PipelineRunStore;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  // Before the shared JSON parser: Alertmanager's notifications get a larger size limit, and
  // conformance uploads stream as multipart/form-data.
  router.use(createAlertmanagerRoutes(options));
  router.use(createConformanceRoutes(options));
  router.use(express.json());
  router.use(createHealthRoutes(options));
  router.use(createUpgradeRoutes(options));
  router.use(createTicketRoutes(options));
  router.use(createCreditRoutes(options));
  router.use(createPipelineRoutes(options));
  router.use(
    createReleaseRoutes({
      ...options,
      today: () => options.upgrades.today(),
    }),
  );
  return router;
}
