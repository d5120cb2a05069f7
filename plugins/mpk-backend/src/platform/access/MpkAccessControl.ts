import {
  AuthService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  BasicPermission,
  PermissionCriteria,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  createConditionTransformer,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import {
  MPK_CLUSTER_RESOURCE_TYPE,
  MPK_CUSTOMER_RESOURCE_TYPE,
  mpkClusterReadPermission,
} from '@mpk-portal/plugin-mpk-common';
import {
  MpkClusterQuery,
  MpkClusterResource,
  MpkCustomerQuery,
  MpkCustomerResource,
} from '@mpk-portal/plugin-mpk-node';
import { Request } from 'express';
import { findClusterEntity } from '../clusterEntities';
import { clusterResourceOf } from './clusterResources';
import { CallerCredentials, principalRef } from './principalRef';

/** The clusters a permission lets a caller act on. */
export interface ClusterScope {
  /** whether a cluster is one of them, for lists filtered in memory */
  includes(cluster: MpkClusterResource): boolean;
  /** what selects them in a query; none when every cluster is */
  criteria?: PermissionCriteria<MpkClusterQuery>;
}

/** The customers a permission lets a caller act on. */
export interface CustomerScope {
  /** what selects them in a query; none when every customer is */
  criteria?: PermissionCriteria<MpkCustomerQuery>;
}

/**
 * Every permission check of the plugin's routes, with the answers the contract promises: a
 * missing permission is a 403 naming it, except that a user who may not read a cluster (or a
 * customer) is told it does not exist, so that one customer never learns of another's. Services
 * (other plugins, static tokens) are judged by their access restrictions alone.
 */
export class MpkAccessControl {
  private readonly clusterAuthorizer: (
    decision: PolicyDecision,
    resource: MpkClusterResource | undefined,
  ) => boolean;
  private readonly customerAuthorizer: (
    decision: PolicyDecision,
    resource: MpkCustomerResource | undefined,
  ) => boolean;
  private readonly clusterCriteria: (
    decision: PolicyDecision & { result: AuthorizeResult.CONDITIONAL },
  ) => PermissionCriteria<MpkClusterQuery>;
  private readonly customerCriteria: (
    decision: PolicyDecision & { result: AuthorizeResult.CONDITIONAL },
  ) => PermissionCriteria<MpkCustomerQuery>;

  constructor(
    private readonly deps: {
      httpAuth: HttpAuthService;
      permissions: PermissionsService;
      catalog: CatalogService;
      auth: AuthService;
      clusterRules: PermissionRuleset<
        MpkClusterResource,
        MpkClusterQuery,
        typeof MPK_CLUSTER_RESOURCE_TYPE
      >;
      customerRules: PermissionRuleset<
        MpkCustomerResource,
        MpkCustomerQuery,
        typeof MPK_CUSTOMER_RESOURCE_TYPE
      >;
    },
  ) {
    this.clusterAuthorizer = createConditionAuthorizer(deps.clusterRules);
    this.customerAuthorizer = createConditionAuthorizer(deps.customerRules);
    const transform = createConditionTransformer(deps.clusterRules);
    this.clusterCriteria = decision => transform(decision.conditions);
    const transformCustomer = createConditionTransformer(deps.customerRules);
    this.customerCriteria = decision => transformCustomer(decision.conditions);
  }

  /** The credentials of the request: a signed-in user or a service; a 401 for anyone else. */
  caller(req: Request<any, any, any, any>): Promise<CallerCredentials> {
    return this.deps.httpAuth.credentials(req, { allow: ['user', 'service'] });
  }

  /**
   * The catalog entity of a cluster the caller may read. A user is told that a cluster hidden
   * from them does not exist (404), as the catalog tells them; a service without the permission
   * gets a 403.
   */
  async readableCluster(
    credentials: CallerCredentials,
    ref: CompoundEntityRef,
  ): Promise<Entity> {
    const notFound = new NotFoundError(
      `No kubernetes-cluster ${stringifyEntityRef(ref)} in the catalog`,
    );
    const isUser = credentials.principal.type === 'user';
    // A static token is restricted to this plugin; the catalog would refuse it.
    const entity = await findClusterEntity(
      this.deps.catalog,
      ref,
      isUser ? credentials : await this.deps.auth.getOwnServiceCredentials(),
    );
    if (!entity) throw notFound;
    const resource = clusterResourceOf(entity);
    if (
      !(await this.mayOnCluster(
        credentials,
        mpkClusterReadPermission,
        resource,
      ))
    ) {
      throw isUser
        ? notFound
        : this.refusal(credentials, mpkClusterReadPermission);
    }
    return entity;
  }

  /**
   * The catalog entity of a cluster the caller wants to act on: one they may read, for a user
   * (else a 404, as {@link readableCluster}); any, for a service, whose permission to act is all
   * that counts (a conformance pipeline's token may upload without reading anything).
   */
  async clusterToActOn(
    credentials: CallerCredentials,
    ref: CompoundEntityRef,
  ): Promise<Entity> {
    if (credentials.principal.type === 'user') {
      return this.readableCluster(credentials, ref);
    }
    const entity = await findClusterEntity(
      this.deps.catalog,
      ref,
      await this.deps.auth.getOwnServiceCredentials(),
    );
    if (!entity) {
      throw new NotFoundError(
        `No kubernetes-cluster ${stringifyEntityRef(ref)} in the catalog`,
      );
    }
    return entity;
  }

  /**
   * A cluster known by its ref (e.g. a ticket's, which may have left the catalog since) as the
   * permission rules see it: from the catalog when it is there, else from what is known of it.
   */
  async clusterResource(
    known: MpkClusterResource,
  ): Promise<MpkClusterResource> {
    const entity = await this.deps.catalog.getEntityByRef(known.entityRef, {
      credentials: await this.deps.auth.getOwnServiceCredentials(),
    });
    return entity ? clusterResourceOf(entity) : known;
  }

  /**
   * Nothing unless the caller may read the cluster: a user who may not is given `hidden` (e.g. a
   * 404 for the ticket), so as not to learn that it exists; a service gets a 403. With `acting`,
   * a service is not asked to read: its permission to act is all that counts.
   */
  async requireReadable(
    credentials: CallerCredentials,
    cluster: MpkClusterResource,
    hidden: () => Error,
    options: { acting?: boolean } = {},
  ): Promise<void> {
    const isUser = credentials.principal.type === 'user';
    if (!isUser && options.acting) return;
    if (
      !(await this.mayOnCluster(credentials, mpkClusterReadPermission, cluster))
    ) {
      throw isUser
        ? hidden()
        : this.refusal(credentials, mpkClusterReadPermission);
    }
  }

  /**
   * A 403 naming a resource permission the caller holds on no resource at all, before anything
   * is looked up: no resource changes an outright refusal.
   */
  async requireAnywhere(
    credentials: CallerCredentials,
    permission: ResourcePermission,
  ): Promise<void> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.DENY) {
      throw this.refusal(credentials, permission);
    }
  }

  /** A 403 naming the permission unless the caller holds it. */
  async require(
    credentials: CallerCredentials,
    permission: BasicPermission,
  ): Promise<void> {
    const [decision] = await this.deps.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw this.refusal(credentials, permission);
    }
  }

  /**
   * Whether the caller may use a cluster permission on this cluster. Decided here, on the entity
   * the route already holds, rather than by the permission backend loading it again.
   */
  async mayOnCluster(
    credentials: CallerCredentials,
    permission: ResourcePermission<typeof MPK_CLUSTER_RESOURCE_TYPE>,
    cluster: MpkClusterResource,
  ): Promise<boolean> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    return this.clusterAuthorizer(decision, cluster);
  }

  /** A 403 naming the permission unless the caller may use it on this cluster. */
  async requireOnCluster(
    credentials: CallerCredentials,
    permission: ResourcePermission<typeof MPK_CLUSTER_RESOURCE_TYPE>,
    cluster: MpkClusterResource,
  ): Promise<void> {
    if (!(await this.mayOnCluster(credentials, permission, cluster))) {
      throw this.refusal(credentials, permission);
    }
  }

  /** Whether the caller may use a customer permission on this customer. */
  async mayOnCustomer(
    credentials: CallerCredentials,
    permission: ResourcePermission<typeof MPK_CUSTOMER_RESOURCE_TYPE>,
    customer: MpkCustomerResource,
  ): Promise<boolean> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    return this.customerAuthorizer(decision, customer);
  }

  /**
   * Nothing unless the caller may use a customer permission on this customer: a user who may not
   * is given `hidden` (the customer is unknown to them), a service a 403; without `hidden`,
   * everyone a 403 (e.g. a customer's person who may read it but not act on it).
   */
  async requireOnCustomer(
    credentials: CallerCredentials,
    permission: ResourcePermission<typeof MPK_CUSTOMER_RESOURCE_TYPE>,
    customer: MpkCustomerResource,
    hidden?: () => Error,
  ): Promise<void> {
    if (!(await this.mayOnCustomer(credentials, permission, customer))) {
      throw credentials.principal.type === 'user' && hidden
        ? hidden()
        : this.refusal(credentials, permission);
    }
  }

  /**
   * The customers a customer permission lets the caller act on, for filtering a list in its
   * query; a 403 naming the permission when it allows none.
   */
  async customerScope(
    credentials: CallerCredentials,
    permission: ResourcePermission<typeof MPK_CUSTOMER_RESOURCE_TYPE>,
  ): Promise<CustomerScope> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.DENY) {
      throw this.refusal(credentials, permission);
    }
    return decision.result === AuthorizeResult.CONDITIONAL
      ? { criteria: this.customerCriteria(decision) }
      : {};
  }

  /**
   * The clusters a cluster permission lets the caller act on, for filtering a list in its query;
   * a 403 naming the permission when it allows none.
   */
  async clusterScope(
    credentials: CallerCredentials,
    permission: ResourcePermission<typeof MPK_CLUSTER_RESOURCE_TYPE>,
  ): Promise<ClusterScope> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.DENY) {
      throw this.refusal(credentials, permission);
    }
    return {
      includes: cluster => this.clusterAuthorizer(decision, cluster),
      ...(decision.result === AuthorizeResult.CONDITIONAL && {
        criteria: this.clusterCriteria(decision),
      }),
    };
  }

  private refusal(
    credentials: CallerCredentials,
    permission: { name: string },
  ) {
    return new NotAllowedError(
      `${principalRef(credentials)} lacks the permission ${permission.name}`,
    );
  }
}
