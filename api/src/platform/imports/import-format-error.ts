import { JobFailure } from '../jobs/job-columns';

/** The file cannot be read as a roster at all (as opposed to a bad row, which validation reports). */
export class ImportFormatError extends JobFailure {
  constructor(
    message: string,
    readonly missingHeaders: string[],
  ) {
    super(message);
    this.name = 'ImportFormatError';
  }
}

/** A file refused because it goes past one of the reader's limits (size, ratio, cell, rows…); the message names it. */
export class ImportLimitError extends ImportFormatError {
  constructor(message: string) {
    super(message, []);
    this.name = 'ImportLimitError';
  }
}

export interface RawRecord {
  line: number;
  /** Cell texts by 0-based column, untrimmed; XLSX rows may have holes. */
  fields: (string | undefined)[];
}
