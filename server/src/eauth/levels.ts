/** eAuth's levels of assurance, weakest first. */
export const LEVELS_OF_ASSURANCE = ['LOW', 'SUBSTANTIAL', 'HIGH'] as const;
export type LevelOfAssurance = (typeof LEVELS_OF_ASSURANCE)[number];

export function isLevelOfAssurance(value: unknown): value is LevelOfAssurance {
  return typeof value === 'string' && (LEVELS_OF_ASSURANCE as readonly string[]).includes(value);
}

/** True when `actual` is at least as strong as `required`. */
export function meetsLevel(actual: LevelOfAssurance, required: LevelOfAssurance): boolean {
  return LEVELS_OF_ASSURANCE.indexOf(actual) >= LEVELS_OF_ASSURANCE.indexOf(required);
}
