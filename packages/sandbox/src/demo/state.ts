import type { Logger } from '@sehatkit/sdk';
import type { DemoClients } from './clinic';
import type { DemoParts } from './parts';
import type { LocalQueue } from './patients/front-desk';
import type { PatientRegistry } from './patients/registry';
import type { VisitStore } from './visits/visit';

/** Everything the demo's own routes share: the parts of the sandbox, the SDK clients and the clinic's records. */
export interface DemoState {
  parts: DemoParts;
  clients: DemoClients;
  patients: PatientRegistry;
  visits: VisitStore;
  queue: LocalQueue;
  /** Redacting: no NIK, card number or staff token reaches the sandbox's log. */
  logger: Logger;
}
