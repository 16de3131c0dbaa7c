export { isValidEgn } from './egn.ts';
export { isValidLnch } from './lnch.ts';
export { isLuhnValid } from './card.ts';
export { isValidIban } from './iban.ts';
export { maskPersonalData, maskText, MASK_TOKENS, type MaskResult, type PersonalDataKind } from './mask.ts';
