import { resolve } from 'node:path';
import { parseExampleAccounts, readExampleAccounts } from './accounts.ts';

const orgFile = resolve(__dirname, '../../../examples/org.yaml');

describe('readExampleAccounts', () => {
  it('makes every User of examples/org.yaml with an email an account, in file order, without the guest', async () => {
    const accounts = await readExampleAccounts(orgFile);
    expect(accounts.map(account => [account.name, account.role])).toEqual([
      ['Erin Moreau', 'engagement-manager'],
      ['Leo Alvarez', 'lead-architect'],
      ['Sam Chen', 'senior-cka-engineer'],
      ['Jo Okafor', 'junior-cka-engineer'],
      ['Maya Lindqvist', 'engagement-manager'],
      ['Omar Haddad', 'senior-cka-engineer'],
      ['Avery Brooks', 'customer-admin'],
      ['Dana Kim', 'customer-developer'],
      ['Gil Moreno', 'customer-admin'],
    ]);
    expect(accounts.some(account => account.id === 'guest')).toBe(false);
  });

  it("gives each account the User's name, email, description and groups with their titles", async () => {
    const accounts = await readExampleAccounts(orgFile);
    expect(accounts.find(account => account.id === 'dana-acme')).toEqual({
      id: 'dana-acme',
      email: 'dana.kim@acme.example.com',
      name: 'Dana Kim',
      role: 'customer-developer',
      description: 'Developer at Acme',
      groups: [{ name: 'acme', title: 'Acme Corporation', type: 'customer' }],
    });
    expect(accounts.find(account => account.id === 'erin-em')?.groups).toEqual([
      { name: 'pod-blue', title: 'Support pod Blue', type: 'pod' },
    ]);
  });

  it('names the file when it cannot be read', async () => {
    await expect(readExampleAccounts('/nonexistent/org.yaml')).rejects.toThrow(
      /\/nonexistent\/org\.yaml/,
    );
  });
});

describe('parseExampleAccounts', () => {
  it('falls back from the display name to the title and the name, and reads full group references', () => {
    const accounts = parseExampleAccounts(`
kind: User
metadata: { name: kim, title: Kim Title }
spec: { profile: { email: kim@example.com }, memberOf: ['group:default/team-a'] }
---
kind: User
metadata: { name: lee }
spec: { profile: { email: lee@example.com } }
`);
    expect(accounts).toEqual([
      {
        id: 'kim',
        email: 'kim@example.com',
        name: 'Kim Title',
        role: undefined,
        description: undefined,
        groups: [{ name: 'team-a', title: 'team-a' }],
      },
      {
        id: 'lee',
        email: 'lee@example.com',
        name: 'lee',
        role: undefined,
        description: undefined,
        groups: [],
      },
    ]);
  });

  it('refuses two Users with the same email, whatever its case', () => {
    expect(() =>
      parseExampleAccounts(
        `
kind: User
metadata: { name: a }
spec: { profile: { email: same@example.com } }
---
kind: User
metadata: { name: b }
spec: { profile: { email: SAME@example.com } }
`,
        'org.yaml',
      ),
    ).toThrow('org.yaml: users a and b have the same email SAME@example.com');
  });

  it('refuses a file that is not YAML, naming it', () => {
    expect(() => parseExampleAccounts('kind: [User', 'org.yaml')).toThrow(
      /^org\.yaml is not valid YAML/,
    );
  });
});
