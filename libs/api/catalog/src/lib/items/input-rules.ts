/** Validation rules that the catalogue's inputs share. */

export const WEB_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
export const URL_MESSAGE = 'Enter a full web address starting with https:// or http://.';
export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const DATE_MESSAGE = 'Enter a date as YYYY-MM-DD.';
export const values = <T extends Record<string, string>>(e: T) => Object.values(e);
