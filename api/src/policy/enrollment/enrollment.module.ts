import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diskStorage } from 'multer';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { BeneficiariesController, EnrollmentBulletinController, EnrollmentRatesController, EnrollmentsController, LedgerExportController, RosterImportsController, SubsidyStandardsController, VerificationTasksController } from './enrollment.controller';
import { EnrollmentReportsService } from './enrollment-reports.service';
import { SubsidyStandardsService } from './subsidy-standards.service';
import { EnrollmentService } from './enrollment.service';

/** 资助参保: the beneficiary ledger, the monthly roster comparison, verification tasks and rates. */
@Module({
  imports: [
    // uploads go to disk under a random name, never into memory
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        storage: diskStorage({
          destination: (_req, _file, cb) => {
            fs.mkdirSync(config.uploadDir, { recursive: true });
            cb(null, config.uploadDir);
          },
          filename: (_req, file, cb) => cb(null, `${Date.now()}-${randomBytes(6).toString('hex')}${path.extname(file.originalname).toLowerCase().replace(/[^.a-z]/g, '')}`),
        }),
        limits: { fileSize: config.uploadLimitMb * 1024 * 1024, files: 1 },
      }),
    }),
  ],
  controllers: [BeneficiariesController, EnrollmentsController, VerificationTasksController, RosterImportsController, EnrollmentRatesController, LedgerExportController, SubsidyStandardsController, EnrollmentBulletinController],
  providers: [EnrollmentService, SubsidyStandardsService, EnrollmentReportsService],
})
export class EnrollmentModule {}
