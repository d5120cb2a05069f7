import { knownServiceName } from './serviceNames';

describe('knownServiceName', () => {
  it('names the services of the desk, and no other subject', () => {
    expect(knownServiceName('alertmanager')).toBe('Alertmanager');
    expect(knownServiceName('ticketing-system')).toBe('Service desk');
    expect(knownServiceName('mpk-bench')).toBeUndefined();
    // Not a name from the object's prototype.
    expect(knownServiceName('constructor')).toBeUndefined();
  });
});
