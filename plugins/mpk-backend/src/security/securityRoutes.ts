import { AuthService } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  calendarDateSchema,
  mpkClusterReadPermission,
  mpkSecurityExceptionCreatePermission,
  mpkSecurityReportUploadPermission,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import { clusterResourceOf } from '../platform/access/clusterResources';
import { clustersInScope } from '../platform/access/clustersInScope';
import { MpkAccessControl } from '../platform/access/MpkAccessControl';
import { authorizeClusterUpload } from '../platform/authorizeClusterUpload';
import { clusterRefFromPath } from '../platform/clusterEntities';
import { MpkRouter } from '../platform/mpkRouter';
import { parseInput, queryList } from '../platform/parseInput';
import { receiveSecurityUpload } from './receiveSecurityUpload';
import { SecurityService } from './SecurityService';

const exceptionBody = z.strictObject({
  set: z.string().min(1).max(253),
  check: z.string().min(1).max(253),
  scope: z
    .strictObject({
      namespace: z.string().min(1).max(63).optional(),
      kind: z.string().min(1).max(63).optional(),
      name: z.string().min(1).max(253).optional(),
    })
    .default({}),
  reason: z.string().trim().min(1).max(2000),
  expires: calendarDateSchema,
});

const deviationsQuery = z.strictObject({
  customer: queryList(z.string().min(1).max(63)),
});

/** Security scan uploads, a cluster's posture, exceptions, and a customer's deviations. */
export function registerSecurityUploadRoutes(
  router: MpkRouter,
  options: { access: MpkAccessControl; security: SecurityService },
): void {
  const { access, security } = options;
  router.post(
    '/clusters/:namespace/:name/security-reports',
    async (req, res) => {
      const { target: entity, uploadedBy } = await authorizeClusterUpload(
        req,
        access,
        mpkSecurityReportUploadPermission,
        cluster => cluster,
      );
      const files = await receiveSecurityUpload(req);
      const { reports, created } = await security.upload(
        entity,
        files,
        uploadedBy,
      );
      res.status(created ? 201 : 200).json({ reports });
    },
  );
}

/** The JSON routes of the security capability. */
export function registerSecurityRoutes(
  router: MpkRouter,
  options: {
    access: MpkAccessControl;
    security: SecurityService;
    catalog: CatalogService;
    auth: AuthService;
  },
): void {
  const { access, security } = options;

  router.get('/clusters/:namespace/:name/security', async (req, res) => {
    const credentials = await access.caller(req);
    const entity = await access.readableCluster(
      credentials,
      clusterRefFromPath(req.params),
    );
    res.json(await security.clusterSecurity(entity));
  });

  router.post(
    '/clusters/:namespace/:name/security/exceptions',
    async (req, res) => {
      // An exception records who approved it: users only.
      const credentials = await access.caller(req);
      if (credentials.principal.type !== 'user') {
        throw new NotAllowedError(
          'Only a signed-in user may approve an exception',
        );
      }
      await access.requireAnywhere(
        credentials,
        mpkSecurityExceptionCreatePermission,
      );
      const body = parseInput(exceptionBody, req.body, 'exception');
      const entity = await access.clusterToActOn(
        credentials,
        clusterRefFromPath(req.params),
      );
      await access.requireOnCluster(
        credentials,
        mpkSecurityExceptionCreatePermission,
        clusterResourceOf(entity),
      );
      const { exception, created } = await security.createException(
        entity,
        body,
        credentials.principal.userEntityRef,
      );
      res.status(created ? 201 : 200).json(exception);
    },
  );

  router.get('/security/deviations', async (req, res) => {
    const credentials = await access.caller(req);
    const { customer } = parseInput(deviationsQuery, req.query, 'query');
    const scope = await access.clusterScope(
      credentials,
      mpkClusterReadPermission,
    );
    const clusters = await clustersInScope(options, scope, customer);
    res.json(await security.deviations(clusters));
  });
}
