import type { SimulatorState } from '../state';
import { facilityResources } from './facilities';
import { patientResource, practitionerResource, SANDBOX_PATIENTS, SANDBOX_PRACTITIONERS } from './people';

/** Master data (owner undefined: readable by everyone) and each client's own facility. */
export function seedStore(state: SimulatorState): void {
  for (const person of SANDBOX_PATIENTS)
    state.store.put('Patient', person.ihs, patientResource(person), undefined);
  for (const person of SANDBOX_PRACTITIONERS)
    state.store.put('Practitioner', person.ihs, practitionerResource(person), undefined);
  for (const client of state.clients) {
    for (const resource of facilityResources(client)) {
      const type = String(resource.resourceType);
      const owner = type === 'Organization' ? undefined : client.organizationId;
      state.store.put(type, String(resource.id), resource, owner);
    }
  }
}
