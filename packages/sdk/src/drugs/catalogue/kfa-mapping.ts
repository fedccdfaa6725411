import { golonganFromKfaName, golonganFromNie } from './golongan';
import type { ProductRecord } from './product';
import { normalizeRoute, releasePatternFrom } from './route';

type CodeName = { code?: unknown; name?: unknown } | null | undefined;

/**
 * The fields SehatKit reads from a KFA v2 product (detail or search item). Structural, so the SATUSEHAT
 * client's `KfaProduct` and the sandbox's seeded records both fit without either package importing the other.
 */
export interface KfaProductLike {
  kfa_code: string;
  name: string;
  active?: boolean;
  nama_dagang?: string;
  manufacturer?: string;
  nie?: string;
  generik?: boolean;
  dosage_form?: CodeName;
  rute_pemberian?: CodeName;
  controlled_drug?: CodeName;
  product_template?: { kfa_code?: string; name?: string; display_name?: string };
  active_ingredients?: { kfa_code?: string; zat_aktif?: string; kekuatan_zat_aktif?: string }[];
  packaging_ids?: { kfa_code?: string; name?: string; qty?: number }[];
  tags?: { code?: string; name?: string }[];
  replacement?: { product?: { kfa_code?: string } | null } | null;
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

/** Maps a KFA product to a ProductRecord: golongan from `controlled_drug`, else from the NIE's second letter. */
export function productFromKfa(p: KfaProductLike, source = 'kfa'): ProductRecord {
  const kfaGolongan = golonganFromKfaName(text(p.controlled_drug?.name));
  const nieGolongan = kfaGolongan ? undefined : golonganFromNie(p.nie);
  const dosageName = text(p.dosage_form?.name);
  const routeName = text(p.rute_pemberian?.name);
  const tag = (code: string) => p.tags?.find((t) => t.code === code)?.name;
  const flavour = tag('flavour') ?? tag('rasa');
  const release = tag('release') ?? releasePatternFrom(p.name, dosageName);
  const normalized = normalizeRoute(routeName, dosageName);
  return {
    code: p.kfa_code,
    source,
    kfaCode: p.kfa_code,
    ...(p.product_template?.kfa_code ? { templateCode: p.product_template.kfa_code } : {}),
    name: p.name,
    ...(text(p.nama_dagang) ? { brand: text(p.nama_dagang) } : {}),
    generic: p.generik ?? false,
    ingredients: (p.active_ingredients ?? [])
      .filter((i) => text(i.zat_aktif))
      .map((i) => ({
        name: i.zat_aktif as string,
        ...(text(i.kfa_code) ? { kfaCode: i.kfa_code } : {}),
        ...(text(i.kekuatan_zat_aktif) ? { strength: i.kekuatan_zat_aktif } : {}),
      })),
    ...(dosageName
      ? {
          dosageForm: {
            ...(text(p.dosage_form?.code) ? { code: text(p.dosage_form?.code) } : {}),
            name: dosageName,
          },
        }
      : {}),
    ...(routeName || normalized
      ? {
          route: {
            ...(text(p.rute_pemberian?.code) ? { code: text(p.rute_pemberian?.code) } : {}),
            name: routeName ?? normalized ?? '',
            ...(normalized ? { normalized } : {}),
          },
        }
      : {}),
    ...(release ? { releasePattern: release } : {}),
    ...(flavour ? { flavour } : {}),
    ...(text(p.manufacturer) ? { manufacturer: text(p.manufacturer) } : {}),
    ...(text(p.nie) ? { nie: text(p.nie) } : {}),
    packaging: (p.packaging_ids ?? [])
      .filter((k) => text(k.name))
      .map((k) => ({
        ...(text(k.kfa_code) ? { code: k.kfa_code } : {}),
        name: k.name as string,
        ...(k.qty ? { qty: k.qty } : {}),
      })),
    golongan: kfaGolongan ?? nieGolongan ?? null,
    golonganSource: kfaGolongan ? 'kfa' : nieGolongan ? 'nie' : null,
  };
}
