import { ResponseError } from '@backstage/errors';
import { errorMessage } from './errorMessage';

describe('errorMessage', () => {
  it("gives the server's message of an HTTP error", async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'InputError', message: 'note is too long' },
          response: { statusCode: 400 },
        }),
        { status: 400, headers: { 'Content-Type': 'application/json' } },
      ),
    );

    expect(errorMessage(error)).toBe('note is too long');
  });

  it('gives the message of any other error', () => {
    expect(errorMessage(new Error('Failed to fetch'))).toBe('Failed to fetch');
  });
});
