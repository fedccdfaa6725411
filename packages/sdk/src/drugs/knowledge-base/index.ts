/**
 * @sehatkit/sdk/drugs/knowledge-base: the embedded, versioned knowledge base as plain data. Written by the
 * SehatKit authors in their own words from public sources (FDA labels, regulator communications, WHO and
 * Kemenkes guidelines, peer-reviewed papers); every entry carries its citations and review date.
 */
import { bundle } from './bundle.generated';

export type { CompiledClass, CompiledIngredient, KnowledgeBaseBundle } from './bundle-types';

export const knowledgeBase = bundle;
export const knowledgeBaseVersion: string = bundle.version;
export const knowledgeBaseReleasedAt: string = bundle.releasedAt;
