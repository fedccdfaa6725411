/** A fetch that fails the test if anything reaches the network: input validation must happen before I/O. */
export function noNetwork(): typeof fetch & { calls: number } {
  const f = (async () => {
    f.calls += 1;
    throw new Error('network reached: input should have been rejected before any I/O');
  }) as unknown as typeof fetch & { calls: number };
  f.calls = 0;
  return f;
}

export const TEST_OPTIONS = {
  consId: '12345',
  consSecret: 'AbCdEf1234',
  pcare: { username: 'pcareuser', password: 'P@ssw0rd!', userKey: 'pcare-user-key' },
  antrean: { userKey: 'antrean-user-key' },
  baseUrls: {
    pcare: 'http://127.0.0.1:9/pcare-rest',
    antrean: 'http://127.0.0.1:9/antreanfktp',
    icare: 'http://127.0.0.1:9/wsihs',
  },
};
