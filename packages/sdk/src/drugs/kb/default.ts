import { bundle } from '../knowledge-base/bundle.generated';
import { KnowledgeBase } from './knowledge-base';

let instance: KnowledgeBase | undefined;

/** The embedded knowledge base, indexed on first use and shared afterwards. */
export function defaultKnowledgeBase(): KnowledgeBase {
  instance ??= new KnowledgeBase(bundle);
  return instance;
}
