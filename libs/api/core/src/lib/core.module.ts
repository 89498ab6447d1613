import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import {
  DynamicModule,
  Global,
  MiddlewareConsumer,
  Module,
  NestModule,
  RequestMethod,
  ValidationPipe,
} from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { JwtModule } from '@nestjs/jwt';
import { ValidationError } from 'class-validator';
import { DataSource } from 'typeorm';
import { ApiTokenResolver } from './auth/api-token.resolver';
import { AuthGuard } from './auth/auth.guard';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { RateLimiter } from './auth/rate-limiter';
import { BackupController } from './backup/backup.controller';
import { TokenService } from './auth/token.service';
import { AppConfig } from './config/app-config';
import { coreProviders, tokensOf } from './core-providers';
import { badInput } from './errors/app-error';
import { graphqlOptions } from './graphql/graphql.options';
import { ControlCharactersPipe } from './http/control-characters.pipe';
import { HealthController } from './http/health.controller';
import { RequestMiddleware } from './http/request.middleware';
import { Metrics } from './metrics/metrics';
import { MetricsEndpointMiddleware } from './metrics/metrics-endpoint.middleware';
import { MyWorkResolver } from './my-work/my-work.resolver';
import { NotificationMailer } from './notifications/notification-mailer';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { NotificationsService } from './notifications/notifications.service';
import { UserFieldsResolver } from './people/user-fields.resolver';
import { rememberValidationMetadata } from './http/validation-metadata-cache';

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
  constructor(private readonly config: AppConfig) {}

  static forRoot(options: CoreModuleOptions): DynamicModule {
    const shared = coreProviders(options.config, options.dataSource);
    const metrics = options.config.ASSAY_METRICS ? new Metrics(options.dataSource) : undefined;
    return {
      module: CoreModule,
      imports: [
        JwtModule.register({}),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(options.config, options.schemaFile, metrics),
        }),
      ],
      controllers: [HealthController, BackupController],
      providers: [
        ...shared,
        { provide: APP_GUARD, useClass: AuthGuard },
        // Global pipes run in this order: control characters first, then the class-validator rules.
        { provide: APP_PIPE, useClass: ControlCharactersPipe },
        {
          provide: APP_PIPE,
          useFactory: () => {
            rememberValidationMetadata();
            return new ValidationPipe({
              whitelist: true,
              forbidNonWhitelisted: true,
              transform: true,
              exceptionFactory: validationErrorFactory,
            });
          },
        },
        ApiTokenResolver,
        AuthResolver,
        AuthService,
        NotificationMailer,
        NotificationsResolver,
        NotificationsService,
        RateLimiter,
        TokenService,
        MyWorkResolver,
        UserFieldsResolver,
        ...(metrics ? [{ provide: Metrics, useValue: metrics }] : []),
      ],
      exports: tokensOf(shared),
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestMiddleware).forRoutes('*path');
    // Off, /metrics is not found, like any other unknown path.
    if (this.config.ASSAY_METRICS) {
      consumer.apply(MetricsEndpointMiddleware).forRoutes({ path: 'metrics', method: RequestMethod.GET });
    }
  }
}
