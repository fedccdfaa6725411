/**
 * The three cross-implementation vectors of bpjs.md §7.2 (synthetic keys; checked with OpenSSL, Python and
 * two other LZ-string ports), copied as test data so the unit suite runs without the shared fixtures.
 * The conformance suite reads the same vectors in place.
 */
export interface BpjsVector {
  name: string;
  consId: string;
  secret: string;
  ts: string;
  user: string;
  pass: string;
  kdApp: string;
  signatureMessage: string;
  xSignature: string;
  xAuthorization: string;
  aesKeyHex: string;
  ivHex: string;
  plaintext: string;
  lzCompressed: string;
  encryptedResponse: string;
}

export const VECTORS: readonly BpjsVector[] = [
  {
    name: 'V-doc  (inputs from the official doc example)',
    consId: '1234',
    secret: 'pwd',
    ts: '433223232',
    user: 'cobappk',
    pass: 'spptisppti',
    kdApp: '095',
    signatureMessage: '1234&433223232',
    xSignature: 'eXMtvX2r7e7CLCIu3kpEpCrvciZgK8FuOhKv06NDAHk=',
    xAuthorization: 'Basic Y29iYXBwazpzcHB0aXNwcHRpOjA5NQ==',
    aesKeyHex: 'f75bf2014da65c8f1c39a47de848ba383d051f4e218fa70774fcd3fb216c5f9b',
    ivHex: 'f75bf2014da65c8f1c39a47de848ba38',
    plaintext: '{"count":1,"list":[{"kdSadar":"01","nmSadar":"Compos mentis"}]}',
    lzCompressed: 'N4Igxg9grgdgLiAXARgDQgDYEsDODEDaoA1gCYDKAhqZQE5IgAMyI6MAtlTfYiAMIR2ABwg4ABOwCm8XCAC+AXTlA',
    encryptedResponse:
      'u0AsR6/ahAOwBY5r+Nb0zrk+/NcOlZfT8XCRToP7eqKX5qpgkqPwn4O4zH2De4BbNy31X6jG9KS1kKJa2kLqYSdW75ubMvcuILegwXcQTu1gTe8/jcDG1npVmUdKeXsm',
  },
  {
    name: 'V-a  (pendaftaran-style response)',
    consId: '12345',
    secret: 'AbCdEf1234',
    ts: '1700000000',
    user: 'pcareuser',
    pass: 'P@ssw0rd!',
    kdApp: '095',
    signatureMessage: '12345&1700000000',
    xSignature: '7ZSGuuhWDWgzzQtvPHMRIMbRTMf/SWOpEuWOoLK+Ess=',
    xAuthorization: 'Basic cGNhcmV1c2VyOlBAc3N3MHJkITowOTU=',
    aesKeyHex: '4d41838669c1fa25c37dc933658702e17c211f6a6a52416c1f72650aad06b5ab',
    ivHex: '4d41838669c1fa25c37dc933658702e1',
    plaintext: '{"field":"noUrut","message":"A1"}',
    lzCompressed: 'N4IgZglgpgNgJiAXCAdgewKoCcCuAXEAGhAFsoBncgQwHMokQBBARhAF8g',
    encryptedResponse:
      'p6ZvO+/6vzLDjGrg9tE/DNVgQTdJvhaPZGMOinTin6CvaOCbJ2HJg5owzXufY7FhB/CLxEQtzvjXIdqE7OCNiA==',
  },
  {
    name: 'V-b  (non-ASCII: Latin-1, en dash, micro sign, CJK; exercises the 16-bit LZ path)',
    consId: '98765',
    secret: 'Zx9#Qw8$Er',
    ts: '1735689600',
    user: '0114U163.klinik',
    pass: 'Rah4sia#2025',
    kdApp: '095',
    signatureMessage: '98765&1735689600',
    xSignature: 'MiNE6Vz4sMIAtKOkoR8b2/ZNU9XuggIHC3xRr5bDAtk=',
    xAuthorization: 'Basic MDExNFUxNjMua2xpbmlrOlJhaDRzaWEjMjAyNTowOTU=',
    aesKeyHex: 'dab3c4ce6f3f5b060d5bda0445e41b68ef057207c104daf0089012ae3773646a',
    ivHex: 'dab3c4ce6f3f5b060d5bda0445e41b68',
    plaintext:
      '{"noKartu":"0000039043765","nama":"SITI NURHALIZA","ket":"Pasien élève – uji µ 中文","aktif":true,"tunggakan":0,"list":[1,2,3]}',
    lzCompressed:
      'N4Igdg9g0ghgTgFwK4gFwgAxawZgJwYAsOA7AGwCsIANODALYxogDKAkgCpsAEAcgKoAlABIBBADJsAWqJogA1gFMEzAAowAzgEtFYbgEuANgAuAbou6BkAm5IAVlu4BW7oFo5QOGmcmPIRaAZmgQ4JEVaZDAAc3CvGDA0DFpDLQ0VVABtAEZqACZqHABdAF8gA',
    encryptedResponse:
      'CekT2rXY4x+3A54mwQnCPfnW/Z1501+YxcV3Z+FEyHAaRYMboSNYlVKEpAJvk9rsw1Ie2yH5VXNcg1s+L25G1bkkALYjeJojCBeDO/vu9gxaaDtwYh/ElK07p9JRfS3NY1vqXwVw2NDOq0+ABHm1KFGdtfPpmW3KGmuMkL7KJdzvHDZYB5AlGGH0uMzWWbO/kI4I56aqpRrbqdqx+dtHYaYI0/NcW/FsI3gbgjle1ns4Ddi2G/vHe3tSwkWazJXip/NUOkyUyEqCSjGa66sfhQ==',
  },
];
