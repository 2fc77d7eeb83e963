import { ArgumentsHost, Logger } from '@nestjs/common';
import { ApiExceptionFilter } from './errors';

/** Issue 11 item 11: no personal data in any log line, whatever a 500's error text quotes. */
describe('ApiExceptionFilter log line of a 500', () => {
  it('carries the path without the query string, and ID numbers quoted by the error are masked', () => {
    const logged: string[] = [];
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void logged.push(String(message)));
    const res = { headersSent: false, status: jest.fn().mockReturnThis(), json: jest.fn().mockReturnThis() };
    const req = { method: 'POST', originalUrl: '/api/beneficiaries?q=11010519491231002X' };
    const host = { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as unknown as ArgumentsHost;
    try {
      new ApiExceptionFilter().catch(new Error("Duplicate entry '11010519491231002X' for key 'idx_beneficiaries_id_number'"), host);
    } finally {
      spy.mockRestore();
    }
    expect(res.status).toHaveBeenCalledWith(500);
    const line = logged.join('\n');
    expect(line).toContain('POST /api/beneficiaries:');
    expect(line).toContain('110105********002X');
    expect(line).not.toContain('11010519491231002X');
  });
});
