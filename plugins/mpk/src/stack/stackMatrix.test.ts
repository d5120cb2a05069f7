import {
  argoCd,
  flux,
  istio,
  prometheus,
  stackComponents,
  stackSystem,
} from '../__testUtils__/stackEntities';
import { buildStackMatrix } from './stackMatrix';
import { readStackCategories } from './stackSystem';

describe('buildStackMatrix', () => {
  it('places each component in its category row and current tier column', () => {
    const rows = buildStackMatrix(
      readStackCategories(stackSystem),
      stackComponents,
    );

    expect(rows.map(row => row.category.id)).toEqual([
      'iac-cicd',
      'ingress-service-mesh',
      'observability',
    ]);
    expect(rows[0].components).toEqual({
      infrastructure: [argoCd],
      certified: [],
      catalog: [flux],
    });
    expect(rows[1].components.certified).toEqual([istio]);
    expect(rows[2].components.infrastructure).toEqual([prometheus]);
  });

  it('keeps a component whose category the System does not list, after the listed ones', () => {
    const rows = buildStackMatrix(
      [{ id: 'observability', title: 'Observability' }],
      [prometheus, istio],
    );

    expect(rows.map(row => row.category.title)).toEqual([
      'Observability',
      'Ingress and service mesh',
    ]);
    expect(rows[1].components.certified).toEqual([istio]);
  });

  it('lists the components of a cell by title', () => {
    const linkerd = {
      ...istio,
      metadata: { ...istio.metadata, name: 'linkerd', title: 'Linkerd' },
    };
    const [row] = buildStackMatrix([], [linkerd, istio]);

    expect(row.components.certified.map(c => c.metadata.title)).toEqual([
      'Istio',
      'Linkerd',
    ]);
  });
});
