import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import type { Inference } from '../plan/types.js';

/** What the encoding read into a plan item, as an aside to its line; nothing when the plan's words say it all. */
export function inferredAside(item: { inferred?: Inference }, lang: Lang): string {
  return item.inferred ? common(lang).inferred(item.inferred[lang]) : '';
}
