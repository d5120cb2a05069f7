import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  acmeProdConformance,
  failedRun,
} from '../../__testUtils__/conformanceResponses';
import { fakeMpkApi } from '../../__testUtils__/mpkResponses';
import { mpkConformanceUploadPermission } from '@mpk-portal/plugin-mpk-common';
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
import { ConformanceCard } from './ConformanceCard';

const renderCard = (mpkApi?: MpkApi, authorize?: PermissionAnswer) =>
  renderOnProductionCluster(<ConformanceCard />, mpkApi, authorize);

const results = (name: string) => new File(['<testsuites/>'], name);

describe('ConformanceCard', () => {
  it('shows the status, why, the counts and the failed specs with their messages', async () => {
    await renderCard();

    expect(await screen.findByText('Non-conformant')).toBeInTheDocument();
    expect(
      screen.getByText(acmeProdConformance.assessment.explanation),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Passed count')).toHaveTextContent('409');
    expect(screen.getByLabelText('Failed count')).toHaveTextContent('2');
    expect(
      screen.getByText(/on Kubernetes v1\.35\.2, from a junit report/),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByText(failedRun.failures[1].name));
    expect(
      await screen.findByText(failedRun.failures[1].message),
    ).toBeInTheDocument();
  });

  it('draws the history, one dot per run', async () => {
    await renderCard();

    const sparkline = await screen.findByRole('img', { name: /^2 runs:/ });
    expect(sparkline).toHaveAccessibleName(
      '2 runs: 2026-08-01 passed, 2026-11-20 failed',
    );
    expect(sparkline.querySelectorAll('circle')).toHaveLength(2);
  });

  it('says what to do for a cluster without a run', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterConformance.mockResolvedValue({
      ...acmeProdConformance,
      assessment: {
        status: 'unknown',
        explanation: 'No conformance run has been uploaded for this cluster.',
      },
      latest: null,
      history: [],
    });
    await renderCard(mpkApi);

    expect(await screen.findByText('Unknown')).toBeInTheDocument();
    expect(screen.queryByText('Latest run')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('uploads results with a progress bar and shows the new run', async () => {
    const mpkApi = fakeMpkApi();
    let finish: (value: typeof failedRun) => void = () => {};
    mpkApi.uploadConformance.mockImplementation(
      (_cluster, _upload, onProgress) =>
        new Promise(resolve => {
          onProgress?.(0.42);
          finish = resolve;
        }),
    );
    await renderCard(mpkApi);
    const dialog = await openUploadDialog('Upload results');
    chooseFile(dialog, /^Results:/, results('junit_01.xml'));
    await userEvent.type(
      within(dialog).getByLabelText(/Kubernetes version/),
      'v1.35.2',
    );
    await pressUpload(dialog);

    expect(await screen.findByText('42% sent')).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Upload progress' }),
    ).toHaveAttribute('aria-valuenow', '42');
    expect(mpkApi.uploadConformance).toHaveBeenCalledWith(
      { kind: 'resource', namespace: 'default', name: 'acme-prod' },
      expect.objectContaining({ kubernetesVersion: 'v1.35.2', log: undefined }),
      expect.any(Function),
    );
    finish(failedRun);
    await waitFor(() =>
      expect(
        screen.queryByText('Upload conformance results'),
      ).not.toBeInTheDocument(),
    );
    expect(mpkApi.getClusterConformance).toHaveBeenCalledTimes(2);
  });

  it("shows the server's reason when it refuses an upload", async () => {
    const mpkApi = fakeMpkApi();
    const reason =
      'results: neither a Sonobuoy tarball (.tar.gz) nor a junit XML file';
    mpkApi.uploadConformance.mockRejectedValue(await uploadRefusal(reason));
    await renderCard(mpkApi);

    const dialog = await uploadThroughDialog({
      opener: 'Upload results',
      label: /^Results:/,
      file: results('notes.txt'),
    });
    await expectUploadRefused(dialog, reason);
    expect(mpkApi.getClusterConformance).toHaveBeenCalledTimes(1);
  });

  it('offers no upload without the permission, and says who uploads', async () => {
    const authorize = jest.fn((): AuthorizeResult.DENY => AuthorizeResult.DENY);
    await renderCard(fakeMpkApi(), authorize);

    expect(await screen.findByText('Non-conformant')).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Only the support pod of this cluster uploads results',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upload results' })).toBeNull();
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        permission: mpkConformanceUploadPermission,
        resourceRef: 'resource:default/acme-prod',
      }),
    );
  });

  it('offers the upload to a user allowed it on this cluster only', async () => {
    await renderCard(fakeMpkApi(), ({ resourceRef }) =>
      resourceRef === 'resource:default/acme-prod'
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    );

    expect(
      await screen.findByRole('button', { name: 'Upload results' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/uploads results$/)).toBeNull();
  });
});
