import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { responseError } from '../../__testUtils__/responseError';
import {
  acmePlan,
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
) {
  const onSaved = jest.fn();
  const onClose = jest.fn();
  await renderWithMpk(
    <PlanDialog item={globexDevItem} onClose={onClose} onSaved={onSaved} />,
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
});
