import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { DatabaseHealth } from '../database/DatabaseHealth';
import { UpgradeService } from '../upgrade/UpgradeService';
import { createHealthRoutes } from './healthRoutes';
import { createUpgradeRoutes } from './upgradeRoutes';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  databaseHealth: Pick<DatabaseHealth, 'check'>;
  upgrades: UpgradeService;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json());
  router.use(createHealthRoutes(options));
  router.use(createUpgradeRoutes(options));
  return router;
}
