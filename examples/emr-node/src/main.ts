import { createClients } from './clients';
import { sampleVisit } from './finished-visit';
import { formatReport, succeeded } from './report';
import { syncVisit } from './sync-visit';

/**
 * `npm start -w examples/emr-node`: sends the sample visit and prints progress, then the report. Against
 * the local simulators unless the SATUSEHAT and BPJS variables of `clients.ts` are set.
 */
const clients = await createClients();
try {
  const visit = sampleVisit({ locationId: clients.locationId });
  console.log(`Sending visit ${visit.visitNumber} of ${visit.patient.name}…`);
  const report = await syncVisit(visit, clients, ({ service, step }) =>
    console.log(`  [${service}] ${step}`),
  );
  console.log(`\n${formatReport(report)}`);
  process.exitCode = succeeded(report) ? 0 : 1;
} finally {
  await clients.close();
}
