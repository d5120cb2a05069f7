import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  PermissionCriteria,
  PermissionCondition,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  catalogEntityReadPermission,
  RESOURCE_TYPE_CATALOG_ENTITY,
} from '@backstage/plugin-catalog-common/alpha';
import {
  createScaffolderActionConditionalDecision,
  createScaffolderTaskConditionalDecision,
  scaffolderActionConditions,
  scaffolderTaskConditions,
} from '@backstage/plugin-scaffolder-backend/alpha';
import {
  actionExecutePermission,
  RESOURCE_TYPE_SCAFFOLDER_TASK,
} from '@backstage/plugin-scaffolder-common/alpha';
import { mpkCatalogConditions } from '@mpk-portal/plugin-catalog-backend-module-mpk';
import {
  MPK_CLUSTER_RESOURCE_TYPE,
  MPK_CUSTOMER_RESOURCE_TYPE,
  mpkAccess,
  MpkPersona,
  POD_ROLES,
  templateRolesOf,
} from '@mpk-portal/plugin-mpk-common';
import {
  createMpkClusterConditionalDecision,
  createMpkCustomerConditionalDecision,
  mpkClusterConditions,
  mpkCustomerConditions,
} from '@mpk-portal/plugin-mpk-node';

const allow: PolicyDecision = { result: AuthorizeResult.ALLOW };
const deny: PolicyDecision = { result: AuthorizeResult.DENY };
const allowIf = (condition: boolean) => (condition ? allow : deny);

/**
 * The scaffolder actions of the provisioning template, which a Senior CKA engineer runs; the
 * design actions (`mpk:design:validate`, `mpk:design:render`) are the Lead Architect's.
 */
export const PROVISIONING_ACTIONS = [
  'mpk:fetch:local-git',
  'mpk:design:load',
  'mpk:pipeline:trigger',
  'mpk:publish:local-git',
];

const isPodStaff = (persona: MpkPersona) =>
  persona.kind === 'provider' &&
  (POD_ROLES as readonly string[]).includes(persona.role);

/** Who a user is in the service; the policy decides by nothing else. */
export interface PersonaSource {
  load(userEntityRef: string): Promise<MpkPersona>;
}

/**
 * The permission policy of the managed service: each role of the support pods and of the
 * customers gets what the permission matrix (`MPK_ACCESS_MATRIX` in mpk-common) says on the mpk
 * plugin, a customer's people see no entity of another customer in the catalog (nor templates),
 * and only the Lead Architect and the Senior CKA engineer run templates. Lists are filtered in
 * their queries: the decisions are conditional where they depend on the resource.
 */
export class MpkPermissionPolicy implements PermissionPolicy {
  constructor(private readonly personas: PersonaSource) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!user) return deny;
    const persona = await this.personas.load(user.info.userEntityRef);
    const { permission } = request;
    if (permission.name.startsWith('mpk.')) {
      return this.mpkDecision(persona, request);
    }
    if (permission.name.startsWith('catalog.')) {
      return this.catalogDecision(persona, request);
    }
    if (permission.name.startsWith('scaffolder.')) {
      return this.scaffolderDecision(persona, request);
    }
    if (permission.name.startsWith('kubernetes.')) {
      // Reading clusters through the Kubernetes plugin's proxy is the provider's.
      return allowIf(persona.kind === 'provider');
    }
    return allow;
  }

  private mpkDecision(
    persona: MpkPersona,
    { permission }: PolicyQuery,
  ): PolicyDecision {
    const access = mpkAccess(persona, permission.name);
    if (access.decision === 'allow') return allow;
    if (access.decision === 'deny') return deny;
    if (isResourcePermission(permission, MPK_CLUSTER_RESOURCE_TYPE)) {
      return createMpkClusterConditionalDecision(
        permission,
        access.decision === 'own-customers'
          ? mpkClusterConditions.isClusterOfCustomer({
              customers: access.customers,
            })
          : mpkClusterConditions.isClusterOfPod({ pods: access.pods }),
      );
    }
    if (
      isResourcePermission(permission, MPK_CUSTOMER_RESOURCE_TYPE) &&
      access.decision === 'own-customers'
    ) {
      return createMpkCustomerConditionalDecision(
        permission,
        mpkCustomerConditions.isCustomer({ customers: access.customers }),
      );
    }
    return deny;
  }

  private catalogDecision(
    persona: MpkPersona,
    { permission }: PolicyQuery,
  ): PolicyDecision {
    if (
      !isPermission(permission, catalogEntityReadPermission) ||
      !isResourcePermission(permission, RESOURCE_TYPE_CATALOG_ENTITY)
    ) {
      // Registering, refreshing and removing entities is the support pods' work.
      return allowIf(isPodStaff(persona));
    }
    const template = catalogConditions.isEntityKind({ kinds: ['Template'] });
    if (persona.kind !== 'provider') {
      // A customer's people see nothing of another customer, and no template.
      return createCatalogConditionalDecision(permission, {
        not: {
          anyOf: [
            mpkCatalogConditions.isOtherCustomersEntity({
              customers: persona.kind === 'customer' ? persona.customers : [],
            }),
            template,
          ],
        },
      });
    }
    const roles = templateRolesOf(persona);
    const hidden: PermissionCriteria<PermissionCondition<'catalog-entity'>> =
      roles.length > 0
        ? {
            allOf: [
              template,
              { not: mpkCatalogConditions.isTemplateForRoles({ roles }) },
            ],
          }
        : template;
    return createCatalogConditionalDecision(permission, { not: hidden });
  }

  private scaffolderDecision(
    persona: MpkPersona,
    { permission }: PolicyQuery,
  ): PolicyDecision {
    const roles = templateRolesOf(persona);
    const runsTemplates = roles.length > 0;
    if (isPermission(permission, actionExecutePermission)) {
      if (persona.kind !== 'provider' || !runsTemplates) return deny;
      if (persona.role === 'lead-architect') return allow;
      return createScaffolderActionConditionalDecision(permission, {
        anyOf: PROVISIONING_ACTIONS.map(actionId =>
          scaffolderActionConditions.hasActionId({ actionId }),
        ) as unknown as [PermissionCondition<'scaffolder-action'>],
      });
    }
    if (
      isResourcePermission(permission, RESOURCE_TYPE_SCAFFOLDER_TASK) &&
      runsTemplates
    ) {
      // Each runs and follows their own tasks.
      return createScaffolderTaskConditionalDecision(
        permission,
        scaffolderTaskConditions.isTaskOwner({
          createdBy: [persona.userEntityRef],
        }),
      );
    }
    return allowIf(runsTemplates);
  }
}
