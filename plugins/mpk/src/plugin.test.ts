import { mpkApiRef } from './api';
import { mpkPlugin } from './plugin';
import {
  rootRouteRef,
  slaCreditsRouteRef,
  upgradeFleetRouteRef,
} from './routes';

describe('mpkPlugin', () => {
  it('provides the mpk API', () => {
    expect([...mpkPlugin.getApis()].map(factory => factory.api)).toContain(
      mpkApiRef,
    );
  });

  it('has a route for each page', () => {
    expect(mpkPlugin.routes).toEqual({
      root: rootRouteRef,
      upgradeFleet: upgradeFleetRouteRef,
      slaCredits: slaCreditsRouteRef,
    });
  });
});
