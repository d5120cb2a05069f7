import { mpkConformanceUploadPermission } from '@mpk-portal/plugin-mpk-common';
import { ConformanceService } from './ConformanceService';
import { conformanceRunOf } from './conformanceRunOf';
import { receiveConformanceUpload, UploadLimits } from './receiveUpload';
import { MpkAccessControl } from '../platform/access/MpkAccessControl';
import { authorizeClusterUpload } from '../platform/authorizeClusterUpload';
import { clusterRefFromPath } from '../platform/clusterEntities';
import { ContractClock } from '../platform/ContractClock';
import { MpkRouter } from '../platform/mpkRouter';

/** The conformance endpoints: uploads of results, and a cluster's status and history. */
export function registerConformanceRoutes(
  router: MpkRouter,
  options: {
    access: MpkAccessControl;
    conformance: ConformanceService;
    uploadLimits: UploadLimits;
    clock: ContractClock;
  },
): void {
  const { access, conformance, uploadLimits, clock } = options;

  router.post('/clusters/:namespace/:name/conformance', async (req, res) => {
    const { target, uploadedBy } = await authorizeClusterUpload(
      req,
      access,
      mpkConformanceUploadPermission,
      entity => conformance.uploadTarget(entity),
    );
    const upload = await receiveConformanceUpload(req, uploadLimits);
    const { run, created } = await conformance.record(
      conformanceRunOf(upload, {
        cluster: target.entityRef,
        uploadedBy,
        now: clock.now(),
      }),
    );
    res.status(created ? 201 : 200).json(run);
  });

  router.get('/clusters/:namespace/:name/conformance', async (req, res) => {
    const credentials = await access.caller(req);
    const entity = await access.readableCluster(
      credentials,
      clusterRefFromPath(req.params),
    );
    res.json(await conformance.clusterConformance(entity));
  });
}
