/*
 * The Kubernetes API versions that are deprecated or removed, as data.
 *
 * Source: FairwindsOps/pluto `versions.yaml` (Apache-2.0) at commit
 * dd5ec8cccce5e42dfe8054b8250baa35546056a0, the entries of component `k8s`, with versions cut to
 * their release line (`v1.16.0` → `1.16`). Checked against the official Deprecated API Migration
 * Guide (kubernetes/website `content/en/docs/reference/using-api/deprecation-guide.md`, CC-BY-4.0);
 * see ./PROVENANCE.md. Where the two disagree the official guide wins:
 * - flowcontrol.apiserver.k8s.io/v1beta1 is removed in 1.26 (pluto says 1.29);
 * - the authorization.k8s.io/v1beta1 reviews, removed in 1.22, are missing from pluto.
 * Left out of pluto's list, because the API server never serves them as resources, so no scan of a
 * cluster can find them: the `…List` kinds, the `FlowControl` pseudo-kind and audit.k8s.io (a file
 * format of the API server's audit configuration).
 * deprecatedApiCatalog.test.ts re-reads both sources from __fixtures__ and fails on any drift.
 */

/**
 * A Kubernetes API version of one kind that is deprecated or removed, and what replaces it.
 * Release lines are `major.minor`, e.g. `1.16`.
 * @public
 */
export interface DeprecatedKubernetesApi {
  /** e.g. `extensions/v1beta1` */
  apiVersion: string;
  kind: string;
  /** the lower-case plural the API server names it by, e.g. `podsecuritypolicies` */
  resource: string;
  deprecatedIn?: string;
  /** absent while no removal is announced */
  removedIn?: string;
  /** the API version to move to; absent when the API has no successor (PodSecurityPolicy) */
  replacement?: string;
  /** the first release line that serves the replacement */
  replacementAvailableIn?: string;
}

/**
 * The deprecated and removed Kubernetes APIs, oldest removal first as pluto lists them.
 * @public
 */
export const DEPRECATED_KUBERNETES_APIS: readonly DeprecatedKubernetesApi[] =
  Object.freeze([
    {
      apiVersion: 'extensions/v1beta1',
      kind: 'Deployment',
      resource: 'deployments',
      deprecatedIn: '1.9',
      removedIn: '1.16',
      replacement: 'apps/v1',
      replacementAvailableIn: '1.9',
    },
    {
      apiVersion: 'apps/v1beta2',
      kind: 'Deployment',
      resource: 'deployments',
      deprecatedIn: '1.9',
      removedIn: '1.16',
      replacement: 'apps/v1',
      replacementAvailableIn: '1.9',
    },
    {
      apiVersion: 'apps/v1beta1',
      kind: 'Deployment',
      resource: 'deployments',
      deprecatedIn: '1.9',
      removedIn: '1.16',
      replacement: 'apps/v1',
      replacementAvailableIn: '1.9',
    },
    {
      apiVersion: 'apps/v1beta1',
      kind: 'StatefulSet',
      resource: 'statefulsets',
      deprecatedIn: '1.9',
      removedIn: '1.16',
      replacement: 'apps/v1',
      replacementAvailableIn: '1.9',
    },
    {
      apiVersion: 'apps/v1beta2',
      kind: 'StatefulSet',
      resource: 'statefulsets',
      deprecatedIn: '1.9',
      removedIn: '1.16',
      replacement: 'apps/v1',
      replacementAvailableIn: '1.9',
    },
    {
      apiVersion: 'extensions/v1beta1',
      kind: 'NetworkPolicy',
      resource: 'networkpolicies',
      deprecatedIn: '1.9',
      removedIn: '1.16',
      replacement: 'networking.k8s.io/v1',
      replacementAvailableIn: '1.8',
    },
    {
      apiVersion: 'extensions/v1beta1',
      kind: 'Ingress',
      resource: 'ingresses',
      deprecatedIn: '1.14',
      removedIn: '1.22',
      replacement: 'networking.k8s.io/v1',
      replacementAvailableIn: '1.19',
    },
    {
      apiVersion: 'networking.k8s.io/v1beta1',
      kind: 'Ingress',
      resource: 'ingresses',
      deprecatedIn: '1.19',
      removedIn: '1.22',
      replacement: 'networking.k8s.io/v1',
      replacementAvailableIn: '1.19',
    },
    {
      apiVersion: 'networking.k8s.io/v1beta1',
      kind: 'IngressClass',
      resource: 'ingressclasses',
      deprecatedIn: '1.19',
      removedIn: '1.22',
      replacement: 'networking.k8s.io/v1',
      replacementAvailableIn: '1.19',
    },
    {
      apiVersion: 'apps/v1beta2',
      kind: 'DaemonSet',
      resource: 'daemonsets',
      deprecatedIn: '1.9',
      removedIn: '1.16',
      replacement: 'apps/v1',
      replacementAvailableIn: '1.9',
    },
    {
      apiVersion: 'extensions/v1beta1',
      kind: 'DaemonSet',
      resource: 'daemonsets',
      deprecatedIn: '1.9',
      removedIn: '1.16',
      replacement: 'apps/v1',
      replacementAvailableIn: '1.9',
    },
    {
      apiVersion: 'extensions/v1beta1',
      kind: 'PodSecurityPolicy',
      resource: 'podsecuritypolicies',
      deprecatedIn: '1.10',
      removedIn: '1.16',
      replacement: 'policy/v1beta1',
      replacementAvailableIn: '1.10',
    },
    {
      apiVersion: 'policy/v1beta1',
      kind: 'PodSecurityPolicy',
      resource: 'podsecuritypolicies',
      deprecatedIn: '1.21',
      removedIn: '1.25',
    },
    {
      apiVersion: 'extensions/v1beta1',
      kind: 'ReplicaSet',
      resource: 'replicasets',
      removedIn: '1.16',
      replacement: 'apps/v1',
      replacementAvailableIn: '1.9',
    },
    {
      apiVersion: 'apps/v1beta1',
      kind: 'ReplicaSet',
      resource: 'replicasets',
      removedIn: '1.16',
      replacement: 'apps/v1',
      replacementAvailableIn: '1.9',
    },
    {
      apiVersion: 'apps/v1beta2',
      kind: 'ReplicaSet',
      resource: 'replicasets',
      removedIn: '1.16',
      replacement: 'apps/v1',
      replacementAvailableIn: '1.9',
    },
    {
      apiVersion: 'scheduling.k8s.io/v1beta1',
      kind: 'PriorityClass',
      resource: 'priorityclasses',
      deprecatedIn: '1.14',
      removedIn: '1.22',
      replacement: 'scheduling.k8s.io/v1',
      replacementAvailableIn: '1.14',
    },
    {
      apiVersion: 'scheduling.k8s.io/v1alpha1',
      kind: 'PriorityClass',
      resource: 'priorityclasses',
      deprecatedIn: '1.14',
      removedIn: '1.17',
      replacement: 'scheduling.k8s.io/v1',
    },
    {
      apiVersion: 'apiextensions.k8s.io/v1beta1',
      kind: 'CustomResourceDefinition',
      resource: 'customresourcedefinitions',
      deprecatedIn: '1.16',
      removedIn: '1.22',
      replacement: 'apiextensions.k8s.io/v1',
      replacementAvailableIn: '1.16',
    },
    {
      apiVersion: 'admissionregistration.k8s.io/v1beta1',
      kind: 'MutatingWebhookConfiguration',
      resource: 'mutatingwebhookconfigurations',
      deprecatedIn: '1.16',
      removedIn: '1.22',
      replacement: 'admissionregistration.k8s.io/v1',
      replacementAvailableIn: '1.16',
    },
    {
      apiVersion: 'admissionregistration.k8s.io/v1beta1',
      kind: 'ValidatingWebhookConfiguration',
      resource: 'validatingwebhookconfigurations',
      deprecatedIn: '1.16',
      removedIn: '1.22',
      replacement: 'admissionregistration.k8s.io/v1',
      replacementAvailableIn: '1.16',
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1alpha1',
      kind: 'ClusterRoleBinding',
      resource: 'clusterrolebindings',
      deprecatedIn: '1.17',
      removedIn: '1.22',
      replacement: 'rbac.authorization.k8s.io/v1',
      replacementAvailableIn: '1.8',
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1alpha1',
      kind: 'ClusterRole',
      resource: 'clusterroles',
      deprecatedIn: '1.17',
      removedIn: '1.22',
      replacement: 'rbac.authorization.k8s.io/v1',
      replacementAvailableIn: '1.8',
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1alpha1',
      kind: 'Role',
      resource: 'roles',
      deprecatedIn: '1.17',
      removedIn: '1.22',
      replacement: 'rbac.authorization.k8s.io/v1',
      replacementAvailableIn: '1.8',
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1alpha1',
      kind: 'RoleBinding',
      resource: 'rolebindings',
      deprecatedIn: '1.17',
      removedIn: '1.22',
      replacement: 'rbac.authorization.k8s.io/v1',
      replacementAvailableIn: '1.8',
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1beta1',
      kind: 'ClusterRoleBinding',
      resource: 'clusterrolebindings',
      deprecatedIn: '1.17',
      removedIn: '1.22',
      replacement: 'rbac.authorization.k8s.io/v1',
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1beta1',
      kind: 'ClusterRole',
      resource: 'clusterroles',
      deprecatedIn: '1.17',
      removedIn: '1.22',
      replacement: 'rbac.authorization.k8s.io/v1',
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1beta1',
      kind: 'Role',
      resource: 'roles',
      deprecatedIn: '1.17',
      removedIn: '1.22',
      replacement: 'rbac.authorization.k8s.io/v1',
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1beta1',
      kind: 'RoleBinding',
      resource: 'rolebindings',
      deprecatedIn: '1.17',
      removedIn: '1.22',
      replacement: 'rbac.authorization.k8s.io/v1',
    },
    {
      apiVersion: 'node.k8s.io/v1beta1',
      kind: 'RuntimeClass',
      resource: 'runtimeclasses',
      deprecatedIn: '1.22',
      removedIn: '1.25',
      replacement: 'node.k8s.io/v1',
      replacementAvailableIn: '1.20',
    },
    {
      apiVersion: 'policy/v1beta1',
      kind: 'PodDisruptionBudget',
      resource: 'poddisruptionbudgets',
      deprecatedIn: '1.21',
      removedIn: '1.25',
      replacement: 'policy/v1',
      replacementAvailableIn: '1.21',
    },
    {
      apiVersion: 'autoscaling/v2beta1',
      kind: 'HorizontalPodAutoscaler',
      resource: 'horizontalpodautoscalers',
      deprecatedIn: '1.22',
      removedIn: '1.25',
      replacement: 'autoscaling/v2',
      replacementAvailableIn: '1.23',
    },
    {
      apiVersion: 'autoscaling/v2beta2',
      kind: 'HorizontalPodAutoscaler',
      resource: 'horizontalpodautoscalers',
      deprecatedIn: '1.23',
      removedIn: '1.26',
      replacement: 'autoscaling/v2',
    },
    {
      apiVersion: 'batch/v1beta1',
      kind: 'CronJob',
      resource: 'cronjobs',
      deprecatedIn: '1.21',
      removedIn: '1.25',
      replacement: 'batch/v1',
      replacementAvailableIn: '1.21',
    },
    {
      apiVersion: 'storage.k8s.io/v1beta1',
      kind: 'CSINode',
      resource: 'csinodes',
      deprecatedIn: '1.17',
      removedIn: '1.22',
      replacement: 'storage.k8s.io/v1',
      replacementAvailableIn: '1.17',
    },
    {
      apiVersion: 'storage.k8s.io/v1beta1',
      kind: 'CSIDriver',
      resource: 'csidrivers',
      deprecatedIn: '1.19',
      removedIn: '1.22',
      replacement: 'storage.k8s.io/v1',
      replacementAvailableIn: '1.19',
    },
    {
      apiVersion: 'storage.k8s.io/v1beta1',
      kind: 'CSIStorageCapacity',
      resource: 'csistoragecapacities',
      deprecatedIn: '1.24',
      removedIn: '1.27',
      replacement: 'storage.k8s.io/v1',
      replacementAvailableIn: '1.24',
    },
    {
      apiVersion: 'storage.k8s.io/v1beta1',
      kind: 'StorageClass',
      resource: 'storageclasses',
      deprecatedIn: '1.6',
      removedIn: '1.22',
      replacement: 'storage.k8s.io/v1',
      replacementAvailableIn: '1.6',
    },
    {
      apiVersion: 'storage.k8s.io/v1beta1',
      kind: 'VolumeAttachment',
      resource: 'volumeattachments',
      deprecatedIn: '1.13',
      removedIn: '1.22',
      replacement: 'storage.k8s.io/v1',
      replacementAvailableIn: '1.13',
    },
    {
      apiVersion: 'apiregistration.k8s.io/v1beta1',
      kind: 'APIService',
      resource: 'apiservices',
      deprecatedIn: '1.10',
      removedIn: '1.22',
      replacement: 'apiregistration.k8s.io/v1',
      replacementAvailableIn: '1.10',
    },
    {
      apiVersion: 'authentication.k8s.io/v1beta1',
      kind: 'TokenReview',
      resource: 'tokenreviews',
      deprecatedIn: '1.6',
      removedIn: '1.22',
      replacement: 'authentication.k8s.io/v1',
      replacementAvailableIn: '1.6',
    },
    {
      apiVersion: 'certificates.k8s.io/v1beta1',
      kind: 'CertificateSigningRequest',
      resource: 'certificatesigningrequests',
      deprecatedIn: '1.19',
      removedIn: '1.22',
      replacement: 'certificates.k8s.io/v1',
      replacementAvailableIn: '1.19',
    },
    {
      apiVersion: 'coordination.k8s.io/v1beta1',
      kind: 'Lease',
      resource: 'leases',
      deprecatedIn: '1.14',
      removedIn: '1.22',
      replacement: 'coordination.k8s.io/v1',
      replacementAvailableIn: '1.14',
    },
    {
      apiVersion: 'events.k8s.io/v1beta1',
      kind: 'Event',
      resource: 'events',
      deprecatedIn: '1.19',
      removedIn: '1.25',
      replacement: 'events.k8s.io/v1',
      replacementAvailableIn: '1.19',
    },
    {
      apiVersion: 'discovery.k8s.io/v1beta1',
      kind: 'EndpointSlice',
      resource: 'endpointslices',
      deprecatedIn: '1.21',
      removedIn: '1.25',
      replacement: 'discovery.k8s.io/v1',
      replacementAvailableIn: '1.21',
    },
    {
      apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2',
      kind: 'FlowSchema',
      resource: 'flowschemas',
      deprecatedIn: '1.24',
      removedIn: '1.29',
      replacement: 'flowcontrol.apiserver.k8s.io/v1beta3',
    },
    {
      apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2',
      kind: 'PriorityLevelConfiguration',
      resource: 'prioritylevelconfigurations',
      deprecatedIn: '1.24',
      removedIn: '1.29',
      replacement: 'flowcontrol.apiserver.k8s.io/v1beta3',
    },
    {
      apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1',
      kind: 'PriorityLevelConfiguration',
      resource: 'prioritylevelconfigurations',
      deprecatedIn: '1.24',
      removedIn: '1.26',
      replacement: 'flowcontrol.apiserver.k8s.io/v1beta3',
    }, // pluto says 1.29; the official guide removes v1beta1 in 1.26
    {
      apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1',
      kind: 'FlowSchema',
      resource: 'flowschemas',
      deprecatedIn: '1.24',
      removedIn: '1.26',
      replacement: 'flowcontrol.apiserver.k8s.io/v1beta3',
    }, // pluto says 1.29; the official guide removes v1beta1 in 1.26
    {
      apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3',
      kind: 'FlowSchema',
      resource: 'flowschemas',
      deprecatedIn: '1.24',
      removedIn: '1.32',
      replacement: 'flowcontrol.apiserver.k8s.io/v1',
    },
    {
      apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3',
      kind: 'PriorityLevelConfiguration',
      resource: 'prioritylevelconfigurations',
      deprecatedIn: '1.31',
      removedIn: '1.32',
      replacement: 'flowcontrol.apiserver.k8s.io/v1',
    },
    {
      apiVersion: 'admissionregistration.k8s.io/v1alpha1',
      kind: 'ValidatingAdmissionPolicy',
      resource: 'validatingadmissionpolicies',
      deprecatedIn: '1.28',
      removedIn: '1.33',
      replacement: 'admissionregistration.k8s.io/v1',
      replacementAvailableIn: '1.30',
    },
    {
      apiVersion: 'admissionregistration.k8s.io/v1alpha1',
      kind: 'ValidatingAdmissionPolicyBinding',
      resource: 'validatingadmissionpolicybindings',
      deprecatedIn: '1.28',
      removedIn: '1.33',
      replacement: 'admissionregistration.k8s.io/v1',
      replacementAvailableIn: '1.30',
    },
    {
      apiVersion: 'resource.k8s.io/v1beta1',
      kind: 'ResourceSlice',
      resource: 'resourceslices',
      deprecatedIn: '1.33',
      removedIn: '1.36',
      replacement: 'resource.k8s.io/v1beta2',
      replacementAvailableIn: '1.33',
    },
    {
      apiVersion: 'resource.k8s.io/v1beta1',
      kind: 'ResourceClaim',
      resource: 'resourceclaims',
      deprecatedIn: '1.33',
      removedIn: '1.36',
      replacement: 'resource.k8s.io/v1beta2',
      replacementAvailableIn: '1.33',
    },
    {
      apiVersion: 'resource.k8s.io/v1beta1',
      kind: 'DeviceClass',
      resource: 'deviceclasses',
      deprecatedIn: '1.33',
      removedIn: '1.36',
      replacement: 'resource.k8s.io/v1beta2',
      replacementAvailableIn: '1.33',
    },
    {
      apiVersion: 'resource.k8s.io/v1beta1',
      kind: 'ResourceClaimTemplate',
      resource: 'resourceclaimtemplates',
      deprecatedIn: '1.33',
      removedIn: '1.36',
      replacement: 'resource.k8s.io/v1beta2',
      replacementAvailableIn: '1.33',
    },
    {
      apiVersion: 'resource.k8s.io/v1alpha3',
      kind: 'ResourceSlice',
      resource: 'resourceslices',
      deprecatedIn: '1.32',
      removedIn: '1.34',
      replacement: 'resource.k8s.io/v1',
      replacementAvailableIn: '1.34',
    },
    {
      apiVersion: 'resource.k8s.io/v1alpha3',
      kind: 'ResourceClaim',
      resource: 'resourceclaims',
      deprecatedIn: '1.32',
      removedIn: '1.34',
      replacement: 'resource.k8s.io/v1',
      replacementAvailableIn: '1.34',
    },
    {
      apiVersion: 'resource.k8s.io/v1alpha3',
      kind: 'DeviceClass',
      resource: 'deviceclasses',
      deprecatedIn: '1.32',
      removedIn: '1.34',
      replacement: 'resource.k8s.io/v1',
      replacementAvailableIn: '1.34',
    },
    {
      apiVersion: 'resource.k8s.io/v1alpha3',
      kind: 'ResourceClaimTemplate',
      resource: 'resourceclaimtemplates',
      deprecatedIn: '1.32',
      removedIn: '1.34',
      replacement: 'resource.k8s.io/v1',
      replacementAvailableIn: '1.34',
    },
    {
      apiVersion: 'storage.k8s.io/v1beta1',
      kind: 'VolumeAttributesClass',
      resource: 'volumeattributesclasses',
      deprecatedIn: '1.34',
      replacement: 'storage.k8s.io/v1',
      replacementAvailableIn: '1.34',
    },
    {
      apiVersion: 'storage.k8s.io/v1alpha1',
      kind: 'VolumeAttributesClass',
      resource: 'volumeattributesclasses',
      deprecatedIn: '1.31',
      removedIn: '1.35',
      replacement: 'storage.k8s.io/v1',
      replacementAvailableIn: '1.34',
    },
    {
      apiVersion: 'storagemigration.k8s.io/v1alpha1',
      kind: 'StorageVersionMigration',
      resource: 'storageversionmigrations',
      deprecatedIn: '1.35',
      removedIn: '1.35',
      replacement: 'storagemigration.k8s.io/v1beta1',
      replacementAvailableIn: '1.35',
    },
    {
      apiVersion: 'authorization.k8s.io/v1beta1',
      kind: 'LocalSubjectAccessReview',
      resource: 'localsubjectaccessreviews',
      removedIn: '1.22',
      replacement: 'authorization.k8s.io/v1',
      replacementAvailableIn: '1.6',
    }, // official guide only
    {
      apiVersion: 'authorization.k8s.io/v1beta1',
      kind: 'SelfSubjectAccessReview',
      resource: 'selfsubjectaccessreviews',
      removedIn: '1.22',
      replacement: 'authorization.k8s.io/v1',
      replacementAvailableIn: '1.6',
    }, // official guide only
    {
      apiVersion: 'authorization.k8s.io/v1beta1',
      kind: 'SubjectAccessReview',
      resource: 'subjectaccessreviews',
      removedIn: '1.22',
      replacement: 'authorization.k8s.io/v1',
      replacementAvailableIn: '1.6',
    }, // official guide only
    {
      apiVersion: 'authorization.k8s.io/v1beta1',
      kind: 'SelfSubjectRulesReview',
      resource: 'selfsubjectrulesreviews',
      removedIn: '1.22',
      replacement: 'authorization.k8s.io/v1',
      replacementAvailableIn: '1.6',
    }, // official guide only
  ]);

const byApiVersionAndKind = new Map(
  DEPRECATED_KUBERNETES_APIS.map(api => [`${api.apiVersion} ${api.kind}`, api]),
);

const byApiVersionAndResource = new Map(
  DEPRECATED_KUBERNETES_APIS.map(api => [
    `${api.apiVersion} ${api.resource}`,
    api,
  ]),
);

/**
 * The catalog entry of an API version and kind, e.g. `apps/v1beta1` and `Deployment`.
 * @public
 */
export function findDeprecatedApiByKind(
  apiVersion: string,
  kind: string,
): DeprecatedKubernetesApi | undefined {
  return byApiVersionAndKind.get(`${apiVersion} ${kind}`);
}

/**
 * The catalog entry of a group, version and resource as the API server's metrics label them,
 * e.g. `policy`, `v1beta1`, `podsecuritypolicies`; the core group is `""`.
 * @public
 */
export function findDeprecatedApiByResource(
  group: string,
  version: string,
  resource: string,
): DeprecatedKubernetesApi | undefined {
  return byApiVersionAndResource.get(
    `${apiVersionOf(group, version)} ${resource}`,
  );
}

/**
 * The kind served as `resource` in `group` at any version, e.g. `Ingress` for `ingresses` in
 * `extensions`: kinds keep their name from one version of a group to the next.
 * @public
 */
export function findKindOfResource(
  group: string,
  resource: string,
): string | undefined {
  const prefix = group === '' ? '' : `${group}/`;
  return DEPRECATED_KUBERNETES_APIS.find(
    api =>
      api.resource === resource &&
      api.apiVersion.startsWith(prefix) &&
      !api.apiVersion.slice(prefix.length).includes('/'),
  )?.kind;
}

/**
 * The apiVersion of a group and version: `version` alone for the core group (`""`).
 * @public
 */
export function apiVersionOf(group: string, version: string): string {
  return group === '' ? version : `${group}/${version}`;
}
