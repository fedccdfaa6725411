import { Hono } from 'hono';
import type { SimulatorClock } from '../options';
import { riwayatWire } from '../pcare/wire';
import { OBAT_DPHO, TINDAKAN } from '../seed/references';
import type { BpjsState } from '../state';

const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const page = (title: string, body: string) => `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;padding:1rem;color:#1b1b1b;background:#f6f8f7}
h1{font-size:1.1rem;margin:0 0 .25rem}p.note{color:#555;font-size:.85rem;margin:.25rem 0 1rem}
article{background:#fff;border:1px solid #d9e2dd;border-radius:.5rem;padding:.75rem 1rem;margin:.5rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .75rem;margin:0}dt{color:#555}
</style></head><body>${body}</body></html>`;

/**
 * The page an i-Care URL opens: the member's service history as the simulator recorded it (visits,
 * diagnoses, drugs, procedures). A stand-in for BPJS's Mobile-Faskes viewer, marked as simulated.
 */
export function historyPage(state: BpjsState, clock: SimulatorClock): Hono {
  const app = new Hono();
  app.get('/riwayat', (c) => {
    c.header('Cache-Control', 'no-store');
    const link = state.icareLinks.get(c.req.query('token') ?? '');
    if (!link || link.expiresAt < clock.now()) {
      return c.html(page('Token tidak berlaku', '<h1>Token tidak berlaku atau sudah kedaluwarsa</h1>'), 401);
    }
    link.views += 1;
    const member = state.memberByCard(link.cardNumber);
    const visits = [...state.visits.values()]
      .filter((v) => v.body.noKartu === link.cardNumber)
      .sort((a, b) => b.date.localeCompare(a.date));
    const items = visits.map((v) => {
      const w = riwayatWire(state, v);
      const diagnoses = [w.diagnosa1, w.diagnosa2, w.diagnosa3]
        .filter((d) => d)
        .map((d) => `${escapeHtml(d?.kdDiag)} ${escapeHtml(d?.nmDiag)}`)
        .join('<br>');
      const drugs = state.drugs
        .filter((d) => d.noKunjungan === v.noKunjungan)
        .map((d) =>
          escapeHtml(OBAT_DPHO.find((o) => o.kdObat === d.body.kdObat)?.nmObat ?? d.body.nmObatNonDPHO),
        )
        .join(', ');
      const procedures = state.procedures
        .filter((p) => p.noKunjungan === v.noKunjungan)
        .map((p) =>
          escapeHtml(
            Object.values(TINDAKAN)
              .flat()
              .find((t) => t.kdTindakan === p.body.kdTindakan)?.nmTindakan,
          ),
        )
        .join(', ');
      return `<article><dl>
<dt>Tanggal</dt><dd>${escapeHtml(w.tglKunjungan)}</dd>
<dt>Faskes</dt><dd>${escapeHtml(w.providerPelayanan.nmProvider)}</dd>
<dt>Poli</dt><dd>${escapeHtml(w.poli?.nmPoli)}</dd>
<dt>Diagnosa</dt><dd>${diagnoses || '-'}</dd>
<dt>Obat</dt><dd>${drugs || '-'}</dd>
<dt>Tindakan</dt><dd>${procedures || '-'}</dd>
<dt>Dokter</dt><dd>${escapeHtml(w.dokter?.nmDokter)}</dd>
</dl></article>`;
    });
    return c.html(
      page(
        'Riwayat Pelayanan Peserta (simulasi)',
        `<h1>Riwayat Pelayanan: ${escapeHtml(member?.name)}</h1>
<p class="note">Halaman simulasi SehatKit, bukan aplikasi BPJS Kesehatan.</p>
${items.join('\n') || '<p>Belum ada riwayat pelayanan.</p>'}`,
      ),
    );
  });
  return app;
}
