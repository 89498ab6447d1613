/**
 * The token through which the app tells the dialogs how to describe a refused action, apart from the
 * library's main entry point, so that the app's root can provide it without its bundle taking every
 * component that entry re-exports.
 */
export { DESCRIBE_ERROR } from './lib/dialogs/describe-error';
