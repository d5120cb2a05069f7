import * as parsers from './index';

describe('security parsers index', () => {
  it('exports the public functions', () => {
    expect(Object.keys(parsers).sort()).toEqual([
      'SECURITY_PARSE_LIMITS',
      'parseSecurityDocument',
      'parseSecurityFile',
    ]);
  });
});
