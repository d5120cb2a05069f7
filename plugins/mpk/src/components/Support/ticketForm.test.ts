import { draftProblems, serverProblems, TicketDraft } from './ticketForm';

const draft: TicketDraft = {
  cluster: 'resource:default/acme-prod',
  severity: 'urgent',
  category: 'technical',
  title: 'Control plane unreachable',
  description: '',
};

describe('draftProblems', () => {
  it('accepts a complete draft', () => {
    expect(draftProblems(draft)).toEqual({});
  });

  it('asks for a cluster, a severity and a title that is not blank', () => {
    expect(
      draftProblems({ ...draft, cluster: '', severity: '', title: '   ' }),
    ).toEqual({
      cluster: 'Choose the cluster',
      severity: 'Choose a severity',
      title: 'Say in a line what is wrong',
    });
  });

  it('counts the title after trimming, and limits the description', () => {
    expect(draftProblems({ ...draft, title: ` ${'x'.repeat(500)} ` })).toEqual(
      {},
    );
    expect(
      draftProblems({
        ...draft,
        title: 'x'.repeat(501),
        description: 'y'.repeat(20001),
      }),
    ).toEqual({
      title: 'At most 500 characters (501 now)',
      description: 'At most 20000 characters (20001 now)',
    });
  });
});

describe('serverProblems', () => {
  it("puts each problem of the backend's message on its field", () => {
    expect(
      serverProblems(
        'Invalid ticket: title: String must contain at most 500 character(s); description: too long; openedAt: in the future',
      ),
    ).toEqual({
      fields: {
        title: 'String must contain at most 500 character(s)',
        description: 'too long',
      },
      other: ['openedAt: in the future'],
    });
  });

  it('reads a cluster refusal without the Invalid prefix', () => {
    expect(serverProblems('cluster: no resource:default/gone')).toEqual({
      fields: { cluster: 'no resource:default/gone' },
      other: [],
    });
  });

  it('keeps a message that names no field whole', () => {
    expect(serverProblems('Something broke')).toEqual({
      fields: {},
      other: ['Something broke'],
    });
  });
});
