import { describe, expect, it } from 'vitest';
import { createSehatHandler } from '../../../src/server/create-handler';
import { serve } from '../../../src/server/serve';

describe('serve', () => {
  it('serves the handler on a loopback port and closes cleanly', async () => {
    const server = await serve(createSehatHandler({ basePath: '/sehat' }));
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${server.url}/sehat/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok' });
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/sehat/health`)).rejects.toThrow();
  });
});
