// BPJS envelope cost per request: signing (HMAC-SHA256), and opening a response (SHA-256 key derivation,
// AES-256-CBC via WebCrypto, LZ-string decompression, JSON.parse) for payloads from a 40-byte create result
// to a 500-row reference list. Ciphertexts come from the simulator's independent node:crypto encoder.
import { encryptPayload } from '@sehatkit/sandbox/bpjs';
import { decryptJson, signedHeaders } from '@sehatkit/sdk/bpjs';
import { median, percentile, writeBenchResult } from '../../../scripts/bench-report';

const consId = '27001';
const consSecret = 'sehatkit-bpjs-sandbox-secret';
const timestamp = '1767225600';

const payloads: Record<string, unknown> = {
  'create result (noUrut)': { field: 'noUrut', message: 'A12' },
  peserta: {
    noKartu: '0001880000011',
    nama: 'ARDIANTO PUTRA',
    hubunganKeluarga: 'Peserta',
    sex: 'L',
    tglLahir: '09-01-1992',
    tglMulaiAktif: '01-01-2014',
    tglAkhirBerlaku: '31-12-2050',
    kdProviderPst: { kdProvider: '0189U001', nmProvider: 'Klinik Pratama SehatKit (Simulator)' },
    kdProviderGigi: { kdProvider: null, nmProvider: null },
    jnsKelas: { nama: 'KELAS III', kode: '3' },
    jnsPeserta: { nama: 'PBI (APBN)', kode: '21' },
    golDarah: 'O',
    noHP: '081200000011',
    noKTP: '9271060312000001',
    pstProl: '',
    pstPrb: '',
    aktif: true,
    ketAktif: 'AKTIF',
    asuransi: { kdAsuransi: null, nmAsuransi: null, noAsuransi: null, cob: false },
    tunggakan: 0,
  },
  'diagnosa list, 500 rows': {
    count: 500,
    list: Array.from({ length: 500 }, (_, i) => ({
      kdDiag: `A${String(i).padStart(2, '0')}.${i % 10}`,
      nmDiag: `Diagnosis number ${i} with a typical ICD-10 title length, unspecified`,
      nonSpesialis: i % 3 === 0,
    })),
  },
};

async function time(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < Math.min(50, runs); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

const results: Record<string, unknown> = {};

const signing = await time(5000, () =>
  signedHeaders({ consId, consSecret, timestamp, userKey: 'k', authorization: 'Basic eDp5OjA5NQ==' }),
);
results.sign = {
  runs: signing.length,
  medianUs: median(signing) * 1000,
  p95Us: percentile(signing, 95) * 1000,
};
console.log(
  `sign headers           median ${(median(signing) * 1000).toFixed(1)} µs  p95 ${(percentile(signing, 95) * 1000).toFixed(1)} µs`,
);

for (const [name, payload] of Object.entries(payloads)) {
  const ciphertext = encryptPayload(payload, consId, consSecret, timestamp);
  const plainBytes = Buffer.byteLength(JSON.stringify(payload));
  const runs = plainBytes > 10_000 ? 300 : 3000;
  const samples = await time(runs, () => decryptJson(ciphertext, { consId, consSecret, timestamp }));
  const med = median(samples);
  results[name] = {
    plaintextBytes: plainBytes,
    ciphertextBytes: ciphertext.length,
    runs,
    medianMs: med,
    p95Ms: percentile(samples, 95),
    plaintextMBps: plainBytes / 1e6 / (med / 1000),
  };
  console.log(
    `open ${name.padEnd(24)} ${String(plainBytes).padStart(6)} B  median ${med.toFixed(3)} ms  p95 ${percentile(samples, 95).toFixed(3)} ms  ${(plainBytes / 1e6 / (med / 1000)).toFixed(1)} MB/s`,
  );
}

writeBenchResult('bpjs-envelope', results);
