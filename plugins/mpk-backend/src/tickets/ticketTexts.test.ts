import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import request from '../__testUtils__/contractRequest';
import { startMpkBackend } from '../__testUtils__/mpkTestBackend';
import { newTicket } from '../__testUtils__/newTicket';
import { createStoreTestDatabases } from '../__testUtils__/storeTestDatabases';
import { TicketStore } from './TicketStore';

jest.setTimeout(60_000);

const dana = mockCredentials.user.header('user:default/dana-acme');
const system = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('ticketing-system'),
  targetPluginId: 'mpk',
});

const plainTextProblem = (found: string) =>
  `must be plain text without control characters other than line breaks and tabs (found ${found})`;

describe('plain text in tickets and their conversations', () => {
  const databases = createStoreTestDatabases();

  it.each(databases.eachSupportedId())(
    'refuses control characters with a 400 naming the field, and keeps line breaks and tabs, on %p',
    async id => {
      const knex = await databases.init(id);
      const server = await startMpkBackend([
        mockServices.database.factory({ knex }),
      ]);
      const open = (authorization: string, body: Record<string, unknown>) =>
        request(server)
          .post('/api/mpk/tickets')
          .set('Authorization', authorization)
          .send({
            cluster: 'acme-prod',
            severity: 'normal',
            category: 'technical',
            title: 'Ingress returns 502',
            ...body,
          });

      for (const [authorization, body, message] of [
        [
          dana,
          { title: 'Ingress\u0000502' },
          `title: ${plainTextProblem('U+0000 at character 8')}`,
        ],
        [
          dana,
          { description: 'since\u0000 09:10' },
          `description: ${plainTextProblem('U+0000 at character 6')}`,
        ],
        [
          system,
          { externalId: 'SD-\u00001' },
          `externalId: ${plainTextProblem('U+0000 at character 4')}`,
        ],
      ] as const) {
        const refused = await open(authorization, body);
        expect(refused.status).toBe(400);
        expect(refused.body.error.message).toBe(`Invalid ticket: ${message}`);
      }

      const opened = await open(dana, {
        description: 'Since 09:10:\n\tevery request fails.\r\n',
      });
      expect(opened.status).toBe(201);
      expect(opened.body.description).toBe(
        'Since 09:10:\n\tevery request fails.',
      );
      const comment = (body: string) =>
        request(server)
          .post(`/api/mpk/tickets/${opened.body.id}/comments`)
          .set('Authorization', dana)
          .send({ body });
      const nul = await comment('still\u0000down');
      expect(nul.status).toBe(400);
      expect(nul.body.error.message).toBe(
        `Invalid comment: body: ${plainTextProblem('U+0000 at character 6')}`,
      );
      expect((await comment('Still down:\n\tkubectl times out')).status).toBe(
        201,
      );

      const stored = await request(server)
        .get(`/api/mpk/tickets/${opened.body.id}`)
        .set('Authorization', dana);
      expect(stored.body.comments.map((c: { body: string }) => c.body)).toEqual(
        ['Still down:\n\tkubectl times out'],
      );
      const list = await request(server)
        .get('/api/mpk/tickets')
        .set('Authorization', dana);
      expect(list.body.totalCount).toBe(1);
    },
  );

  // Why the edge refuses them: PostgreSQL would answer a NUL with an error, a 500.
  it.each(
    databases.eachSupportedId().filter(([id]) => id.startsWith('POSTGRES')),
  )('stores no NUL on %p: the database refuses it', async id => {
    const knex = await databases.init(id);
    const store = await TicketStore.create({
      database: mockServices.database({ knex }),
    });
    await expect(
      store.insertTicket(newTicket({ title: 'Ingress\u0000502' })),
    ).rejects.toThrow(/invalid byte sequence|0x00/);
  });
});
