import { BadRequestException, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { JobFailure, jobFailureMessage, RunningJobs } from './job-columns';

const ID = '450202198001010011';
/** What MariaDB said when two identical imports ran at once (issue 11 #13). */
function duplicateEntry(): QueryFailedError {
  const driverError = Object.assign(new Error(`Duplicate entry '${ID}' for key 'idx_beneficiaries_id_number'`), { code: 'ER_DUP_ENTRY', errno: 1062 });
  return new QueryFailedError('INSERT INTO `beneficiaries` …', [ID], driverError);
}

describe('jobFailureMessage', () => {
  it('never passes driver text on: a clash is named as such, anything else points to the server log', () => {
    const clash = jobFailureMessage(duplicateEntry());
    expect(clash).toMatch(/clashed with other work running at the same time/);
    expect(clash).not.toMatch(/450202|idx_|Duplicate/);
    const other = jobFailureMessage(
      new QueryFailedError('SELECT', [], Object.assign(new Error(`Unknown column 'x' near '${ID}'`), { code: 'ER_BAD_FIELD_ERROR' })),
    );
    expect(other).toBe('服务器内部错误，详情已记入服务器日志 (internal error; the details are in the server log)');
    expect(jobFailureMessage(new TypeError(`Cannot read properties of undefined (${ID})`))).toBe(other);
  });

  it('keeps messages written for people: JobFailure and HTTP errors', () => {
    expect(jobFailureMessage(new JobFailure('参数集未批准 (the parameter set is not approved)'))).toBe('参数集未批准 (the parameter set is not approved)');
    expect(jobFailureMessage(new BadRequestException('月份无效 (bad month)'))).toBe('月份无效 (bad month)');
  });
});

describe('RunningJobs', () => {
  it('records the message for people and logs the raw error with ID numbers masked', async () => {
    const logged: string[] = [];
    const logger = { error: (m: string) => logged.push(m) } as unknown as Logger;
    const failed: Array<[number, string]> = [];
    const jobs = new RunningJobs(logger, async (id, message) => failed.push([id, message]));
    jobs.schedule(7, async () => {
      throw duplicateEntry();
    });
    await jobs.settle(7);
    expect(failed).toEqual([[7, jobFailureMessage(duplicateEntry())]]);
    expect(logged.join('\n')).toContain("Duplicate entry '450202********0011'");
    expect(logged.join('\n')).not.toContain(ID);
  });
});
