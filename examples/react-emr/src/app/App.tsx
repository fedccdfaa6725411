import type {
  SehatDrugAlerts as DrugAlertsElement,
  MedicationLineInput,
  MemberView,
  ProductSummary,
} from '@sehatkit/elements';
import { SehatBpjsVerify, SehatDrugAlerts, SehatDrugBadge, SehatDrugSearch } from '@sehatkit/elements/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EmrPatient } from './patients';

/** Where the EMR's backend mounted the SehatKit server handler. */
const endpoint = '/api/sehat';

interface Line {
  id: string;
  product: ProductSummary;
}

/**
 * One EMR screen: check BPJS membership, prescribe with a type-ahead, see each line's drug-safety badge and
 * every finding before signing. The elements are React components here (`@sehatkit/elements/react`):
 * objects go in as props, events come out as typed `on…` callbacks.
 */
export function App() {
  const [patients, setPatients] = useState<EmrPatient[]>([]);
  const [patientId, setPatientId] = useState('');
  const [member, setMember] = useState<MemberView>();
  const [lines, setLines] = useState<Line[]>([]);
  const [status, setStatus] = useState('');
  const alerts = useRef<DrugAlertsElement>(null);
  const sequence = useRef(0);

  useEffect(() => {
    fetch('/emr/patients')
      .then((r) => r.json() as Promise<{ patients: EmrPatient[] }>)
      .then(({ patients: list }) => {
        setPatients(list);
        setPatientId(list[0]?.id ?? '');
      });
  }, []);

  const patient = patients.find((p) => p.id === patientId);
  const orders = useMemo<MedicationLineInput[]>(
    () => lines.map((l) => ({ id: l.id, productCode: l.product.code, display: l.product.name })),
    [lines],
  );

  function choosePatient(id: string) {
    setPatientId(id);
    setLines([]);
    setMember(undefined);
    setStatus('');
  }

  function prescribe(product: ProductSummary) {
    if (product.kind !== 'product') {
      setStatus(`${product.name} is an ingredient: choose one of its products.`);
      return;
    }
    sequence.current += 1;
    setLines((current) => [...current, { id: `line-${sequence.current}`, product }]);
    setStatus('');
  }

  async function sign() {
    if (!alerts.current || lines.length === 0) return;
    // The element refuses while a finding lacks a reason, records the reasons, then lets us proceed.
    const allowed = await alerts.current.requestSign();
    if (!allowed) {
      setStatus('Not signed: give a reason for every finding that needs one.');
      return;
    }
    const response = await fetch('/emr/prescriptions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ patientId, lines: orders }),
    });
    const { id } = (await response.json()) as { id: string };
    setStatus(`Signed and saved as ${id}.`);
  }

  return (
    <main>
      <h1>Example EMR</h1>
      <label>
        Patient{' '}
        <select value={patientId} onChange={(e) => choosePatient(e.target.value)}>
          {patients.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {patient && <p className="summary">{patient.summary}</p>}

      <section aria-labelledby="bpjs-title">
        <h2 id="bpjs-title">BPJS membership</h2>
        <SehatBpjsVerify lang="en" endpoint={endpoint} onSehatVerified={(e) => setMember(e.detail.member)} />
        {member && (
          <p id="member-result">
            {member.name}: {member.active ? 'active' : 'not active'}, {member.careClass?.name}
          </p>
        )}
      </section>

      {patient && (
        <section aria-labelledby="rx-title">
          <h2 id="rx-title">Prescription</h2>
          <SehatDrugSearch
            lang="en"
            endpoint={endpoint}
            clearOnSelect
            onSehatDrugSelect={(e) => prescribe(e.detail.product)}
          />
          <table>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id} data-line={line.id}>
                  <td>{line.product.name}</td>
                  <td>
                    <SehatDrugBadge
                      lang="en"
                      endpoint={endpoint}
                      productCode={line.product.code}
                      productName={line.product.name}
                      lineId={line.id}
                      patient={patient.context}
                      otherOrders={orders.filter((o) => o.id !== line.id)}
                    />
                  </td>
                  <td>
                    <button type="button" onClick={() => setLines(lines.filter((l) => l.id !== line.id))}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <SehatDrugAlerts
            lang="en"
            ref={alerts}
            endpoint={endpoint}
            noSignButton
            orders={orders}
            patient={patient.context}
          />
          <button type="button" className="sign" onClick={() => void sign()}>
            Sign prescription
          </button>
        </section>
      )}
      <p id="emr-status" role="status">
        {status}
      </p>
    </main>
  );
}
