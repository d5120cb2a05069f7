import {
  AuthorizeResult,
  EvaluatePermissionRequest,
} from '@backstage/plugin-permission-common';
import {
  mpkSecurityExceptionCreatePermission,
  mpkSecurityReportUploadPermission,
} from '@mpk-portal/plugin-mpk-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMpkApi } from '../../__testUtils__/mpkResponses';
import {
  PermissionAnswer,
  renderOnProductionCluster,
} from '../../__testUtils__/renderWithMpk';
import {
  acmeProdSecurity,
  anonymousAuthDeviation,
  runAsRootDeviation,
  unscannedSecurity,
} from '../../__testUtils__/securityResponses';
import {
  expectUploadRefused,
  openUploadDialog,
  pressUpload,
  uploadRefusal,
} from '../../__testUtils__/uploadDialog';
import { MpkApi } from '../../api';
import { SecurityCard } from './SecurityCard';

const renderCard = (mpkApi?: MpkApi, authorize?: PermissionAnswer) =>
  renderOnProductionCluster(<SecurityCard />, mpkApi, authorize);

const acmeProd = { kind: 'resource', namespace: 'default', name: 'acme-prod' };

/** Allows every permission but `denied`. */
const allBut =
  (denied: { name: string }) =>
  ({ permission }: EvaluatePermissionRequest) =>
    permission.name === denied.name
      ? AuthorizeResult.DENY
      : AuthorizeResult.ALLOW;

const report = (name: string) => new File(['{}'], name);

describe('SecurityCard', () => {
  it('shows the status, why, the baseline and the latest report of each source', async () => {
    await renderCard();

    expect(await screen.findByText('Deviations')).toBeInTheDocument();
    expect(screen.getByText(acmeProdSecurity.explanation)).toBeInTheDocument();
    const baseline = screen.getByLabelText('Baseline');
    expect(baseline).toHaveTextContent('Acme security baseline 2026');
    expect(baseline).toHaveTextContent(
      'Benchmarks: CIS Kubernetes Benchmark 1.8, scored controls',
    );
    expect(baseline).toHaveTextContent(
      'Vulnerability thresholds: No fixable critical vulnerability',
    );
    const reports = within(screen.getByRole('list', { name: 'Latest reports' }))
      .getAllByRole('listitem')
      .map(item => item.textContent);
    expect(reports).toEqual([
      'kube-bench: 110 pass, 2 fail, 12 warnObserved 2026-11-13 06:00 UTC, uploaded by sam-scka',
      'Trivy Operator VulnerabilityReport replicaset-web-7d9-web: 1 critical, 5 high, 5 mediumObserved 2026-11-12 06:00 UTC',
    ]);
  });

  it('lists the open deviations with where, how long, how severe and how to fix', async () => {
    await renderCard();

    const list = await screen.findByRole('list', { name: 'Open deviations' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(anonymousAuthDeviation.title);
    expect(items[0]).toHaveTextContent('High');
    expect(items[0]).toHaveTextContent(
      'cis-1.8 / 4.2.1 on the whole cluster, open 44 days (since 2026-10-01), seen in kube-bench',
    );
    expect(items[0]).toHaveTextContent(
      'How to fix: Set authentication.anonymous.enabled to false in the kubelet config file.',
    );
    expect(items[1]).toHaveTextContent(
      'pod-security-restricted / require-run-as-nonroot on Deployment shop/web, open 4 days (since 2026-11-10)',
    );
    expect(items[1]).toHaveTextContent(
      'An exception covered it until 2026-11-09.',
    );
    expect(items[2]).toHaveTextContent('Critical');
  });

  it('lists the exceptions, expiring first, with expiry, approver and origin', async () => {
    await renderCard();

    const list = await screen.findByRole('list', { name: 'Exceptions' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map(item => item.textContent)).toEqual([
      'every check of pod-security-restricted on everything in namespace kube-systemExpiring' +
        'System pods are run by the providerApplies until 2026-11-25; approved by Acme CISO, agreed in the baseline',
      "cis-1.8 / 4.2.6 on the whole clusterActiveEKS manages the kubelet's --protect-kernel-defaults" +
        'Applies until 2027-03-31; approved by erin on 2026-09-01, recorded in the portal',
      'pod-security-restricted / require-run-as-nonroot on Deployment shop/webExpired' +
        'The vendor image runs as root until its 2.0 releaseExpired after 2026-11-09; approved by lee on 2026-08-09, recorded in the portal',
    ]);
  });

  it('counts the vulnerabilities by severity, fixable or not', async () => {
    await renderCard();

    const table = await screen.findByRole('table', {
      name: 'Vulnerabilities by severity',
    });
    expect(
      within(table)
        .getAllByRole('row')
        .map(row =>
          [...(row as HTMLTableRowElement).cells].map(cell => cell.textContent),
        ),
    ).toEqual([
      ['Severity', 'Fixable', 'Not fixable'],
      ['Critical', '1', '0'],
      ['High', '3', '2'],
      ['Medium', '0', '5'],
    ]);
  });

  it('lists the corrected deviations with their time to correct, and draws the trend', async () => {
    await renderCard();

    const corrected = await screen.findByRole('list', {
      name: 'Corrected deviations',
    });
    expect(corrected).toHaveTextContent(
      'Ensure that the --kubelet-certificate-authority argument is set' +
        'cis-1.8 / 1.2.6 on the whole cluster: corrected on 2026-10-15, 44 days after it was first seen',
    );
    const trend = screen.getByRole('img', { name: /^Open deviations by week/ });
    expect(trend).toHaveAccessibleName(
      'Open deviations by week: 2026-10-24 1, 2026-10-31 1, 2026-11-07 0, 2026-11-14 3',
    );
    expect(trend.querySelectorAll('circle')).toHaveLength(4);
  });

  it('says what is missing for a cluster without a report', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterSecurity.mockResolvedValue(unscannedSecurity);
    await renderCard(mpkApi);

    expect(await screen.findByText('Unknown')).toBeInTheDocument();
    expect(
      screen.getByText('No scan report has been read for this cluster.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No open deviation from the baseline.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Exceptions' })).toBeNull();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('says that no baseline is agreed', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterSecurity.mockResolvedValue({
      ...unscannedSecurity,
      baseline: null,
    });
    await renderCard(mpkApi);

    expect(
      await screen.findByText(/^No security baseline is agreed/),
    ).toBeInTheDocument();
  });

  it("shows the server's reason when the posture cannot be read", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterSecurity.mockRejectedValue(new Error('backend is down'));
    await renderCard(mpkApi);

    expect(
      await screen.findByText('Error: backend is down'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('adds an exception for a deviation, prefilled with its check and resource, and reloads', async () => {
    const mpkApi = fakeMpkApi();
    await renderCard(mpkApi);

    await userEvent.click(
      await screen.findByRole('button', {
        name: `Add an exception for ${runAsRootDeviation.title}`,
      }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Add an exception' });
    expect(dialog).toHaveTextContent(
      'pod-security-restricted / require-run-as-nonroot on Deployment shop/web',
    );
    const submit = within(dialog).getByRole('button', {
      name: 'Add exception',
    });
    expect(submit).toBeDisabled();
    const expires = within(dialog).getByLabelText(/Last day it applies/);
    expect(expires).toHaveAttribute('min', '2026-11-15');
    expect(expires).toHaveAttribute('max', '2027-11-14');

    await userEvent.type(
      within(dialog).getByLabelText(/Reason/),
      'Vendor fix due in 2.0',
    );
    fireEvent.change(expires, { target: { value: '2027-01-31' } });
    await userEvent.click(submit);

    expect(mpkApi.createSecurityException).toHaveBeenCalledWith(acmeProd, {
      set: 'pod-security-restricted',
      check: 'require-run-as-nonroot',
      scope: { namespace: 'shop', kind: 'Deployment', name: 'web' },
      reason: 'Vendor fix due in 2.0',
      expires: '2027-01-31',
    });
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(mpkApi.getClusterSecurity).toHaveBeenCalledTimes(2);
  });

  it('asks for no scope for a cluster-wide check', async () => {
    const mpkApi = fakeMpkApi();
    await renderCard(mpkApi);

    await userEvent.click(
      await screen.findByRole('button', {
        name: `Add an exception for ${anonymousAuthDeviation.title}`,
      }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/Reason/), 'EKS');
    fireEvent.change(within(dialog).getByLabelText(/Last day it applies/), {
      target: { value: '2027-01-31' },
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add exception' }),
    );

    expect(mpkApi.createSecurityException).toHaveBeenCalledWith(acmeProd, {
      set: 'cis-1.8',
      check: '4.2.1',
      reason: 'EKS',
      expires: '2027-01-31',
    });
  });

  it("keeps the exception dialog open with the server's reason when it refuses", async () => {
    const mpkApi = fakeMpkApi();
    const reason = 'expires: at most a year away';
    mpkApi.createSecurityException.mockRejectedValue(
      await uploadRefusal(reason),
    );
    await renderCard(mpkApi);

    await userEvent.click(
      await screen.findByRole('button', {
        name: `Add an exception for ${anonymousAuthDeviation.title}`,
      }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/Reason/), 'EKS');
    fireEvent.change(within(dialog).getByLabelText(/Last day it applies/), {
      target: { value: '2028-01-31' },
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add exception' }),
    );

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(reason);
    expect(dialog).toBeInTheDocument();
    expect(mpkApi.getClusterSecurity).toHaveBeenCalledTimes(1);
  });

  it('offers no exception without the permission on this cluster', async () => {
    const authorize = jest.fn(allBut(mpkSecurityExceptionCreatePermission));
    await renderCard(fakeMpkApi(), authorize);

    await screen.findByRole('list', { name: 'Open deviations' });
    await waitFor(() =>
      expect(authorize).toHaveBeenCalledWith(
        expect.objectContaining({
          permission: mpkSecurityExceptionCreatePermission,
          resourceRef: 'resource:default/acme-prod',
        }),
      ),
    );
    expect(
      await screen.findByRole('button', { name: 'Upload scan reports' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Add an exception/ }),
    ).not.toBeInTheDocument();
  });

  it('uploads several reports at once and reloads', async () => {
    const mpkApi = fakeMpkApi();
    await renderCard(mpkApi);

    const dialog = await openUploadDialog('Upload scan reports');
    const files = [report('kube-bench.json'), report('trivy.tar.gz')];
    fireEvent.change(within(dialog).getByLabelText(/^Reports:/), {
      target: { files },
    });
    expect(dialog).toHaveTextContent('2 files: kube-bench.json, trivy.tar.gz');
    await pressUpload(dialog);

    expect(mpkApi.uploadSecurityReports).toHaveBeenCalledWith(acmeProd, files);
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(mpkApi.getClusterSecurity).toHaveBeenCalledTimes(2);
  });

  it("shows the server's reason when it refuses an upload", async () => {
    const mpkApi = fakeMpkApi();
    const reason = 'notes.txt: not a report the portal reads';
    mpkApi.uploadSecurityReports.mockRejectedValue(await uploadRefusal(reason));
    await renderCard(mpkApi);

    const dialog = await openUploadDialog('Upload scan reports');
    fireEvent.change(within(dialog).getByLabelText(/^Reports:/), {
      target: { files: [report('notes.txt')] },
    });
    await pressUpload(dialog);

    await expectUploadRefused(dialog, reason);
    expect(mpkApi.getClusterSecurity).toHaveBeenCalledTimes(1);
  });

  it('offers no upload without the permission, and says who uploads', async () => {
    const authorize = jest.fn(allBut(mpkSecurityReportUploadPermission));
    await renderCard(fakeMpkApi(), authorize);

    expect(
      await screen.findByText(
        'Only the support pod of this cluster uploads scan reports',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Upload scan reports' }),
    ).toBeNull();
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        permission: mpkSecurityReportUploadPermission,
        resourceRef: 'resource:default/acme-prod',
      }),
    );
    expect(
      await screen.findAllByRole('button', { name: /^Add an exception/ }),
    ).toHaveLength(3);
  });
});
