import {
  AuthorizeResult,
  EvaluatePermissionRequest,
} from '@backstage/plugin-permission-common';
import {
  ClusterUpgradeResponse,
  mpkDeprecatedApiReportUploadPermission,
  ReadinessItem,
} from '@mpk-portal/plugin-mpk-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { responseError } from '../../__testUtils__/responseError';
import {
  acmeMaintenance,
  acmeProdUpgrade,
  controlPlaneEol,
  fakeMpkApi,
  upgradePath,
} from '../../__testUtils__/mpkResponses';
import {
  PermissionAnswer,
  renderOnProductionCluster,
} from '../../__testUtils__/renderWithMpk';
import {
  chooseFile,
  expectUploadRefused,
  openUploadDialog,
  pressUpload,
  uploadRefusal,
  uploadThroughDialog,
} from '../../__testUtils__/uploadDialog';
import { MpkApi } from '../../api';
import { UpgradeCard } from './UpgradeCard';

const renderCard = (mpkApi?: MpkApi, authorize?: PermissionAnswer) =>
  renderOnProductionCluster(<UpgradeCard />, mpkApi, authorize);

function withUpgrade(changes: Partial<ClusterUpgradeResponse>) {
  const mpkApi = fakeMpkApi();
  mpkApi.getClusterUpgrade.mockResolvedValue({
    ...acmeProdUpgrade,
    ...changes,
  });
  return mpkApi;
}

const removedApi: ReadinessItem = {
  source: 'deprecated-api',
  message:
    'PodSecurityPolicy restricted uses policy/v1beta1, removed in Kubernetes 1.25',
  remedy: 'Replace PodSecurityPolicy with Pod Security Admission.',
  evidence: 'kubent report of 2026-11-20',
};

const skewedNodes: ReadinessItem = {
  source: 'version-skew',
  message: 'Worker nodes on 1.31 would be 3 minor versions behind 1.34',
  remedy: 'Upgrade the worker nodes to 1.33 first.',
  evidence: 'the catalog',
};

const oldIngress: ReadinessItem = {
  source: 'component-compatibility',
  message: 'ingress-nginx 1.9 supports Kubernetes 1.26 to 1.29',
  remedy: 'Upgrade ingress-nginx to 1.11.',
};

const blockedReadiness: ClusterUpgradeResponse['readiness'] = {
  targetVersion: '1.34',
  ready: false,
  blockers: [removedApi, skewedNodes],
  warnings: [oldIngress],
  scans: [
    {
      tool: 'kubent',
      observedAt: '2026-11-20T10:00:00.000Z',
      uploadedBy: 'user:default/erin',
      findings: 1,
    },
    {
      tool: 'apiserver-metric',
      observedAt: '2026-11-14T08:00:00.000Z',
      findings: 0,
    },
  ],
};

async function readiness() {
  return (await screen.findByRole('heading', { name: 'Readiness' }))
    .parentElement!;
}

function rowTexts(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row =>
      within(row)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    );
}

describe('UpgradeCard', () => {
  it('shows the next deadline of the cluster on the page', async () => {
    const mpkApi = fakeMpkApi();
    await renderCard(mpkApi);

    const next = (await screen.findByText('Next deadline')).parentElement!;
    expect(
      within(next).getByText('Kubernetes control plane 1.33'),
    ).toBeInTheDocument();
    expect(within(next).getByText('12 days left')).toBeInTheDocument();
    expect(within(next).getByText('Due soon')).toBeInTheDocument();
    expect(within(next).getByText('Due 2026-11-26')).toBeInTheDocument();
    expect(mpkApi.getClusterUpgrade).toHaveBeenCalledWith({
      kind: 'resource',
      namespace: 'default',
      name: 'acme-prod',
    });
  });

  it('says whether the deadlines are guaranteed', async () => {
    await renderCard();

    expect(
      await screen.findByText(
        "Kubernetes 1.33 is within the supported window (1.33 and 1.34). The customer's environment configuration is qualified: the deadlines are guaranteed.",
      ),
    ).toBeInTheDocument();
  });

  it('lists every obligation with its dates, status and explanation', async () => {
    await renderCard();

    const table = (
      await screen.findByRole('columnheader', { name: 'Explanation' })
    ).closest('table')!;
    expect(rowTexts(table)).toEqual([
      [
        'Kubernetes control plane 1.33',
        '2026-07-29Amazon EKS 1.33 end of life',
        '2026-11-26',
        '12 days left',
        'Due soon',
        controlPlaneEol.explanation,
      ],
      [
        'Upgrade path to Kubernetes 1.36',
        '2026-10-01Amazon EKS 1.36 released',
        '2027-01-29',
        '76 days left',
        'On track',
        upgradePath.explanation,
      ],
      [
        'Monitoring platform 3.5',
        '',
        '',
        '',
        'Unknown',
        'Monitoring platform 3.5: the release calendar has no end-of-life date for version 3.5, so no deadline can be computed.',
      ],
    ]);
  });

  it('shows the recorded plan, who recorded it and when', async () => {
    await renderCard();

    expect(await screen.findByText('2026-11-10')).toBeInTheDocument();
    expect(screen.getByText('Planned')).toBeInTheDocument();
    expect(
      screen.getByText('Maintenance window agreed with the customer'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('guest on 2026-10-20 09:15 UTC'),
    ).toBeInTheDocument();
  });

  it('marks the deadlines of an unqualified customer as not guaranteed', async () => {
    const explanation =
      'Kubernetes 1.33 is within the supported window (1.33 and 1.34). The customer does not have a qualified environment configuration (at least one production and one non-production environment): the provider still supports upgrades, but the deadlines are not guaranteed.';
    const overdue = {
      ...controlPlaneEol,
      daysLeft: -3,
      status: 'not-guaranteed' as const,
    };
    const unqualified: ClusterUpgradeResponse = {
      ...acmeProdUpgrade,
      assessment: {
        ...acmeProdUpgrade.assessment,
        qualified: false,
        obligations: [overdue],
        next: overdue,
        explanation,
      },
      plan: null,
    };
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterUpgrade.mockResolvedValue(unqualified);
    await renderCard(mpkApi);

    const next = (await screen.findByText('Next deadline')).parentElement!;
    expect(within(next).getByText('3 days overdue')).toBeInTheDocument();
    expect(within(next).getByText('Not guaranteed')).toBeInTheDocument();
    expect(screen.getByText(explanation)).toBeInTheDocument();
    expect(
      screen.getByText(
        'No upgrade plan has been recorded for this cluster yet.',
      ),
    ).toBeInTheDocument();
  });

  it('says so when no obligation has a due date', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterUpgrade.mockResolvedValue({
      ...acmeProdUpgrade,
      assessment: { ...acmeProdUpgrade.assessment, next: undefined },
    });
    await renderCard(mpkApi);

    expect(
      await screen.findByText(
        'No upgrade obligation of this cluster has a due date.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Next deadline')).not.toBeInTheDocument();
  });

  it("shows the server's message when the cluster cannot be assessed", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterUpgrade.mockRejectedValue(
      await responseError(
        400,
        'InputError',
        'The catalog entry of resource:default/acme-prod is incomplete: label mpk.io/platform is missing',
      ),
    );
    await renderCard(mpkApi);

    expect(
      await screen.findByRole('heading', {
        name: 'Error: The catalog entry of resource:default/acme-prod is incomplete: label mpk.io/platform is missing',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Next deadline')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('keeps fulfilled obligations in the table with when they were met', async () => {
    const met = {
      ...upgradePath,
      id: 'upgrade-path:1.35',
      what: 'Upgrade path to Kubernetes 1.35',
      dueDate: '2026-08-01',
      daysLeft: -105,
      status: 'met' as const,
      metOn: '2026-07-15',
    };
    const metLate = {
      ...upgradePath,
      daysLeft: -50,
      dueDate: '2026-09-25',
      status: 'met-late' as const,
      metOn: '2026-10-15',
      daysLate: 20,
    };
    const mpkApi = withUpgrade({
      assessment: {
        ...acmeProdUpgrade.assessment,
        obligations: [controlPlaneEol, met, metLate],
      },
    });
    await renderCard(mpkApi);

    const table = (
      await screen.findByRole('columnheader', { name: 'Explanation' })
    ).closest('table')!;
    const rows = rowTexts(table);
    expect(rows.map(row => [row[0], row[3], row[4]])).toEqual([
      ['Kubernetes control plane 1.33', '12 days left', 'Due soon'],
      ['Upgrade path to Kubernetes 1.35', 'Met on 2026-07-15', 'Met'],
      [
        'Upgrade path to Kubernetes 1.36',
        'Met 20 days late (2026-10-15)',
        'Met late',
      ],
    ]);
  });

  it('says the cluster is ready for its next version when nothing blocks it', async () => {
    await renderCard();

    const section = await readiness();
    expect(within(section).getByText('Ready for 1.34')).toBeInTheDocument();
    expect(within(section).queryByText('Blockers')).not.toBeInTheDocument();
    expect(
      within(section).getByText(
        'No deprecated-API scan has been read for this cluster.',
      ),
    ).toBeInTheDocument();
  });

  it('lists the blockers and warnings with their source, remedy and evidence, and the scans read', async () => {
    await renderCard(withUpgrade({ readiness: blockedReadiness }));

    const section = await readiness();
    expect(
      within(section).getByText('2 blockers for 1.34 (1 warning)'),
    ).toBeInTheDocument();
    const blockers = within(section).getByRole('list', { name: 'Blockers' });
    const items = within(blockers).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      `Deprecated API ${removedApi.message}How to fix: ${removedApi.remedy}Evidence: kubent report of 2026-11-20`,
    );
    expect(items[1]).toHaveTextContent(/^Version skew Worker nodes on 1\.31/);
    const warnings = within(section).getByRole('list', { name: 'Warnings' });
    expect(warnings).toHaveTextContent(
      `Component compatibility ${oldIngress.message}How to fix: ${oldIngress.remedy}`,
    );
    expect(warnings).not.toHaveTextContent('Evidence');
    expect(
      within(section).getByText(
        'kubent report of 2026-11-20 by user:default/erin, 1 finding',
      ),
    ).toBeInTheDocument();
    expect(
      within(section).getByText('API server metric, read now, no findings'),
    ).toBeInTheDocument();
  });

  it('shows five blockers until asked for all of them', async () => {
    const blockers = Array.from({ length: 7 }, (_, index) => ({
      ...removedApi,
      message: `Finding ${index + 1}`,
    }));
    await renderCard(
      withUpgrade({ readiness: { ...blockedReadiness, blockers } }),
    );

    const section = await readiness();
    const list = within(section).getByRole('list', { name: 'Blockers' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);

    await userEvent.click(
      within(section).getByRole('button', { name: 'Show all 7 blockers' }),
    );
    expect(within(list).getAllByRole('listitem')).toHaveLength(7);
    expect(within(list).getByText('Finding 7')).toBeInTheDocument();
  });

  it('uploads a deprecated-API scan and reads the readiness again', async () => {
    const mpkApi = fakeMpkApi();
    await renderCard(mpkApi);
    const dialog = await openUploadDialog('Upload deprecated-API scan');
    expect(
      within(dialog).getByRole('button', { name: 'Upload' }),
    ).toBeDisabled();

    mpkApi.getClusterUpgrade.mockResolvedValue({
      ...acmeProdUpgrade,
      readiness: blockedReadiness,
    });
    const file = new File(['[]'], 'kubent.json', { type: 'application/json' });
    chooseFile(dialog, /^Report:/, file);
    await pressUpload(dialog);

    expect(mpkApi.uploadDeprecatedApiReport).toHaveBeenCalledWith(
      { kind: 'resource', namespace: 'default', name: 'acme-prod' },
      file,
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(
      await screen.findByText('2 blockers for 1.34 (1 warning)'),
    ).toBeInTheDocument();
    expect(mpkApi.getClusterUpgrade).toHaveBeenCalledTimes(2);
  });

  it('shows why a scan was refused and keeps the dialog open', async () => {
    const mpkApi = fakeMpkApi();
    const reason = 'report: neither kubent nor pluto JSON';
    mpkApi.uploadDeprecatedApiReport.mockRejectedValue(
      await uploadRefusal(reason),
    );
    await renderCard(mpkApi);

    const dialog = await uploadThroughDialog({
      opener: 'Upload deprecated-API scan',
      label: /^Report:/,
      file: new File(['{}'], 'scan.json'),
    });
    await expectUploadRefused(dialog, reason);
    expect(mpkApi.getClusterUpgrade).toHaveBeenCalledTimes(1);
  });

  it('offers the scan upload only to users allowed to upload one for this cluster', async () => {
    const authorize = jest.fn((request: EvaluatePermissionRequest) =>
      request.permission.name === mpkDeprecatedApiReportUploadPermission.name
        ? AuthorizeResult.DENY
        : AuthorizeResult.ALLOW,
    );
    await renderCard(fakeMpkApi(), authorize);

    await readiness();
    await waitFor(() =>
      expect(authorize).toHaveBeenCalledWith(
        expect.objectContaining({
          permission: mpkDeprecatedApiReportUploadPermission,
          resourceRef: 'resource:default/acme-prod',
        }),
      ),
    );
    expect(
      screen.queryByRole('button', { name: 'Upload deprecated-API scan' }),
    ).not.toBeInTheDocument();
  });

  it('shows the maintenance windows, freezes and next openings', async () => {
    await renderCard(withUpgrade({ maintenance: acmeMaintenance }));

    const section = (
      await screen.findByRole('heading', { name: 'Maintenance' })
    ).parentElement!;
    expect(
      within(section).getByRole('list', { name: 'Maintenance windows' }),
    ).toHaveTextContent('Saturday and Sunday 01:00–05:00 (America/New_York)');
    expect(
      within(section).getByRole('list', { name: 'Freezes' }),
    ).toHaveTextContent('2026-12-20 to 2027-01-03: Year-end freeze');
    expect(
      within(section).getByText(
        'Next window before the deadline (2026-11-26): Saturday 2026-11-21, 01:00–05:00 (America/New_York)',
      ),
    ).toBeInTheDocument();
    const openings = within(section).getByRole('list', {
      name: 'Next openings',
    });
    expect(
      within(openings)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'Saturday 2026-11-21, 01:00–05:00 (America/New_York)',
      'Sunday 2026-11-22, 01:00–05:00 (America/New_York)',
      'Saturday 2026-11-28, 01:00–05:00 (America/New_York)',
    ]);
    expect(
      within(section).getByRole('button', { name: 'Show all 5 openings' }),
    ).toBeInTheDocument();
  });

  it('says when no window opens before the deadline, and leaves maintenance out when none is set', async () => {
    const { unmount } = await renderCard(
      withUpgrade({
        maintenance: { ...acmeMaintenance, nextWindowBeforeDeadline: null },
      }),
    );
    expect(
      await screen.findByText(
        'No maintenance window opens before the deadline (2026-11-26).',
      ),
    ).toBeInTheDocument();
    unmount();

    await renderCard();
    await readiness();
    expect(
      screen.queryByRole('heading', { name: 'Maintenance' }),
    ).not.toBeInTheDocument();
  });

  it('warns when another cluster of the customer must be upgraded first', async () => {
    await renderCard(
      withUpgrade({ orderWarning: 'Upgrade acme-staging to 1.34 first' }),
    );

    expect(
      await screen.findByText('Warning: Upgrade acme-staging to 1.34 first'),
    ).toBeInTheDocument();
  });
});
