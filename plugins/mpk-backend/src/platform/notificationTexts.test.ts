import { displayName, excerpt, EXCERPT_LENGTH } from './notificationTexts';

describe('notification texts', () => {
  it('quote the start of a text on one line', () => {
    expect(excerpt('  Please\n\n add   a node  ')).toBe('Please add a node');
    const long = excerpt('x'.repeat(EXCERPT_LENGTH + 1));
    expect(long).toHaveLength(EXCERPT_LENGTH);
    expect(long.endsWith('…')).toBe(true);
    expect(excerpt('x'.repeat(EXCERPT_LENGTH))).toBe(
      'x'.repeat(EXCERPT_LENGTH),
    );
  });

  it('call an entity by its display name, title or the fallback', () => {
    const entity = (spec: object, title?: string) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: 'avery-acme', title },
      spec,
    });
    expect(
      displayName(
        entity({ profile: { displayName: 'Avery Brooks' } }, 'A'),
        'x',
      ),
    ).toBe('Avery Brooks');
    expect(displayName(entity({}, 'Acme Production'), 'x')).toBe(
      'Acme Production',
    );
    expect(displayName(entity({}), 'avery-acme')).toBe('avery-acme');
    expect(displayName(undefined, 'acme-prod')).toBe('acme-prod');
  });
});
