import { Hono } from 'hono';
import type { BpjsEnv } from '../protocol/reply';
import type { RouteDeps } from './deps';
import { registerKelompok } from './kelompok';
import { registerKunjungan } from './kunjungan';
import { registerMcu } from './mcu';
import { registerObat } from './obat';
import { registerPendaftaran } from './pendaftaran';
import { registerPeserta } from './peserta';
import { registerReferensi } from './referensi';
import { registerTindakan } from './tindakan';

/** pCare v4's routes, mounted under the pCare base path behind the gateway. */
export function pcareRoutes(deps: RouteDeps): Hono<BpjsEnv> {
  const app = new Hono<BpjsEnv>();
  registerPeserta(app, deps);
  registerPendaftaran(app, deps);
  registerKunjungan(app, deps);
  registerReferensi(app, deps);
  registerObat(app, deps);
  registerTindakan(app, deps);
  registerMcu(app, deps);
  registerKelompok(app, deps);
  return app;
}
