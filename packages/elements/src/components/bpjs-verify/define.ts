import { SehatBpjsVerify } from './bpjs-verify';

SehatBpjsVerify.define('sehat-bpjs-verify');

declare global {
  interface HTMLElementTagNameMap {
    'sehat-bpjs-verify': SehatBpjsVerify;
  }
}
