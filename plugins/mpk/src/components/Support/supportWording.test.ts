import { principalOf } from './supportWording';

describe('principalOf', () => {
  it('names users by ref, known services as the backend does, and others as services', () => {
    expect(principalOf('user:default/dana-acme')).toEqual({
      kind: 'user',
      ref: 'user:default/dana-acme',
    });
    expect(principalOf('alertmanager')).toEqual({
      kind: 'service',
      name: 'Alertmanager',
    });
    expect(principalOf('ticketing-system')).toEqual({
      kind: 'service',
      name: 'Service desk',
    });
    expect(principalOf('mpk-bench')).toEqual({
      kind: 'service',
      name: 'mpk-bench (service)',
    });
  });
});
