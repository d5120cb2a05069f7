import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { mpkConformanceUploadPermission } from '@mpk-portal/plugin-mpk-common';
import { ConformanceService } from '../conformance/ConformanceService';
import { conformanceRunOf } from '../conformance/conformanceRunOf';
import {
  receiveConformanceUpload,
  UploadLimits,
} from '../conformance/receiveUpload';
import { ContractClock } from '../shared/ContractClock';
import { principalRef, writerCheck } from '../shared/writerCheck';
import { clusterRefFromPath } from '../shared/clusterEntities';
import { MpkRouter } from '../shared/mpkRouter';

/** The conformance endpoints: uploads of results, and a cluster's status and history. */
export function registerConformanceRoutes(
  router: MpkRouter,
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    conformance: ConformanceService;
    uploadLimits: UploadLimits;
    clock: ContractClock;
  },
): void {
  const { httpAuth, permissions, conformance, uploadLimits, clock } = options;
  const checkWriter = writerCheck({ httpAuth, permissions });

  router.post('/clusters/:namespace/:name/conformance', async (req, res) => {
    let cluster;
    try {
      const credentials = await checkWriter(
        req,
        mpkConformanceUploadPermission,
      );
      cluster = {
        target: await conformance.uploadTarget(clusterRefFromPath(req.params)),
        uploadedBy: principalRef(credentials),
      };
    } catch (error) {
      // Refused before the upload was read: read it anyway, so that the client gets the answer.
      req.resume();
      throw error;
    }
    const upload = await receiveConformanceUpload(req, uploadLimits);
    const { run, created } = await conformance.record(
      conformanceRunOf(upload, {
        cluster: cluster.target.entityRef,
        uploadedBy: cluster.uploadedBy,
        now: clock.now(),
      }),
    );
    res.status(created ? 201 : 200).json(run);
  });

  router.get('/clusters/:namespace/:name/conformance', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(
      await conformance.clusterConformance(
        clusterRefFromPath(req.params),
        credentials,
      ),
    );
  });
}
