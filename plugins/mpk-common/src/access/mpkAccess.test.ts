import { mpkPermissions } from '../permissions';
import { MPK_ACCESS_MATRIX, mpkAccess, templateRolesOf } from './mpkAccess';
import { MpkPersona } from './persona';

const pod = (role: string): MpkPersona =>
  ({
    kind: 'provider',
    userEntityRef: `user:default/${role}`,
    role,
    pods: ['group:default/pod-blue'],
  } as MpkPersona);
const customer = (role: string): MpkPersona =>
  ({
    kind: 'customer',
    userEntityRef: `user:default/${role}`,
    role,
    customers: ['acme'],
  } as MpkPersona);

const em = pod('engagement-manager');
const la = pod('lead-architect');
const scka = pod('senior-cka-engineer');
const jcka = pod('junior-cka-engineer');
const auditor: MpkPersona = {
  kind: 'provider',
  userEntityRef: 'user:default/guest',
  role: 'auditor',
  pods: [],
};
const developer = customer('customer-developer');
const admin = customer('customer-admin');
const stranger: MpkPersona = {
  kind: 'unknown',
  userEntityRef: 'user:default/x',
  reason: 'no role',
};

const own = { decision: 'own-pods', pods: ['group:default/pod-blue'] };
const theirs = { decision: 'own-customers', customers: ['acme'] };
const allow = { decision: 'allow' };
const deny = { decision: 'deny' };

describe('mpkAccess', () => {
  it('covers every mpk permission', () => {
    expect(Object.keys(MPK_ACCESS_MATRIX).sort()).toEqual(
      mpkPermissions.map(p => p.name).sort(),
    );
  });

  it.each([
    // permission, [developer, admin, EM, LA, SCKA, JCKA, auditor]
    ['mpk.cluster.read', [theirs, theirs, allow, allow, allow, allow, allow]],
    ['mpk.credit.read', [theirs, theirs, allow, allow, allow, allow, allow]],
    ['mpk.ticket.create', [theirs, theirs, own, own, own, own, deny]],
    ['mpk.ticket.respond', [deny, deny, own, own, own, own, deny]],
    ['mpk.ticket.reopen', [theirs, theirs, own, own, own, own, deny]],
    ['mpk.credit.claim', [deny, theirs, own, deny, deny, deny, deny]],
    ['mpk.upgrade-plan.update', [deny, deny, own, own, own, deny, deny]],
    ['mpk.conformance.upload', [deny, deny, own, own, own, own, deny]],
    ['mpk.pipeline.run', [deny, deny, deny, allow, allow, deny, deny]],
    ['mpk.pipeline.read', [deny, deny, allow, allow, allow, allow, allow]],
    ['mpk.alertmanager.receive', [deny, deny, deny, deny, deny, deny, deny]],
    ['mpk.release.read', [allow, allow, allow, allow, allow, allow, allow]],
    ['mpk.health.read', [allow, allow, allow, allow, allow, allow, allow]],
  ])('decides %s as the table of issue 12 says', (permission, expected) => {
    expect(
      [developer, admin, em, la, scka, jcka, auditor].map(persona =>
        mpkAccess(persona, permission),
      ),
    ).toEqual(expected);
  });

  it('gives a person the service does not know nothing, and no one an unknown permission', () => {
    for (const { name } of mpkPermissions) {
      expect(mpkAccess(stranger, name)).toEqual(deny);
    }
    expect(mpkAccess(em, 'mpk.everything')).toEqual(deny);
  });
});

describe('templateRolesOf', () => {
  it('lets the Lead Architect run both templates and the Senior CKA engineer the provisioning one', () => {
    expect(templateRolesOf(la)).toEqual([
      'lead-architect',
      'senior-cka-engineer',
    ]);
    expect(templateRolesOf(scka)).toEqual(['senior-cka-engineer']);
    for (const persona of [em, jcka, auditor, admin, developer, stranger]) {
      expect(templateRolesOf(persona)).toEqual([]);
    }
  });
});
