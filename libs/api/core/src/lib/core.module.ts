import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule, ValidationPipe } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { JwtModule } from '@nestjs/jwt';
import { ValidationError } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditService } from './audit/audit.service';
import { VersionedEdit } from './audit/versioned-edit';
import { AccessPolicy } from './auth/access-policy';
import { HistoryReader } from './audit/history.reader';
import { AuthGuard } from './auth/auth.guard';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { RateLimiter } from './auth/rate-limiter';
import { SessionService } from './auth/session.service';
import { TokenService } from './auth/token.service';
import { FirstStartService } from './bootstrap/first-start.service';
import { AppConfig } from './config/app-config';
import { CandidateCostsService } from './evaluation/candidate-costs.service';
import { badInput } from './errors/app-error';
import { FILE_STORAGE } from './files/file-storage';
import { LocalDiskStorage } from './files/local-disk-storage';
import { graphqlOptions } from './graphql/graphql.options';
import { ControlCharactersPipe } from './http/control-characters.pipe';
import { HealthController } from './http/health.controller';
import { RequestLoggerMiddleware } from './http/request-logger.middleware';
import { RequestScopeMiddleware } from './http/request-scope';
import { UntrustedProxyWarningMiddleware } from './http/untrusted-proxy-warning.middleware';
import { UserFieldsResolver } from './people/user-fields.resolver';

export interface CoreModuleOptions {
  config: AppConfig;
  dataSource: DataSource;
  /** Where to write the generated schema (SDL), or true to keep it in memory. */
  schemaFile: string | boolean;
}

/** Turns class-validator's findings into one BAD_USER_INPUT error that names every field. */
export function validationErrorFactory(errors: ValidationError[]) {
  const flatten = (list: ValidationError[], prefix = ''): { field: string; problems: string[] }[] =>
    list.flatMap((error) => {
      const field = prefix ? `${prefix}.${error.property}` : error.property;
      const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
      return [...own, ...flatten(error.children ?? [], field)];
    });
  const fields = flatten(errors);
  return badInput(`Please correct: ${fields.map((f) => `${f.field} (${f.problems.join('; ')})`).join(', ')}.`, fields);
}

@Global()
@Module({})
export class CoreModule implements NestModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        JwtModule.register({}),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(options.config, options.schemaFile),
        }),
      ],
      controllers: [HealthController],
      providers: [
        HistoryReader,
        { provide: AppConfig, useValue: options.config },
        { provide: DataSource, useValue: options.dataSource },
        { provide: APP_GUARD, useClass: AuthGuard },
        // Global pipes run in this order: control characters first, then the class-validator rules.
        { provide: APP_PIPE, useClass: ControlCharactersPipe },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            exceptionFactory: validationErrorFactory,
          }),
        },
        // Uploaded files: local disk; an object-store implementation would be chosen here from config.
        {
          provide: FILE_STORAGE,
          useFactory: (config: AppConfig) => new LocalDiskStorage(config.filesDir, config.filesDirIsTemporary),
          inject: [AppConfig],
        },
        AccessPolicy,
        AuditService,
        AuthResolver,
        AuthService,
        CandidateCostsService,
        FirstStartService,
        PasswordHasher,
        RateLimiter,
        SessionService,
        TokenService,
        UserFieldsResolver,
        VersionedEdit,
      ],
      exports: [
        AppConfig,
        DataSource,
        AccessPolicy,
        AuditService,
        CandidateCostsService,
        HistoryReader,
        PasswordHasher,
        FirstStartService,
        SessionService,
        VersionedEdit,
        FILE_STORAGE,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestScopeMiddleware, RequestLoggerMiddleware, UntrustedProxyWarningMiddleware).forRoutes('*path');
  }
}
