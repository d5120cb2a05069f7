import {
  acmeProdItem,
  hooliDevItem,
  initechProdItem,
} from '../../__testUtils__/mpkResponses';
import { fleetCsv } from './fleetColumns';

describe('fleetCsv', () => {
  it('has the columns of the table and one row per item, in order', () => {
    expect(fleetCsv([acmeProdItem, initechProdItem, hooliDevItem])).toBe(
      [
        'Cluster,Customer,Owner pod,Platform,Version,Next obligation,Due date,Days left,Status,Plan,Planned date,Conformance',
        'acme-prod,acme,pod-blue,EKS,1.33,Kubernetes control plane 1.33,2026-11-26,12,Due soon,Planned,2026-11-10,Conformant',
        '"Initech ""prod"", EU",initech,pod-blue,EKS,1.33,Upgrade path to Kubernetes 1.36,2027-01-29,76,On track,,,Non-conformant',
        'hooli-dev,hooli,pod-red,EKS,1.33,,,,Unknown,,,Unknown',
        '',
      ].join('\r\n'),
    );
  });

  it('gives only the header for no items', () => {
    expect(fleetCsv([]).split('\r\n')).toHaveLength(2);
  });
});
