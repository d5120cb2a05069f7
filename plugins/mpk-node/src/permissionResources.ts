import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  MPK_CLUSTER_RESOURCE_TYPE,
  MPK_CUSTOMER_RESOURCE_TYPE,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';

/**
 * A managed cluster as the permission rules see it.
 * @public
 */
export interface MpkClusterResource {
  entityRef: string;
  /** the `mpk.io/customer` label */
  customer?: string;
  /** the owning group's entity ref, the support pod */
  owner?: string;
}

/**
 * What a cluster rule selects when a list is filtered in its query: the clusters of some
 * customers, or the clusters some pods own.
 * @public
 */
export type MpkClusterQuery = { customers: string[] } | { owners: string[] };

/**
 * The permission resource of one managed cluster (resource type `mpk-cluster`).
 * @public
 */
export const mpkClusterPermissionResourceRef = createPermissionResourceRef<
  MpkClusterResource,
  MpkClusterQuery
>().with({ pluginId: 'mpk', resourceType: MPK_CLUSTER_RESOURCE_TYPE });

const isClusterOfCustomer = createPermissionRule({
  name: 'IS_CLUSTER_OF_CUSTOMER',
  description: 'Allow clusters whose customer is one of the given customers',
  resourceRef: mpkClusterPermissionResourceRef,
  paramsSchema: z.object({
    customers: z.array(z.string()).describe('customer names, e.g. acme'),
  }),
  apply: (cluster, { customers }) =>
    cluster.customer !== undefined && customers.includes(cluster.customer),
  toQuery: ({ customers }) => ({ customers }),
});

const isClusterOfPod = createPermissionRule({
  name: 'IS_CLUSTER_OF_POD',
  description: 'Allow clusters owned by one of the given support pods',
  resourceRef: mpkClusterPermissionResourceRef,
  paramsSchema: z.object({
    pods: z
      .array(z.string())
      .describe('entity refs of pods, e.g. group:default/pod-blue'),
  }),
  apply: (cluster, { pods }) =>
    cluster.owner !== undefined && pods.includes(cluster.owner),
  toQuery: ({ pods }) => ({ owners: pods }),
});

/**
 * The rules of cluster permissions.
 * @public
 */
export const mpkClusterPermissionRules = {
  isClusterOfCustomer,
  isClusterOfPod,
};

const { conditions: clusterConditions, createConditionalDecision } =
  createConditionExports({
    resourceRef: mpkClusterPermissionResourceRef,
    rules: mpkClusterPermissionRules,
  });

/**
 * Conditions on clusters for permission policies.
 * @public
 */
export const mpkClusterConditions = clusterConditions;

/**
 * A conditional decision on a cluster permission.
 * @public
 */
export const createMpkClusterConditionalDecision = createConditionalDecision;

/**
 * A customer as the permission rules see it.
 * @public
 */
export interface MpkCustomerResource {
  /** the customer group's name, e.g. `acme` */
  name: string;
}

/**
 * What a customer rule selects: some customers.
 * @public
 */
export type MpkCustomerQuery = { customers: string[] };

/**
 * The permission resource of one customer (resource type `mpk-customer`).
 * @public
 */
export const mpkCustomerPermissionResourceRef = createPermissionResourceRef<
  MpkCustomerResource,
  MpkCustomerQuery
>().with({ pluginId: 'mpk', resourceType: MPK_CUSTOMER_RESOURCE_TYPE });

const isCustomer = createPermissionRule({
  name: 'IS_CUSTOMER',
  description: 'Allow the given customers',
  resourceRef: mpkCustomerPermissionResourceRef,
  paramsSchema: z.object({
    customers: z.array(z.string()).describe('customer names, e.g. acme'),
  }),
  apply: (customer, { customers }) => customers.includes(customer.name),
  toQuery: ({ customers }) => ({ customers }),
});

/**
 * The rules of customer permissions.
 * @public
 */
export const mpkCustomerPermissionRules = { isCustomer };

const customerExports = createConditionExports({
  resourceRef: mpkCustomerPermissionResourceRef,
  rules: mpkCustomerPermissionRules,
});

/**
 * Conditions on customers for permission policies.
 * @public
 */
export const mpkCustomerConditions = customerExports.conditions;

/**
 * A conditional decision on a customer permission.
 * @public
 */
export const createMpkCustomerConditionalDecision =
  customerExports.createConditionalDecision;
