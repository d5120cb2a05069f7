import { Entity } from '@backstage/catalog-model';
import { ResourcePermission } from '@backstage/plugin-permission-common';
import { MPK_CLUSTER_RESOURCE_TYPE } from '@mpk-portal/plugin-mpk-common';
import { Request } from 'express';
import { MpkAccessControl } from './access/MpkAccessControl';
import { clusterResourceOf } from './access/clusterResources';
import { principalRef } from './access/principalRef';
import { clusterRefFromPath } from './clusterEntities';

/**
 * Checks that the caller may upload to the cluster of the request's path under `permission`, and
 * what the upload is for (`targetOf`, which may refuse the cluster), before the upload is read.
 * A refusal reads the rest of the request anyway, so that the client, still sending, gets the
 * answer.
 * @returns the upload's target and who uploads, as stored with the upload
 */
export async function authorizeClusterUpload<Target>(
  req: Request<{ namespace: string; name: string }>,
  access: MpkAccessControl,
  permission: ResourcePermission<typeof MPK_CLUSTER_RESOURCE_TYPE>,
  targetOf: (entity: Entity) => Target,
): Promise<{ target: Target; uploadedBy: string }> {
  try {
    const credentials = await access.caller(req);
    await access.requireAnywhere(credentials, permission);
    const entity = await access.clusterToActOn(
      credentials,
      clusterRefFromPath(req.params),
    );
    await access.requireOnCluster(
      credentials,
      permission,
      clusterResourceOf(entity),
    );
    return { target: targetOf(entity), uploadedBy: principalRef(credentials) };
  } catch (error) {
    req.resume();
    throw error;
  }
}
