import { responseError } from '../__testUtils__/responseError';
import { errorMessage } from './errorMessage';

describe('errorMessage', () => {
  it("gives the server's message of an HTTP error", async () => {
    const error = await responseError(400, 'InputError', 'note is too long');

    expect(errorMessage(error)).toBe('note is too long');
  });

  it('gives the message of any other error', () => {
    expect(errorMessage(new Error('Failed to fetch'))).toBe('Failed to fetch');
  });
});
