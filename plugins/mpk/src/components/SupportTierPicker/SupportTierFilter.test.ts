import { productionCluster } from '../../__testUtils__/clusterEntities';
import { flux, istio, prometheus } from '../../__testUtils__/stackEntities';
import { SupportTierFilter } from './SupportTierFilter';

describe('SupportTierFilter', () => {
  const filter = new SupportTierFilter(['certified', 'catalog']);

  it('asks the catalog for the selected tiers by label', () => {
    expect(filter.getCatalogFilters()).toEqual({
      'metadata.labels.mpk.io/support-tier': ['certified', 'catalog'],
    });
  });

  it('keeps only the stack components of the selected tiers', () => {
    expect(filter.filterEntity(istio)).toBe(true);
    expect(filter.filterEntity(flux)).toBe(true);
    expect(filter.filterEntity(prometheus)).toBe(false);
    expect(filter.filterEntity(productionCluster)).toBe(false);
  });

  it('states the selected tiers for the URL', () => {
    expect(filter.toQueryValue()).toEqual(['certified', 'catalog']);
  });
});
