import {
  actorOf,
  AppConfig,
  AssayRequest,
  badInput,
  CurrentActor,
  CustomHeaderGuard,
  HttpErrorFilter,
  RequestActor,
  UploadLimitInterceptor,
  uploadTooLarge,
} from '@assay/api/core';
import {
  CanActivate,
  Controller,
  ExecutionContext,
  HttpCode,
  Injectable,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { VendorClaimImportResult, VendorClaimsService } from './vendor-claims.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_A_CANDIDATE = 'That is not a candidate id.';
const MODE = 'Say mode=preview (check the file, write nothing) or mode=commit (import it).';

/**
 * Refuses an import by someone who may not change the candidate's claims before the upload is
 * read: guards run before the interceptor that receives the file, so a refused caller costs no upload.
 */
@Injectable()
export class MayImportClaimsGuard implements CanActivate {
  constructor(private readonly claims: VendorClaimsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AssayRequest>();
    const param = request.params['candidateId'];
    const id = typeof param === 'string' ? param : '';
    if (!UUID.test(id)) throw badInput(NOT_A_CANDIDATE);
    await this.claims.assertMayImport(actorOf(request), id);
    return true;
  }
}

/**
 * A vendor's RFP answer sheet over plain HTTP (cookie or Bearer, like GraphQL):
 * `POST /api/candidates/:candidateId/vendor-claims/import?mode=preview|commit`, multipart field
 * `file` (.csv or .xlsx, recognised by content, one row per requirement code), header
 * `X-Requested-With: assay`, at most ASSAY_MAX_UPLOAD_MB (413 above). Preview writes nothing; commit writes every row or none
 * (`committed: false` with the problems, each naming its line). Errors are `{ code, message }`.
 */
@Controller('api/candidates/:candidateId/vendor-claims')
@UseFilters(HttpErrorFilter)
export class VendorClaimsController {
  constructor(
    private readonly claims: VendorClaimsService,
    private readonly config: AppConfig,
  ) {}

  @Post('import')
  @HttpCode(200)
  @UseGuards(CustomHeaderGuard, MayImportClaimsGuard)
  @UseInterceptors(UploadLimitInterceptor, FileInterceptor('file'))
  async import(
    @CurrentActor() actor: RequestActor,
    @Param('candidateId', new ParseUUIDPipe({ exceptionFactory: () => badInput(NOT_A_CANDIDATE) })) id: string,
    @Query('mode') mode: string | undefined,
    @UploadedFile() file: { buffer: Buffer; size: number } | undefined,
  ): Promise<VendorClaimImportResult> {
    if (mode !== 'preview' && mode !== 'commit') throw badInput(MODE);
    if (!file) throw badInput('Attach the spreadsheet as the form field "file".');
    if (file.size > this.config.maxUploadBytes) throw uploadTooLarge(this.config);
    return this.claims.import(actor, id, file.buffer, mode === 'commit');
  }
}
