import { stackSystem } from '../__testUtils__/stackEntities';
import { readStackCategories } from './stackSystem';

describe('readStackCategories', () => {
  it('keeps the order of the System', () => {
    expect(readStackCategories(stackSystem).map(c => c.id)).toEqual([
      'iac-cicd',
      'ingress-service-mesh',
      'observability',
    ]);
  });

  it('skips malformed entries and copes with a missing System', () => {
    const system = {
      ...stackSystem,
      spec: {
        categories: [{ id: 'observability' }, { id: 'ok', title: 'OK' }],
      },
    };

    expect(readStackCategories(system)).toEqual([{ id: 'ok', title: 'OK' }]);
    expect(readStackCategories(undefined)).toEqual([]);
  });
});
