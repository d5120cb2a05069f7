import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { productionCluster } from '../../__testUtils__/clusterEntities';
import {
  acmeProdConformance,
  failedRun,
} from '../../__testUtils__/conformanceResponses';
import { fakeMpkApi } from '../../__testUtils__/mpkResponses';
import { responseError } from '../../__testUtils__/responseError';
import { mpkConformanceUploadPermission } from '@mpk-portal/plugin-mpk-common';
import {
  PermissionAnswer,
  renderWithMpk,
} from '../../__testUtils__/renderWithMpk';
import { ConformanceCard } from './ConformanceCard';

function renderCard(
  mpkApi = fakeMpkApi(),
  authorize: PermissionAnswer = AuthorizeResult.ALLOW,
) {
  return renderWithMpk(<ConformanceCard />, {
    mpkApi,
    authorize,
    entity: productionCluster,
  });
}

async function chooseResults(name: string) {
  const input = screen.getByLabelText(/^Results:/) as HTMLInputElement;
  fireEvent.change(input, {
    target: { files: [new File(['<testsuites/>'], name)] },
  });
}

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
    await userEvent.click(
      await screen.findByRole('button', { name: 'Upload results' }),
    );
    await chooseResults('junit_01.xml');
    await userEvent.type(
      screen.getByLabelText(/Kubernetes version/),
      'v1.35.2',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Upload' }));

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
    mpkApi.uploadConformance.mockRejectedValue(
      await responseError(
        400,
        'InputError',
        'results: neither a Sonobuoy tarball (.tar.gz) nor a junit XML file',
      ),
    );
    await renderCard(mpkApi);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Upload results' }),
    );
    await chooseResults('notes.txt');
    await userEvent.click(screen.getByRole('button', { name: 'Upload' }));

    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'results: neither a Sonobuoy tarball (.tar.gz) nor a junit XML file',
    );
    expect(
      within(dialog).getByRole('button', { name: 'Upload' }),
    ).toBeEnabled();
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
