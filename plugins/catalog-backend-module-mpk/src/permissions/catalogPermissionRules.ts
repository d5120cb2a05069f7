import { Entity } from '@backstage/catalog-model';
import { EntitiesSearchFilter } from '@backstage/plugin-catalog-node';
import { catalogEntityPermissionResourceRef } from '@backstage/plugin-catalog-node/alpha';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  createConditionExports,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  CLUSTER_LABELS,
  CLUSTER_RESOURCE_TYPE,
  CUSTOMER_GROUP_TYPE,
  DESIGN_RESOURCE_TYPE,
  TEMPLATE_ROLE_LABEL,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';

/** The Resources a customer label makes a customer's own: its clusters and its designs. */
const CUSTOMER_RESOURCE_TYPES = [CLUSTER_RESOURCE_TYPE, DESIGN_RESOURCE_TYPE];

const is = (entity: Entity, kind: string, types: string[]) =>
  entity.kind.toLocaleLowerCase('en-US') === kind &&
  types.includes(entity.spec?.type as string);

const ofKindAndType = (
  kind: string,
  types: string[],
): EntitiesSearchFilter[] => [
  { key: 'kind', values: [kind] },
  { key: 'spec.type', values: types },
];

const isOtherCustomersEntity = createPermissionRule({
  name: 'IS_OTHER_CUSTOMERS_ENTITY',
  description:
    'Allow the managed clusters, the detailed designs and the customer groups of customers other than the given ones',
  resourceRef: catalogEntityPermissionResourceRef,
  paramsSchema: z.object({
    customers: z
      .array(z.string())
      .describe('the customers whose entities do not match, e.g. acme'),
  }),
  apply(entity, { customers }) {
    if (is(entity, 'resource', CUSTOMER_RESOURCE_TYPES)) {
      const customer = entity.metadata.labels?.[CLUSTER_LABELS.customer];
      return customer === undefined || !customers.includes(customer);
    }
    if (is(entity, 'group', [CUSTOMER_GROUP_TYPE])) {
      return !customers.includes(entity.metadata.name);
    }
    return false;
  },
  toQuery({ customers }): PermissionCriteria<EntitiesSearchFilter> {
    // Without customers every cluster, design and customer group is another's.
    const others = (key: string): PermissionCriteria<EntitiesSearchFilter>[] =>
      customers.length > 0 ? [{ not: { key, values: customers } }] : [];
    return {
      anyOf: [
        {
          allOf: [
            ...ofKindAndType('resource', CUSTOMER_RESOURCE_TYPES),
            ...others(`metadata.labels.${CLUSTER_LABELS.customer}`),
          ] as [PermissionCriteria<EntitiesSearchFilter>],
        },
        {
          allOf: [
            ...ofKindAndType('group', [CUSTOMER_GROUP_TYPE]),
            ...others('metadata.name'),
          ] as [PermissionCriteria<EntitiesSearchFilter>],
        },
      ],
    };
  },
});

const isTemplateForRoles = createPermissionRule({
  name: 'IS_TEMPLATE_FOR_ROLES',
  description: `Allow scaffolder templates whose ${TEMPLATE_ROLE_LABEL} label names one of the given roles`,
  resourceRef: catalogEntityPermissionResourceRef,
  paramsSchema: z.object({
    roles: z
      .array(z.string())
      .min(1)
      .describe('roles of the service, e.g. lead-architect'),
  }),
  apply: (entity, { roles }) =>
    entity.kind.toLocaleLowerCase('en-US') === 'template' &&
    roles.includes(entity.metadata.labels?.[TEMPLATE_ROLE_LABEL] ?? ''),
  toQuery: ({ roles }) => ({
    allOf: [
      { key: 'kind', values: ['template'] },
      { key: `metadata.labels.${TEMPLATE_ROLE_LABEL}`, values: roles },
    ],
  }),
});

/**
 * The catalog permission rules of the managed service: which entities belong to other customers
 * (clusters, detailed designs, customer groups), and which templates a role runs.
 * @public
 */
export const mpkCatalogPermissionRules = {
  isOtherCustomersEntity,
  isTemplateForRoles,
};

const { conditions } = createConditionExports({
  resourceRef: catalogEntityPermissionResourceRef,
  rules: mpkCatalogPermissionRules,
});

/**
 * Conditions on catalog entities for permission policies, from {@link mpkCatalogPermissionRules}.
 * @public
 */
export const mpkCatalogConditions = conditions;
