import { argoCd, stackComponents } from '../__testUtils__/stackEntities';
import { listTierMoves } from './tierChanges';

describe('listTierMoves', () => {
  it('lists every move from a previous tier, newest first', () => {
    const moves = listTierMoves(stackComponents);

    expect(
      moves.map(move => [
        move.since,
        move.component.metadata.name,
        move.from,
        move.to,
      ]),
    ).toEqual([
      ['2026-01-15', 'istio', 'catalog', 'certified'],
      ['2025-11-20', 'flux', 'certified', 'catalog'],
      ['2025-09-01', 'argo-cd', 'certified', 'infrastructure'],
      ['2024-02-01', 'argo-cd', 'catalog', 'certified'],
    ]);
    expect(moves[1].reason).toBe('Superseded by Argo CD');
    expect(moves[3].reason).toBeUndefined();
  });

  it('does not count the tier a component entered the stack with as a move', () => {
    const entered = {
      ...argoCd,
      spec: {
        ...argoCd.spec,
        tierHistory: argoCd.spec.tierHistory.slice(0, 1),
      },
    };

    expect(listTierMoves([entered])).toEqual([]);
  });
});
