/**
 * `meta.lastUpdated` with microseconds and `+00:00`, and `meta.versionId` as the unpadded base64 of
 * lastUpdated in epoch nanoseconds, the scheme the official example responses show:
 * `MTY2MDIyODUwOTgxMDAwNDAwMA` ↔ `1660228509810004000` ↔ `2022-08-11T14:35:09.810004+00:00` (satusehat.md §3.0).
 */
export class VersionStamper {
  #lastMicros = 0n;

  stamp(nowMs: number): { lastUpdated: string; versionId: string } {
    let micros = BigInt(Math.floor(nowMs)) * 1000n;
    // Two writes in one millisecond still get distinct, increasing versions.
    if (micros <= this.#lastMicros) micros = this.#lastMicros + 1n;
    this.#lastMicros = micros;
    const seconds = new Date(Number(micros / 1000n)).toISOString().slice(0, 19);
    const fraction = (micros % 1_000_000n).toString().padStart(6, '0');
    return {
      lastUpdated: `${seconds}.${fraction}+00:00`,
      versionId: Buffer.from((micros * 1000n).toString())
        .toString('base64')
        .replace(/=+$/, ''),
    };
  }
}
