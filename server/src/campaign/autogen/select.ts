import type { KnowledgeBase } from '@hub/knowledge';

/** How many guides get a video on first start. */
export const AUTOGEN_COUNT = 10;

/**
 * The guides people need most, for a hub that has no usage figures yet (taxes, address, civil registry,
 * children, parking): used after the measured top services, so there are always ten.
 */
export const IMPORTANT_GUIDES = [
  'property-tax-payment',
  'vehicle-tax-payment',
  'current-address-registration',
  'permanent-address-registration',
  'heirs-certificate',
  'birth-registration',
  'kindergarten-enrolment',
  'waste-fee-payment',
  'resident-parking-permit',
  'towed-vehicle',
  'tax-obligations-certificate',
  'first-grade-enrolment',
  'property-tax-declaration',
  'death-registration',
] as const;

/** A video tells the steps of a guide: only full guides with steps get one. */
function hasSteps(kb: KnowledgeBase, slug: string): boolean {
  const service = kb.getService(slug);
  return !!service && service.depth === 'guide' && service.guides.bg.steps.length > 0;
}

/** The most used guides (measured first, then the fixed list), at most `count`, each once. */
export function pickAutogenGuides(
  kb: KnowledgeBase,
  measured: readonly string[],
  count = AUTOGEN_COUNT,
): string[] {
  const picked: string[] = [];
  for (const slug of [...measured, ...IMPORTANT_GUIDES]) {
    if (picked.length >= count) break;
    if (!picked.includes(slug) && hasSteps(kb, slug)) picked.push(slug);
  }
  return picked;
}
