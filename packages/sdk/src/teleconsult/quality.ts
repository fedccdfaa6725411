/** How a call is going, in the three steps a patient can act on (Daily's good/warning/bad is the same idea). */
export type ConnectionQuality = 'good' | 'fair' | 'poor';

export interface QualitySample {
  /** Round-trip time of the selected candidate pair, in milliseconds. */
  rttMs?: number;
  /** Share of inbound packets lost since the previous sample, 0..1. */
  packetLoss?: number;
}

/**
 * Classifies a stats sample. Thresholds follow common VoIP practice: past ~300 ms round trip or a few
 * percent loss conversation suffers; past ~600 ms or ~8 % video freezes and speech breaks up.
 */
export function classifyQuality(sample: QualitySample): ConnectionQuality {
  const rtt = sample.rttMs ?? 0;
  const loss = sample.packetLoss ?? 0;
  if (rtt >= 600 || loss >= 0.08) return 'poor';
  if (rtt >= 300 || loss >= 0.02) return 'fair';
  return 'good';
}

/** Loss between two cumulative `inbound-rtp` readings, or undefined when nothing arrived in between. */
export function lossBetween(
  previous: { packetsReceived: number; packetsLost: number } | undefined,
  current: { packetsReceived: number; packetsLost: number },
): number | undefined {
  const received = current.packetsReceived - (previous?.packetsReceived ?? 0);
  const lost = current.packetsLost - (previous?.packetsLost ?? 0);
  const total = received + Math.max(0, lost);
  if (total <= 0) return undefined;
  return Math.max(0, lost) / total;
}
