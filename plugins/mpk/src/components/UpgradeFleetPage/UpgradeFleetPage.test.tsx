import { Entity } from '@backstage/catalog-model';
import {
  AuthorizeResult,
  EvaluatePermissionRequest,
} from '@backstage/plugin-permission-common';
import {
  FleetUpgradesResponse,
  mpkUpgradePlanUpdatePermission,
} from '@mpk-portal/plugin-mpk-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  acmePlan,
  acmeProdItem,
  fakeMpkApi,
  fleetItems,
  globexDevItem,
} from '../../__testUtils__/mpkResponses';
import { acmeDeveloper, stranger } from '../../__testUtils__/personas';
import {
  PermissionAnswer,
  renderWithMpk,
} from '../../__testUtils__/renderWithMpk';
import { useLocation } from 'react-router-dom';
import { UpgradeFleetPage } from './UpgradeFleetPage';

/** Shows the query string of the current URL, to see what the page keeps there. */
function SearchProbe() {
  return <output aria-label="search">{useLocation().search}</output>;
}

const today = '2026-11-14';

// The page renders a wide table and MUI menus, which jsdom lays out slowly.
jest.setTimeout(20_000);

const acmeGroup: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'acme', namespace: 'default', title: 'Acme Corporation' },
  spec: { type: 'customer', children: [] },
};

function renderPage(
  mpkApi = fakeMpkApi(),
  authorize: PermissionAnswer = AuthorizeResult.ALLOW,
  route?: string,
) {
  return renderWithMpk(
    <>
      <UpgradeFleetPage />
      <SearchProbe />
    </>,
    {
      mpkApi,
      authorize,
      catalogEntities: [acmeGroup],
      route,
    },
  );
}

const editButton = (title: string) =>
  screen.getByRole('button', { name: `Edit the upgrade plan of ${title}` });

async function clusterTable() {
  return (await screen.findByRole('columnheader', { name: 'Cluster' })).closest(
    'table',
  )!;
}

// Through the table DOM rather than by role: role queries over a table this wide take seconds.
function rowTexts(table: HTMLTableElement) {
  return [...table.tBodies[0].rows].map(row =>
    [...row.cells].map(cell => cell.textContent),
  );
}

function openFilterButton(filter: string) {
  // The menu of a filter is labelled by the filter too.
  return screen.getByLabelText(filter, { selector: '[role="button"]' });
}

async function choose(filter: string, option: string) {
  fireEvent.mouseDown(openFilterButton(filter));
  const listbox = await screen.findByRole('listbox');
  fireEvent.click(within(listbox).getByText(option));
  fireEvent.keyDown(listbox, { key: 'Escape' });
  await waitFor(() =>
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument(),
  );
}

describe('UpgradeFleetPage', () => {
  it('lists every cluster in the order the backend sorted them', async () => {
    const mpkApi = fakeMpkApi();
    await renderPage(mpkApi);

    const table = await clusterTable();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(header => header.textContent),
    ).toEqual([
      'Cluster',
      'Customer',
      'Owner pod',
      'Platform',
      'Version',
      'Next obligation',
      'Due date',
      'Days left',
      'Status',
      'Plan',
      'Planned date',
      'Conformance',
      'Security',
      'Readiness',
      'Met / met late',
      'Actions',
    ]);
    expect(rowTexts(table)).toEqual([
      [
        'globex-dev',
        'globex',
        'pod-red',
        'EKS',
        '1.33',
        'Kubernetes control plane 1.32',
        '2026-10-30',
        '15 days overdue',
        'Overdue',
        '',
        '',
        'Unknown',
        'Stale1 open',
        '2 blockers',
        '1.36 met 20 days late1.35 met',
        '',
      ],
      [
        'acme-prod',
        'acme',
        'pod-blue',
        'EKS',
        '1.33',
        'Kubernetes control plane 1.33',
        '2026-11-26',
        '12 days left',
        'Due soon',
        'Planned',
        '2026-11-10',
        'Conformant',
        'Deviations3 open',
        'Ready for 1.34',
        '',
        '',
      ],
      [
        'Initech "prod", EU',
        'initech',
        'pod-blue',
        'EKS',
        '1.33',
        'Upgrade path to Kubernetes 1.36',
        '2027-01-29',
        '76 days left',
        'On track',
        '',
        '',
        'Non-conformant',
        'Compliant',
        'Ready for 1.34',
        '',
        '',
      ],
      [
        'hooli-dev',
        'hooli',
        'pod-red',
        'EKS',
        '1.33',
        '',
        '',
        '',
        'Unknown',
        '',
        '',
        'Unknown',
        'Unknown',
        'Ready for 1.34',
        '',
        '',
      ],
    ]);
    expect(
      within(table).getByRole('link', { name: 'acme-prod' }),
    ).toHaveAttribute('href', '/catalog/default/resource/acme-prod');
    expect(mpkApi.getFleetUpgrades).toHaveBeenCalledWith({
      customer: [],
      owner: [],
      status: [],
      order: 'asc',
    });
  });

  it('asks the backend for the clusters that pass the chosen filters', async () => {
    const mpkApi = fakeMpkApi();
    await renderPage(mpkApi);
    await clusterTable();

    mpkApi.getFleetUpgrades.mockResolvedValue({ today, items: [acmeProdItem] });
    await choose('Customer', 'acme');
    await choose('Customer', 'globex');
    await choose('Owner pod', 'pod-blue');
    await choose('Status', 'Due soon');

    expect(mpkApi.getFleetUpgrades).toHaveBeenLastCalledWith({
      customer: ['acme', 'globex'],
      owner: ['group:default/pod-blue'],
      status: ['due-soon'],
      order: 'asc',
    });
    await waitFor(async () =>
      expect(rowTexts(await clusterTable()).map(row => row[0])).toEqual([
        'acme-prod',
      ]),
    );
  });

  it('keeps offering the values a filtered list no longer holds', async () => {
    const mpkApi = fakeMpkApi();
    await renderPage(mpkApi);
    await clusterTable();

    mpkApi.getFleetUpgrades.mockResolvedValue({ today, items: [acmeProdItem] });
    await choose('Customer', 'acme');
    await waitFor(async () =>
      expect(rowTexts(await clusterTable())).toHaveLength(1),
    );

    fireEvent.mouseDown(openFilterButton('Customer'));
    expect(
      within(await screen.findByRole('listbox'))
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual(['acme', 'globex', 'hooli', 'initech']);
  });

  it('reverses the order by days left', async () => {
    const mpkApi = fakeMpkApi();
    await renderPage(mpkApi);
    await clusterTable();

    expect(
      screen.getByRole('columnheader', { name: 'Days left' }),
    ).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(screen.getByRole('button', { name: /Days left/ }));

    expect(mpkApi.getFleetUpgrades).toHaveBeenLastCalledWith(
      expect.objectContaining({ order: 'desc' }),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('columnheader', { name: 'Days left' }),
      ).toHaveAttribute('aria-sort', 'descending'),
    );
  });

  it('exports the rows shown as CSV', async () => {
    // jsdom has no object URLs, and would try to navigate to the link.
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:fleet');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    const mpkApi = fakeMpkApi();
    mpkApi.getFleetUpgrades.mockResolvedValue({
      today,
      items: [globexDevItem, fleetItems[2]],
    });
    await renderPage(mpkApi);
    await clusterTable();

    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(click.mock.instances[0]).toHaveAttribute(
      'download',
      'upgrade-fleet-2026-11-14.csv',
    );
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // text() drops the byte order mark.
    expect(await blob.text()).toBe(
      [
        'Cluster,Customer,Owner pod,Platform,Version,Next obligation,Due date,Days left,Status,Plan,Planned date,Conformance,Security,Open deviations,Target version,Ready,Blockers,History',
        'globex-dev,globex,pod-red,EKS,1.33,Kubernetes control plane 1.32,2026-10-30,-15,Overdue,,,Unknown,Stale,1,1.34,no,"Ingress web uses extensions/v1beta1, removed in 1.22 | Worker nodes on 1.30 would be 4 minor versions behind 1.34",1.36 met 20 days late; 1.35 met',
        '"Initech ""prod"", EU",initech,pod-blue,EKS,1.33,Upgrade path to Kubernetes 1.36,2027-01-29,76,On track,,,Non-conformant,Compliant,0,1.34,yes,,',
        '',
      ].join('\r\n'),
    );
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:fleet');
    click.mockRestore();
  });

  it('charts the next deadlines by month', async () => {
    await renderPage();

    const chart = await screen.findByRole('list', {
      name: 'Next deadlines by month',
    });
    expect(
      within(chart)
        .getAllByRole('listitem')
        .map(month => month.getAttribute('aria-label')),
    ).toEqual([
      'Oct 2026: 1 deadline (1 overdue)',
      'Nov 2026: 1 deadline (1 due soon)',
      'Dec 2026: 0 deadlines',
      'Jan 2027: 1 deadline (1 on track)',
    ]);
    expect(
      screen.getByText(
        '1 cluster has no dated upgrade obligation and is not in the chart.',
      ),
    ).toBeInTheDocument();
  });

  it('saves an edited plan and shows it in the row', async () => {
    const mpkApi = fakeMpkApi();
    const saved = { ...acmePlan, state: 'in-progress' as const };
    mpkApi.saveUpgradePlan.mockResolvedValue(saved);
    await renderPage(mpkApi);
    await clusterTable();

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Edit the upgrade plan of acme-prod',
      }),
    );
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByLabelText(/Planned date/)).toHaveValue(
      '2026-11-10',
    );
    const updated: FleetUpgradesResponse = {
      today,
      items: fleetItems.map(item =>
        item === acmeProdItem ? { ...item, plan: saved } : item,
      ),
    };
    mpkApi.getFleetUpgrades.mockResolvedValue(updated);
    await userEvent.selectOptions(
      within(dialog).getByLabelText('State'),
      'In progress',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(mpkApi.saveUpgradePlan).toHaveBeenCalledWith(
      { kind: 'resource', namespace: 'default', name: 'acme-prod' },
      {
        plannedDate: '2026-11-10',
        state: 'in-progress',
        note: 'Maintenance window agreed with the customer',
      },
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    const acmeRow = (await screen.findByText('In progress')).closest('tr')!;
    expect(within(acmeRow).getByText('acme-prod')).toBeInTheDocument();
  });

  it('shows why the fleet could not be loaded', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getFleetUpgrades.mockRejectedValue(new Error('backend is down'));
    await renderPage(mpkApi);

    expect(
      await screen.findByText('Error: backend is down'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lets only the pod that owns a cluster edit its plan, and tells the others who can', async () => {
    const authorize = jest.fn<
      AuthorizeResult.ALLOW | AuthorizeResult.DENY,
      [EvaluatePermissionRequest]
    >(({ permission, resourceRef }) =>
      permission.name === mpkUpgradePlanUpdatePermission.name &&
      resourceRef === acmeProdItem.cluster.entityRef
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    );
    await renderPage(fakeMpkApi(), authorize);
    await clusterTable();

    await waitFor(() => expect(editButton('globex-dev')).toBeDisabled());
    expect(editButton('acme-prod')).toBeEnabled();
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        permission: mpkUpgradePlanUpdatePermission,
        resourceRef: 'resource:default/globex-dev',
      }),
    );

    await userEvent.hover(editButton('globex-dev').parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Only the Engagement Manager, Lead Architect or Senior CKA engineer of pod-red can edit this upgrade plan',
    );
    fireEvent.click(editButton('globex-dev'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("tells a customer's person whose clusters they see", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getPersona.mockResolvedValue(acmeDeveloper);
    mpkApi.getFleetUpgrades.mockResolvedValue({ today, items: [acmeProdItem] });
    await renderPage(mpkApi, () => AuthorizeResult.DENY);

    expect(
      await screen.findByText(
        "You see Acme Corporation's clusters only: you are a customer developer of Acme Corporation.",
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(editButton('acme-prod')).toBeDisabled());
  });

  it('tells someone the portal does not know why they see no cluster', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getPersona.mockResolvedValue(stranger);
    mpkApi.getFleetUpgrades.mockResolvedValue({ today, items: [] });
    await renderPage(mpkApi);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `The portal does not know your role: ${stranger.reason}; ask your Engagement Manager.`,
    );
  });

  it('lists the blockers of a blocked cluster on hover over its readiness', async () => {
    await renderPage();
    const table = await clusterTable();

    const globexRow = within(table).getByText('globex-dev').closest('tr')!;
    await userEvent.hover(within(globexRow).getByText('2 blockers'));

    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent(
      '2 blockers for 1.34:Ingress web uses extensions/v1beta1, removed in 1.22Worker nodes on 1.30 would be 4 minor versions behind 1.34',
    );
  });

  it('filters by readiness, asking the backend and keeping the choice in the URL', async () => {
    const mpkApi = fakeMpkApi();
    await renderPage(mpkApi);
    await clusterTable();
    expect(
      screen.getByLabelText('Readiness', { selector: 'select' }),
    ).toHaveValue('');

    mpkApi.getFleetUpgrades.mockResolvedValue({
      today,
      items: [globexDevItem],
    });
    await userEvent.selectOptions(
      screen.getByLabelText('Readiness', { selector: 'select' }),
      'Blocked',
    );

    await waitFor(() =>
      expect(mpkApi.getFleetUpgrades).toHaveBeenLastCalledWith({
        customer: [],
        owner: [],
        status: [],
        readiness: 'blocked',
        order: 'asc',
      }),
    );
    expect(screen.getByLabelText('search')).toHaveTextContent(
      '?readiness=blocked',
    );
    await waitFor(async () =>
      expect(rowTexts(await clusterTable()).map(row => row[0])).toEqual([
        'globex-dev',
      ]),
    );

    await userEvent.selectOptions(
      screen.getByLabelText('Readiness', { selector: 'select' }),
      'All',
    );
    await waitFor(() =>
      expect(mpkApi.getFleetUpgrades).toHaveBeenLastCalledWith(
        expect.not.objectContaining({ readiness: expect.anything() }),
      ),
    );
    expect(screen.getByLabelText('search')).toBeEmptyDOMElement();
  });

  it('starts with the readiness filter of the URL', async () => {
    const mpkApi = fakeMpkApi();
    await renderPage(mpkApi, AuthorizeResult.ALLOW, '/?readiness=ready');
    await clusterTable();

    expect(mpkApi.getFleetUpgrades).toHaveBeenCalledTimes(1);
    expect(mpkApi.getFleetUpgrades).toHaveBeenCalledWith(
      expect.objectContaining({ readiness: 'ready' }),
    );
    expect(
      screen.getByLabelText('Readiness', { selector: 'select' }),
    ).toHaveValue('ready');
  });

  it('shows the security status and open deviations of each cluster', async () => {
    await renderPage();
    const table = await clusterTable();

    const acmeRow = within(table).getByText('acme-prod').closest('tr')!;
    const securityCell = acmeRow.cells[
      within(table)
        .getAllByRole('columnheader')
        .findIndex(header => header.textContent === 'Security')
    ] as HTMLElement;
    expect(within(securityCell).getByText('Deviations')).toBeInTheDocument();
    expect(securityCell).toHaveTextContent('3 open');
  });

  it('filters by security status, asking the backend and keeping the choice in the URL', async () => {
    const mpkApi = fakeMpkApi();
    await renderPage(mpkApi);
    await clusterTable();

    mpkApi.getFleetUpgrades.mockResolvedValue({ today, items: [acmeProdItem] });
    await choose('Security', 'Deviations');

    await waitFor(() =>
      expect(mpkApi.getFleetUpgrades).toHaveBeenLastCalledWith({
        customer: [],
        owner: [],
        status: [],
        security: ['deviations'],
        order: 'asc',
      }),
    );
    expect(screen.getByLabelText('search')).toHaveTextContent(
      '?security=deviations',
    );
    await waitFor(async () =>
      expect(rowTexts(await clusterTable()).map(row => row[0])).toEqual([
        'acme-prod',
      ]),
    );

    await choose('Security', 'Stale');
    await waitFor(() =>
      expect(mpkApi.getFleetUpgrades).toHaveBeenLastCalledWith(
        expect.objectContaining({ security: ['deviations', 'stale'] }),
      ),
    );
    expect(screen.getByLabelText('search')).toHaveTextContent(
      '?security=deviations&security=stale',
    );

    await choose('Security', 'Deviations');
    await choose('Security', 'Stale');
    await waitFor(() =>
      expect(mpkApi.getFleetUpgrades).toHaveBeenLastCalledWith(
        expect.not.objectContaining({ security: expect.anything() }),
      ),
    );
    expect(screen.getByLabelText('search')).toBeEmptyDOMElement();
  });

  it('starts with the security filter of the URL, ignoring unknown statuses', async () => {
    const mpkApi = fakeMpkApi();
    await renderPage(
      mpkApi,
      AuthorizeResult.ALLOW,
      '/?security=stale&security=bogus&readiness=blocked',
    );
    await clusterTable();

    expect(mpkApi.getFleetUpgrades).toHaveBeenCalledTimes(1);
    expect(mpkApi.getFleetUpgrades).toHaveBeenCalledWith(
      expect.objectContaining({ security: ['stale'], readiness: 'blocked' }),
    );
    expect(openFilterButton('Security')).toHaveTextContent('Stale');
  });
});
