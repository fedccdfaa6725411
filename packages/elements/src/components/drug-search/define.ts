import { SehatDrugSearch } from './drug-search';

SehatDrugSearch.define('sehat-drug-search');

declare global {
  interface HTMLElementTagNameMap {
    'sehat-drug-search': SehatDrugSearch;
  }
}
