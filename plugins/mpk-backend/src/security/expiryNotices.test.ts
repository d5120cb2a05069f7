import { Entity } from '@backstage/catalog-model';
import { SecurityException } from '@mpk-portal/plugin-mpk-common';
import { sendExpiryNotices } from './expiryNotices';

const cluster: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'globex-prod',
    namespace: 'default',
    title: 'Globex production',
  },
  spec: { type: 'kubernetes-cluster', owner: 'group:default/pod-green' },
};

const exception = (id: string, expires: string): SecurityException => ({
  id,
  set: 'trivy-config-audit',
  check: 'KSV110',
  scope: { cluster: 'globex-prod' },
  reason: 'Workloads still in the default namespace',
  approvedBy: 'user:default/maya-em',
  expires,
  origin: 'baseline',
  state: 'expiring',
});

describe('sendExpiryNotices', () => {
  it('notifies the owning pod 14 days before an exception expires, once across runs', async () => {
    const claimed = new Set<string>();
    const store = {
      claimExpiryNotice: async (ref: string, id: string, expires: string) => {
        const key = `${ref} ${id} ${expires}`;
        if (claimed.has(key)) return false;
        claimed.add(key);
        return true;
      },
    };
    const notifications = { send: jest.fn() };
    const security = {
      exceptionsOf: async () =>
        new Map([
          [
            'resource:default/globex-prod',
            [
              exception('baseline:0', '2026-12-16'),
              exception('baseline:1', '2026-12-17'),
            ],
          ],
        ]),
    };
    const run = () =>
      sendExpiryNotices({
        clusters: [cluster],
        security,
        store,
        notifications,
        today: '2026-12-02',
      });
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    expect(notifications.send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: 'group:default/pod-green' },
      payload: expect.objectContaining({
        title:
          'Globex production: the exception for trivy-config-audit KSV110 expires on 2026-12-16',
        link: '/catalog/default/resource/globex-prod',
        topic: 'mpk-security-exceptions',
      }),
    });
  });
});
