import { InputError } from '@backstage/errors';
import { parseKubernetesVersion } from '@mpk-portal/plugin-mpk-common';
import { isInFuture } from '../platform/ContractClock';
import { NewConformanceRun } from './ConformanceStore';
import { reconcileWithLog } from './parsing';
import { ConformanceUpload } from './receiveUpload';

function kubernetesVersionOf(upload: ConformanceUpload): string {
  const field = upload.fields.kubernetesVersion;
  const reported = upload.results.kubernetesVersion;
  if (field !== undefined && !parseKubernetesVersion(field)) {
    throw new InputError(
      `kubernetesVersion: "${field}" is not a Kubernetes version such as v1.33.0`,
    );
  }
  if (field && reported) {
    const [a, b] = [field, reported].map(v => parseKubernetesVersion(v)!.line);
    if (a !== b) {
      throw new InputError(
        `kubernetesVersion: the field says ${field} but the results were taken on ${reported}`,
      );
    }
  }
  const version = reported ?? field;
  if (!version || !parseKubernetesVersion(version)) {
    throw new InputError(
      'kubernetesVersion: the results do not say which Kubernetes version ran (a junit has no serverversion.json); give the field, e.g. v1.33.0',
    );
  }
  return version;
}

function finishedAtOf(upload: ConformanceUpload, now: Date): string {
  const field = upload.fields.finishedAt;
  if (field !== undefined) {
    const time = Date.parse(field);
    if (
      !/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/.test(field) ||
      Number.isNaN(time)
    ) {
      throw new InputError(
        `finishedAt: "${field}" is not an ISO 8601 date and time with an offset, e.g. 2026-11-20T16:30:00Z`,
      );
    }
    if (isInFuture(time, now)) {
      throw new InputError(`finishedAt: ${field} is in the future`);
    }
    return new Date(time).toISOString();
  }
  // Without a time from the sender or the report, the upload is when the run is known to be done.
  return upload.results.finishedAt ?? now.toISOString();
}

/**
 * The run an upload describes: counts checked against the e2e.log summary when there is one (an
 * uploaded log before the tarball's own), the Kubernetes version and the finish time.
 */
export function conformanceRunOf(
  upload: ConformanceUpload,
  context: { cluster: string; uploadedBy: string; now: Date },
): NewConformanceRun {
  const log = upload.log ?? upload.results.logSummary;
  const results = log ? reconcileWithLog(upload.results, log) : upload.results;
  const kubernetesVersion = kubernetesVersionOf(upload);
  return {
    cluster: context.cluster,
    kubernetesVersion,
    kubernetesMinor: parseKubernetesVersion(kubernetesVersion)!.line,
    finishedAt: finishedAtOf(upload, context.now),
    passed: results.passed,
    failed: results.failed,
    skipped: results.skipped,
    flaked: results.flaked,
    // Not failed > 0: a failed suite-level node, or a suite that did not finish, fails the run.
    status: results.succeeded ? 'passed' : 'failed',
    source: results.source,
    logSummary: log?.line ?? null,
    failures: results.failures,
    resultsSha256: results.resultsSha256,
    uploadedAt: context.now.toISOString(),
    uploadedBy: context.uploadedBy,
  };
}
