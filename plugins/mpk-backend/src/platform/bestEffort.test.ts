import { mockServices } from '@backstage/backend-test-utils';
import { bestEffort } from './bestEffort';

describe('bestEffort', () => {
  it('runs the effect, and logs one that fails instead of throwing', async () => {
    const logger = mockServices.logger.mock();
    const done = jest.fn(async () => {});
    expect(await bestEffort(logger, 'say hello', done)).toBe(true);
    expect(done).toHaveBeenCalledTimes(1);
    expect(logger.warn).not.toHaveBeenCalled();

    await expect(
      bestEffort(logger, 'say hello', async () => {
        throw new Error('nobody listens');
      }),
    ).resolves.toBe(false);
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not say hello: Error: nobody listens',
    );
  });

  it('gives up on an effect that does not answer in time', async () => {
    const logger = mockServices.logger.mock();
    const started = Date.now();
    expect(
      await bestEffort(logger, 'wait', () => new Promise(() => {}), 50),
    ).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not wait: Error: no answer within 50 ms',
    );
  });
});
