import { Entity } from '@backstage/catalog-model';
import { CatalogApi, catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FieldHarness } from '../__testUtils__/FieldHarness';
import { stackTechnologies } from '../__testUtils__/stackTechnologies';
import { StackComponentsPicker } from './StackComponentsPicker';

async function renderPicker(
  options: {
    catalogApi?: CatalogApi;
    entities?: Entity[];
    platform?: string;
    value?: string[];
  } = {},
) {
  const catalogApi =
    options.catalogApi ??
    catalogApiMock({ entities: options.entities ?? stackTechnologies });
  const onChange = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[catalogApiRef, catalogApi]]}>
      <FieldHarness
        field={StackComponentsPicker}
        platform={options.platform}
        value={options.value}
        onChange={onChange}
      />
    </TestApiProvider>,
  );
  return { catalogApi, onChange };
}

function checkboxNames(container: HTMLElement) {
  return within(container)
    .getAllByRole('checkbox')
    .map(box => box.closest('label')?.textContent);
}

function checkedNames() {
  return screen
    .getAllByRole('checkbox')
    .filter(box => (box as HTMLInputElement).checked)
    .map(box => box.closest('label')?.textContent);
}

describe('StackComponentsPicker', () => {
  it("groups the platform's technologies by tier, with what each tier means", async () => {
    await renderPicker({ platform: 'eks' });
    await screen.findByRole('checkbox', { name: 'Flux' });

    const groups = screen.getAllByRole('group');
    expect(
      groups.map(group => group.querySelector('legend')?.textContent),
    ).toEqual(['Stack technologies', 'Infrastructure', 'Certified', 'Catalog']);
    const [, infrastructure, certified, catalog] = groups;
    expect(checkboxNames(infrastructure)).toEqual(['Karpenter', 'Prometheus']);
    expect(checkboxNames(certified)).toEqual(['ExternalDNS', 'Istio']);
    expect(checkboxNames(catalog)).toEqual(['Flux']);
    expect(
      within(certified).getByText('Tested and deployable by the provider.'),
    ).toBeInTheDocument();
    expect(
      within(catalog).getByText(
        'Known to work on the platform; not operated by the provider.',
      ),
    ).toBeInTheDocument();
  });

  it('reads the stack components from the catalog', async () => {
    const catalogApi = catalogApiMock({ entities: stackTechnologies });
    const getEntities = jest.spyOn(catalogApi, 'getEntities');
    await renderPicker({ catalogApi, platform: 'eks' });

    await screen.findByRole('checkbox', { name: 'Flux' });

    expect(getEntities).toHaveBeenCalledWith({
      filter: { kind: 'Component', 'spec.type': 'stack-component' },
    });
  });

  it('leaves out design-choice alternatives and other platforms', async () => {
    await renderPicker({ platform: 'eks' });
    await screen.findByRole('checkbox', { name: 'Flux' });

    for (const name of ['Nginx Ingress Controller', 'Harbor', 'MetalLB']) {
      expect(screen.queryByRole('checkbox', { name })).not.toBeInTheDocument();
    }
    expect(
      screen.queryByRole('checkbox', { name: 'Argo CD' }),
    ).not.toBeInTheDocument();
  });

  it('selects Infrastructure and Certified technologies to begin with', async () => {
    const { onChange } = await renderPicker({ platform: 'eks' });

    await waitFor(() =>
      expect(onChange).toHaveBeenCalledWith([
        'karpenter',
        'prometheus',
        'external-dns',
        'istio',
      ]),
    );
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(checkedNames()).toEqual([
      'Karpenter',
      'Prometheus',
      'ExternalDNS',
      'Istio',
    ]);
  });

  it('locks the Infrastructure technologies in', async () => {
    await renderPicker({ platform: 'eks', value: ['flux'] });

    const prometheus = await screen.findByRole('checkbox', {
      name: 'Prometheus',
    });
    expect(prometheus).toBeChecked();
    expect(prometheus).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Istio' })).toBeEnabled();
  });

  it('keeps a selection already made and adds the Infrastructure technologies', async () => {
    const { onChange } = await renderPicker({
      platform: 'eks',
      value: ['flux'],
    });

    await waitFor(() =>
      expect(onChange).toHaveBeenCalledWith([
        'karpenter',
        'prometheus',
        'flux',
      ]),
    );
    expect(screen.getByRole('checkbox', { name: 'Istio' })).not.toBeChecked();
  });

  it('changes the selection on a click', async () => {
    const { onChange } = await renderPicker({ platform: 'eks' });
    await waitFor(() => expect(onChange).toHaveBeenCalled());

    await userEvent.click(screen.getByRole('checkbox', { name: 'Istio' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Flux' }));

    expect(onChange).toHaveBeenLastCalledWith([
      'karpenter',
      'prometheus',
      'external-dns',
      'flux',
    ]);
  });

  it("keeps a cleared choice cleared, since it is the user's", async () => {
    const infrastructureless = stackTechnologies.filter(
      entity =>
        entity.metadata.labels!['mpk.io/support-tier'] !== 'infrastructure',
    );
    const { onChange } = await renderPicker({
      entities: infrastructureless,
      platform: 'eks',
    });
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(['external-dns', 'istio']),
    );

    await userEvent.click(screen.getByRole('checkbox', { name: 'Istio' }));
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'ExternalDNS' }),
    );

    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(checkedNames()).toEqual([]);
  });

  it("re-filters the selection for the new platform's technologies", async () => {
    const { onChange } = await renderPicker({ platform: 'eks' });
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Flux' }));

    await userEvent.click(
      screen.getByRole('button', { name: 'Switch to rpc-k' }),
    );

    // Karpenter and ExternalDNS run on EKS only; MetalLB is RPC-K infrastructure; Argo CD, though
    // certified, is not added as the user has made their choice.
    expect(onChange).toHaveBeenLastCalledWith([
      'metallb',
      'prometheus',
      'istio',
      'flux',
    ]);
    expect(
      await screen.findByRole('checkbox', { name: 'Argo CD' }),
    ).not.toBeChecked();
    expect(
      screen.queryByRole('checkbox', { name: 'Karpenter' }),
    ).not.toBeInTheDocument();
  });

  it('asks for a platform before offering technologies', async () => {
    const { onChange } = await renderPicker();

    expect(
      await screen.findByText('Choose a platform first'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says so when the catalog has nothing for the platform', async () => {
    const { onChange } = await renderPicker({
      entities: [],
      platform: 'rpc-k',
    });

    expect(
      await screen.findByText(
        'The catalog has no stack technology to add on Rackspace Kubernetes on bare metal (RPC-K)',
      ),
    ).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows why the catalog could not be read', async () => {
    await renderPicker({
      catalogApi: catalogApiMock.mock({
        getEntities: jest.fn().mockRejectedValue(new Error('catalog is down')),
      }),
      platform: 'eks',
    });

    expect(
      await screen.findByText(
        'Could not load the stack technologies: catalog is down',
      ),
    ).toBeInTheDocument();
  });
});
