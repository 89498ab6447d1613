import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { badInput } from '../errors/app-error';
import { requestOf } from '../auth/request-of';

export const CUSTOM_HEADER = 'x-requested-with';
export const CUSTOM_HEADER_VALUE = 'assay';

/**
 * Refuses a request without `X-Requested-With: assay`. For plain HTTP endpoints that change data
 * (multipart uploads), where GraphQL's own CSRF prevention does not apply: an HTML form on another
 * site can POST multipart/form-data with the person's cookie attached (SameSite=Lax does not stop
 * every case: sibling subdomains are "same site", and some browsers treat a fresh cookie as None),
 * but it cannot add a custom header. A script can, only after a CORS preflight, which this API
 * never grants to other origins. API clients using a Bearer token just send the header too.
 */
@Injectable()
export class CustomHeaderGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const value = requestOf(context).headers[CUSTOM_HEADER];
    if (typeof value !== 'string' || value.trim().toLowerCase() !== CUSTOM_HEADER_VALUE) {
      throw badInput(
        `Send this request with the header "X-Requested-With: ${CUSTOM_HEADER_VALUE}" (it shows the request comes from the Assay app or an API client, not a form on another site).`,
      );
    }
    return true;
  }
}
