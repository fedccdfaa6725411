/**
 * The labelled type-ahead queries: what a prescriber types, and what counts as a right answer in the top 5.
 * `brand` matches products of that brand; `ingredient` matches the ingredient itself or any product that
 * contains it. Kinds: brand names, Indonesian spellings, typos, partial words, word order.
 */
export interface LabelledQuery {
  q: string;
  kind: 'brand' | 'indonesian' | 'typo' | 'partial' | 'order';
  brand?: string;
  ingredient?: string;
}

export const labelledQueries: LabelledQuery[] = [
  { q: 'panadol', kind: 'brand', brand: 'Panadol' },
  { q: 'sanmol', kind: 'brand', brand: 'Sanmol' },
  { q: 'mixagrip', kind: 'brand', brand: 'Mixagrip Flu' },
  { q: 'glucophage', kind: 'brand', brand: 'Glucophage' },
  { q: 'amoxsan', kind: 'brand', brand: 'Amoxsan' },
  { q: 'ponstan', kind: 'brand', brand: 'Ponstan' },
  { q: 'norvask', kind: 'brand', brand: 'Norvask' },
  { q: 'proris', kind: 'brand', brand: 'Proris' },
  { q: 'imodium', kind: 'brand', brand: 'Imodium' },
  { q: 'coartem', kind: 'brand', brand: 'Coartem' },
  { q: 'tegretol', kind: 'brand', brand: 'Tegretol' },
  { q: 'buscopan', kind: 'brand', brand: 'Buscopan' },
  { q: 'amoksisilin', kind: 'indonesian', ingredient: 'amoxicillin' },
  { q: 'parasetamol', kind: 'indonesian', ingredient: 'paracetamol' },
  { q: 'siprofloksasin', kind: 'indonesian', ingredient: 'ciprofloxacin' },
  { q: 'klaritromisin', kind: 'indonesian', ingredient: 'clarithromycin' },
  { q: 'deksametason', kind: 'indonesian', ingredient: 'dexamethasone' },
  { q: 'ketokonazol', kind: 'indonesian', ingredient: 'ketoconazole' },
  { q: 'kotrimoksazol', kind: 'indonesian', ingredient: 'sulfamethoxazole' },
  { q: 'klorfeniramin', kind: 'indonesian', ingredient: 'chlorphenamine' },
  { q: 'asetosal', kind: 'indonesian', ingredient: 'aspirin' },
  { q: 'antalgin', kind: 'indonesian', ingredient: 'metamizole' },
  { q: 'kaptopril', kind: 'indonesian', ingredient: 'captopril' },
  { q: 'amlodipin', kind: 'indonesian', ingredient: 'amlodipine' },
  { q: 'metildopa', kind: 'indonesian', ingredient: 'methyldopa' },
  { q: 'hidroklorotiazid', kind: 'indonesian', ingredient: 'hydrochlorothiazide' },
  { q: 'sefiksim', kind: 'indonesian', ingredient: 'cefixime' },
  { q: 'asam mefenamat', kind: 'indonesian', ingredient: 'mefenamic-acid' },
  { q: 'paracetmol', kind: 'typo', ingredient: 'paracetamol' },
  { q: 'amoxcilin', kind: 'typo', ingredient: 'amoxicillin' },
  { q: 'ibuprofn', kind: 'typo', ingredient: 'ibuprofen' },
  { q: 'metformn', kind: 'typo', ingredient: 'metformin' },
  { q: 'panadl', kind: 'typo', brand: 'Panadol' },
  { q: 'omeprazl', kind: 'typo', ingredient: 'omeprazole' },
  { q: 'simvastatn', kind: 'typo', ingredient: 'simvastatin' },
  { q: 'cetirizin', kind: 'typo', ingredient: 'cetirizine' },
  { q: 'ciprofloxasin', kind: 'typo', ingredient: 'ciprofloxacin' },
  { q: 'dextrometorfan', kind: 'typo', ingredient: 'dextromethorphan' },
  { q: 'lorratadine', kind: 'typo', ingredient: 'loratadine' },
  { q: 'glibenklamid', kind: 'typo', ingredient: 'glibenclamide' },
  { q: 'paracet', kind: 'partial', ingredient: 'paracetamol' },
  { q: 'amox', kind: 'partial', ingredient: 'amoxicillin' },
  { q: 'metform', kind: 'partial', ingredient: 'metformin' },
  { q: 'glucoph', kind: 'partial', brand: 'Glucophage' },
  { q: 'warfa', kind: 'partial', ingredient: 'warfarin' },
  { q: 'salbut', kind: 'partial', ingredient: 'salbutamol' },
  { q: 'levoflox', kind: 'partial', ingredient: 'levofloxacin' },
  { q: 'dexame', kind: 'partial', ingredient: 'dexamethasone' },
  { q: 'omepra', kind: 'partial', ingredient: 'omeprazole' },
  { q: 'allopur', kind: 'partial', ingredient: 'allopurinol' },
  { q: 'mixagrip flu', kind: 'partial', brand: 'Mixagrip Flu' },
  { q: 'tablet paracetamol 500', kind: 'order', ingredient: 'paracetamol' },
  { q: '500 mg amoksisilin kapsul', kind: 'order', ingredient: 'amoxicillin' },
  { q: 'sirup ibuprofen', kind: 'order', ingredient: 'ibuprofen' },
  { q: 'krim ketokonazol', kind: 'order', ingredient: 'ketoconazole' },
  { q: 'flu mixagrip', kind: 'order', brand: 'Mixagrip Flu' },
  { q: 'rifampisin isoniazid', kind: 'order', ingredient: 'rifampicin' },
  { q: 'lamivudin tenofovir', kind: 'order', ingredient: 'lamivudine' },
  { q: 'artemeter lumefantrin', kind: 'order', ingredient: 'artemether' },
  { q: 'levonorgestrel etinilestradiol', kind: 'order', ingredient: 'levonorgestrel' },
];
