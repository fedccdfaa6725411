/**
 * Master Wilayah as the simulator serves it: the 38 provinces with their Kemendagri codes, and below them a
 * slice of DKI Jakarta and Jawa Barat (cities), Jakarta Selatan (districts) and Setiabudi (villages) so the
 * four levels and their parent links can be exercised. Lower-level codes follow Kemendagri's digit pattern
 * (2/4/6/10, satusehat.md §3.1) but are simulator data, not a copy of the official table; `bps_code` is left
 * empty below province level for the same reason.
 */
export interface Region {
  code: string;
  parent_code: string;
  bps_code: string;
  name: string;
}

const province = (code: string, name: string, bps = code): Region => ({
  code,
  parent_code: '',
  bps_code: bps,
  name,
});
const child = (code: string, parent: string, name: string): Region => ({
  code,
  parent_code: parent,
  bps_code: '',
  name,
});

export const PROVINCES: readonly Region[] = [
  province('11', 'Aceh'),
  province('12', 'Sumatera Utara'),
  province('13', 'Sumatera Barat'),
  province('14', 'Riau'),
  province('15', 'Jambi'),
  province('16', 'Sumatera Selatan'),
  province('17', 'Bengkulu'),
  province('18', 'Lampung'),
  province('19', 'Kepulauan Bangka Belitung'),
  province('21', 'Kepulauan Riau'),
  province('31', 'DKI Jakarta'),
  province('32', 'Jawa Barat'),
  province('33', 'Jawa Tengah'),
  province('34', 'DI Yogyakarta'),
  province('35', 'Jawa Timur'),
  province('36', 'Banten'),
  province('51', 'Bali'),
  province('52', 'Nusa Tenggara Barat'),
  province('53', 'Nusa Tenggara Timur'),
  province('61', 'Kalimantan Barat'),
  province('62', 'Kalimantan Tengah'),
  province('63', 'Kalimantan Selatan'),
  province('64', 'Kalimantan Timur'),
  province('65', 'Kalimantan Utara'),
  province('71', 'Sulawesi Utara'),
  province('72', 'Sulawesi Tengah'),
  province('73', 'Sulawesi Selatan'),
  province('74', 'Sulawesi Tenggara'),
  province('75', 'Gorontalo'),
  province('76', 'Sulawesi Barat'),
  province('81', 'Maluku'),
  province('82', 'Maluku Utara'),
  province('91', 'Papua'),
  province('92', 'Papua Barat'),
  province('93', 'Papua Selatan', ''),
  province('94', 'Papua Tengah', ''),
  province('95', 'Papua Pegunungan', ''),
  province('96', 'Papua Barat Daya', ''),
];

export const CITIES: readonly Region[] = [
  child('3101', '31', 'Kab. Adm. Kepulauan Seribu'),
  child('3171', '31', 'Kota Adm. Jakarta Selatan'),
  child('3172', '31', 'Kota Adm. Jakarta Timur'),
  child('3173', '31', 'Kota Adm. Jakarta Pusat'),
  child('3174', '31', 'Kota Adm. Jakarta Barat'),
  child('3175', '31', 'Kota Adm. Jakarta Utara'),
  child('3201', '32', 'Kab. Bogor'),
  child('3204', '32', 'Kab. Bandung'),
  child('3216', '32', 'Kab. Bekasi'),
  child('3271', '32', 'Kota Bogor'),
  child('3273', '32', 'Kota Bandung'),
  child('3275', '32', 'Kota Bekasi'),
  child('3276', '32', 'Kota Depok'),
];

export const DISTRICTS: readonly Region[] = [
  child('317101', '3171', 'Jagakarsa'),
  child('317102', '3171', 'Pasar Minggu'),
  child('317103', '3171', 'Cilandak'),
  child('317104', '3171', 'Pesanggrahan'),
  child('317105', '3171', 'Kebayoran Lama'),
  child('317106', '3171', 'Kebayoran Baru'),
  child('317107', '3171', 'Mampang Prapatan'),
  child('317108', '3171', 'Pancoran'),
  child('317109', '3171', 'Tebet'),
  child('317110', '3171', 'Setiabudi'),
];

export const SUB_DISTRICTS: readonly Region[] = [
  child('3171101001', '317110', 'Setia Budi'),
  child('3171101002', '317110', 'Karet'),
  child('3171101003', '317110', 'Karet Semanggi'),
  child('3171101004', '317110', 'Karet Kuningan'),
  child('3171101005', '317110', 'Kuningan Timur'),
  child('3171101006', '317110', 'Menteng Atas'),
  child('3171101007', '317110', 'Pasar Manggis'),
  child('3171101008', '317110', 'Guntur'),
];
