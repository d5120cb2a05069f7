import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mpkApiRef } from '../../api';
import { responseError } from '../../__testUtils__/responseError';
import { productionCluster } from '../../__testUtils__/clusterEntities';
import { fakeMpkApi } from '../../__testUtils__/mpkResponses';
import {
  acmeProdSla,
  fixtureNow,
  stagingTicket,
} from '../../__testUtils__/ticketResponses';
import { SlaCard } from './SlaCard';

let now = fixtureNow;
beforeEach(() => {
  now = fixtureNow;
  jest.spyOn(Date, 'now').mockImplementation(() => now);
});
afterEach(() => jest.restoreAllMocks());

function renderCard(mpkApi = fakeMpkApi()) {
  return renderInTestApp(
    <TestApiProvider apis={[[mpkApiRef, mpkApi]]}>
      <EntityProvider entity={productionCluster}>
        <SlaCard />
      </EntityProvider>
    </TestApiProvider>,
  );
}

const rows = () =>
  within(screen.getByRole('table', { name: 'Open tickets' }))
    .getAllByRole('row')
    .slice(1)
    .map(row =>
      within(row)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    );

describe('SlaCard', () => {
  it("lists the cluster's open tickets with their countdowns and states", async () => {
    const mpkApi = fakeMpkApi();
    await renderCard(mpkApi);

    await screen.findByRole('table', { name: 'Open tickets' });
    expect(rows()).toEqual([
      ['Control plane unreachable', 'Urgent', 'due in 10:00', 'On the clock'],
      [
        'Helm release stuck',
        'Normal (asked: high)',
        'due in 25:00',
        'On the clock',
      ],
    ]);
    expect(mpkApi.getClusterSla).toHaveBeenCalledWith({
      kind: 'resource',
      namespace: 'default',
      name: 'acme-prod',
    });
  });

  it('counts down live and turns at risk, then breached, without asking the server again', async () => {
    jest.useFakeTimers({ doNotFake: ['Date'] });
    try {
      const mpkApi = fakeMpkApi();
      await renderCard(mpkApi);
      await screen.findByRole('table', { name: 'Open tickets' });

      now = fixtureNow + 7 * 60_000; // 3 min left of 15: at risk
      act(() => {
        jest.advanceTimersByTime(1000);
      });
      expect(rows()[0].slice(2)).toEqual(['due in 03:00', 'At risk']);

      now = fixtureNow + 10 * 60_000 + 5_000;
      act(() => {
        jest.advanceTimersByTime(1000);
      });
      expect(rows()[0].slice(2)).toEqual(['overdue by 00:05', 'Breached']);
      expect(mpkApi.getClusterSla).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('explains how a deadline was counted on hover', async () => {
    await renderCard();
    const [, staging] = await screen.findAllByText('On the clock');

    await userEvent.hover(staging);

    expect(
      await screen.findByText(stagingTicket.sla.explanation),
    ).toBeInTheDocument();
  });

  it('shows the compliance over 30 and 90 days', async () => {
    await renderCard();

    expect(
      await screen.findByText('75% on time (3 met, 1 breached, 2 waiting)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'no response decided yet (0 met, 0 breached, 0 waiting)',
      ),
    ).toBeInTheDocument();
  });

  it('says so when no ticket is open', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterSla.mockResolvedValue({ ...acmeProdSla, openTickets: [] });
    await renderCard(mpkApi);

    expect(await screen.findByText('No open tickets.')).toBeInTheDocument();
    expect(screen.getByText('Open tickets (0)')).toBeInTheDocument();
  });

  it("shows the server's message when the cluster cannot be read", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterSla.mockRejectedValue(
      await responseError(
        404,
        'NotFoundError',
        'No kubernetes-cluster resource:default/acme-prod in the catalog',
      ),
    );
    await renderCard(mpkApi);

    expect(
      await screen.findByText(
        'No kubernetes-cluster resource:default/acme-prod in the catalog',
      ),
    ).toBeInTheDocument();
  });
});
