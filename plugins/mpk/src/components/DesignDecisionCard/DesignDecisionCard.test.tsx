import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  Design,
  mpkDesignDecidePermission,
} from '@mpk-portal/plugin-mpk-common';
import {
  acmeAcceptedDesign,
  acmeDesign,
  acmeDesignEntity,
  acmeGroup,
  acmeVersion1,
  acmeVersion2,
  globexDesign,
} from '../../__testUtils__/designResponses';
import { fakeMpkApi } from '../../__testUtils__/mpkResponses';
import {
  PermissionAnswer,
  renderWithMpk,
} from '../../__testUtils__/renderWithMpk';
import { responseError } from '../../__testUtils__/responseError';
import { formatInstant } from '../sla/ticketWording';
import { DesignDecisionCard } from './DesignDecisionCard';

/** Allows deciding for Acme only, as the policy does for Acme's admins. */
const acmeAdmin: PermissionAnswer = ({ permission, resourceRef }) =>
  permission.name === mpkDesignDecidePermission.name &&
  resourceRef === 'group:default/acme'
    ? AuthorizeResult.ALLOW
    : AuthorizeResult.DENY;

function renderCard(
  mpkApi = fakeMpkApi(),
  authorize: PermissionAnswer = acmeAdmin,
  entity = acmeDesignEntity,
) {
  return renderWithMpk(<DesignDecisionCard />, {
    mpkApi,
    authorize,
    entity,
    catalogEntities: [acmeGroup],
  });
}

const latestVersion = () =>
  screen.getByRole('region', { name: 'Latest version' });
const acceptButton = () => screen.getByRole('button', { name: 'Accept' });
const requestChangesButton = () =>
  screen.getByRole('button', { name: 'Request changes' });

/** The API with `getDesign` answering `design`. */
function apiWith(design: Design) {
  const mpkApi = fakeMpkApi();
  mpkApi.getDesign.mockResolvedValue(design);
  return mpkApi;
}

describe('DesignDecisionCard', () => {
  it("shows the latest version, that it waits for the customer's decision, and what changed", async () => {
    const mpkApi = fakeMpkApi();
    await renderCard(mpkApi);

    expect(
      await screen.findByText("Waiting for Acme Corporation's decision."),
    ).toBeInTheDocument();
    expect(mpkApi.getDesign).toHaveBeenCalledWith('acme-platform');
    const latest = latestVersion();
    expect(
      within(latest).getByRole('heading', { name: 'Version 2' }),
    ).toBeInTheDocument();
    expect(latest).toHaveTextContent(
      `Published on ${formatInstant(acmeVersion2.publishedAt)} by leo-la`,
    );
    expect(
      screen.getByRole('heading', { name: 'What changed since version 1' }),
    ).toBeInTheDocument();
    const changes = screen.getByRole('list', { name: 'Changes' });
    expect(within(changes).getAllByRole('listitem')).toHaveLength(2);
    expect(changes).toHaveTextContent(acmeVersion2.changes[0]);
    expect(changes).toHaveTextContent(acmeVersion2.changes[1]);
  });

  it('says when nothing in the design changed since the previous version', async () => {
    await renderCard(
      apiWith({
        ...acmeDesign,
        versions: [acmeVersion1, { ...acmeVersion2, changes: [] }],
      }),
    );

    expect(
      await screen.findByText(
        'Nothing in the design changed since version 1 (only its order or formatting).',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Changes' }),
    ).not.toBeInTheDocument();
  });

  it('lists every version, the newest first, with its decision', async () => {
    await renderCard();

    const table = await screen.findByRole('table', { name: 'Version history' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(/^2Waiting for decision/);
    expect(rows[0]).toHaveTextContent('——');
    expect(rows[1]).toHaveTextContent(/^1Changes requested/);
    // The state's chip and the decision's column.
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .filter(cell => cell.textContent === 'Changes requested'),
    ).toHaveLength(2);
    expect(
      within(rows[1]).getByRole('link', { name: 'avery-acme' }),
    ).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent(formatInstant(acmeVersion1.decidedAt!));
    expect(rows[1]).toHaveTextContent(acmeVersion1.comment!);
  });

  it("enables Accept and Request changes for the customer's admins while the version is shared", async () => {
    const authorize = jest.fn(acmeAdmin);
    await renderCard(fakeMpkApi(), authorize);

    await waitFor(() => expect(acceptButton()).toBeEnabled());
    expect(requestChangesButton()).toBeEnabled();
    expect(screen.queryByText(/^Only .* admins/)).not.toBeInTheDocument();
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        permission: mpkDesignDecidePermission,
        resourceRef: 'group:default/acme',
      }),
    );
  });

  it('disables the buttons for anyone else, and says who decides', async () => {
    await renderCard(fakeMpkApi(), AuthorizeResult.DENY);

    const reason = await screen.findByText(
      "Only Acme Corporation's admins can accept this design or request changes.",
    );
    expect(acceptButton()).toBeDisabled();
    expect(requestChangesButton()).toBeDisabled();
    expect(acceptButton()).toHaveAccessibleDescription(reason.textContent!);
  });

  it('disables the buttons once the version is decided, even for an admin, and says who decided', async () => {
    await renderCard(apiWith(acmeAcceptedDesign));

    expect(
      await screen.findByText('Nothing to decide: version 2 was accepted.'),
    ).toBeInTheDocument();
    expect(acceptButton()).toBeDisabled();
    expect(requestChangesButton()).toBeDisabled();
    expect(latestVersion()).toHaveTextContent(
      `Accepted by avery-acme on ${formatInstant('2026-11-09T11:00:00Z')}.`,
    );
  });

  it("tells the customer's request for changes with its comment", async () => {
    const changesRequested: Design = {
      ...acmeDesign,
      state: 'changes-requested',
      versions: [{ ...acmeVersion1 }],
    };
    await renderCard(apiWith(changesRequested));

    await screen.findByRole('heading', { name: 'Version 1' });
    expect(latestVersion()).toHaveTextContent(
      `Changes requested by avery-acme on ${formatInstant(
        acmeVersion1.decidedAt!,
      )}: Production needs three availability zones.`,
    );
    expect(acceptButton()).toBeDisabled();
    expect(
      screen.getByText(
        /^Nothing to decide: changes to version 1 were requested/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'What changed' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^This is the first version/)).toBeInTheDocument();
  });

  it('tells who provisioned a version', async () => {
    await renderCard(apiWith(globexDesign), AuthorizeResult.DENY);

    await screen.findByRole('heading', { name: 'Version 1' });
    expect(latestVersion()).toHaveTextContent(
      `Provisioned by omar-scka on ${formatInstant(
        '2026-09-05T08:00:00Z',
      )}; accepted by gil-globex on ${formatInstant('2026-09-03T08:00:00Z')}.`,
    );
    expect(
      screen.getByText(
        'Nothing to decide: version 1 was accepted and is provisioned.',
      ),
    ).toBeInTheDocument();
  });

  it('posts an acceptance of the latest version and reads the design again', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getDesign
      .mockResolvedValueOnce(acmeDesign)
      .mockResolvedValueOnce(acmeAcceptedDesign);
    await renderCard(mpkApi);
    await waitFor(() => expect(acceptButton()).toBeEnabled());

    await userEvent.click(acceptButton());

    expect(mpkApi.decideDesign).toHaveBeenCalledWith('acme-platform', 2, {
      decision: 'accept',
    });
    expect(
      await screen.findByText('Nothing to decide: version 2 was accepted.'),
    ).toBeInTheDocument();
    expect(mpkApi.getDesign).toHaveBeenCalledTimes(2);
  });

  it('requests changes only with a comment, and posts it', async () => {
    const mpkApi = fakeMpkApi();
    await renderCard(mpkApi);
    await waitFor(() => expect(requestChangesButton()).toBeEnabled());

    await userEvent.click(requestChangesButton());
    const dialog = screen.getByRole('dialog', {
      name: 'Request changes to version 2',
    });
    const send = within(dialog).getByRole('button', { name: 'Send request' });
    const comment = within(dialog).getByRole('textbox', {
      name: /What should change/,
    });
    expect(comment).toBeRequired();
    expect(send).toBeDisabled();

    await userEvent.type(comment, '   ');
    await userEvent.tab();
    expect(send).toBeDisabled();
    expect(
      within(dialog).getByText('A comment is required to request changes.'),
    ).toBeInTheDocument();
    expect(mpkApi.decideDesign).not.toHaveBeenCalled();

    await userEvent.type(comment, 'Staging needs its own VPC. ');
    expect(send).toBeEnabled();
    await userEvent.click(send);

    expect(mpkApi.decideDesign).toHaveBeenCalledWith('acme-platform', 2, {
      decision: 'request-changes',
      comment: 'Staging needs its own VPC.',
    });
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(mpkApi.getDesign).toHaveBeenCalledTimes(2);
  });

  it('closes the dialog on Cancel without deciding', async () => {
    const mpkApi = fakeMpkApi();
    await renderCard(mpkApi);
    await waitFor(() => expect(requestChangesButton()).toBeEnabled());

    await userEvent.click(requestChangesButton());
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(mpkApi.decideDesign).not.toHaveBeenCalled();
  });

  it("shows the server's reason in the dialog when it refuses the request", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.decideDesign.mockRejectedValue(
      await responseError(
        403,
        'NotAllowedError',
        'Only the admins of acme decide on its design',
      ),
    );
    await renderCard(mpkApi);
    await waitFor(() => expect(requestChangesButton()).toBeEnabled());

    await userEvent.click(requestChangesButton());
    const dialog = screen.getByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /What should change/ }),
      'More nodes',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Send request' }),
    );

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Only the admins of acme decide on its design',
    );
    expect(
      within(dialog).getByRole('button', { name: 'Send request' }),
    ).toBeEnabled();
  });

  it('shows why an acceptance came too late, and the design as it is now', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getDesign
      .mockResolvedValueOnce(acmeDesign)
      .mockResolvedValueOnce(acmeAcceptedDesign);
    mpkApi.decideDesign.mockRejectedValue(
      await responseError(
        409,
        'ConflictError',
        'Version 2 of acme-platform was already decided',
      ),
    );
    await renderCard(mpkApi);
    await waitFor(() => expect(acceptButton()).toBeEnabled());

    await userEvent.click(acceptButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Version 2 of acme-platform was already decided',
    );
    expect(
      await screen.findByText('Nothing to decide: version 2 was accepted.'),
    ).toBeInTheDocument();
  });

  it('says when no version was published yet, without buttons', async () => {
    await renderCard(
      apiWith({ ...acmeDesign, state: 'draft', versions: [], steps: [] }),
    );

    expect(
      await screen.findByRole('heading', { name: 'No version published yet' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says clearly when the design is not found', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getDesign.mockRejectedValue(
      await responseError(404, 'NotFoundError', 'No design acme-platform'),
    );
    await renderCard(mpkApi);

    expect(
      await screen.findByText(
        'Design acme-platform was not found: no version of it has been published yet, or it belongs to a customer you may not see.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
  });

  it("shows the server's message when the design cannot be read", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getDesign.mockRejectedValue(
      await responseError(500, 'Error', 'The database does not answer'),
    );
    await renderCard(mpkApi);

    expect(
      await screen.findByText('The database does not answer'),
    ).toBeInTheDocument();
  });

  it('reads the design the entity names in its mpk.io/design annotation', async () => {
    const mpkApi = fakeMpkApi();
    await renderCard(mpkApi, acmeAdmin, {
      ...acmeDesignEntity,
      metadata: {
        ...acmeDesignEntity.metadata,
        name: 'acme-platform-design',
        annotations: { 'mpk.io/design': 'acme-platform' },
      },
    });

    await screen.findByText("Waiting for Acme Corporation's decision.");
    expect(mpkApi.getDesign).toHaveBeenCalledWith('acme-platform');
  });

  it('shows progress while the design loads', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getDesign.mockReturnValue(new Promise(() => {}));
    await renderCard(mpkApi);

    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });
});
