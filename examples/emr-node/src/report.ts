import type { SyncReport } from './sync-visit';

/** The report as the clinic's staff read it in a terminal or a log. */
export function formatReport(report: SyncReport): string {
  const lines = [`Visit ${report.visitNumber}`];
  const ss = report.satusehat;
  if (ss.status === 'sent') {
    lines.push(`  SATUSEHAT  ${ss.outcome}: Encounter ${ss.encounterId}`);
    for (const r of ss.resources) lines.push(`             ${r.resourceType.padEnd(18)} ${r.id}`);
  } else if (ss.status === 'skipped') {
    lines.push(`  SATUSEHAT  skipped: ${ss.reason}`);
  } else {
    lines.push(`  SATUSEHAT  FAILED (${ss.code}): ${ss.message}`);
  }
  const pc = report.pcare;
  if (pc.status === 'sent') {
    lines.push(`  pCare      queue ${pc.queueNumber}, kunjungan ${pc.visitNumber}`);
    for (const d of pc.drugs) lines.push(`             drug ${d.name} (line ${d.lineCode})`);
  } else if (pc.status === 'skipped') {
    lines.push(`  pCare      skipped: ${pc.reason}`);
  } else {
    lines.push(`  pCare      FAILED (${pc.code}): ${pc.message}`);
  }
  return lines.join('\n');
}

export const succeeded = (report: SyncReport) =>
  report.satusehat.status !== 'failed' && report.pcare.status !== 'failed';
