import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mpkApiRef } from '../../../api';
import {
  fakeMpkApi,
  supportedKubernetesVersions,
} from '../../../__testUtils__/mpkResponses';
import { responseError } from '../../../__testUtils__/responseError';
import { FieldHarness } from '../__testUtils__/FieldHarness';
import { KubernetesVersionPicker } from './KubernetesVersionPicker';

async function renderPicker(
  options: {
    mpkApi?: ReturnType<typeof fakeMpkApi>;
    platform?: string;
    value?: string;
  } = {},
) {
  const mpkApi = options.mpkApi ?? fakeMpkApi();
  const onChange = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[mpkApiRef, mpkApi]]}>
      <FieldHarness
        field={KubernetesVersionPicker}
        platform={options.platform}
        value={options.value}
        onChange={onChange}
      />
    </TestApiProvider>,
  );
  return { mpkApi, onChange };
}

async function releaseNames() {
  const radios = await screen.findAllByRole('radio');
  return radios.map(radio => radio.closest('label')?.textContent);
}

describe('KubernetesVersionPicker', () => {
  it("lists the supported releases of the form's platform, newest first", async () => {
    const { mpkApi } = await renderPicker({ platform: 'eks' });

    expect(await releaseNames()).toEqual(['1.36 (newest)', '1.35']);
    expect(mpkApi.getSupportedKubernetesVersions).toHaveBeenCalledWith('eks');
    expect(
      screen.getByText(
        'The two most recent Amazon EKS releases still supported on 2026-11-14',
      ),
    ).toBeInTheDocument();
  });

  it('chooses the newest release when the field is empty', async () => {
    const { onChange } = await renderPicker({ platform: 'eks' });

    await waitFor(() => expect(onChange).toHaveBeenCalledWith('1.36'));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByRole('radio', { name: '1.36 (newest)' }),
    ).toBeChecked();
  });

  it('keeps a supported release and changes it on a click', async () => {
    const { onChange } = await renderPicker({ platform: 'eks', value: '1.35' });

    expect(await screen.findByRole('radio', { name: '1.35' })).toBeChecked();
    expect(onChange).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('radio', { name: '1.36 (newest)' }));

    expect(onChange).toHaveBeenLastCalledWith('1.36');
  });

  it("offers the new platform's releases when the platform changes", async () => {
    const { mpkApi, onChange } = await renderPicker({
      platform: 'eks',
      value: '1.36',
    });
    await screen.findByRole('radio', { name: '1.36 (newest)' });

    await userEvent.click(
      screen.getByRole('button', { name: 'Switch to rpc-k' }),
    );

    expect(await releaseNames()).toEqual(['1.35 (newest)', '1.34']);
    expect(mpkApi.getSupportedKubernetesVersions).toHaveBeenLastCalledWith(
      'rpc-k',
    );
    // 1.36 is not supported on RPC-K yet.
    expect(onChange).toHaveBeenLastCalledWith('1.35');
    expect(
      screen.getByText(
        'The two most recent Kubernetes releases still supported on 2026-11-14',
      ),
    ).toBeInTheDocument();
  });

  it('asks for a platform before offering releases', async () => {
    const { mpkApi, onChange } = await renderPicker();

    expect(
      await screen.findByText('Choose a platform first'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(mpkApi.getSupportedKubernetesVersions).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('names a platform value the portal does not know', async () => {
    const { mpkApi } = await renderPicker({ platform: 'EKS' });

    expect(
      await screen.findByText(
        'Unknown platform "EKS": expected one of eks, rpc-k',
      ),
    ).toBeInTheDocument();
    expect(mpkApi.getSupportedKubernetesVersions).not.toHaveBeenCalled();
  });

  it("shows the server's message when the releases cannot be read", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getSupportedKubernetesVersions.mockRejectedValue(
      await responseError(
        404,
        'NotFoundError',
        'No release calendar for amazon-eks',
      ),
    );
    const { onChange } = await renderPicker({ mpkApi, platform: 'eks' });

    expect(
      await screen.findByText(
        'Could not load the supported Kubernetes releases: No release calendar for amazon-eks',
      ),
    ).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says why a supported release the provider has not certified is not offered', async () => {
    const mpkApi = fakeMpkApi();
    const message =
      'Kubernetes 1.36 (released 2026-04-22) is not yet certified on RPC-K';
    mpkApi.getSupportedKubernetesVersions.mockResolvedValue({
      ...supportedKubernetesVersions['rpc-k'],
      notYetCertified: [
        { version: '1.36', releaseDate: '2026-04-22', message },
      ],
    });
    await renderPicker({ mpkApi, platform: 'rpc-k' });

    expect(await releaseNames()).toEqual(['1.35 (newest)', '1.34']);
    expect(
      screen.getByRole('note', { name: 'Releases not offered' }),
    ).toHaveTextContent(message);
  });

  it('explains a missing certification even when no release can be offered', async () => {
    const mpkApi = fakeMpkApi();
    const message =
      'Kubernetes 1.35 (released 2025-12-17) is not yet certified on RPC-K';
    mpkApi.getSupportedKubernetesVersions.mockResolvedValue({
      ...supportedKubernetesVersions['rpc-k'],
      supportedLines: [],
      notYetCertified: [
        { version: '1.35', releaseDate: '2025-12-17', message },
      ],
    });
    const { onChange } = await renderPicker({ mpkApi, platform: 'rpc-k' });

    expect(
      await screen.findByText(
        'No Kubernetes release is supported on 2026-11-14',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('adds no note when every supported release is certified', async () => {
    await renderPicker({ platform: 'eks' });

    await releaseNames();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
