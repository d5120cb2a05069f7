import {
  acmeProdItem,
  globexDevItem,
  hooliDevItem,
  initechProdItem,
} from '../../__testUtils__/mpkResponses';
import { fleetCsv } from './fleetColumns';

describe('fleetCsv', () => {
  it('has the columns of the table and one row per item, in order', () => {
    expect(fleetCsv([acmeProdItem, initechProdItem, hooliDevItem])).toBe(
      [
        'Cluster,Customer,Owner pod,Platform,Version,Next obligation,Due date,Days left,Status,Plan,Planned date,Conformance,Security,Open deviations,Target version,Ready,Blockers,History',
        'acme-prod,acme,pod-blue,EKS,1.33,Kubernetes control plane 1.33,2026-11-26,12,Due soon,Planned,2026-11-10,Conformant,Deviations,3,1.34,yes,,',
        '"Initech ""prod"", EU",initech,pod-blue,EKS,1.33,Upgrade path to Kubernetes 1.36,2027-01-29,76,On track,,,Non-conformant,Compliant,0,1.34,yes,,',
        'hooli-dev,hooli,pod-red,EKS,1.33,,,,Unknown,,,Unknown,Unknown,0,1.34,yes,,',
        '',
      ].join('\r\n'),
    );
  });

  it('gives only the header for no items', () => {
    expect(fleetCsv([]).split('\r\n')).toHaveLength(2);
  });

  it('exports the readiness and the upgrade paths met as plain columns', () => {
    const [header, row] = fleetCsv([globexDevItem]).split('\r\n');

    expect(header.split(',').slice(-4)).toEqual([
      'Target version',
      'Ready',
      'Blockers',
      'History',
    ]);
    expect(row).toBe(
      'globex-dev,globex,pod-red,EKS,1.33,Kubernetes control plane 1.32,2026-10-30,-15,Overdue,,,Unknown,Stale,1,' +
        '1.34,no,"Ingress web uses extensions/v1beta1, removed in 1.22 | Worker nodes on 1.30 would be 4 minor versions behind 1.34",' +
        '1.36 met 20 days late; 1.35 met',
    );
  });

  it('exports the security status and the number of open deviations', () => {
    const [header, row] = fleetCsv([acmeProdItem]).split('\r\n');
    const cells = header.split(',');

    expect(row.split(',')[cells.indexOf('Security')]).toBe('Deviations');
    expect(row.split(',')[cells.indexOf('Open deviations')]).toBe('3');
  });
});
