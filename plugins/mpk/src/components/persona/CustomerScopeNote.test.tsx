import { Entity } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { MpkPersona } from '@mpk-portal/plugin-mpk-common';
import { screen } from '@testing-library/react';
import { mpkApiRef } from '../../api';
import { fakeMpkApi } from '../../__testUtils__/mpkResponses';
import {
  acmeAdmin,
  acmeDeveloper,
  blueEngagementManager,
  stranger,
} from '../../__testUtils__/personas';
import { CustomerScopeNote as LegacyCustomerScopeNote } from '../../plugin';
import { CustomerScopeNote } from './CustomerScopeNote';

const customerGroup = (name: string, title?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', ...(title && { title }) },
  spec: { type: 'customer', children: [] },
});

async function renderNote(
  persona: MpkPersona,
  groups: Entity[] = [customerGroup('acme', 'Acme Corporation')],
  Note: () => JSX.Element | null = CustomerScopeNote,
) {
  const mpkApi = fakeMpkApi();
  mpkApi.getPersona.mockResolvedValue(persona);
  const catalogApi = catalogApiMock({ entities: groups });
  const getEntityByRef = jest.spyOn(catalogApi, 'getEntityByRef');
  const rendered = await renderInTestApp(
    <TestApiProvider
      apis={[
        [mpkApiRef, mpkApi],
        [catalogApiRef, catalogApi],
      ]}
    >
      <div data-testid="note">
        <Note />
      </div>
    </TestApiProvider>,
  );
  return { ...rendered, mpkApi, getEntityByRef };
}

describe('CustomerScopeNote', () => {
  it("tells a customer's developer whose clusters they see, by the customer's title", async () => {
    const { getEntityByRef } = await renderNote(acmeDeveloper);

    expect(
      await screen.findByText(
        "You see Acme Corporation's clusters only: you are a customer developer of Acme Corporation.",
      ),
    ).toBeInTheDocument();
    expect(getEntityByRef).toHaveBeenCalledWith('group:default/acme');
  });

  it('is the component extension that legacy apps put in the catalog filters', async () => {
    await renderNote(acmeDeveloper, undefined, LegacyCustomerScopeNote);

    expect(
      await screen.findByText(/^You see Acme Corporation's clusters only/),
    ).toBeInTheDocument();
  });

  it("names the customer admin's role", async () => {
    await renderNote(acmeAdmin);

    expect(
      await screen.findByText(
        "You see Acme Corporation's clusters only: you are a customer admin of Acme Corporation.",
      ),
    ).toBeInTheDocument();
  });

  it('names a customer the catalog does not give by its name, and lists every customer', async () => {
    await renderNote(
      { ...acmeDeveloper, customers: ['acme', 'globex', 'hooli'] },
      [customerGroup('acme', 'Acme Corporation'), customerGroup('hooli')],
    );

    expect(
      await screen.findByText(
        "You see Acme Corporation's, globex's and hooli's clusters only: you are a customer developer of Acme Corporation, globex and hooli.",
      ),
    ).toBeInTheDocument();
  });

  it('tells someone the portal does not know why, and whom to ask', async () => {
    await renderNote(stranger);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The portal does not know your role: user:default/sam has no role of the service (annotation mpk.io/role); ask your Engagement Manager.',
    );
  });

  it('says nothing to provider staff', async () => {
    const { mpkApi, getEntityByRef } = await renderNote(blueEngagementManager);

    await expect(mpkApi.getPersona.mock.results[0].value).resolves.toBe(
      blueEngagementManager,
    );
    expect(screen.getByTestId('note')).toBeEmptyDOMElement();
    expect(getEntityByRef).not.toHaveBeenCalled();
  });
});
