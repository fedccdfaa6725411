import { consoleLogger, type Logger } from '@sehatkit/sdk';
import { BpjsClient } from '@sehatkit/sdk/bpjs';
import { SatuSehatClient } from '@sehatkit/sdk/satusehat';

export interface Clients {
  satusehat: SatuSehatClient;
  bpjs: BpjsClient;
  /** The SATUSEHAT Location id of the poli the visit took place in. */
  locationId: string;
  close(): Promise<void>;
}

const ENV = [
  'SATUSEHAT_ORGANIZATION_ID',
  'SATUSEHAT_CLIENT_ID',
  'SATUSEHAT_CLIENT_SECRET',
  'SATUSEHAT_LOCATION_ID',
  'BPJS_CONS_ID',
  'BPJS_CONS_SECRET',
  'PCARE_USERNAME',
  'PCARE_PASSWORD',
  'PCARE_USER_KEY',
] as const;

/**
 * Clients for the real services when every variable in `ENV` is set (SATUSEHAT's staging "sandbox" and
 * BPJS's development service unless `SEHATKIT_PRODUCTION=1`); otherwise the SATUSEHAT and BPJS simulators
 * of @sehatkit/sandbox, started on loopback. The code that syncs is the same either way.
 */
export async function createClients(
  env: NodeJS.ProcessEnv = process.env,
  logger: Logger = consoleLogger('warn', 'emr'),
): Promise<Clients> {
  const missing = ENV.filter((name) => !env[name]);
  if (missing.length === 0) {
    const production = env.SEHATKIT_PRODUCTION === '1';
    return {
      satusehat: new SatuSehatClient({
        environment: production ? 'production' : 'sandbox',
        organizationId: env.SATUSEHAT_ORGANIZATION_ID as string,
        clientId: env.SATUSEHAT_CLIENT_ID as string,
        clientSecret: env.SATUSEHAT_CLIENT_SECRET as string,
        logger,
      }),
      bpjs: new BpjsClient({
        environment: production ? 'production' : 'development',
        consId: env.BPJS_CONS_ID as string,
        consSecret: env.BPJS_CONS_SECRET as string,
        pcare: {
          username: env.PCARE_USERNAME as string,
          password: env.PCARE_PASSWORD as string,
          userKey: env.PCARE_USER_KEY as string,
        },
        logger,
      }),
      locationId: env.SATUSEHAT_LOCATION_ID as string,
      close: async () => undefined,
    };
  }
  // The simulators speak the same wire protocols; only the base URLs and the synthetic credentials differ.
  const { startSatuSehatSimulator } = await import('@sehatkit/sandbox/satusehat');
  const { startBpjsSimulator } = await import('@sehatkit/sandbox/bpjs');
  const satusehatSim = await startSatuSehatSimulator();
  const bpjsSim = await startBpjsSimulator();
  const c = bpjsSim.credentials;
  return {
    satusehat: new SatuSehatClient({ baseUrl: satusehatSim.url, ...satusehatSim.credentials, logger }),
    bpjs: new BpjsClient({
      baseUrls: bpjsSim.urls,
      consId: c.consId,
      consSecret: c.consSecret,
      pcare: { username: c.pcareUsername, password: c.pcarePassword, userKey: c.userKeys.pcare },
      logger,
    }),
    locationId: satusehatSim.locationId,
    close: async () => {
      await Promise.all([satusehatSim.close(), bpjsSim.close()]);
    },
  };
}
