import { Injectable, OnModuleInit } from '@nestjs/common';
import { ImportsService } from '../../../platform/imports/imports.service';
import { rosterImportHandler } from './roster-import.handler';

/** Registers the monthly roster comparison with the one import pipeline; the pipeline runs, resumes and reports it. */
@Injectable()
export class RosterImportsService implements OnModuleInit {
  constructor(private readonly imports: ImportsService) {}

  onModuleInit(): void {
    this.imports.register(rosterImportHandler);
  }
}
