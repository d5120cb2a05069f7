import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  mpkDeprecatedApiReportUploadPermission,
  parseDeprecatedApiReport,
} from '@mpk-portal/plugin-mpk-common';
import { createHash } from 'node:crypto';
import { MpkAccessControl } from '../../platform/access/MpkAccessControl';
import { authorizeClusterUpload } from '../../platform/authorizeClusterUpload';
import { ContractClock } from '../../platform/ContractClock';
import { MpkRouter } from '../../platform/mpkRouter';
import { PayloadTooLargeError } from '../../platform/PayloadTooLargeError';
import { DeprecatedApiReportStore } from './DeprecatedApiReportStore';
import { receiveSingleFileUpload } from './receiveReportUpload';

/** A kubent or pluto JSON report of a large cluster stays well under this. */
const MAX_REPORT_BYTES = 5 * 1024 * 1024;

function parseJson(content: Buffer): unknown {
  try {
    return JSON.parse(content.toString('utf8'));
  } catch (error) {
    throw new InputError(
      `report: not JSON (${
        error instanceof Error ? error.message : String(error)
      }); upload the output of kubent -o json or pluto detect-all-in-cluster -o json`,
    );
  }
}

/** Uploads of deprecated-API scans, which a cluster's upgrade readiness is judged on. */
export function registerDeprecatedApiReportRoutes(
  router: MpkRouter,
  options: {
    access: MpkAccessControl;
    reports: DeprecatedApiReportStore;
    clock: ContractClock;
  },
): void {
  const { access, reports, clock } = options;

  router.post(
    '/clusters/:namespace/:name/deprecated-api-reports',
    async (req, res) => {
      const { target: clusterRef, uploadedBy } = await authorizeClusterUpload(
        req,
        access,
        mpkDeprecatedApiReportUploadPermission,
        stringifyEntityRef,
      );
      const content = await receiveSingleFileUpload(req, {
        field: 'report',
        maxBytes: MAX_REPORT_BYTES,
        describe: 'the output of kubent -o json or pluto -o json',
      });
      const parsed = parseDeprecatedApiReport(parseJson(content));
      if (!parsed.ok) {
        const message = `report: ${parsed.problems.slice(0, 10).join('; ')}`;
        throw parsed.tooMany
          ? new PayloadTooLargeError(message)
          : new InputError(message);
      }
      const { report, created } = await reports.record({
        clusterRef,
        uploadedBy,
        tool: parsed.tool,
        sha256: createHash('sha256').update(content).digest('hex'),
        uploadedAt: clock.now().toISOString(),
        findings: parsed.findings,
      });
      res.status(created ? 201 : 200).json(report);
    },
  );
}
