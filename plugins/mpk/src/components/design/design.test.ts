import {
  acmeDesignEntity,
  acmeVersion2,
} from '../../__testUtils__/designResponses';
import { productionCluster } from '../../__testUtils__/clusterEntities';
import {
  customerResourceRef,
  designEntityRef,
  designNameOf,
  isDesignEntity,
} from './designEntity';
import {
  changesTitle,
  decisionRefusal,
  nothingToDecide,
} from './designWording';

describe('design entities', () => {
  it('recognises a cluster-design Resource, and no cluster', () => {
    expect(isDesignEntity(acmeDesignEntity)).toBe(true);
    expect(isDesignEntity(productionCluster)).toBe(false);
    expect(isDesignEntity({ ...acmeDesignEntity, kind: 'Component' })).toBe(
      false,
    );
  });

  it('names the design by its annotation, or else by the entity name', () => {
    expect(
      designNameOf({
        ...acmeDesignEntity,
        metadata: {
          name: 'other',
          annotations: { 'mpk.io/design': 'acme-platform' },
        },
      }),
    ).toBe('acme-platform');
    expect(
      designNameOf({ ...acmeDesignEntity, metadata: { name: 'acme-eu' } }),
    ).toBe('acme-eu');
  });

  it('refers to the design entity and the customer as the catalog and the backend do', () => {
    expect(designEntityRef('acme-platform')).toBe(
      'resource:default/acme-platform',
    );
    expect(customerResourceRef('acme')).toBe('group:default/acme');
  });
});

describe('design wording', () => {
  it('says why a version cannot be decided, and nothing for a shared one', () => {
    expect(nothingToDecide(acmeVersion2)).toBeUndefined();
    expect(nothingToDecide({ version: 2, state: 'accepted' })).toBe(
      'Nothing to decide: version 2 was accepted.',
    );
    expect(nothingToDecide({ version: 3, state: 'superseded' })).toBe(
      'Nothing to decide: version 3 was superseded by a later version.',
    );
    expect(decisionRefusal('Acme Corporation')).toBe(
      "Only Acme Corporation's admins can accept this design or request changes.",
    );
  });

  it('titles the changes by the version they compare with', () => {
    expect(changesTitle({ version: 1 })).toBe('What changed');
    expect(changesTitle({ version: 3 })).toBe('What changed since version 2');
  });
});
