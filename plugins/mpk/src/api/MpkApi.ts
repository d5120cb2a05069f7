import { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/core-plugin-api';
import {
  ApiSchemas,
  ClusterConformanceResponse,
  ClusterSlaResponse,
  ConformanceRun,
  ClusterPlatform,
  ClusterUpgradeResponse,
  CreditClaimResponse,
  CreditsResponse,
  DeprecatedApiReport,
  Design,
  DesignDecisionRequest,
  DesignList,
  FleetUpgradesResponse,
  MpkPersona,
  ObligationStatus,
  SLA_STATES,
  SupportedKubernetesVersionsResponse,
  Ticket,
  TicketComment,
  TicketEventType,
  TicketListResponse,
  TicketStatus,
  UpgradePlan,
} from '@mpk-portal/plugin-mpk-common';

/**
 * The readiness filter of the fleet upgrade list.
 * @public
 */
export type FleetReadinessFilter = 'ready' | 'blocked';

/**
 * The security statuses the fleet upgrade list can be filtered by.
 * @public
 */
export type FleetSecurityFilter = ApiSchemas['SecurityStatus'];

/**
 * Filters and order of the fleet upgrade list; a filter left out or empty selects everything.
 * @public
 */
export interface FleetUpgradesQuery {
  /** customer names, e.g. `acme` */
  customer?: string[];
  /** refs of the support pods that own the clusters, e.g. `group:default/pod-blue` */
  owner?: string[];
  status?: ObligationStatus[];
  /** `ready` for clusters with no blockers to their next version, `blocked` for the others */
  readiness?: FleetReadinessFilter;
  /** security statuses of the clusters, e.g. `deviations` and `stale` */
  security?: FleetSecurityFilter[];
  /** by days left to the next obligation; clusters without a dated one come last either way */
  order?: 'asc' | 'desc';
}

/**
 * What an Engagement Manager records as a cluster's upgrade plan; the server adds who and when.
 * @public
 */
export type UpgradePlanRequest = Pick<
  UpgradePlan,
  'plannedDate' | 'state' | 'note'
>;

/**
 * Which tickets to list; a filter left out or empty selects everything.
 * @public
 */
export interface TicketsQuery {
  /** cluster entity refs */
  cluster?: string[];
  customer?: string[];
  state?: (typeof SLA_STATES)[number][];
  status?: TicketStatus[];
  /** tickets opened at or after this instant (ISO 8601 with an offset) */
  from?: string;
  /** tickets opened before this instant (ISO 8601 with an offset) */
  to?: string;
  /** the page size, 1 to 1000; the server's default is 100 */
  limit?: number;
  /** how many matching tickets the page skips */
  offset?: number;
}

/**
 * A ticket to open: the cluster (entity ref), severity, category and title; the server adds the
 * cluster's facts, the opener and the opening time (now: only systems date their tickets).
 * @public
 */
export type OpenTicketRequest = Omit<
  ApiSchemas['OpenTicketRequest'],
  'openedAt' | 'externalId'
>;

/**
 * A conformance upload: the results file (a Sonobuoy `retrieve` tarball or a junit XML), and
 * optionally the e2e.log and what the results do not say themselves.
 * @public
 */
export interface ConformanceUploadRequest {
  results: Blob & { name?: string };
  log?: Blob & { name?: string };
  /** e.g. `v1.35.2`; a Sonobuoy tarball says it itself */
  kubernetesVersion?: string;
  /** ISO 8601 with offset */
  finishedAt?: string;
}

/**
 * An exception to a customer's security baseline, as the approver records it: the check (`*` for
 * every check of the set), where it applies (a field left out means any), why, and its last day
 * (`YYYY-MM-DD`); the server adds the approver and the time.
 * @public
 */
export type SecurityExceptionRequest = ApiSchemas['SecurityExceptionRequest'];

/**
 * Client of the mpk backend.
 * @public
 */
export interface MpkApi {
  /**
   * Who the signed-in user is in the service: provider staff with their role and pods, a
   * customer's person with their role and customers, or `unknown` with the reason.
   */
  getPersona(): Promise<MpkPersona>;
  /** The upgrade obligations and recorded plan of a cluster. */
  getClusterUpgrade(
    cluster: CompoundEntityRef,
  ): Promise<ClusterUpgradeResponse>;
  /** Every cluster with its next upgrade obligation, sorted by days left. */
  getFleetUpgrades(query?: FleetUpgradesQuery): Promise<FleetUpgradesResponse>;
  /** Records the upgrade plan of a cluster, replacing any previous one. */
  saveUpgradePlan(
    cluster: CompoundEntityRef,
    plan: UpgradePlanRequest,
  ): Promise<UpgradePlan>;
  /**
   * The open tickets of a cluster with their SLA, its compliance over 30 and 90 days, and whether
   * its version is inside the supported window today.
   */
  getClusterSla(cluster: CompoundEntityRef): Promise<ClusterSlaResponse>;
  /** Tickets with their SLA, the most recently opened first, a page of them at a time. */
  listTickets(query?: TicketsQuery): Promise<TicketListResponse>;
  /**
   * Opens a support ticket of a cluster (`POST /tickets`). A retry with the same
   * `idempotencyKey` (one per draft) opens nothing more and answers with the ticket opened the
   * first time.
   */
  openTicket(
    request: OpenTicketRequest,
    idempotencyKey?: string,
  ): Promise<Ticket>;
  /**
   * One ticket with its SLA now, its conversation (`comments`, oldest first) and, for a user who
   * may read the customer's credits, its `credit`; a 404 for a ticket the user may not see.
   */
  getTicket(ticketId: string): Promise<Ticket>;
  /**
   * Writes a comment in a ticket's conversation. A retry with the same `idempotencyKey` (one per
   * draft) writes nothing more and answers with the comment written the first time.
   */
  addTicketComment(
    ticketId: string,
    body: string,
    idempotencyKey?: string,
  ): Promise<TicketComment>;
  /** Records a response, resolution or reopening of a ticket. */
  addTicketEvent(
    ticketId: string,
    event: { type: TicketEventType; at: Date },
  ): Promise<Ticket>;
  /** A customer's missed initial responses and credits for a month (`YYYY-MM`). */
  getCredits(customer: string, month?: string): Promise<CreditsResponse>;
  /** Requests the credit of a missed initial response. */
  claimCredit(ticketId: string): Promise<CreditClaimResponse>;
  /** A cluster's conformance status, latest run with its failures, and history. */
  getClusterConformance(
    cluster: CompoundEntityRef,
  ): Promise<ClusterConformanceResponse>;
  /** Uploads conformance results; `onProgress` gets the share sent, 0 to 1. */
  uploadConformance(
    cluster: CompoundEntityRef,
    upload: ConformanceUploadRequest,
    onProgress?: (sent: number) => void,
  ): Promise<ConformanceRun>;
  /**
   * Uploads a deprecated-API scan of a cluster: the JSON output of `kubent -o json` or
   * `pluto detect-all-in-cluster -o json`. Answers with the stored report (the first one when the
   * same report was uploaded before); the cluster's readiness is then judged on it.
   */
  uploadDeprecatedApiReport(
    cluster: CompoundEntityRef,
    report: Blob & { name?: string },
  ): Promise<DeprecatedApiReport>;
  /**
   * A cluster's security posture against its customer's agreed baseline: status, open and
   * corrected deviations, exceptions, vulnerabilities, trend and latest reports.
   */
  getClusterSecurity(
    cluster: CompoundEntityRef,
  ): Promise<ApiSchemas['ClusterSecurityResponse']>;
  /**
   * Uploads security scan reports of a cluster (kube-bench, Trivy Operator, trivy image,
   * PolicyReport / openreports Report, Polaris, or `.tar.gz` bundles of them), all in one request:
   * one malformed file refuses them all. Answers with the reports read.
   */
  uploadSecurityReports(
    cluster: CompoundEntityRef,
    reports: (Blob & { name?: string })[],
  ): Promise<ApiSchemas['SecurityReportUploadResponse']>;
  /** Records an exception to the customer's baseline for a check on the cluster. */
  createSecurityException(
    cluster: CompoundEntityRef,
    exception: SecurityExceptionRequest,
  ): Promise<ApiSchemas['SecurityException']>;
  /** The open deviations across the clusters of a customer the user may read, oldest first. */
  getCustomerDeviations(
    customer: string,
  ): Promise<ApiSchemas['CustomerDeviationsResponse']>;
  /** The Kubernetes releases a new cluster on the platform may run today, newest first. */
  getSupportedKubernetesVersions(
    platform: ClusterPlatform,
  ): Promise<SupportedKubernetesVersionsResponse>;
  /**
   * The designs (customer engagements) the user may read, with their onboarding steps, the
   * newest engagement first; a customer's people get their own customer's only.
   */
  listDesigns(): Promise<DesignList>;
  /** One design with its team, versions (oldest first) and onboarding steps; a 404 when unknown. */
  getDesign(name: string): Promise<Design>;
  /**
   * Records the customer admin's decision on a version of a design: `accept`, or
   * `request-changes` with a comment. Answers with the design as it is after the decision; a 403
   * for anyone but the customer's admins, a 409 for a version that is not the latest shared one.
   */
  decideDesign(
    name: string,
    version: number,
    decision: DesignDecisionRequest,
  ): Promise<Design>;
}

/**
 * Reference to the {@link MpkApi}.
 * @public
 */
export const mpkApiRef = createApiRef<MpkApi>({ id: 'plugin.mpk.service' });
