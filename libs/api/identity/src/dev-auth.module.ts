import { Module } from '@nestjs/common';
import { DevAuthController } from './dev-auth.controller';

/**
 * The dev sign-in routes (`/auth/dev/*`). Imported only when AUTH_MODE=dev (the app module; module
 * test apps through {@link IdentityModule.devModeImports}): in any other mode the routes do not exist.
 */
@Module({ controllers: [DevAuthController] })
export class DevAuthModule {}
