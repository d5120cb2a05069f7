import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { responseError } from '../../__testUtils__/responseError';
import {
  acmeMaintenance,
  acmePlan,
  acmeProdItem,
  acmeProdUpgrade,
  fakeMpkApi,
  globexDevItem,
} from '../../__testUtils__/mpkResponses';
import {
  PermissionAnswer,
  renderWithMpk,
} from '../../__testUtils__/renderWithMpk';
import { PlanDialog } from './PlanDialog';

async function renderDialog(
  mpkApi = fakeMpkApi(),
  authorize: PermissionAnswer = AuthorizeResult.ALLOW,
  item = globexDevItem,
) {
  const onSaved = jest.fn();
  const onClose = jest.fn();
  await renderWithMpk(
    <PlanDialog item={item} onClose={onClose} onSaved={onSaved} />,
    { mpkApi, authorize },
  );
  return { onSaved, onClose };
}

async function fillIn() {
  fireEvent.change(screen.getByLabelText(/Planned date/), {
    target: { value: '2026-12-01' },
  });
  await userEvent.selectOptions(screen.getByLabelText('State'), 'Done');
  await userEvent.type(screen.getByLabelText('Note'), 'Done with the customer');
}

const badRequest = (message: string) =>
  responseError(400, 'InputError', message);

describe('PlanDialog', () => {
  it('starts a new plan as planned, and cannot save it without a date', async () => {
    await renderDialog();
    expect(
      await screen.findByText(/No maintenance windows are set/),
    ).toBeInTheDocument();

    expect(
      screen.getByText(
        'Next deadline: Kubernetes control plane 1.32, due 2026-10-30.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('State')).toHaveValue('planned');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('puts the plan entered and hands over the one saved', async () => {
    const mpkApi = fakeMpkApi();
    const { onSaved } = await renderDialog(mpkApi);

    await fillIn();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled(),
    );
    expect(screen.queryByText(/can edit this upgrade plan/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(mpkApi.saveUpgradePlan).toHaveBeenCalledWith(
      { kind: 'resource', namespace: 'default', name: 'globex-dev' },
      {
        plannedDate: '2026-12-01',
        state: 'done',
        note: 'Done with the customer',
      },
    );
    expect(onSaved).toHaveBeenCalledWith(acmePlan);
  });

  it('shows what the server rejected and stays open to correct it', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.saveUpgradePlan.mockRejectedValue(
      await badRequest('plannedDate must not be before 2026-11-14'),
    );
    const { onSaved, onClose } = await renderDialog(mpkApi);

    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'plannedDate must not be before 2026-11-14',
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes without saving on cancel', async () => {
    const mpkApi = fakeMpkApi();
    const { onClose } = await renderDialog(mpkApi);

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(onClose).toHaveBeenCalled();
    expect(mpkApi.saveUpgradePlan).not.toHaveBeenCalled();
  });

  it('tells a user who may not record the plan who can, and does not save', async () => {
    const mpkApi = fakeMpkApi();
    await renderDialog(mpkApi, AuthorizeResult.DENY);

    expect(
      await screen.findByText(
        'Only the Engagement Manager, Lead Architect or Senior CKA engineer of pod-red can edit this upgrade plan.',
      ),
    ).toBeInTheDocument();
    await fillIn();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  function withMaintenance(orderWarning: string | null = null) {
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterUpgrade.mockResolvedValue({
      ...acmeProdUpgrade,
      maintenance: acmeMaintenance,
      orderWarning,
    });
    return mpkApi;
  }

  it("shows the cluster's windows, freezes and next openings, and suggests the next one for a new plan", async () => {
    const mpkApi = withMaintenance();
    await renderDialog(mpkApi);

    const maintenance = await screen.findByRole('region', {
      name: 'Maintenance',
    });
    expect(mpkApi.getClusterUpgrade).toHaveBeenCalledWith({
      kind: 'resource',
      namespace: 'default',
      name: 'globex-dev',
    });
    expect(
      within(maintenance).getByRole('list', { name: 'Maintenance windows' }),
    ).toHaveTextContent('Saturday and Sunday 01:00–05:00 (America/New_York)');
    expect(
      within(maintenance).getByRole('list', { name: 'Freezes' }),
    ).toHaveTextContent('2026-12-20 to 2027-01-03: Year-end freeze');
    expect(
      within(maintenance).getByRole('list', { name: 'Next openings' }),
    ).toHaveTextContent('Saturday 2026-11-21, 01:00–05:00 (America/New_York)');
    await waitFor(() =>
      expect(screen.getByLabelText(/Planned date/)).toHaveValue('2026-11-21'),
    );
    expect(
      screen.getByText('The day the next maintenance window opens'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('keeps the date of an existing plan rather than suggesting one', async () => {
    await renderDialog(withMaintenance(), AuthorizeResult.ALLOW, acmeProdItem);

    await screen.findByRole('region', { name: 'Maintenance' });
    expect(screen.getByLabelText(/Planned date/)).toHaveValue('2026-11-10');
  });

  it('warns when another cluster of the customer must be upgraded first', async () => {
    await renderDialog(withMaintenance('Upgrade globex-staging to 1.34 first'));

    expect(
      await screen.findByText('Warning: Upgrade globex-staging to 1.34 first'),
    ).toBeInTheDocument();
  });

  it('shows why a day outside the maintenance windows was refused, and stays open', async () => {
    const message =
      'plannedDate: No maintenance window opens on Friday 2026-12-04; the windows are Saturday and Sunday 01:00–05:00 (America/New_York)';
    const mpkApi = withMaintenance();
    mpkApi.saveUpgradePlan.mockRejectedValue(await badRequest(message));
    const { onSaved, onClose } = await renderDialog(mpkApi);
    await waitFor(() =>
      expect(screen.getByLabelText(/Planned date/)).toHaveValue('2026-11-21'),
    );

    fireEvent.change(screen.getByLabelText(/Planned date/), {
      target: { value: '2026-12-04' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(mpkApi.saveUpgradePlan).toHaveBeenCalledWith(
      { kind: 'resource', namespace: 'default', name: 'globex-dev' },
      expect.objectContaining({ plannedDate: '2026-12-04' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByLabelText(/Planned date/)).toHaveValue('2026-12-04');
    expect(onSaved).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('still lets the plan be recorded when the maintenance windows cannot be read', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterUpgrade.mockRejectedValue(new Error('backend is down'));
    await renderDialog(mpkApi);

    expect(
      await screen.findByText(
        'Could not load the maintenance windows: backend is down',
      ),
    ).toBeInTheDocument();
    await fillIn();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled(),
    );
  });
});
