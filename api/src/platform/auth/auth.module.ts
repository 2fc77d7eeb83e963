import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginLockouts } from './login-lockouts';
import { LoginThrottle } from './login-throttle';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  controllers: [AuthController, SessionsController],
  providers: [AuthService, SessionsService, LoginThrottle, LoginLockouts, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, SessionsService, LoginThrottle, LoginLockouts],
})
export class AuthModule {}
