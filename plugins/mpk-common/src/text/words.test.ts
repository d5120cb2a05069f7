import { listInWords, WEEKDAY_NAMES } from './words';

describe('listInWords', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('lists %p as %p', (items, text) => {
    expect(listInWords(items)).toBe(text);
  });

  it('names the week from Monday', () => {
    expect(WEEKDAY_NAMES[0]).toBe('Monday');
    expect(WEEKDAY_NAMES[6]).toBe('Sunday');
  });
});
