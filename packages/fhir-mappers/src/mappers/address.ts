import type { Address, Extension } from 'fhir/r4';
import type { ParsedAddress } from '../records/common';
import { EXTENSIONS } from '../terminology/systems';
import { compact } from './fhir-helpers';

const ADMIN_PARTS = [
  ['province', 'provinceCode'],
  ['city', 'cityCode'],
  ['district', 'districtCode'],
  ['village', 'villageCode'],
  ['rt', 'rt'],
  ['rw', 'rw'],
] as const;

/** An address with SATUSEHAT's administrativeCode extension (Master Wilayah codes, RT, RW). */
export function buildAddress(address: ParsedAddress, use: Address['use'], type?: Address['type']): Address {
  const parts: Extension[] = [];
  for (const [url, key] of ADMIN_PARTS) {
    const code = address[key];
    if (code !== undefined) parts.push({ url, valueCode: code });
  }
  return compact<Address>({
    use,
    type,
    line: [address.line],
    city: address.city,
    postalCode: address.postalCode,
    country: address.country,
    extension: parts.length > 0 ? [{ url: EXTENSIONS.administrativeCode, extension: parts }] : undefined,
  });
}
