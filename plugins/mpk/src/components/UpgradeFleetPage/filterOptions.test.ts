import {
  acmeProdItem,
  fleetItems,
  globexDevItem,
} from '../../__testUtils__/mpkResponses';
import { addFilterOptions, NO_FLEET_FILTERS } from './filterOptions';

describe('addFilterOptions', () => {
  it('takes the distinct customers, owners and statuses of the items, sorted', () => {
    expect(addFilterOptions(NO_FLEET_FILTERS, fleetItems)).toEqual({
      customer: ['acme', 'globex', 'hooli', 'initech'],
      owner: ['group:default/pod-blue', 'group:default/pod-red'],
      status: ['overdue', 'due-soon', 'on-track', 'unknown'],
    });
  });

  it('keeps the options of earlier loads when a filtered load holds fewer', () => {
    const all = addFilterOptions(NO_FLEET_FILTERS, [
      acmeProdItem,
      globexDevItem,
    ]);

    expect(addFilterOptions(all, [acmeProdItem])).toEqual(all);
  });
});
