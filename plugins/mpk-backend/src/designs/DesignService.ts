import { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  clusterNameOf,
  CUSTOMER_GROUP_TYPE,
  MpkRole,
  POD_GROUP_TYPE,
  ROLE_ANNOTATION,
  ROLE_TITLES,
  Design,
  DesignDecision,
  designChanges,
  designDecisionOutcome,
  designProvisioningOutcome,
  DesignRuleOutcome,
  designStateOf,
  DesignTeam,
  DesignVersion,
  DetailedDesign,
  onboardingSteps,
} from '@mpk-portal/plugin-mpk-common';
import {
  designContentHash,
  MpkCustomerQuery,
} from '@mpk-portal/plugin-mpk-node';
import { ConformanceService } from '../conformance/ConformanceService';
import { ContractClock } from '../platform/ContractClock';
import { DesignNotifications } from './DesignNotifications';
import { DesignStore, StoredDesign, StoredDesignVersion } from './DesignStore';

/** A version to publish, as the route has read it: refs in full, the design parsed. */
export interface PublishDesignRequest {
  customer: string;
  /** group entity ref of the support pod */
  owner: string;
  /** user entity refs */
  team: DesignTeam;
  contentHash: string;
  design: DetailedDesign;
}

/** The role ({@link ROLE_ANNOTATION}) each member of a design's team must have. */
const TEAM_ROLES: Record<keyof DesignTeam, MpkRole> = {
  engagementManager: 'engagement-manager',
  leadArchitect: 'lead-architect',
  seniorCkaEngineer: 'senior-cka-engineer',
};

/** A change the rules allow is written; one made before is not; anything else is refused. */
function verdictOf(outcome: DesignRuleOutcome): 'record' | 'repeat' {
  if (outcome.kind === 'not-found') throw new NotFoundError(outcome.message);
  if (outcome.kind === 'conflict') throw new ConflictError(outcome.message);
  return outcome.kind;
}

/** The entity ref of a cluster a design builds. */
const clusterRefOf = (design: DetailedDesign, environment: { name: string }) =>
  stringifyEntityRef({
    kind: 'resource',
    namespace: 'default',
    name: clusterNameOf(design, environment),
  });

const normalizedRef = (ref: string, defaultKind: string) => {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
    );
  } catch {
    return ref;
  }
};

/**
 * Onboarding: each customer engagement's detailed design, its versions shared with the customer,
 * the customer's decisions and the provisioning of an accepted version, with the onboarding steps
 * reached. Whether the caller may do each is the route's to check.
 */
export class DesignService {
  constructor(
    private readonly deps: {
      store: DesignStore;
      catalog: CatalogService;
      auth: AuthService;
      clock: ContractClock;
      conformance: Pick<ConformanceService, 'firstPassedAt'>;
      notifications: Pick<DesignNotifications, 'shared' | 'decided'>;
    },
  ) {}

  /** The designs of the customers `scope` selects (all without one), the newest first. */
  async list(scope?: PermissionCriteria<MpkCustomerQuery>): Promise<Design[]> {
    const designs = await this.deps.store.list(scope);
    return Promise.all(designs.map(d => this.present(d)));
  }

  /** The design as stored, for the route to check who may see it; undefined when there is none. */
  find(name: string): Promise<StoredDesign | undefined> {
    return this.deps.store.get(name);
  }

  /** The design with a 404 when there is none. */
  async get(name: string): Promise<StoredDesign> {
    const design = await this.find(name);
    if (!design) throw new NotFoundError(`No design ${name}`);
    return design;
  }

  /**
   * Publishes a version of a design, shared with the customer: the design must be the request's
   * (its name the path's, its customer and pod the request's), its hash `contentHash`, and its
   * customer, pod and team known to the catalog. The same content as the latest version writes
   * nothing; new content is the next version, and the customer's people are told of it. Once the
   * design exists, only its Lead Architect may publish (`publishedBy`, a 403 for anyone else).
   */
  async publish(
    name: string,
    request: PublishDesignRequest,
    publishedBy: string,
  ): Promise<{ design: Design; created: boolean }> {
    const problems = [
      ...this.consistencyProblems(name, request),
      ...(await this.catalogProblems(request)),
    ];
    if (problems.length > 0) {
      throw new InputError(`Invalid design version: ${problems.join('; ')}`);
    }
    const { design, created } = await this.deps.store.publish(
      {
        name,
        customer: request.customer,
        ownerRef: request.owner,
        team: request.team,
        contentHash: request.contentHash,
        design: request.design,
        publishedAt: this.deps.clock.now(),
        publishedBy,
      },
      existing => {
        if (existing && existing.customer !== request.customer) {
          throw new ConflictError(
            `Design ${name} is customer ${existing.customer}'s: give customer ${request.customer}'s design another name`,
          );
        }
        if (existing && existing.team.leadArchitect !== publishedBy) {
          throw new NotAllowedError(
            `Only design ${name}'s Lead Architect, ${existing.team.leadArchitect}, may publish a new version of it`,
          );
        }
      },
    );
    const presented = await this.present(design);
    if (created) {
      const latest = presented.versions[presented.versions.length - 1];
      await this.deps.notifications.shared(
        design,
        design.versions[design.versions.length - 1],
        latest.changes,
      );
    }
    return { design: presented, created };
  }

  /**
   * Records the customer admin's decision on a version (see `designDecisionOutcome`): the
   * design's Lead Architect and Engagement Manager are told of a new one.
   */
  async decide(
    name: string,
    version: number,
    request: { decision: DesignDecision; comment?: string },
    decidedBy: string,
  ): Promise<{ design: Design; created: boolean }> {
    const result = await this.deps.store.decide(
      name,
      version,
      {
        decision: request.decision,
        comment: request.comment || null,
        decidedAt: this.deps.clock.now(),
        decidedBy,
      },
      design =>
        verdictOf(
          designDecisionOutcome(
            design,
            version,
            request.decision,
            request.comment || null,
          ),
        ),
    );
    if (!result) throw new NotFoundError(`No design ${name}`);
    if (result.created) {
      await this.deps.notifications.decided(
        result.design,
        result.design.versions.find(v => v.version === version)!,
      );
    }
    return {
      design: await this.present(result.design),
      created: result.created,
    };
  }

  /**
   * Records that an accepted version is provisioned, with the content the customer accepted
   * (see `designProvisioningOutcome`).
   */
  async provision(
    name: string,
    version: number,
    contentHash: string,
    provisionedBy: string,
  ): Promise<{ design: Design; created: boolean }> {
    const result = await this.deps.store.provision(
      name,
      version,
      { provisionedAt: this.deps.clock.now(), provisionedBy },
      design =>
        verdictOf(designProvisioningOutcome(design, version, contentHash)),
    );
    if (!result) throw new NotFoundError(`No design ${name}`);
    return {
      design: await this.present(result.design),
      created: result.created,
    };
  }

  /** The design as the API serves it: its state, clusters, versions with their changes, steps. */
  async present(stored: StoredDesign): Promise<Design> {
    const { versions } = stored;
    const latest = versions[versions.length - 1];
    return {
      name: stored.name,
      customer: stored.customer,
      owner: stored.ownerRef,
      team: stored.team,
      state: designStateOf(versions),
      startedAt: stored.startedAt,
      clusters: latest
        ? latest.design.environments.map(e => clusterRefOf(latest.design, e))
        : [],
      versions: versions.map(
        (v, i): DesignVersion => ({
          version: v.version,
          contentHash: v.contentHash,
          state: v.state,
          publishedAt: v.publishedAt,
          publishedBy: v.publishedBy,
          changes:
            i === 0 ? [] : designChanges(versions[i - 1].design, v.design),
          decision: v.decision,
          decidedBy: v.decidedBy,
          decidedAt: v.decidedAt,
          comment: v.comment,
          provisionedAt: v.provisionedAt,
          provisionedBy: v.provisionedBy,
        }),
      ),
      steps: onboardingSteps(stored, await this.conformancePassedAt(versions)),
    };
  }

  /**
   * When a cluster of a provisioned version first passed conformance after the first
   * provisioning; null before.
   */
  private async conformancePassedAt(
    versions: StoredDesignVersion[],
  ): Promise<string | null> {
    const provisioned = versions.filter(v => v.provisionedAt !== null);
    if (provisioned.length === 0) return null;
    const since = new Date(
      Math.min(...provisioned.map(v => Date.parse(v.provisionedAt!))),
    );
    const clusters = [
      ...new Set(
        provisioned.flatMap(v =>
          v.design.environments.map(e => clusterRefOf(v.design, e)),
        ),
      ),
    ];
    const at = await this.deps.conformance.firstPassedAt(clusters, since);
    return at ? at.toISOString() : null;
  }

  /** Where the design is not the request's, or its content not `contentHash`. */
  private consistencyProblems(
    name: string,
    request: PublishDesignRequest,
  ): string[] {
    const { design } = request;
    const problems: string[] = [];
    if (design.name !== name) {
      problems.push(
        `design.name: is "${design.name}", but the path names design ${name}`,
      );
    }
    if (design.customer !== request.customer) {
      problems.push(
        `design.customer: is "${design.customer}", but the request's customer is ${request.customer}`,
      );
    }
    if (normalizedRef(design.owner, 'group') !== request.owner) {
      problems.push(
        `design.owner: is "${design.owner}", but the request's owner is ${request.owner}`,
      );
    }
    const hash = designContentHash(design);
    if (hash !== request.contentHash) {
      problems.push(
        `contentHash: is ${request.contentHash}, but the design's is ${hash} (SHA-256 of its canonical form, designContentHash of @mpk-portal/plugin-mpk-node)`,
      );
    }
    return problems;
  }

  /** The customer, pod and team members the catalog does not have, read as the plugin. */
  private async catalogProblems(
    request: PublishDesignRequest,
  ): Promise<string[]> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const entity = (ref: string) =>
      this.deps.catalog.getEntityByRef(ref, { credentials });
    const customerRef = `group:default/${request.customer}`;
    const [customer, owner, ...members] = await Promise.all([
      entity(customerRef),
      entity(request.owner),
      ...Object.values(request.team).map(entity),
    ]);
    const problems: string[] = [];
    if (!customer || customer.spec?.type !== CUSTOMER_GROUP_TYPE) {
      problems.push(`customer: no customer ${customerRef} in the catalog`);
    }
    if (!owner) {
      problems.push(`owner: no group ${request.owner} in the catalog`);
    } else if (owner.spec?.type !== POD_GROUP_TYPE) {
      problems.push(`owner: ${request.owner} is not a support pod`);
    }
    // Notifications and the onboarding page follow the team: each must hold the role named.
    (Object.keys(request.team) as Array<keyof DesignTeam>).forEach(
      (member, i) => {
        const role = TEAM_ROLES[member];
        const found = members[i];
        if (!found) {
          problems.push(
            `team.${member}: no user ${request.team[member]} in the catalog (the ${ROLE_TITLES[role]})`,
          );
        } else if (found.metadata.annotations?.[ROLE_ANNOTATION] !== role) {
          problems.push(
            `team.${member}: ${request.team[member]} does not have the role ${
              ROLE_TITLES[role]
            } (${ROLE_ANNOTATION}: ${
              found.metadata.annotations?.[ROLE_ANNOTATION] ?? 'none'
            })`,
          );
        }
      },
    );
    return problems;
  }
}
