import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  ApiSchemas,
  baselineExceptionsOf,
  CLUSTER_LABELS,
  ClusterSecurityResponse,
  CustomerDeviationsResponse,
  describeBaseline,
  evaluatePosture,
  ParsedSecurityReport,
  parseSecurityFile,
  SecurityBaseline,
  SecurityException,
  SecurityReportSummary,
} from '@mpk-portal/plugin-mpk-common';
import { createHash } from 'node:crypto';
import { ContractClock } from '../platform/ContractClock';
import { PayloadTooLargeError } from '../platform/PayloadTooLargeError';
import { UploadedReportFile } from './receiveSecurityUpload';
import { SecurityBaselines } from './SecurityBaselines';
import { SecurityStore } from './SecurityStore';

/** How far back corrected deviations and the trend reach. */
const HISTORY_DAYS = 90;

type ExceptionRequest = ApiSchemas['SecurityExceptionRequest'];

function customerOf(entity: Entity): string | undefined {
  return entity.metadata.labels?.[CLUSTER_LABELS.customer];
}

/** The exceptions of a customer's baseline that apply to one of its clusters. */
function fileExceptionsFor(
  baseline: SecurityBaseline | undefined,
  clusterName: string,
  today: string,
): SecurityException[] {
  return baseline
    ? baselineExceptionsOf(baseline, today).filter(
        e => !e.scope.cluster || e.scope.cluster === clusterName,
      )
    : [];
}

/** The security posture of clusters: reports in, deviations against the agreed baseline out. */
export class SecurityService {
  constructor(
    private readonly deps: {
      store: SecurityStore;
      baselines: SecurityBaselines;
      clock: ContractClock;
      maxReportAgeDays: number;
    },
  ) {}

  /**
   * Parses every uploaded file before storing anything: one bad file refuses the whole upload,
   * naming it. The same report (the same parsed content) is one report, however often sent.
   */
  async upload(
    entity: Entity,
    files: UploadedReportFile[],
    uploadedBy: string,
  ): Promise<{ reports: SecurityReportSummary[]; created: boolean }> {
    const parsed: ParsedSecurityReport[] = [];
    for (const file of files) {
      const result = parseSecurityFile(file.content, file.name);
      if (!result.ok) {
        const message = result.problems.slice(0, 10).join('; ');
        throw result.tooLarge
          ? new PayloadTooLargeError(message)
          : new InputError(message);
      }
      parsed.push(...result.reports);
    }
    return this.record(stringifyEntityRef(entity), parsed, uploadedBy);
  }

  /** Stores reports read from anywhere (an upload, or a cluster's report resources). */
  record(
    clusterRef: string,
    reports: ParsedSecurityReport[],
    uploadedBy: string,
  ) {
    return this.deps.store.recordReports(
      clusterRef,
      reports.map(report => ({
        report,
        sha256: createHash('sha256')
          .update(JSON.stringify(report))
          .digest('hex'),
      })),
      { uploadedBy, at: this.deps.clock.now() },
    );
  }

  async clusterSecurity(entity: Entity): Promise<ClusterSecurityResponse> {
    const clusterRef = stringifyEntityRef(entity);
    const customer = customerOf(entity);
    const baseline = customer
      ? await this.deps.baselines.of(customer)
      : undefined;
    const now = this.deps.clock.now();
    const today = this.deps.clock.today();
    const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
    const [open, closed, portalExceptions, reports] = await Promise.all([
      this.deps.store.openFindings([clusterRef]),
      this.deps.store.closedFindings(clusterRef, since),
      this.deps.store.exceptions([clusterRef]),
      this.deps.store.latestReports([clusterRef]),
    ]);
    const latest = reports.get(clusterRef) ?? [];
    const posture = evaluatePosture({
      baseline,
      clusterName: entity.metadata.name,
      open: open.get(clusterRef) ?? [],
      closed,
      exceptions: [
        ...fileExceptionsFor(baseline, entity.metadata.name, today),
        ...(portalExceptions.get(clusterRef) ?? []),
      ],
      reports: latest.map(r => ({ observedAt: r.observedAt! })),
      today,
      now: now.toISOString(),
      maxReportAgeDays: this.deps.maxReportAgeDays,
    });
    return {
      today,
      status: posture.status,
      explanation: posture.explanation,
      baseline: baseline ? describeBaseline(baseline) : null,
      deviations: posture.deviations,
      corrected: posture.corrected,
      exceptions: posture.exceptions,
      vulnerabilities: posture.vulnerabilities,
      trend: posture.trend,
      reports: latest,
    };
  }

  /** The status and open deviations of each cluster, for the fleet. */
  async summaries(
    entities: Entity[],
  ): Promise<Map<string, ApiSchemas['SecurityFleetSummary']>> {
    const postures = await this.postures(entities);
    return new Map(
      [...postures].map(([ref, { status, deviations }]) => [
        ref,
        { status, openDeviations: deviations.length },
      ]),
    );
  }

  /** The open deviations across clusters, oldest first. */
  async deviations(entities: Entity[]): Promise<CustomerDeviationsResponse> {
    const postures = await this.postures(entities);
    const titles = new Map(
      entities.map(e => [
        stringifyEntityRef(e),
        e.metadata.title ?? e.metadata.name,
      ]),
    );
    const items = [...postures].flatMap(([cluster, { deviations }]) =>
      deviations.map(deviation => ({
        cluster,
        clusterTitle: titles.get(cluster)!,
        deviation,
      })),
    );
    items.sort(
      (a, b) =>
        a.deviation.firstSeen.localeCompare(b.deviation.firstSeen) ||
        a.cluster.localeCompare(b.cluster) ||
        a.deviation.key.localeCompare(b.deviation.key),
    );
    return { items };
  }

  private async postures(entities: Entity[]) {
    const refs = entities.map(e => stringifyEntityRef(e));
    const [baselines, exceptions, open, reports] = await Promise.all([
      this.deps.baselines.all(),
      this.exceptionsOf(entities),
      this.deps.store.openFindings(refs),
      this.deps.store.latestReports(refs),
    ]);
    const now = this.deps.clock.now().toISOString();
    const today = this.deps.clock.today();
    return new Map(
      entities.map(entity => {
        const ref = stringifyEntityRef(entity);
        return [
          ref,
          evaluatePosture({
            baseline: baselines.find(b => b.customer === customerOf(entity)),
            clusterName: entity.metadata.name,
            open: open.get(ref) ?? [],
            closed: [],
            exceptions: exceptions.get(ref) ?? [],
            reports: (reports.get(ref) ?? []).map(r => ({
              observedAt: r.observedAt!,
            })),
            today,
            now,
            maxReportAgeDays: this.deps.maxReportAgeDays,
          }),
        ];
      }),
    );
  }

  /** Every exception that applies to each cluster: its baseline's and the portal's. */
  async exceptionsOf(
    entities: Entity[],
  ): Promise<Map<string, SecurityException[]>> {
    const refs = entities.map(e => stringifyEntityRef(e));
    const today = this.deps.clock.today();
    const [baselines, portal] = await Promise.all([
      this.deps.baselines.all(),
      this.deps.store.exceptions(refs),
    ]);
    return new Map(
      entities.map(entity => {
        const ref = stringifyEntityRef(entity);
        const baseline = baselines.find(b => b.customer === customerOf(entity));
        return [
          ref,
          [
            ...fileExceptionsFor(baseline, entity.metadata.name, today),
            ...(portal.get(ref) ?? []),
          ],
        ];
      }),
    );
  }

  /**
   * Records an exception approved by a signed-in user; it must expire after today and within a
   * year, as an agreement is reviewed at least yearly.
   */
  async createException(
    entity: Entity,
    request: ExceptionRequest,
    approvedBy: string,
  ): Promise<{ exception: SecurityException; created: boolean }> {
    const today = this.deps.clock.today();
    const latest = new Date(`${today}T00:00:00Z`);
    latest.setUTCFullYear(latest.getUTCFullYear() + 1);
    const lastDay = latest.toISOString().slice(0, 10);
    if (request.expires <= today || request.expires > lastDay) {
      throw new InputError(
        `expires: ${request.expires} must be after today (${today}) and at most a year away (${lastDay})`,
      );
    }
    return this.deps.store.createException(stringifyEntityRef(entity), {
      set: request.set,
      check: request.check,
      scope: { cluster: entity.metadata.name, ...request.scope },
      reason: request.reason,
      approvedBy,
      approvedAt: this.deps.clock.now().toISOString(),
      expires: request.expires,
    });
  }
}
