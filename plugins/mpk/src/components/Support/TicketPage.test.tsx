import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { SignalApi } from '@backstage/plugin-signals-react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mpkTicketCommentPermission,
  mpkTicketRespondPermission,
  Ticket,
} from '@mpk-portal/plugin-mpk-common';
import { Route, Routes } from 'react-router-dom';
import { fakeMpkApi } from '../../__testUtils__/mpkResponses';
import {
  fakeSignalApi,
  PermissionAnswer,
  renderWithMpk,
} from '../../__testUtils__/renderWithMpk';
import { acmeAdmin } from '../../__testUtils__/personas';
import { responseError } from '../../__testUtils__/responseError';
import {
  conversationTicket,
  urgentTicket,
} from '../../__testUtils__/ticketResponses';
import { SupportPage } from './SupportPage';

function renderTicket(
  options: {
    mpkApi?: ReturnType<typeof fakeMpkApi>;
    authorize?: PermissionAnswer;
    signalApi?: SignalApi;
    id?: string;
  } = {},
) {
  const mpkApi = options.mpkApi ?? fakeMpkApi();
  return renderWithMpk(
    <Routes>
      <Route path="/support/*" element={<SupportPage />} />
    </Routes>,
    {
      mpkApi,
      authorize: options.authorize,
      signalApi: options.signalApi,
      route: `/support/tickets/${options.id ?? conversationTicket.id}`,
    },
  );
}

/** The policy's answer for a customer's person: comments and reopenings, no responses. */
const customer: PermissionAnswer = ({ permission }) =>
  permission.name === mpkTicketRespondPermission.name
    ? AuthorizeResult.DENY
    : AuthorizeResult.ALLOW;

const commentOf = (authorName: string) =>
  screen.getByRole('listitem', { name: new RegExp(`^${authorName},`) });

// Pages with many panels are slow to render when the whole suite runs at once.
jest.setTimeout(20_000);

describe('TicketPage', () => {
  it('shows the facts of the ticket and its description as written', async () => {
    await renderTicket();

    const facts = await screen.findByRole('table', { name: 'Ticket facts' });
    expect(
      within(facts).getByRole('link', { name: 'acme-prod' }),
    ).toHaveAttribute('href', '/catalog/default/resource/acme-prod');
    const row = (label: string) =>
      within(facts).getByRole('row', { name: new RegExp(`^${label} `) });
    expect(row('Source')).toHaveTextContent('Portal');
    expect(row('Opened')).toHaveTextContent(/by dana/);
    expect(row('Severity')).toHaveTextContent('Urgent');
    const description = screen.getByLabelText('Description');
    expect(description.textContent).toBe(
      'Deployments fail since 19:50.\nkubectl apply times out on the webhook.',
    );
    expect(description).toHaveStyle({ whiteSpace: 'pre-wrap' });
    expect(
      screen.getByRole('heading', { name: conversationTicket.title }),
    ).toBeInTheDocument();
  });

  it('says which severity applies when the rules changed the one asked for', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getTicket.mockResolvedValue({
      ...urgentTicket,
      severity: 'high',
      sla: { ...urgentTicket.sla, severity: 'normal' },
    });
    await renderTicket({ mpkApi, id: urgentTicket.id });

    expect(
      await screen.findByText(
        'Asked as high; the target of normal applies on this cluster.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Normal (asked: high)')).toBeInTheDocument();
  });

  it('shows the conversation as plain text, each side apart, and marks the initial response', async () => {
    await renderTicket();
    const conversation = await screen.findByRole('list', {
      name: 'Conversation',
    });

    const dana = commentOf('Dana Developer');
    expect(dana).toHaveAttribute('data-side', 'customer');
    expect(within(dana).getByText(/^Customer ·/)).toBeInTheDocument();
    expect(dana).toHaveTextContent(
      'Still failing. See <b>logs</b> at https://example.com/logs',
    );
    const sam = commentOf('Sam Senior');
    expect(sam).toHaveAttribute('data-side', 'provider');
    expect(
      within(sam).getByText(
        '<script>alert("x")</script> Looking at the webhook now.',
      ),
    ).toBeInTheDocument();
    expect(within(sam).getByText('Initial response')).toBeInTheDocument();
    expect(within(dana).queryByText('Initial response')).toBeNull();
    const system = commentOf('Alertmanager');
    expect(within(system).getByText(/^System ·/)).toBeInTheDocument();
    // Nothing of the bodies became markup or a link.
    expect(conversation.querySelector('script, b, a')).toBeNull();
    expect(within(dana).getByText(/^Still failing/).textContent).toContain(
      '\n',
    );
  });

  it('shows the response clock: the state, the explanation and who answered how', async () => {
    await renderTicket();

    expect(await screen.findByText('Breached')).toBeInTheDocument();
    expect(screen.getByText('answered after 20:00')).toBeInTheDocument();
    expect(
      screen.getByText(conversationTicket.sla.explanation),
    ).toBeInTheDocument();
    expect(screen.getByText('15 min, around the clock')).toBeInTheDocument();
    const response = screen.getByText(/, with a comment$/);
    expect(
      within(response).getByRole('link', { name: 'sam-scka' }),
    ).toHaveAttribute('href', '/catalog/default/user/sam-scka');
  });

  it('counts down a pending response, marks it at risk, and says nobody answered yet', async () => {
    jest
      .spyOn(Date, 'now')
      .mockReturnValue(Date.parse('2026-11-25T20:12:00.000Z'));
    try {
      const mpkApi = fakeMpkApi();
      mpkApi.getTicket.mockResolvedValue({ ...urgentTicket, comments: [] });
      await renderTicket({ mpkApi, id: urgentTicket.id });

      expect(await screen.findByText('No response yet')).toBeInTheDocument();
      expect(screen.getByText('due in 03:00')).toBeInTheDocument();
      expect(screen.getByText('At risk', { selector: 'span' })).toBeVisible();
      expect(
        screen.getByText(/^since .*, and not answered yet$/),
      ).toBeVisible();
      expect(screen.getByText('No comments yet.')).toBeInTheDocument();
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('shows the credit of a missed response, with a link to claim it', async () => {
    await renderTicket();

    expect(await screen.findByText('Service credit')).toBeInTheDocument();
    expect(screen.getByText('Claimable')).toBeInTheDocument();
    expect(screen.getByText('Eligible for a credit')).toBeInTheDocument();
    expect(screen.getByText(/^Claim by /)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Claim it on the SLA credits page' }),
    ).toHaveAttribute('href', '/sla-credits?customer=acme&month=2026-11');
  });

  it("links to the month the server files the breach under, in its contract's time zone", async () => {
    const mpkApi = fakeMpkApi();
    // Missed at 00:30 on 1 November in a server's zone east of UTC: still October in Los Angeles.
    mpkApi.getTicket.mockResolvedValue({
      ...conversationTicket,
      credit: {
        ...conversationTicket.credit!,
        breachedAt: '2026-10-31T23:30:00.000Z',
        month: '2026-11',
      },
    });
    await renderTicket({ mpkApi });

    expect(
      await screen.findByRole('link', {
        name: 'Claim it on the SLA credits page',
      }),
    ).toHaveAttribute('href', '/sla-credits?customer=acme&month=2026-11');
  });

  it('says why a response missed earns no credit, and shows no credit panel to who may not read credits', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getTicket.mockResolvedValueOnce({
      ...conversationTicket,
      credit: {
        ...conversationTicket.credit!,
        eligible: false,
        reasons: ['caused by a party other than the provider'],
        claimStatus: 'ineligible',
      },
    });
    const { unmount } = await renderTicket({ mpkApi });
    expect(
      await screen.findByText(
        'Why not: caused by a party other than the provider',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Not eligible')).toBeInTheDocument();
    unmount();

    const { credit, ...withoutCredit } = conversationTicket;
    mpkApi.getTicket.mockResolvedValueOnce(withoutCredit);
    await renderTicket({ mpkApi });
    await screen.findByRole('list', { name: 'Conversation' });
    expect(screen.queryByText('Service credit')).toBeNull();
  });

  it('lists the opening and the events by time, with who recorded each', async () => {
    await renderTicket();

    const timeline = await screen.findByRole('list', { name: 'Timeline' });
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map(item => item.firstChild?.firstChild?.textContent)).toEqual(
      ['Opened', 'Resolved', 'Reopened'],
    );
    expect(items[0]).toHaveTextContent(/dana$/);
    expect(items[1]).toHaveTextContent(/Alertmanager$/);
    expect(within(items[2]).getByRole('link', { name: 'dana' })).toBeVisible();
  });

  it('offers the actions on the ticket', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getTicket.mockResolvedValue({ ...urgentTicket, comments: [] });
    await renderTicket({ mpkApi, id: urgentTicket.id });

    await userEvent.click(
      await screen.findByRole('button', {
        name: `Resolve: ${urgentTicket.title}`,
      }),
    );

    expect(mpkApi.addTicketEvent).toHaveBeenCalledWith(urgentTicket.id, {
      type: 'resolved',
      at: expect.any(Date),
    });
    await waitFor(() => expect(mpkApi.getTicket).toHaveBeenCalledTimes(2));
  });

  it('sends a comment with an Idempotency-Key, and the same key again when the send is retried', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.addTicketComment.mockRejectedValueOnce(new Error('Network down'));
    await renderTicket({ mpkApi, authorize: customer });
    const box = await screen.findByRole('textbox', { name: 'Comment' });

    await userEvent.type(box, 'Any news?');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(
      await screen.findByText(/^Not sent: Network down/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(box).toHaveValue(''));
    const [first, second] = mpkApi.addTicketComment.mock.calls;
    expect(first).toEqual([
      conversationTicket.id,
      'Any news?',
      expect.any(String),
    ]);
    expect(first[2]).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(second).toEqual(first);
    await waitFor(() => expect(mpkApi.getTicket).toHaveBeenCalledTimes(2));

    // The next draft has a key of its own.
    await userEvent.type(box, 'Thanks');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() =>
      expect(mpkApi.addTicketComment).toHaveBeenCalledTimes(3),
    );
    expect(mpkApi.addTicketComment.mock.calls[2][2]).not.toBe(first[2]);
  });

  it('tells the support pod that their first comment is the initial response', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getTicket.mockResolvedValue({ ...urgentTicket, comments: [] });
    await renderTicket({ mpkApi, id: urgentTicket.id });

    expect(
      await screen.findByText(
        "Your first comment is this ticket's initial response: sending it stops the SLA clock.",
      ),
    ).toBeInTheDocument();
  });

  it("tells a customer's person nothing of the clock even where a policy lets them respond", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getTicket.mockResolvedValue({ ...urgentTicket, comments: [] });
    mpkApi.getPersona.mockResolvedValue(acmeAdmin);
    // Allowed everything, respond included: the backend still never takes their comment as the
    // response.
    await renderTicket({ mpkApi, id: urgentTicket.id });

    await screen.findByRole('textbox', { name: 'Comment' });
    await waitFor(() => expect(mpkApi.getPersona).toHaveBeenCalled());
    await act(async () => {
      await mpkApi.getPersona.mock.results[0].value;
    });
    expect(screen.queryByText(/initial response: sending it/)).toBeNull();
  });

  it('tells a customer nothing of the clock, nor the pod once the ticket was answered', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getTicket.mockResolvedValue({ ...urgentTicket, comments: [] });
    const { unmount } = await renderTicket({
      mpkApi,
      authorize: customer,
      id: urgentTicket.id,
    });
    await screen.findByRole('textbox', { name: 'Comment' });
    expect(screen.queryByText(/initial response: sending it/)).toBeNull();
    unmount();

    await renderTicket();
    await screen.findByRole('textbox', { name: 'Comment' });
    expect(screen.queryByText(/initial response: sending it/)).toBeNull();
  });

  it('offers no comment form to a user who may not comment, and says who can', async () => {
    const authorize = jest.fn<
      AuthorizeResult.ALLOW | AuthorizeResult.DENY,
      [any]
    >(({ permission }) =>
      permission.name === mpkTicketCommentPermission.name
        ? AuthorizeResult.DENY
        : AuthorizeResult.ALLOW,
    );
    await renderTicket({ authorize });

    expect(
      await screen.findByText(
        'Only the support pod or the customer of this cluster can write in this conversation.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Comment' })).toBeNull();
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        permission: mpkTicketCommentPermission,
        resourceRef: 'resource:default/acme-prod',
      }),
    );
  });

  it('reads the ticket again when its signal arrives, so a reply appears without reloading', async () => {
    const mpkApi = fakeMpkApi();
    const reply: Ticket = {
      ...conversationTicket,
      comments: [
        ...conversationTicket.comments!,
        {
          id: 'c4',
          ticketId: conversationTicket.id,
          author: 'user:default/sam-scka',
          authorName: 'Sam Senior',
          side: 'provider',
          body: 'Fixed: the webhook pod was restarted.',
          createdAt: '2026-11-23T21:40:00.000Z',
          countsAsResponse: false,
        },
      ],
    };
    mpkApi.getTicket
      .mockResolvedValueOnce(conversationTicket)
      .mockResolvedValueOnce(reply);
    const signals = fakeSignalApi();
    await renderTicket({ mpkApi, signalApi: signals.api });
    await screen.findByRole('list', { name: 'Conversation' });
    expect(signals.listening('mpk:ticket:conversation-1')).toBe(true);
    expect(
      screen.queryByText('Fixed: the webhook pod was restarted.'),
    ).toBeNull();

    act(() =>
      signals.send('mpk:ticket:conversation-1', {
        ticketId: conversationTicket.id,
        change: 'commented',
      }),
    );

    expect(
      await screen.findByText('Fixed: the webhook pod was restarted.'),
    ).toBeInTheDocument();
    expect(mpkApi.getTicket).toHaveBeenCalledTimes(2);
  });

  it('shows a ticket that does not exist or is hidden as not found', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getTicket.mockRejectedValue(
      await responseError(404, 'NotFoundError', 'No ticket nope'),
    );
    await renderTicket({ mpkApi, id: 'nope' });

    expect(
      await screen.findByText('ERROR 404: Ticket nope was not found'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'It does not exist, or it belongs to a cluster you may not see.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Conversation' })).toBeNull();
  });

  it('shows another failure with the server message', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getTicket.mockRejectedValue(
      await responseError(503, 'ServiceUnavailableError', 'Database down'),
    );
    await renderTicket({ mpkApi });

    expect(await screen.findByText('Database down')).toBeInTheDocument();
  });
});
