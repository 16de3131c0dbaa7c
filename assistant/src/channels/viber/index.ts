export { isValidViberSignature, viberSignature } from './signature.ts';
export { viberCallbackSchema, viberLang, type ViberCallback } from './callbacks.ts';
export { decodeActionBody, encodeActionBody } from './action-body.ts';
export { toViberMessages, type ViberMessage } from './to-viber.ts';
export { createViberClient, ViberApiError, type ViberClient, type ViberClientOptions } from './client.ts';
