import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENTITIES, POLICY_MODULES } from './areas';
import { APP_CONFIG, AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source';
import { AccessLogModule } from './platform/access-log/access-log.module';
import { AuditLogModule } from './platform/audit-log/audit-log.module';
import { AuthModule } from './platform/auth/auth.module';
import { HealthController } from './platform/health/health.controller';
import { RegionsModule } from './platform/regions/regions.module';
import { HolidaysModule } from './platform/holidays/holidays.module';
import { UsersModule } from './platform/users/users.module';
import { WorkflowModule } from './platform/workflow/workflow.module';
import { JobsModule } from './platform/jobs/jobs.module';
import { ImportsModule } from './platform/imports/imports.module';
import { AttachmentsModule } from './platform/attachments/attachments.module';
import { NotificationsModule } from './platform/notifications/notifications.module';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.database, ENTITIES), migrationsRun: false }),
        AuditLogModule,
        AccessLogModule,
        AuthModule,
        RegionsModule,
        HolidaysModule,
        UsersModule,
        WorkflowModule,
        ImportsModule,
        AttachmentsModule,
        JobsModule,
        NotificationsModule,
        ...POLICY_MODULES,
      ],
      controllers: [HealthController],
    };
  }
}
