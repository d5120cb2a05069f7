import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mpkTicketCreatePermission,
  SEVERITY_MEANINGS,
  TICKET_SEVERITIES,
} from '@mpk-portal/plugin-mpk-common';
import { Route, Routes } from 'react-router-dom';
import {
  globexCluster,
  productionCluster,
  stagingCluster,
} from '../../__testUtils__/clusterEntities';
import { fakeMpkApi } from '../../__testUtils__/mpkResponses';
import { acmeDeveloper } from '../../__testUtils__/personas';
import {
  PermissionAnswer,
  renderWithMpk,
} from '../../__testUtils__/renderWithMpk';
import { responseError } from '../../__testUtils__/responseError';
import { acmeProdSla, urgentTicket } from '../../__testUtils__/ticketResponses';
import { SupportPage } from './SupportPage';

// Dialogs with many fields are slow to drive when the whole suite runs at once.
jest.setTimeout(20_000);

/** Acme's clusters only: the answer of the policy for a person of Acme. */
const acmeOnly: PermissionAnswer = ({ resourceRef }) =>
  resourceRef?.startsWith('resource:default/acme-')
    ? AuthorizeResult.ALLOW
    : AuthorizeResult.DENY;

function renderSupport(
  mpkApi = fakeMpkApi(),
  authorize: PermissionAnswer = acmeOnly,
) {
  return renderWithMpk(
    <Routes>
      <Route path="/support/*" element={<SupportPage />} />
    </Routes>,
    {
      mpkApi,
      authorize,
      route: '/support',
      catalogEntities: [productionCluster, stagingCluster, globexCluster],
    },
  );
}

async function openForm() {
  const button = await screen.findByRole('button', { name: 'Open a ticket' });
  await waitFor(() => expect(button).toBeEnabled());
  await userEvent.click(button);
  const dialog = await screen.findByRole('dialog', { name: 'Open a ticket' });
  await within(dialog).findByRole('combobox', { name: /Cluster/ });
  return within(dialog);
}

describe('Opening a ticket', () => {
  it('lists only the clusters the permission policy lets the user open tickets for, asked per cluster', async () => {
    const authorize = jest.fn(acmeOnly);
    await renderSupport(fakeMpkApi(), authorize);
    const form = await openForm();

    const options = within(
      form.getByRole('combobox', { name: /Cluster/ }),
    ).getAllByRole('option');
    expect(options.map(option => option.textContent)).toEqual([
      'Choose a cluster',
      'Acme staging (non-production)',
      'acme-prod (production)',
    ]);
    for (const ref of [
      'resource:default/acme-prod',
      'resource:default/acme-staging',
      'resource:default/globex-prod',
    ]) {
      expect(authorize).toHaveBeenCalledWith(
        expect.objectContaining({
          permission: mpkTicketCreatePermission,
          resourceRef: ref,
        }),
      );
    }
  });

  it("shows each severity with the contract's definition of it", async () => {
    await renderSupport();
    const form = await openForm();

    for (const severity of TICKET_SEVERITIES) {
      expect(
        form.getByRole('radio', {
          name: name => name.endsWith(` ${SEVERITY_MEANINGS[severity]}`),
        }),
      ).toHaveAttribute('value', severity);
    }
    expect(
      form.getByText(/non-technical requests have no SLA/),
    ).toBeInTheDocument();
  });

  it("shows the target for the chosen cluster's environment, severity and category before sending", async () => {
    await renderSupport();
    const form = await openForm();
    const target = form.getByRole('status', { name: 'Response target' });
    expect(target).toHaveTextContent('Choose the cluster');

    await userEvent.selectOptions(
      form.getByRole('combobox', { name: /Cluster/ }),
      'resource:default/acme-prod',
    );
    await userEvent.click(form.getByRole('radio', { name: /^Urgent/ }));
    await waitFor(() =>
      expect(target).toHaveTextContent(
        'Target: production: urgent is answered within 15 minutes, around the clock.',
      ),
    );

    await userEvent.selectOptions(
      form.getByRole('combobox', { name: /Cluster/ }),
      'resource:default/acme-staging',
    );
    await waitFor(() =>
      expect(target).toHaveTextContent(
        'Target: non-production: urgent is answered within 1 business hour (urgent is defined for production; on a non-production cluster the normal target applies).',
      ),
    );

    await userEvent.click(form.getByRole('radio', { name: /^Non-technical/ }));
    expect(target).toHaveTextContent(
      'non-technical requests carry no SLA: they are scheduled to be answered within 1 business day',
    );
  });

  it('says the target holds if the cluster runs a supported version while that is not known yet', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterSla.mockReturnValue(new Promise(() => {}));
    await renderSupport(mpkApi);
    const form = await openForm();

    await userEvent.selectOptions(
      form.getByRole('combobox', { name: /Cluster/ }),
      'resource:default/acme-prod',
    );
    await userEvent.click(form.getByRole('radio', { name: /^Urgent/ }));

    expect(
      form.getByRole('status', { name: 'Response target' }),
    ).toHaveTextContent(
      'Target, if the cluster runs a supported version: production: urgent is answered within 15 minutes, around the clock.',
    );
    expect(mpkApi.getClusterSla).toHaveBeenCalledWith({
      kind: 'resource',
      namespace: 'default',
      name: 'acme-prod',
    });
  });

  it('says a ticket will carry no SLA, and why, for a cluster outside the supported window today', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterSla.mockResolvedValue({
      ...acmeProdSla,
      supportedWindow: {
        date: '2026-11-25',
        kubernetesVersion: '1.34',
        supportedLines: ['1.36', '1.35'],
        within: false,
        explanation:
          'On 2026-11-25 the supported Amazon EKS releases were 1.36 and 1.35: 1.34 was outside the window',
      },
    });
    await renderSupport(mpkApi);
    const form = await openForm();

    await userEvent.selectOptions(
      form.getByRole('combobox', { name: /Cluster/ }),
      'resource:default/acme-prod',
    );
    await userEvent.click(form.getByRole('radio', { name: /^Urgent/ }));

    const target = form.getByRole('status', { name: 'Response target' });
    await waitFor(() =>
      expect(target).toHaveTextContent(
        'This ticket will carry no SLA: on 2026-11-25 the supported Amazon EKS releases were 1.36 and 1.35: 1.34 was outside the window.',
      ),
    );
    expect(target).not.toHaveTextContent(/15 minutes/);
  });

  it("sends the ticket and goes to the new ticket's page", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getTicket.mockResolvedValue({ ...urgentTicket, comments: [] });
    await renderSupport(mpkApi);
    const form = await openForm();

    await userEvent.selectOptions(
      form.getByRole('combobox', { name: /Cluster/ }),
      'resource:default/acme-prod',
    );
    await userEvent.click(form.getByRole('radio', { name: /^Urgent/ }));
    await userEvent.click(form.getByRole('textbox', { name: /Title/ }));
    await userEvent.paste('  Control plane unreachable ');
    await userEvent.click(form.getByRole('textbox', { name: /Description/ }));
    await userEvent.paste('kubectl times out\nsince 12:00');
    await userEvent.click(form.getByRole('button', { name: 'Open ticket' }));

    expect(mpkApi.openTicket).toHaveBeenCalledWith(
      {
        cluster: 'resource:default/acme-prod',
        severity: 'urgent',
        category: 'technical',
        title: 'Control plane unreachable',
        description: 'kubectl times out\nsince 12:00',
      },
      expect.stringMatching(/^[0-9a-f-]{32,36}$/),
    );
    await waitFor(() =>
      expect(mpkApi.getTicket).toHaveBeenCalledWith(urgentTicket.id),
    );
    expect(await screen.findByText('No response yet')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('sends a draft again under its key after a failure, and a changed draft under a new one', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.openTicket.mockRejectedValueOnce(new Error('Network down'));
    mpkApi.openTicket.mockRejectedValueOnce(new Error('Network down'));
    await renderSupport(mpkApi);
    const form = await openForm();
    await userEvent.selectOptions(
      form.getByRole('combobox', { name: /Cluster/ }),
      'resource:default/acme-prod',
    );
    await userEvent.click(form.getByRole('radio', { name: /^Low/ }));
    await userEvent.type(form.getByRole('textbox', { name: /Title/ }), 'x');
    const send = form.getByRole('button', { name: 'Open ticket' });

    await userEvent.click(send);
    expect(await form.findByRole('alert')).toHaveTextContent('Network down');
    await userEvent.click(send);
    await waitFor(() => expect(mpkApi.openTicket).toHaveBeenCalledTimes(2));
    const [first, second] = mpkApi.openTicket.mock.calls;
    expect(second).toEqual(first);

    await userEvent.type(form.getByRole('textbox', { name: /Title/ }), 'y');
    await userEvent.click(send);
    await waitFor(() => expect(mpkApi.openTicket).toHaveBeenCalledTimes(3));
    const third = mpkApi.openTicket.mock.calls[2];
    expect(third[0].title).toBe('xy');
    expect(third[1]).not.toBe(first[1]);
  });

  it('says what is missing instead of sending an incomplete ticket', async () => {
    const mpkApi = fakeMpkApi();
    await renderSupport(mpkApi);
    const form = await openForm();

    await userEvent.click(form.getByRole('button', { name: 'Open ticket' }));

    expect(form.getByText('Choose the cluster')).toBeInTheDocument();
    expect(form.getByText('Choose a severity')).toBeInTheDocument();
    expect(form.getByText('Say in a line what is wrong')).toBeInTheDocument();
    expect(mpkApi.openTicket).not.toHaveBeenCalled();
  });

  it("shows the server's objections on their fields", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.openTicket.mockRejectedValue(
      await responseError(
        400,
        'InputError',
        'Invalid ticket: title: must not look like a password; openedAt: is in the future',
      ),
    );
    await renderSupport(mpkApi);
    const form = await openForm();
    await userEvent.selectOptions(
      form.getByRole('combobox', { name: /Cluster/ }),
      'resource:default/acme-prod',
    );
    await userEvent.click(form.getByRole('radio', { name: /^Low/ }));
    await userEvent.type(form.getByRole('textbox', { name: /Title/ }), 'x');
    await userEvent.click(form.getByRole('button', { name: 'Open ticket' }));

    const title = form.getByRole('textbox', { name: /Title/ });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(
      await form.findByText('must not look like a password'),
    ).toBeInTheDocument();
    expect(form.getByRole('alert')).toHaveTextContent(
      'openedAt: is in the future',
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('disables the button and says why for a user allowed no cluster', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getPersona.mockResolvedValue(acmeDeveloper);
    await renderSupport(mpkApi, AuthorizeResult.DENY);

    expect(
      await screen.findByText(
        'You may not open tickets: you open tickets for the clusters of acme only, and none of the clusters you see is theirs.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Open a ticket' }),
    ).toBeDisabled();
  });
});
