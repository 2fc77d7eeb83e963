import { Injectable, OnModuleInit } from '@nestjs/common';
import { ImportsService } from '../../../platform/imports/imports.service';
import { settlementImportHandler } from './settlement-import.handler';

/** 结算导入: the settlement rows' handler joins the import pipeline (routes from `importRoutes`). */
@Injectable()
export class SettlementImportsService implements OnModuleInit {
  constructor(private readonly imports: ImportsService) {}

  onModuleInit(): void {
    this.imports.register(settlementImportHandler);
  }
}
