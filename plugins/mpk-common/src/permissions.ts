import {
  createPermission,
  Permission,
} from '@backstage/plugin-permission-common';

/**
 * The resource type of permissions about one managed cluster; the resource ref is the cluster's
 * entity ref, e.g. `resource:default/acme-prod`.
 * @public
 */
export const MPK_CLUSTER_RESOURCE_TYPE = 'mpk-cluster';

/**
 * The resource type of permissions about one customer; the resource ref is the customer group's
 * entity ref, e.g. `group:default/acme`.
 * @public
 */
export const MPK_CUSTOMER_RESOURCE_TYPE = 'mpk-customer';

/**
 * Reading a cluster's upgrade deadlines, SLA, conformance and tickets, and its row of the fleet.
 * @public
 */
export const mpkClusterReadPermission = createPermission({
  name: 'mpk.cluster.read',
  attributes: { action: 'read' },
  resourceType: MPK_CLUSTER_RESOURCE_TYPE,
});

/**
 * Opening a support ticket for a cluster.
 * @public
 */
export const mpkTicketCreatePermission = createPermission({
  name: 'mpk.ticket.create',
  attributes: { action: 'create' },
  resourceType: MPK_CLUSTER_RESOURCE_TYPE,
});

/**
 * Recording the response to a ticket of a cluster, or its resolution.
 * @public
 */
export const mpkTicketRespondPermission = createPermission({
  name: 'mpk.ticket.respond',
  attributes: { action: 'update' },
  resourceType: MPK_CLUSTER_RESOURCE_TYPE,
});

/**
 * Writing in the conversation of a ticket of a cluster. The first comment of someone who may also
 * respond to it (the owning pod's staff) is the ticket's initial response.
 * @public
 */
export const mpkTicketCommentPermission = createPermission({
  name: 'mpk.ticket.comment',
  attributes: { action: 'update' },
  resourceType: MPK_CLUSTER_RESOURCE_TYPE,
});

/**
 * Reopening a resolved ticket of a cluster.
 * @public
 */
export const mpkTicketReopenPermission = createPermission({
  name: 'mpk.ticket.reopen',
  attributes: { action: 'update' },
  resourceType: MPK_CLUSTER_RESOURCE_TYPE,
});

/**
 * Requesting the service credit of a missed initial response on a cluster.
 * @public
 */
export const mpkCreditClaimPermission = createPermission({
  name: 'mpk.credit.claim',
  attributes: { action: 'create' },
  resourceType: MPK_CLUSTER_RESOURCE_TYPE,
});

/**
 * Recording a cluster's upgrade plan.
 * @public
 */
export const mpkUpgradePlanUpdatePermission = createPermission({
  name: 'mpk.upgrade-plan.update',
  attributes: { action: 'update' },
  resourceType: MPK_CLUSTER_RESOURCE_TYPE,
});

/**
 * Uploading a cluster's conformance results.
 * @public
 */
export const mpkConformanceUploadPermission = createPermission({
  name: 'mpk.conformance.upload',
  attributes: { action: 'create' },
  resourceType: MPK_CLUSTER_RESOURCE_TYPE,
});

/**
 * Uploading a deprecated-API scan (kubent, pluto) of a cluster, which its upgrade readiness is
 * judged on.
 * @public
 */
export const mpkDeprecatedApiReportUploadPermission = createPermission({
  name: 'mpk.deprecated-api-report.upload',
  attributes: { action: 'create' },
  resourceType: MPK_CLUSTER_RESOURCE_TYPE,
});

/**
 * Uploading security scan reports (kube-bench, Trivy, policy reports, Polaris) of a cluster.
 * @public
 */
export const mpkSecurityReportUploadPermission = createPermission({
  name: 'mpk.security-report.upload',
  attributes: { action: 'create' },
  resourceType: MPK_CLUSTER_RESOURCE_TYPE,
});

/**
 * Approving an exception to the customer's agreed security baseline on a cluster.
 * @public
 */
export const mpkSecurityExceptionCreatePermission = createPermission({
  name: 'mpk.security-exception.create',
  attributes: { action: 'create' },
  resourceType: MPK_CLUSTER_RESOURCE_TYPE,
});

/**
 * Reading a customer's missed initial responses, credits and monthly compliance.
 * @public
 */
export const mpkCreditReadPermission = createPermission({
  name: 'mpk.credit.read',
  attributes: { action: 'read' },
  resourceType: MPK_CUSTOMER_RESOURCE_TYPE,
});

/**
 * Sending Alertmanager's notifications, which open, resolve and reopen tickets.
 * @public
 */
export const mpkAlertmanagerReceivePermission = createPermission({
  name: 'mpk.alertmanager.receive',
  attributes: { action: 'create' },
});

/**
 * Asking the local pipeline for a deployment run.
 * @public
 */
export const mpkPipelineRunPermission = createPermission({
  name: 'mpk.pipeline.run',
  attributes: { action: 'create' },
});

/**
 * Reading the local pipeline's runs.
 * @public
 */
export const mpkPipelineReadPermission = createPermission({
  name: 'mpk.pipeline.read',
  attributes: { action: 'read' },
});

/**
 * Reading the Kubernetes releases a new cluster may run.
 * @public
 */
export const mpkReleaseReadPermission = createPermission({
  name: 'mpk.release.read',
  attributes: { action: 'read' },
});

/**
 * Reading whether the plugin and its database answer.
 * @public
 */
export const mpkHealthReadPermission = createPermission({
  name: 'mpk.health.read',
  attributes: { action: 'read' },
});

/**
 * Reading a customer's designs: the engagement, its versions and decisions, its onboarding steps.
 * @public
 */
export const mpkDesignReadPermission = createPermission({
  name: 'mpk.design.read',
  attributes: { action: 'read' },
  resourceType: MPK_CUSTOMER_RESOURCE_TYPE,
});

/**
 * Publishing a version of a customer's design, shared with the customer for acceptance.
 * @public
 */
export const mpkDesignPublishPermission = createPermission({
  name: 'mpk.design.publish',
  attributes: { action: 'create' },
  resourceType: MPK_CUSTOMER_RESOURCE_TYPE,
});

/**
 * Accepting a version of a customer's design, or requesting changes to it.
 * @public
 */
export const mpkDesignDecidePermission = createPermission({
  name: 'mpk.design.decide',
  attributes: { action: 'update' },
  resourceType: MPK_CUSTOMER_RESOURCE_TYPE,
});

/**
 * Provisioning an accepted version of a customer's design.
 * @public
 */
export const mpkDesignProvisionPermission = createPermission({
  name: 'mpk.design.provision',
  attributes: { action: 'update' },
  resourceType: MPK_CUSTOMER_RESOURCE_TYPE,
});

/**
 * Every permission of the mpk plugin.
 * @public
 */
export const mpkPermissions: Permission[] = [
  mpkClusterReadPermission,
  mpkTicketCreatePermission,
  mpkTicketRespondPermission,
  mpkTicketReopenPermission,
  mpkTicketCommentPermission,
  mpkCreditClaimPermission,
  mpkUpgradePlanUpdatePermission,
  mpkConformanceUploadPermission,
  mpkDeprecatedApiReportUploadPermission,
  mpkSecurityReportUploadPermission,
  mpkSecurityExceptionCreatePermission,
  mpkCreditReadPermission,
  mpkAlertmanagerReceivePermission,
  mpkPipelineRunPermission,
  mpkPipelineReadPermission,
  mpkReleaseReadPermission,
  mpkHealthReadPermission,
  mpkDesignReadPermission,
  mpkDesignPublishPermission,
  mpkDesignDecidePermission,
  mpkDesignProvisionPermission,
];
