import { ReadContext, own, readId, readText, truncate } from './readContext';

describe('readContext', () => {
  it('cuts text with an ellipsis, never splitting a surrogate pair', () => {
    expect(truncate('abcdef', 6)).toBe('abcdef');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab😀cd', 4)).toBe('ab…');
  });

  it('reads own properties only', () => {
    const object = Object.create({ inherited: 'x' });
    object.mine = 'y';
    expect(own(object, 'inherited')).toBeUndefined();
    expect(own(object, 'mine')).toBe('y');
    expect(own({}, 'constructor')).toBeUndefined();
  });

  it('collects problems under a prefix and caps them', () => {
    const ctx = ReadContext.create();
    const items = ctx.under('items[1]');
    expect(readId(items, { id: 3 }, 'id', 'results[0]')).toBeUndefined();
    expect(
      readText(items, {}, 'title', '', { required: true }),
    ).toBeUndefined();
    for (let i = 0; i < 60; i += 1) ctx.problem(`f${i}`, 'bad');
    const problems = ctx.list();
    expect(problems[0]).toBe(
      'items[1].results[0].id: expected a string, got a number',
    );
    expect(problems[1]).toBe('items[1].title: is missing');
    expect(problems).toHaveLength(51);
    expect(problems[50]).toBe('… and 12 more problems');
  });
});
