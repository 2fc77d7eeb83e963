import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** Background runs (recompute…): one runner registry, progress and result on `background_jobs`. */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
